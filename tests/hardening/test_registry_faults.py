"""Degrade, don't fail: a damaged registry.json leaves the loaded model serving (/readyz says why,
/metrics counts it), the CLI says in one line which file and how to restore it, and
``casecheck models repair`` rebuilds it from the version folders and the promotion log. Also:
staging folders of killed registrations are swept, and a manifest never claims a promotion."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fastapi.testclient import TestClient

from model.registry import Registry
from service.app import create_app
from service.cli import main
from service.settings import Settings, get_settings
from tests.hardening.kit import copy_home
from tests.test_scoring import LETTER

DAMAGES = {
    "truncated": lambda text: text[: len(text) // 2],
    "empty": lambda text: "",
    "not an index": lambda text: "[1, 2, 3]",
    "binary": lambda text: "\x00\xff garbage",
}


@pytest.fixture
def home(trained_home: Path, tmp_path: Path) -> Path:
    return copy_home(trained_home, tmp_path / "home")


def damage(home: Path, how: str) -> None:
    index = home / "models" / "registry.json"
    text = index.read_text(encoding="utf-8")
    index.write_bytes(DAMAGES[how](text).encode("utf-8", "surrogateescape"))
    os.utime(index, ns=(1, 1))  # a different stat than before, as any rewrite gives


@pytest.mark.parametrize("how", list(DAMAGES))
def test_a_damaged_registry_leaves_the_loaded_model_serving(home, how):
    settings = Settings(home=home, admin_tokens=["t0ken-for-admin"], _env_file=None)
    with TestClient(create_app(settings)) as client:
        version = client.get("/readyz").json()["model_version"]
        damage(home, how)
        checked = client.post("/v1/check", json={"text": LETTER, "doc_type": "vcl_letter"})
        assert checked.status_code == 200 and checked.json()["model_version"] == version
        assert client.post("/", data={"text": LETTER}).status_code == 200
        ready = client.get("/readyz")
        assert ready.status_code == 200 and ready.json()["status"] == "degraded"
        assert "registry.json" in ready.json()["detail"] and "casecheck models repair" in ready.json()["detail"]
        metrics = client.get("/metrics").text
        assert "casecheck_degraded 1.0" in metrics
        assert "casecheck_registry_errors_total 1.0" in metrics
        models = client.get("/v1/models")
        assert models.status_code == 503 and "registry.json" in models.json()["detail"]
        # Repaired: ready again, and the count stays where it was.
        Registry(home / "models").repair()
        assert client.get("/readyz").json()["status"] == "ready"
        assert "casecheck_degraded 0.0" in client.get("/metrics").text


def test_a_server_started_on_a_damaged_registry_is_not_ready_and_says_why(home):
    damage(home, "truncated")
    with TestClient(create_app(Settings(home=home, _env_file=None))) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503 and "registry.json" in ready.json()["detail"]
        assert client.post("/v1/check", json={"text": LETTER}).status_code == 503


def _cli(home: Path, *args: str) -> Result:
    """``casecheck *args`` in process with ``CASECHECK_HOME=home``; an exception that escapes the command
    group (a traceback in a terminal) fails the test."""
    get_settings.cache_clear()
    try:
        return CliRunner(env={"CASECHECK_HOME": str(home)}).invoke(main, list(args), catch_exceptions=False)
    finally:
        get_settings.cache_clear()


def test_the_cli_names_the_file_and_the_repair_then_repair_restores_it(home):
    registry = Registry(home / "models")
    before = registry.index()
    bundle, manifest = registry.load_bundle(before["champion"])
    registry.register("v-second", bundle, dict(manifest), "card")
    registry.promote("v-second", reason="test")
    registry.rollback(reason="test")
    registry.promote("v-second", reason="again")
    expected = registry.index()
    damage(home, "truncated")
    drafts = home / "drafts.csv"
    drafts.write_text("id,text\n1,A letter.\n", encoding="utf-8")
    for args in (["models", "list"], ["models", "show"], ["score", str(drafts), "-o", str(home / "out.csv")],
                 ["train", "--if-missing"]):
        done = _cli(home, *args)
        lines = done.stderr.strip().splitlines()
        assert done.exit_code == 1 and len(lines) == 1, (args, done.stderr[-500:])
        assert str(home / "models" / "registry.json") in lines[0] and "casecheck models repair" in lines[0]
    repaired = _cli(home, "models", "repair")
    assert repaired.exit_code == 0 and "champion v-second" in repaired.stdout
    assert registry.index() == expected
    assert list((home / "models").glob("registry.json.damaged-*"))
    assert _cli(home, "models", "list").exit_code == 0
    assert "nothing to repair" in _cli(home, "models", "repair").stdout


def test_repair_leaves_out_a_version_whose_files_were_tampered_with(home):
    registry = Registry(home / "models")
    champion = registry.champion()
    bundle, manifest = registry.load_bundle(champion)
    registry.register("v-tampered", bundle, dict(manifest), "card")
    registry.promote("v-tampered", reason="test")
    (home / "models" / "v-tampered" / "model_card.md").write_text("changed")
    damage(home, "empty")
    index = registry.repair()
    assert "v-tampered" not in index["versions"] and index["champion"] == champion


def test_staging_folders_of_killed_registrations_are_swept(home):
    models = home / "models"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = models / f".staging-{dead.stdout.strip()}-v-killed-abc"
    left.mkdir()
    (left / "model.joblib").write_bytes(b"half")
    alive = models / f".staging-{os.getpid()}-v-running-abc"
    alive.mkdir()
    registry = Registry(models)
    bundle, manifest = registry.load_bundle(registry.champion())
    registry.register("v-next", bundle, dict(manifest), "card")
    assert not left.exists() and alive.exists()  # a running registration's folder is left alone


def test_the_manifest_records_facts_and_not_the_promotion(retrain_home, seed_records, unseen_records, tmp_path):
    from service.retraining import run_retrain
    from tests.conftest import TINY_CONFIG
    from tests.labelkit import write_wide_csv
    from tests.test_retrain import write_seed
    from training.label_import import import_file
    from training.store import LabelStore

    import_file(LabelStore.open(retrain_home), write_wide_csv(retrain_home / "iqa.csv", unseen_records[:40]))
    settings = Settings(home=retrain_home, seed_files=[write_seed(tmp_path / "seed.jsonl", seed_records)],
                        training_config=TINY_CONFIG, _env_file=None)
    result = run_retrain(settings, force_reason="test")
    registry = Registry(retrain_home / "models")
    manifest = registry.manifest(result.version)
    assert "promoted" not in manifest["comparison"] and "passed" in manifest["comparison"]
    card = (retrain_home / "models" / result.version / "model_card.md").read_text()
    assert "promotion log" in card and "Decision: promoted" not in card and "not promoted" not in card
    assert registry.champion() == result.version and registry.promotions()[-1]["version"] == result.version
    assert json.loads((retrain_home / "models" / "registry.json").read_text())["champion"] == result.version
