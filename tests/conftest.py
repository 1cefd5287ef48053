"""Shared fixtures: a real model trained on a small slice of the seed corpus, a registry in a
temporary directory, settings pointing at it, and a TestClient over the real app."""

# ruff: noqa: E402 (the thread limits below are set before the imports that load numpy)
from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

# One thread per numerical library (OpenBLAS, OpenMP) in the test processes and in every command they start,
# set before anything loads numpy. Their default, a thread per core, makes the small fits of the test models
# spin and wait on each other: a tiny-config training took 5.3 s alone and 10-12 s beside a second one with
# the default threads, 1.6 s alone and 3 s beside another with one thread (7 December, 23:34 UTC).
# The batch helpers already run this way (service.batch.ONE_THREAD).
NUMERIC_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
for _name in NUMERIC_THREADS:
    os.environ[_name] = "1"

import pytest
from fastapi.testclient import TestClient

from model.registry import Registry
from model.rules import RuleSet
from model.scoring import Scorer
from service.app import create_app
from service.settings import Settings
from training.dataset import Record, default_corpus, load_records
from training.train import train_and_register

ROOT = Path(__file__).resolve().parents[1]

if os.environ.get("PYTEST_XDIST_WORKER"):
    # Each xdist worker already has a core: training in a worker (and in the commands it starts) runs its
    # joblib work in process, instead of starting one loky process per core that competes with the other
    # worker. The models are the same either way (the fits are deterministic).
    os.environ.setdefault("LOKY_MAX_CPU_COUNT", "1")

SHARED_DATA = ROOT.parent / "shared" / "data"


# The files that cost a worker most, run first: `make test` hands whole files to the xdist workers in
# collection order (--dist loadfile --no-loadscope-reorder), so no worker is left alone with a long file
# while the other has finished. Seconds: one process (`pytest -n 0 --junitxml`) / one of two xdist workers
# (`pytest -n auto ... --junitxml`), 7 December 23:37-23:57 UTC, both beside another engineer's test runs.
HEAVY_FILES_FIRST = (
    "tests/behaviour/test_quality.py",  # trains the default model: 77 / 93
    "tests/test_retrain.py",  # 71 / 55
    "tests/hardening/test_faults.py",  # 55 / 56
    "tests/test_wheel.py",  # 47 / 48
    "tests/test_workbench_browser.py",  # 52 / 36
    "tests/hardening/test_hostile_files.py",  # 36 / 36
    "tests/model/test_features.py",  # 27 / 32
    "tests/hardening/test_temp_files.py",  # 31 / 26
    "tests/hardening/test_schema_fuzz.py",  # 29 / 27
    "tests/test_adaptation.py",  # 26 / 20
    "tests/hardening/test_label_queue.py",  # 21 / 22
    "tests/test_dip_sample_page.py",  # 21 / 19
    "tests/test_admin_routes.py",  # 15 / 20
    "tests/model/test_text.py",  # 14 / 21
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Heaviest files first; the others keep their order (a stable sort)."""
    rank = {name: i for i, name in enumerate(HEAVY_FILES_FIRST)}
    items.sort(key=lambda item: rank.get(Path(item.path).relative_to(ROOT).as_posix(), len(rank)))


# Corpus files added after the small seed below was fixed. Each added file changes the stride through
# the corpus, so the small seed, the "unseen" drafts and every retrain test's sample would change with
# it; the small seed stays the drafts it was.
SMALL_SEED_LEAVES_OUT = ("generated_stock.jsonl",)


def small_corpus(per_type: int = 90) -> list[Record]:
    """The first ``per_type`` drafts of each doc type from the seed corpus (deterministic)."""
    records = load_records([p for p in default_corpus() if p.name not in SMALL_SEED_LEAVES_OUT])
    picked: list[Record] = []
    for doc_type in ("vcl_letter", "pre_charge_review", "post_charge_review"):
        of_type = sorted((r for r in records if r.doc_type == doc_type), key=lambda r: r.id)
        step = max(1, len(of_type) // per_type)
        picked += of_type[::step][:per_type]
    return picked


@pytest.fixture(scope="session")
def corpus_records() -> list[Record]:
    return load_records(default_corpus())


def small_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The registry of one small real model, trained once per run: the xdist workers of ``make test``
    share it (the first trains it under a lock, the others wait and read it)."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    models, done = shared / "small-model" / "models", shared / "small-model" / "done"
    with (shared / "small-model.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(models, ignore_errors=True)  # what a worker that died while training left
            train_and_register(small_corpus(), Registry(models))
            done.touch()
    return models


@pytest.fixture(scope="session")
def trained_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A state directory of this worker's own, with the small real model registered as champion."""
    home = tmp_path_factory.mktemp("home")
    shutil.copytree(small_model(tmp_path_factory), home / "models")
    return home


@pytest.fixture(scope="session")
def registry(trained_home: Path) -> Registry:
    return Registry(trained_home / "models")


@pytest.fixture(scope="session")
def scorer(registry: Registry) -> Scorer:
    return Scorer.from_registry(registry, rules=RuleSet.load())


@pytest.fixture
def settings(trained_home: Path) -> Settings:
    return Settings(home=trained_home, admin_tokens=["admin-secret-token"], _env_file=None)


@pytest.fixture
def run(trained_home: Path, monkeypatch: pytest.MonkeyPatch):
    """Invoke the ``casecheck`` command in process against the trained home: ``run("score", ...)``."""
    from click.testing import CliRunner

    from service.cli import main
    from service.settings import get_settings

    monkeypatch.setenv("CASECHECK_HOME", str(trained_home))
    get_settings.cache_clear()
    runner = CliRunner()
    yield lambda *args: runner.invoke(main, [str(a) for a in args])
    get_settings.cache_clear()


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


# -- the label loop (store, import, retrain, admin routes) -------------------------------------------
TINY_CONFIG = ROOT / "training" / "configs" / "tiny.toml"


@pytest.fixture(scope="session")
def seed_records() -> list[Record]:
    """The small seed corpus retrain tests train challengers on (the champion's training data)."""
    return small_corpus()


@pytest.fixture(scope="session")
def unseen_records(corpus_records: list[Record], seed_records: list[Record]) -> list[Record]:
    """120 corpus drafts outside the small seed: the stand-in for drafts assessors label."""
    seen = {r.id for r in seed_records}
    return [r for r in corpus_records if r.id not in seen][::25][:120]


@pytest.fixture(scope="session")
def retrain_base(tmp_path_factory: pytest.TempPathFactory, trained_home: Path, seed_records: list[Record],
                 unseen_records: list[Record]) -> Path:
    """A copy of the trained home whose analysis cache already holds the seed and unseen drafts."""
    from training.analysis_cache import AnalysisCache

    home = tmp_path_factory.mktemp("retrain-base")
    shutil.copytree(trained_home / "models", home / "models")
    AnalysisCache(home / "cache", RuleSet.load()).analyse(seed_records + unseen_records)
    return home


@pytest.fixture
def retrain_home(tmp_path: Path, retrain_base: Path) -> Path:
    """A private home (registry with a champion, warm cache) that a test may change."""
    home = tmp_path / "home"
    shutil.copytree(retrain_base, home)
    return home


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A label store URL: a SQLite file, and a fresh schema on the PostgreSQL test server if there is one."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'labels.db'}"
        return
    from tests.labelkit import postgres_schema

    with postgres_schema() as url:
        yield url
