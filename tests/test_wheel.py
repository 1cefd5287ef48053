"""The wheel works on its own: built from the sources, installed into a fresh virtualenv in a temporary
directory outside the checkout, it trains a model, scores drafts (also on Dask workers in separate
processes that import the installed package) and serves ``/readyz``.

The new virtualenv gets casecheck from the wheel only. Its dependencies (scikit-learn, spaCy, ...) are
the test environment's, reached through a path line in a ``.pth`` file: a plain line adds that folder
to ``sys.path`` without running its ``.pth`` hooks, so the editable install of this checkout stays out
(the tests check where ``model`` is imported from). That saves downloading and unpacking about 400 MB.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, small_corpus
from tests.test_scoring import LETTER

pytestmark = pytest.mark.slow

SOURCES = ("model", "service", "training", "pyproject.toml", "README.md")


def _run(argv: list[object], cwd: Path, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``casecheck-*.whl`` built (without build isolation) from a copy of the package sources."""
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    _ok(_run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", out, src],
             cwd=src, env=dict(os.environ)))
    (path,) = out.glob("casecheck-*.whl")
    return path


@pytest.fixture(scope="module")
def fresh(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A new virtualenv outside the checkout with the wheel installed; its python, bin and a work folder."""
    root = tmp_path_factory.mktemp("fresh")
    venv = root / "venv"
    _ok(_run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=root, env=dict(os.environ)))
    python = venv / "bin" / "python"
    purelib = Path(_ok(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                            cwd=root, env=dict(os.environ))).strip())
    (purelib / "test-environment-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _ok(_run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel],
             cwd=root, env=dict(os.environ)))
    work = root / "work"
    work.mkdir()
    return {"python": python, "bin": venv / "bin", "purelib": purelib, "work": work}


def _env(fresh: dict[str, Path], **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CASECHECK_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(PATH=f"{fresh['bin']}{os.pathsep}{env.get('PATH', '')}", CASECHECK_HOME=str(fresh["work"] / "home"),
               **extra)
    return env


def test_the_wheel_holds_the_runtime_and_its_data_but_not_the_generator(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("model/resources/concerns.yaml", "model/resources/signals.yaml", "model/resources/rules/jargon.yaml",
                   "model/resources/rules/advice.yaml", "service/routes/api.py", "service/templates/index.html",
                   "service/static/app.js", "training/configs/default.toml", "training/migrations/env.py",
                   "training/migrations/versions/0001_initial.py"):
        assert needed in names, needed
    assert not [n for n in names if "generator" in n or n.endswith(".jsonl") or n.startswith(("data/", "tests/"))]


def test_installed_wheel_trains_scores_and_serves_outside_the_checkout(fresh: dict[str, Path]):
    work = fresh["work"]
    where = _ok(_run([fresh["python"], "-c", "import model, service, training; print(model.__file__)"],
                     cwd=work, env=_env(fresh)))
    assert Path(where.strip()).is_relative_to(fresh["purelib"])

    # No checkout, no seed corpus: the error says where to get it.
    missing = _run(["casecheck", "train"], cwd=work, env=_env(fresh))
    assert missing.returncode == 2
    assert "CASECHECK_SEED_FILES" in missing.stderr and "data/corpus" in missing.stderr

    seed = work / "seed.jsonl"
    seed.write_text("".join(json.dumps({"id": r.id, "doc_type": r.doc_type, "text": r.text, "labels": r.labels,
                                        "spans": list(r.spans)}) + "\n" for r in small_corpus(45)), encoding="utf-8")
    tiny = fresh["purelib"] / "training" / "configs" / "tiny.toml"
    _ok(_run(["casecheck", "train", "--config", tiny], cwd=work,
             env=_env(fresh, CASECHECK_SEED_FILES=json.dumps([str(seed)]))))

    drafts = work / "drafts.jsonl"
    drafts.write_text(json.dumps({"id": "d1", "text": LETTER}) + "\n", encoding="utf-8")
    _ok(_run(["casecheck", "score", drafts, "-o", work / "scored.jsonl", "--workers", "1", "--quiet"], cwd=work,
             env=_env(fresh)))
    (row,) = [json.loads(line) for line in (work / "scored.jsonl").read_text(encoding="utf-8").splitlines()]
    assert row["doc_type"] == "vcl_letter" and row["scores"] and "error" not in row

    with _serving(fresh) as base:
        assert httpx.get(f"{base}/readyz", timeout=5).status_code == 200
        answer = httpx.post(f"{base}/v1/check", json={"text": LETTER}, timeout=10)
        assert answer.status_code == 200 and answer.json()["doc_type"] == "vcl_letter"


def test_dask_workers_in_separate_processes_score_with_the_installed_package(fresh: dict[str, Path]):
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    work = fresh["work"]
    if not (work / "home" / "models").exists():  # the test above trains; run alone, train here
        test_installed_wheel_trains_scores_and_serves_outside_the_checkout(fresh)
    drafts = work / "many.jsonl"
    drafts.write_text("".join(json.dumps({"id": f"d{i}", "text": LETTER.replace("Smith", f"Smith{i}")}) + "\n"
                              for i in range(12)), encoding="utf-8")
    _ok(_run(["casecheck", "score", drafts, "-o", work / "local.jsonl", "--workers", "1", "--chunk-size", "4",
              "--quiet"], cwd=work, env=_env(fresh)))
    cloudpickle = pytest.importorskip("cloudpickle")
    with _dask_cluster(fresh) as address:
        cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test
        try:
            with distributed.Client(address, timeout=30) as client:
                homes = client.run(_imported_from)
        finally:
            cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
        assert len(homes) == 2
        for pid, path in homes.values():
            assert pid != os.getpid() and Path(path).is_relative_to(fresh["purelib"])
        _ok(_run(["casecheck", "score", drafts, "-o", work / "dask.jsonl", "--backend", "dask", "--scheduler",
                  address, "--chunk-size", "4", "--quiet"], cwd=work, env=_env(fresh)))
    assert (work / "dask.jsonl").read_bytes() == (work / "local.jsonl").read_bytes()


def _imported_from() -> tuple[int, str]:
    """Run on each Dask worker: its process id and where it imports casecheck's ``model`` from."""
    import model

    return os.getpid(), model.__file__ or ""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(predicate: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    for proc in procs:
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


class _serving:
    """``casecheck serve`` (one worker) from the fresh virtualenv; the base URL once ``/readyz`` is 200."""

    def __init__(self, fresh: dict[str, Path]) -> None:
        self.fresh = fresh
        self.procs: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> str:
        port = _free_port()
        with (self.fresh["work"] / "serve.log").open("wb") as log:
            self.procs.append(subprocess.Popen(["casecheck", "serve", "--port", str(port), "--workers", "1"],
                                               cwd=self.fresh["work"], env=_env(self.fresh), stdout=log,
                                               stderr=subprocess.STDOUT, start_new_session=True))
        base = f"http://127.0.0.1:{port}"

        def ready() -> bool:
            assert self.procs[0].poll() is None, (self.fresh["work"] / "serve.log").read_text(errors="replace")
            try:
                return httpx.get(f"{base}/readyz", timeout=1).status_code == 200
            except httpx.HTTPError:
                return False

        try:
            _wait(ready, "casecheck serve to answer /readyz")
        except BaseException:
            _stop(self.procs)
            raise
        return base

    def __exit__(self, *exc: object) -> None:
        _stop(self.procs)


class _dask_cluster:
    """A Dask scheduler and two single-threaded workers, each its own process of the fresh virtualenv."""

    def __init__(self, fresh: dict[str, Path]) -> None:
        self.fresh = fresh
        self.procs: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> str:
        work, python = self.fresh["work"], str(self.fresh["python"])
        address = f"tcp://127.0.0.1:{_free_port()}"
        def start(*argv: str) -> None:
            with (work / "dask.log").open("ab") as log:
                self.procs.append(subprocess.Popen([python, "-m", *argv], cwd=work, env=_env(self.fresh), stdout=log,
                                                   stderr=subprocess.STDOUT, start_new_session=True))

        try:
            start("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                  "--no-dashboard")
            for _ in range(2):
                start("distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard",
                      "--local-directory", str(work / "dask-worker"))
            import distributed

            def two_workers() -> bool:
                assert all(p.poll() is None for p in self.procs), (work / "dask.log").read_text(errors="replace")
                try:
                    with distributed.Client(address, timeout=2) as client:
                        return len(client.scheduler_info()["workers"]) == 2
                except OSError:
                    return False

            _wait(two_workers, "the Dask scheduler and two workers")
        except BaseException:
            _stop(self.procs)
            raise
        return address

    def __exit__(self, *exc: object) -> None:
        _stop(self.procs)
