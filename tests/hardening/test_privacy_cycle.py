"""A full cycle with a unique marker in the drafts: the marker reaches no log, no metric, no error body and
no file under the state directory; only the label store holds a draft, and only those given with consent.

The cycle, against a real uvicorn (and the CLI in child processes): ``POST /v1/check``, ``POST
/v1/batch``, ``POST /v1/batch/file``, the web form, each kind of refusal, web-form feedback and
``POST /v1/labels`` without consent, ``POST /v1/labels`` with consent (a second marker), web-form
feedback with the consent box ticked (a third marker), then
``casecheck score`` and ``casecheck report`` on a file of drafts. (``tests/test_service_privacy.py``
checks the scoring and refusal paths on their own; this adds uploads, feedback, labels and the CLI.)
"""

from __future__ import annotations

import logging
import uuid

import httpx

from service.settings import Settings
from tests.hardening.kit import ADMIN_TOKEN, copy_home, run_cli, with_csrf
from tests.test_scoring import LETTER
from tests.test_service_live import live_server

CLIENT_LOGGERS = ("httpx", "httpx2", "httpcore")
JSON = {"content-type": "application/json"}


def test_a_full_cycle_leaves_the_draft_only_where_consent_was_given(trained_home, tmp_path, caplog):
    for name in ("", "casecheck", "casecheck.access", "uvicorn", "uvicorn.error", "fastapi", "starlette",
                 "sqlalchemy", "alembic", "python_multipart"):
        caplog.set_level(logging.DEBUG, logger=name or None)
    home = copy_home(trained_home, tmp_path / "home")
    secret = f"NOCONSENT{uuid.uuid4().hex}"
    given = f"CONSENTED{uuid.uuid4().hex}"
    form_given = f"FORMCONSENTED{uuid.uuid4().hex}"
    draft = LETTER.replace("Dean Morris", f"Dean {secret}")
    shared = LETTER.replace("Dean Morris", f"Dean {given}")
    settings = Settings(home=home, admin_tokens=[ADMIN_TOKEN], log_level="DEBUG", _env_file=None)
    admin = {"authorization": f"Bearer {ADMIN_TOKEN}"}
    upload = (f'id,text,team\nu1,"{draft}",North\nu2,"{secret} ' + "a" * 100_001 + '",South\nu3,,East\n').encode()
    label = {"text": draft, "doc_type": "vcl_letter", "concern": "missing_vrr", "mark": "missed"}
    responses: list[httpx.Response] = []
    with live_server(settings) as base, httpx.Client(base_url=base, timeout=60) as client:
        responses += [
            client.post("/v1/check", json={"text": draft, "doc_type": "vcl_letter"}),
            client.post("/v1/batch", json={"documents": [{"id": 1, "text": draft},
                                                         {"id": 2, "text": draft, "doc_type": "memo"}]}),
            client.post("/v1/batch/file", files={"file": ("drafts.csv", upload, "text/csv")}),
            client.post("/", data={"text": draft, "doc_type": "vcl_letter"}),
            client.post("/feedback", data=with_csrf(client, {"text": draft, "doc_type": "vcl_letter",
                                                             "model_version": "v", "missed": "missing_vrr"})),
            client.post("/v1/labels", json=label, headers=admin),
            client.post("/v1/labels", json={**label, "mark": "wrong", "concern": "template_residue"}, headers=admin),
            client.post("/v1/labels", json={**label, "text": shared, "consent": True}, headers=admin),
            client.post("/feedback", data=with_csrf(client, {
                "text": LETTER.replace("Dean Morris", f"Dean {form_given}"), "doc_type": "vcl_letter",
                "model_version": "v", "missed": "missing_vrr", "consent": "yes"})),  # the consent box, ticked
            # refusals
            client.post("/v1/check", json={"text": draft + "a" * 100_001}),
            client.post("/v1/check", json={"text": draft, "doc_type": "memo"}),
            client.post("/v1/check", content=f'{{"text": "{secret}'.encode(), headers=JSON),
            client.post("/v1/check", content=draft.encode(), headers={"content-type": "text/plain"}),
            client.post("/v1/batch/file", files={"file": ("drafts.txt", upload, "text/plain")}),
            client.post("/v1/batch/file", files={"file": ("d.csv", upload, "text/csv")}, data={"text_column": "x"}),
            client.post("/v1/labels", json={**label, "concern": "no_such_concern"}, headers=admin),
            client.post("/v1/labels", json={**label, "doc_type": "memo"}, headers=admin),
            client.post("/feedback", data=with_csrf(client, {"text": draft, "doc_type": "vcl_letter",
                                                             "wrong": "nope:0:1"})),
            client.get(f"/{secret}"),
        ]
        metrics = client.get("/metrics").text
    statuses = [r.status_code for r in responses]
    assert statuses[:9] == [200, 200, 200, 200, 200, 201, 201, 201, 200], statuses
    assert all(400 <= s < 500 for s in statuses[9:]), statuses
    assert [r.json()["text_stored"] for r in responses[5:8]] == [False, False, True]

    # The CLI: score a file of drafts (the scored file and the report live outside the state directory).
    src = tmp_path / "drafts.jsonl"
    src.write_text(f'{{"id": "c1", "text": "{draft.replace(chr(10), " ")}"}}\n{{"id": "c2", "text": " "}}\n'
                   f'{{"id": "c3", "text": "{secret}", "doc_type": "vcl_letter"}}\n', encoding="utf-8")
    scored = run_cli(home, "score", src, "-o", tmp_path / "scored.csv", "--workers", "1", "-q")
    assert scored.rc == 0, scored
    report = run_cli(home, "report", tmp_path / "scored.csv", "-o", tmp_path / "report.html")
    assert report.rc == 0, report
    bad = run_cli(home, "score", src, "-o", tmp_path / "bad.csv", "--type-column", "text")  # exit 2 naming a row
    assert bad.rc == 2 and secret not in bad.stderr, bad

    server = [r for r in caplog.records if r.name.split(".")[0] not in CLIENT_LOGGERS]
    assert any(r.name == "casecheck.access" for r in server), "the log capture is not working"
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''}" for r in server)
    printed = scored.stdout + scored.stderr + report.stdout + report.stderr
    for marker in (secret, given, form_given):
        assert marker not in logged, "a draft reached the service's log"
        assert marker not in metrics, "a draft reached /metrics"
        assert marker not in printed, "a draft reached the CLI's output"
        for response in responses[9:]:
            assert marker not in response.text, f"an error repeats the draft: {response.text[:200]}"
    for name in ("scored.csv", "report.html"):
        assert secret.encode() not in (tmp_path / name).read_bytes(), f"{name} holds the draft"
    files = [p for p in home.rglob("*") if p.is_file()]
    store_files = [p for p in files if p.name.startswith("labels.db")]
    assert store_files, "the feedback did not reach the label store"
    for path in files:
        data = path.read_bytes()
        assert secret.encode() not in data, f"a draft given without consent reached {path.relative_to(home)}"
        if path not in store_files:
            for marker in (given, form_given):
                assert marker.encode() not in data, f"a consented draft reached {path.relative_to(home)}"
    for marker in (given, form_given):
        assert any(marker.encode() in p.read_bytes() for p in store_files), "a consented draft was not stored"
