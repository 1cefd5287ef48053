"""The trust boundary for labels: cross-site feedback refused, feedback rate limited, a review queue
(pending until an assessor approves), retraining on approved labels only, and a poisoning attempt
through the form that changes no served decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from service.app import create_app
from service.settings import Settings
from tests.hardening.kit import ADMIN_TOKEN, with_csrf
from tests.hardening.test_faults import pg_cluster  # noqa: F401 - the fixture
from tests.test_scoring import LETTER
from training.store import LabelStore, LabelStoreError, alembic_config, normalise_url

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
EVIL = {"origin": "https://evil.example"}


def feedback(missed: str = "missing_vrr", **extra: str) -> dict[str, str]:
    return {"text": LETTER, "doc_type": "vcl_letter", "model_version": "v", "missed": missed, **extra}


@pytest.fixture
def app_settings(settings: Settings, tmp_path: Path) -> Settings:
    return settings.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'labels.db'}",
                                       "admin_tokens": [ADMIN_TOKEN]})


def test_cross_site_feedback_is_refused_and_stores_nothing(app_settings):
    with TestClient(create_app(app_settings)) as client:
        signed = with_csrf(client, feedback())
        attempts = [
            client.post("/feedback", data=feedback()),  # a forged form: no token
            client.post("/feedback", data=signed, headers=EVIL),  # a token, but posted from another site
            client.post("/feedback", data=signed, headers={"sec-fetch-site": "cross-site"}),
            client.post("/feedback", data=signed, headers={"referer": "https://evil.example/x"}),
        ]
        assert [r.status_code for r in attempts] == [403] * 4
        assert "CSRF" in attempts[0].text and "refused" in attempts[1].text
    assert LabelStore(app_settings.database_url).history() == []


def test_feedback_is_rate_limited_per_client(app_settings):
    with TestClient(create_app(app_settings.model_copy(update={"feedback_per_minute": 5}))) as client:
        codes = [client.post("/feedback", data=with_csrf(client, feedback())).status_code for _ in range(8)]
        assert codes == [200] * 5 + [429] * 3
        limited = client.post("/feedback", data=with_csrf(client, feedback()))
        assert limited.headers["retry-after"] == "60" and "wait a minute" in limited.text
    assert len(LabelStore(app_settings.database_url).history()) == 5


def test_a_scoring_token_does_not_let_a_script_skip_the_queue(app_settings):
    closed = app_settings.model_copy(update={"scoring_open": False, "api_tokens": ["api-token-0123456789"]})
    with TestClient(create_app(closed)) as client:
        auth = {"Authorization": "Bearer api-token-0123456789"}
        assert client.post("/feedback", data=feedback(), headers=auth).status_code == 403  # no CSRF token
        page = client.post("/feedback", data=with_csrf(client, feedback()), headers=auth)
        assert page.status_code == 200 and "An assessor reviews them" in page.text
        assert client.post("/v1/labels", headers=auth, json={"text": LETTER, "doc_type": "vcl_letter",
                                                              "concern": "missing_vrr", "mark": "missed"}
                           ).status_code == 403
    store = LabelStore(closed.database_url)
    assert [h["status"] for h in store.history()] == ["pending"]
    assert store.documents() == [] or all(not d.labels for d in store.documents())


def test_the_admin_route_lists_approves_and_rejects(app_settings):
    with TestClient(create_app(app_settings)) as client:
        for concern in ("missing_vrr", "missing_meeting_offer", "lacks_empathy"):
            assert client.post("/feedback", data=with_csrf(client, feedback(concern))).status_code == 200
        assert client.get("/v1/admin/labels/review").status_code == 401
        queue = client.get("/v1/admin/labels/review", headers=AUTH).json()
        assert queue["count"] == 3 and {q["status"] for q in queue["pending"]} == {"pending"}
        first, second, third = (q["label_id"] for q in queue["pending"])
        both = client.post("/v1/admin/labels/review", headers=AUTH,
                           json={"approve": [first], "reject": [first], "who": "A. Assessor"})
        assert both.status_code == 422
        unknown = client.post("/v1/admin/labels/review", headers=AUTH,
                              json={"approve": [first, 9999], "who": "A. Assessor"})
        assert unknown.status_code == 409 and "9999" in unknown.json()["detail"]
        assert client.get("/v1/admin/labels/review", headers=AUTH).json()["count"] == 3  # all or nothing
        done = client.post("/v1/admin/labels/review", headers=AUTH,
                           json={"approve": [first, second], "reject": [third], "who": "A. Assessor"})
        assert done.json() == {"approved": 2, "rejected": 1}
        again = client.post("/v1/admin/labels/review", headers=AUTH, json={"reject": [first], "who": "B"})
        assert again.status_code == 409 and "already reviewed" in again.json()["detail"]
        assert client.get("/v1/admin/labels/review", headers=AUTH).json()["count"] == 0
    store = LabelStore(app_settings.database_url)
    [doc] = store.documents()
    assert doc.labels == {"missing_vrr": 1, "missing_meeting_offer": 1}  # approved only; the rejected one is not
    assert {h["reviewed_by"] for h in store.history()} == {"A. Assessor"}


def test_casecheck_labels_review_lists_approves_and_rejects(run, monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'labels.db'}"
    monkeypatch.setenv("CASECHECK_DATABASE_URL", url)
    store = LabelStore(url)
    ids = [store.add_feedback(LETTER, "vcl_letter", c, 1, consent=False, note="missed")["label_id"]
           for c in ("missing_vrr", "missing_meeting_offer", "lacks_empathy")]
    listed = run("labels", "review", "--json")
    assert listed.exit_code == 0
    assert [json.loads(line)["label_id"] for line in listed.stdout.splitlines()] == ids
    assert "3 labels pending review" in listed.stderr
    bad = run("labels", "review", "--approve", "1,x")
    assert bad.exit_code == 2 and "numbers separated by commas" in bad.output
    twice = run("labels", "review", "--approve", str(ids[0]), "--reject", str(ids[0]))
    assert twice.exit_code == 2
    done = run("labels", "review", "--approve", f"{ids[0]},{ids[1]}", "--reject", str(ids[2]), "--who", "A. Jones")
    assert done.exit_code == 0 and "approved 2, rejected 1 (reviewer: A. Jones)" in done.stdout
    again = run("labels", "review", "--approve", str(ids[0]))
    assert again.exit_code == 2 and "already reviewed" in again.output
    assert run("labels", "review", "--approve", "all").stdout.startswith("approved 0")
    assert LabelStore(url).documents()[0].labels == {"missing_vrr": 1, "missing_meeting_offer": 1}


def test_review_refuses_bad_decisions_and_anonymous_reviewers(tmp_path):
    store = LabelStore(f"sqlite:///{tmp_path / 'labels.db'}")
    label = store.add_feedback(LETTER, "vcl_letter", "missing_vrr", 1, consent=False)["label_id"]
    with pytest.raises(LabelStoreError, match="one of"):
        store.review({label: "maybe"}, "A")
    with pytest.raises(LabelStoreError, match="who"):
        store.review({label: "approve"}, " ")
    assert store.review_queue()[0]["label_id"] == label


def _store_at_0001_with_feedback_and_an_import(url: str) -> None:
    engine = create_engine(normalise_url(url))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(text("INSERT INTO documents (id, doc_type, text, text_sha256, source, split, imported_at) "
                          "VALUES ('d1', 'vcl_letter', NULL, 'x', 'import', 'train', '2026-01-01'), "
                          "('w1', 'vcl_letter', NULL, 'y', 'web_feedback', 'train', '2026-01-01')"))
        conn.execute(text("INSERT INTO labels (document_id, concern, value, assessor, assessed_at, source, created_at) "
                          "VALUES ('d1', 'missing_vrr', 1, 'a', '2026-01-01', 'import', '2026-01-01'), "
                          "('w1', 'missing_vrr', 0, 'web form', '2026-01-01', 'web_feedback', '2026-01-01')"))
    engine.dispose()


def _check_migrated(url: str) -> None:
    store = LabelStore(url)  # opening migrates to head
    assert store.revision() == "0002"
    assert {h["document_id"]: h["status"] for h in store.history()} == {"d1": "approved", "w1": "pending"}
    assert {d.id: d.labels for d in store.documents()} == {"d1": {"missing_vrr": 1}, "w1": {}}
    with pytest.raises(IntegrityError, match=r"ck_labels_status|CHECK"), store.engine.begin() as conn:
        conn.execute(text("UPDATE labels SET status = 'maybe'"))
    store.close()


def test_the_migration_puts_old_web_feedback_in_the_queue_on_sqlite(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _store_at_0001_with_feedback_and_an_import(url)
    _check_migrated(url)


@pytest.mark.slow
def test_the_migration_puts_old_web_feedback_in_the_queue_on_postgresql(pg_cluster):  # noqa: F811
    _store_at_0001_with_feedback_and_an_import(pg_cluster.url)
    _check_migrated(pg_cluster.url)


# -- a poisoning attempt through the form, then retrain ----------------------------------------------------------
def _retrain_and_score(home: Path, settings: Settings, seed: Path, letters: list) -> tuple[str, list]:
    from model.registry import Registry
    from model.scoring import Scorer
    from service.retraining import run_retrain
    from tests.conftest import TINY_CONFIG

    run_retrain(settings.model_copy(update={"home": home, "database_url": None, "seed_files": [seed],
                                            "training_config": TINY_CONFIG}), force_reason="poisoning test")
    scorer = Scorer.from_registry(Registry(home / "models"))
    return scorer.version, [(round(r.scores["missing_reasons"], 12), "missing_reasons" in r.flags)
                            for r in (scorer.score(x.text, "vcl_letter") for x in letters)]


@pytest.mark.slow
def test_a_poisoning_attempt_through_the_form_then_retrain_changes_no_served_decision(
        tmp_path, retrain_base, settings, seed_records, unseen_records):
    """Two homes with the same assessor import; one also gets 120 poisoned feedback posts (with consent,
    every 'missing reasons' letter marked wrong, every other letter marked missed). A forced retrain in
    each: the served model scores the letters exactly alike, because pending feedback never trains."""
    import shutil

    from tests.labelkit import write_wide_csv
    from tests.test_retrain import write_seed
    from training.label_import import import_file

    homes = {name: tmp_path / name for name in ("clean", "poisoned")}
    for home in homes.values():
        shutil.copytree(retrain_base, home)
        import_file(LabelStore.open(home), write_wide_csv(home / "iqa.csv", unseen_records[:60]))
    seed = write_seed(tmp_path / "seed.jsonl", seed_records)
    letters = [r for r in unseen_records if r.doc_type == "vcl_letter"]
    app = create_app(settings.model_copy(update={"home": homes["poisoned"], "feedback_per_minute": 0}))
    with TestClient(app) as client:
        for _ in range(3):
            for letter in letters:
                mark = ({"wrong": "missing_reasons:0:10"} if letter.labels.get("missing_reasons")
                        else {"missed": "missing_reasons"})
                data = {"text": letter.text, "doc_type": "vcl_letter", "consent": "yes", **mark}
                assert client.post("/feedback", data=with_csrf(client, data)).status_code == 200
    poisoned = LabelStore.open(homes["poisoned"])
    assert len(poisoned.review_queue()) == 3 * len(letters) > 30
    served = {name: _retrain_and_score(home, settings, seed, letters) for name, home in homes.items()}
    assert served["poisoned"][1] == served["clean"][1]
