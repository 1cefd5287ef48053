"""Drafts never reach logs, metrics, error messages or the state directory."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings
from tests.test_scoring import LETTER
from tests.test_service_live import live_server

# The test's own HTTP client logs the URLs it requests (GET /MARKER...); that is the caller's
# log, not the service's, so its records are left out of the check. Everything else is in.
CLIENT_LOGGERS = ("httpx", "httpx2", "httpcore")
LOGGERS = ("", "casecheck", "casecheck.access", "uvicorn", "uvicorn.error", "uvicorn.access", "fastapi",
           "starlette", "httpx", "httpcore", "python_multipart", "multipart")


def capture_everything(caplog) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name or None)


def drafts_with(marker: str) -> dict[str, str]:
    letter = LETTER.replace("Dean Morris", f"Dean {marker}")
    return {"letter": letter, "oversize": f"{marker} " + "a" * 100_001}


def scoring_requests(client: TestClient | httpx.Client, marker: str) -> list[httpx.Response]:
    """Scoring requests carrying the marker: successes, and each kind of refusal.

    (``POST /feedback`` is left out: sending feedback is the one act that stores a draft, in the label store.)
    """
    d = drafts_with(marker)
    case = {"decision_type": "discontinue", "decision_date": "2025-03-03", "sent_date": "2025-03-20"}
    return [
        client.post("/v1/check", json={"text": d["letter"], "doc_type": "vcl_letter", "case": case}),
        client.post("/v1/batch", json={"documents": [{"id": "1", "text": d["letter"]},
                                                     {"id": "2", "text": d["letter"], "doc_type": "memo"}]}),
        client.post("/", data={"text": d["letter"], "doc_type": "vcl_letter", **case}),
        # error paths
        client.post("/v1/check", json={"text": d["oversize"]}),
        client.post("/v1/check", json={"text": d["letter"], "doc_type": "memo"}),
        client.post("/v1/check", json={"text": d["letter"], "extra": 1}),
        client.post("/v1/check", json={"text": d["letter"], "case": {"decision_type": "acquit"}}),
        client.post("/v1/check", content=f'{{"text": "{marker}'.encode(), headers={"content-type": "application/json"}),
        client.post("/v1/check", content=d["letter"].encode(), headers={"content-type": "text/plain"}),
        client.post("/", data={"text": d["oversize"]}),
        client.post("/", data={"text": d["letter"], "decision_date": "31/31/2020"}),
        client.get(f"/{marker}"),
        client.get(f"/v1/check?text={marker}"),
    ]


def assert_marker_absent(marker: str, caplog, home: Path, metrics: str, responses: list[httpx.Response]) -> None:
    server = [r for r in caplog.records if r.name.split(".")[0] not in CLIENT_LOGGERS]
    assert any(r.name == "casecheck.access" for r in server), "the capture is not working"
    logged = "\n".join(f"{r.name} {r.getMessage()} {r.exc_text or ''} {r.stack_info or ''}" for r in server)
    assert marker not in logged
    assert marker not in metrics
    for path in home.rglob("*"):
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), f"the draft reached {path}"
    for response in responses:
        if response.status_code >= 400 and "application/json" in response.headers.get("content-type", ""):
            assert marker not in response.text, f"an error message repeats the draft: {response.text[:200]}"


def test_no_draft_in_logs_metrics_errors_or_state_dir(settings, caplog):
    capture_everything(caplog)
    marker = f"MARKER{uuid.uuid4().hex}"
    app = create_app(settings.model_copy(update={"log_level": "DEBUG"}))

    def explode(text: str = marker) -> None:
        raise ValueError(f"something about {text}")  # an exception whose message quotes a draft

    app.add_api_route("/v1/explode", explode)
    with TestClient(app, raise_server_exceptions=False) as client:
        responses = scoring_requests(client, marker)
        responses.append(client.get("/v1/explode"))
        metrics = client.get("/metrics").text
    statuses = [r.status_code for r in responses]
    assert statuses == [200, 200, 200, 413, 422, 422, 422, 422, 415, 422, 422, 404, 405, 500]
    assert "ValueError" in caplog.text  # the unexpected error was logged, without its message
    assert_marker_absent(marker, caplog, settings.home, metrics, responses)


def test_no_draft_in_logs_under_uvicorn(trained_home, caplog):
    capture_everything(caplog)
    marker = f"MARKER{uuid.uuid4().hex}"
    settings = Settings(home=trained_home, log_level="DEBUG", _env_file=None)
    with live_server(settings) as base, httpx.Client(base_url=base) as client:
        responses = scoring_requests(client, marker)
        metrics = client.get("/metrics").text
    assert responses[0].status_code == 200
    assert_marker_absent(marker, caplog, trained_home, metrics, responses)
