"""Admin routes over the real app: feedback labels, retrain, promote and roll back without a restart."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from model.registry import Registry
from service.app import create_app
from service.settings import Settings
from tests.conftest import TINY_CONFIG
from tests.hardening.kit import with_csrf
from tests.labelkit import write_wide_csv
from tests.test_retrain import write_seed
from tests.test_scoring import LETTER
from training.label_import import import_file
from training.store import LabelStore

TOKEN = "admin-secret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def home_settings(retrain_home: Path) -> Settings:
    return Settings(home=retrain_home, admin_tokens=[TOKEN], _env_file=None)


@pytest.fixture
def app_client(home_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(home_settings)) as c:
        yield c


def second_version(registry: Registry, name: str = "v-challenger") -> str:
    """Register a copy of the champion under a new version (a stand-in for a retrained model)."""
    bundle, manifest = registry.load_bundle(registry.champion())
    registry.register(name, bundle, dict(manifest), "card")
    return name


def serving(client: TestClient) -> str:
    return client.get("/readyz").json()["model_version"]


@pytest.mark.parametrize("path", ["/v1/labels", "/v1/admin/retrain", "/v1/admin/promote", "/v1/admin/rollback"])
def test_admin_routes_need_the_admin_token(app_client, path):
    assert app_client.post(path, json={}).status_code == 401
    assert app_client.post(path, json={}, headers={"Authorization": "Bearer nope"}).status_code == 403


def test_feedback_stores_the_text_only_with_consent(app_client, retrain_home):
    body = {"text": LETTER, "doc_type": "vcl_letter", "concern": "missing_vrr", "mark": "missed"}
    first = app_client.post("/v1/labels", json=body, headers=AUTH)
    assert first.status_code == 201 and first.json()["value"] == 1 and first.json()["text_stored"] is False
    store = LabelStore.open(retrain_home)
    doc = store.documents()[0]
    assert doc.text is None and doc.text_sha256 == hashlib.sha256(LETTER.encode()).hexdigest()
    second = app_client.post("/v1/labels", headers=AUTH, json={**body, "concern": "template_residue",
                                                                "mark": "wrong", "consent": True})
    assert second.status_code == 201 and second.json()["value"] == 0 and second.json()["text_stored"] is True
    assert store.documents()[0].text == LETTER
    assert {h["source"] for h in store.history()} == {"web_feedback"}


def test_feedback_for_a_concern_of_another_doc_type_is_422(app_client):
    body = {"text": LETTER, "doc_type": "vcl_letter", "concern": "weak_case_analysis", "mark": "missed"}
    response = app_client.post("/v1/labels", json=body, headers=AUTH)
    assert response.status_code == 422 and "does not apply" in response.json()["detail"][0]["msg"]
    assert app_client.post("/v1/labels", headers=AUTH, json={**body, "doc_type": "memo"}).status_code == 422


@pytest.mark.parametrize("concern", ["a paste of the draft, MARKER " * 3, "a paste of the draft, MARKER " * 300])
def test_a_bad_concern_is_refused_without_repeating_it(app_client, concern):
    body = {"text": LETTER, "doc_type": "vcl_letter", "concern": concern, "mark": "missed"}
    response = app_client.post("/v1/labels", json=body, headers=AUTH)
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "concern"]
    assert "MARKER" not in response.text  # a short id may be shown; a long value never is


def test_a_promotion_reaches_the_running_app_without_restart(app_client, retrain_home):
    registry = Registry(retrain_home / "models")
    first = registry.champion()
    assert serving(app_client) == first
    new = second_version(registry)
    registry.promote(new, reason="promoted by another process")  # as `casecheck models promote` does
    checked = app_client.post("/v1/check", json={"text": LETTER, "doc_type": "vcl_letter"})
    assert checked.json()["model_version"] == new and serving(app_client) == new
    back = app_client.post("/v1/admin/rollback", json={"reason": "undo"}, headers=AUTH)
    assert back.status_code == 200 and back.json() == {"champion": first, "serving": first}
    again = app_client.post("/v1/admin/promote", json={"version": new, "reason": "over HTTP"}, headers=AUTH)
    assert again.status_code == 200 and again.json() == {"champion": new, "serving": new}
    assert serving(app_client) == new
    assert registry.promotions()[-1]["reason"] == "over HTTP"


def test_a_tampered_bundle_is_refused_and_the_service_keeps_serving(app_client, retrain_home):
    registry = Registry(retrain_home / "models")
    first = registry.champion()
    bad = second_version(registry)
    path = registry.root / bad / "model.joblib"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    refused = app_client.post("/v1/admin/promote", json={"version": bad}, headers=AUTH)
    assert refused.status_code == 409 and "does not match the sha256" in refused.json()["detail"]
    assert registry.champion() == first and serving(app_client) == first
    checked = app_client.post("/v1/check", json={"text": LETTER, "doc_type": "vcl_letter"})
    assert checked.status_code == 200 and checked.json()["model_version"] == first
    assert app_client.post("/v1/admin/promote", json={"version": "v-none"}, headers=AUTH).status_code == 404


def test_a_champion_pointer_moved_to_a_tampered_bundle_keeps_the_old_model_serving(app_client, retrain_home):
    registry = Registry(retrain_home / "models")
    first = registry.champion()
    bad = second_version(registry)
    registry.promote(bad, reason="promoted while intact")
    (registry.root / bad / "model_card.md").write_text("tampered after promotion")
    checked = app_client.post("/v1/check", json={"text": LETTER, "doc_type": "vcl_letter"})
    assert checked.status_code == 200 and checked.json()["model_version"] == first
    assert serving(app_client) == first


def test_retrain_over_http_promotes_and_serves_the_challenger(retrain_home, home_settings, seed_records,
                                                              unseen_records):
    import_file(LabelStore.open(retrain_home), write_wide_csv(retrain_home / "iqa.csv", unseen_records))
    seed = write_seed(retrain_home / "seed.jsonl", seed_records)
    settings = home_settings.model_copy(update={"seed_files": [seed], "training_config": TINY_CONFIG})
    with TestClient(create_app(settings)) as client:
        response = client.post("/v1/admin/retrain", json={"force_reason": "test over HTTP"}, headers=AUTH)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["promoted"] and body["serving"] == body["champion"] == body["version"]
        assert body["comparison"]["holdout"]["documents"] > 0
        assert serving(client) == body["version"]
        assert client.get("/v1/admin/retrain", headers=AUTH).status_code == 404


def test_web_form_feedback_reaches_the_store_as_a_hash_without_consent(app_client, retrain_home):
    data = {"text": LETTER, "doc_type": "vcl_letter", "model_version": "v1", "missed": "missing_meeting_offer"}
    response = app_client.post("/feedback", data=with_csrf(app_client, data))
    assert response.status_code == 200, response.text
    store = LabelStore.open(retrain_home)
    [doc] = store.documents(status="pending")
    assert doc.text is None and doc.labels == {"missing_meeting_offer": 1}
    assert store.history()[0]["source"] == "web_feedback"


def test_web_form_feedback_keeps_the_text_when_the_reviewer_consents(app_client, retrain_home):
    data = {"text": LETTER, "doc_type": "vcl_letter", "model_version": "v1", "missed": "missing_meeting_offer",
            "consent": "yes"}
    assert app_client.post("/feedback", data=with_csrf(app_client, data)).status_code == 200
    [doc] = LabelStore.open(retrain_home).documents()
    assert doc.text == LETTER


def test_a_background_retrain_is_visible_to_every_worker_process(retrain_home, home_settings, seed_records,
                                                                 unseen_records):
    """``wait: false``: the job's status is in a file under the home, so a poll answered by another worker
    process (here: a second app on the same settings) sees it too."""
    import time

    import_file(LabelStore.open(retrain_home), write_wide_csv(retrain_home / "iqa.csv", unseen_records))
    seed = write_seed(retrain_home / "seed.jsonl", seed_records)
    settings = home_settings.model_copy(update={"seed_files": [seed], "training_config": TINY_CONFIG})
    with TestClient(create_app(settings)) as one, TestClient(create_app(settings)) as other:
        assert other.get("/v1/admin/retrain", headers=AUTH).status_code == 404
        started = one.post("/v1/admin/retrain", json={"force_reason": "background", "wait": False}, headers=AUTH)
        assert started.status_code == 202 and started.json()["status"] == "running"
        deadline = time.monotonic() + 120
        while (job := other.get("/v1/admin/retrain", headers=AUTH).json())["status"] == "running":
            assert time.monotonic() < deadline, "the background retrain did not finish"
            time.sleep(0.2)
        assert job["id"] == started.json()["id"] and job["status"] == "done", job
        assert "pid" not in job and job["result"]["promoted"]
        assert serving(other) == job["result"]["version"]  # the other worker picked up the new champion


def test_a_background_retrain_whose_process_died_is_reported_failed(home_settings):
    import json
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    job = {"id": "abc", "status": "running", "started_at": "2026-01-01T00:00:00Z", "pid": dead.pid}
    (home_settings.home / "retrain-job.json").write_text(json.dumps(job), encoding="utf-8")
    with TestClient(create_app(home_settings)) as client:
        body = client.get("/v1/admin/retrain", headers=AUTH).json()
    assert body["status"] == "failed" and "stopped" in body["error"] and "pid" not in body
