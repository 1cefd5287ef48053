"""``/labels`` and ``/login`` over the real app (TestClient): sessions, import dry run, promote and roll back."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from model.registry import Registry
from service.app import create_app
from service.settings import Settings
from tests.labelkit import write_wide_csv
from training.store import LabelStore

ADMIN = "admin-secret-token"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def web(retrain_home: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(home=retrain_home, admin_tokens=[ADMIN], _env_file=None))) as c:
        yield c


def csrf(client: TestClient, path: str) -> str:
    return TOKEN.search(client.get(path).text).group(1)


def login(client: TestClient) -> str:
    """Sign in as an admin; the session cookie's Set-Cookie header."""
    answer = client.post("/login", data={"csrf_token": csrf(client, "/login"), "token": ADMIN, "next": "/labels"},
                         follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/labels"
    return next(v for k, v in answer.headers.multi_items() if k == "set-cookie" and "casecheck_session" in v)


def bad_copy(good: Path, bad: Path) -> Path:
    """``good`` with an unknown rating on the second data row and empty text on the fourth."""
    with good.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    rows[2][rows[0].index("missing_reasons")] = "sometimes"
    rows[4][rows[0].index("text")] = ""
    with bad.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return bad


def check(client: TestClient, path: Path):
    with path.open("rb") as fh:
        return client.post("/labels/import", files={"file": (path.name, fh.read())},
                           data={"csrf_token": csrf(client, "/labels")})


def test_labels_need_an_admin_session_and_the_cookie_is_strict(web):
    away = web.get("/labels", follow_redirects=False)
    assert away.status_code == 303 and away.headers["location"] == "/login?next=/labels"
    assert web.post("/labels/rollback", data={"reason": "x"}).status_code == 401
    wrong = web.post("/login", data={"csrf_token": csrf(web, "/login"), "token": "nope"})
    assert wrong.status_code == 401
    header = login(web).lower()
    assert "httponly" in header and "samesite=strict" in header and "max-age=" in header
    assert "secure" not in header  # plain HTTP here; Secure under HTTPS
    assert web.get("/labels").status_code == 200
    value = web.cookies["casecheck_session"]
    web.cookies.clear()
    web.cookies.set("casecheck_session", value[:-4] + "AAAA")  # a forged signature
    assert web.get("/labels", follow_redirects=False).status_code == 303


def test_an_iqa_file_with_bad_rows_is_listed_and_a_fixed_one_imports(web, retrain_home, unseen_records, tmp_path):
    login(web)
    good = write_wide_csv(tmp_path / "iqa.csv", unseen_records[:8], assessor="Ann")
    answer = check(web, bad_copy(good, tmp_path / "iqa-bad.csv"))
    assert answer.status_code == 422 and "Nothing was imported" in answer.text
    assert "<table class=\"errors\">" in answer.text and "sometimes" in answer.text
    report = web.get(re.search(r'href="(/labels/import/[^"]+/errors.csv)"', answer.text).group(1))
    lines = list(csv.reader(report.text.splitlines()))
    assert lines[0] == ["row", "column", "reason"] and {r[0] for r in lines[1:]} == {"3", "5"}
    assert LabelStore.open(retrain_home).stats()["labels"] == 0
    ready = check(web, good)
    assert ready.status_code == 200 and "is ready to import" in ready.text
    action = re.search(r'action="(/labels/import/[^"]+)"', ready.text).group(1)
    done = web.post(action, data={"csrf_token": TOKEN.search(ready.text).group(1), "action": "import"},
                    follow_redirects=False)
    assert done.status_code == 303
    stats = LabelStore.open(retrain_home).stats()
    assert stats["labels"] > 0 and "Ann" in stats["assessors"]
    page = web.get("/labels")
    assert "The labels were imported." in web.get("/labels?done=imported").text and "Ann" in page.text
    assert list((retrain_home / "private" / "labels").glob("*/upload*")) == []  # no uploaded file is kept


def test_promote_and_rollback_need_a_reason_and_are_logged(web, retrain_home):
    registry = Registry(retrain_home / "models")
    first = registry.champion()
    bundle, manifest = registry.load_bundle(first)
    registry.register("v-second", bundle, dict(manifest), "card")
    login(web)
    token = csrf(web, "/labels")
    refused = web.post("/labels/promote", data={"csrf_token": token, "version": "v-second", "reason": " "})
    assert refused.status_code == 422 and "reason" in refused.text and registry.champion() == first
    web.post("/labels/promote", data={"csrf_token": token, "version": "v-second", "reason": "better on Q3"})
    assert registry.champion() == "v-second" and web.get("/readyz").json()["model_version"] == "v-second"
    web.post("/labels/rollback", data={"csrf_token": token, "reason": "complaints"})
    assert registry.champion() == first
    log = registry.promotions()[-2:]
    assert [e["reason"] for e in log] == ["better on Q3", "complaints"] and log[0]["who"] == "admin"
    assert web.post("/labels/rollback", data={"csrf_token": "x", "reason": "r"}).status_code == 403
    card = web.get("/labels/models/v-second")
    assert card.status_code == 200 and "card" in card.text


def test_the_review_queue_approves_and_rejects_web_feedback(web, retrain_home):
    from tests.test_scoring import LETTER

    store = LabelStore.open(retrain_home)
    kept = store.add_feedback(LETTER, "vcl_letter", "missing_vrr", 1, consent=True, assessor="reviewer 7")
    hashed = store.add_feedback(LETTER + " PS", "vcl_letter", "lacks_empathy", 0, consent=False)
    login(web)
    page = web.get("/labels")
    assert "Feedback waiting for review" in page.text and "reviewer 7" in page.text and "(text not kept)" in page.text
    token = TOKEN.search(page.text).group(1)
    assert web.post("/labels/review", data={"csrf_token": token, "decision": "approve"}).status_code == 422
    done = web.post("/labels/review", data={"csrf_token": token, "decision": "approve", "label": kept["label_id"]},
                    follow_redirects=False)
    assert done.status_code == 303
    web.post("/labels/review", data={"csrf_token": token, "decision": "reject", "label": hashed["label_id"]})
    assert store.review_queue() == []
    again = web.post("/labels/review", data={"csrf_token": token, "decision": "reject", "label": kept["label_id"]})
    assert again.status_code == 409 and "already reviewed" in again.text
