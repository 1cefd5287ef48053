"""Schemathesis over the running app's OpenAPI schema: no 5xx and no response that breaks the schema.

The app runs under a real uvicorn on loopback (``live_server``) with a private copy of the
trained registry. Every operation in ``/openapi.json`` gets schema-valid requests (positive)
and schema-breaking ones (negative: wrong types, missing fields, bodies that are not JSON);
each response goes through Schemathesis' checks: not a server error, a documented status code,
the documented content type and headers, and a body that matches the documented schema.
Hypothesis runs derandomised, so a run is repeatable.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import strategies as st

from service.settings import Settings
from tests.fuzzkit import Fuzz
from tests.hardening.kit import ADMIN_TOKEN, copy_home
from tests.test_scoring import LETTER
from tests.test_service_live import live_server

pytestmark = pytest.mark.slow

EXAMPLES = {"POST": 75, "GET": 10}  # per operation and generation mode
MIN_REQUESTS = 1000
# The one route fuzzed without the admin token: with it, every request would start a training run.
WITHOUT_TOKEN = {("POST", "/v1/admin/retrain")}


def _headers(method: str, path: str) -> dict[str, str] | None:
    if path.startswith(("/v1/labels", "/v1/admin")) and (method, path) not in WITHOUT_TOKEN:
        return {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    return None


def _as_csv_upload(case: schemathesis.Case) -> schemathesis.Case:
    """The same multipart body, but with a CSV part type, so the upload parser sees the bytes."""
    case.multipart_content_types = {"file": "text/csv"}
    return case


def _explicit_cases(schema: schemathesis.BaseSchema) -> list[schemathesis.Case]:
    """Requests that reach the success paths random data rarely reaches (a label, a scored upload)."""
    csv_body = ("id,text,team\n1,\"" + LETTER.replace('"', '""') + "\",=1+1\n2,  ,x\n").encode()
    return [
        schema["/v1/labels"]["POST"].Case(
            body={"text": LETTER, "doc_type": "vcl_letter", "concern": "missing_vrr", "mark": "missed"},
            media_type="application/json", headers=_headers("POST", "/v1/labels")),
        schema["/v1/batch/file"]["POST"].Case(
            body={"file": csv_body, "text_column": "text"}, media_type="multipart/form-data",
            multipart_content_types={"file": "text/csv"}),
        schema["/v1/check"]["POST"].Case(
            body={"text": LETTER, "doc_type": "vcl_letter", "case": {"decision_type": "discontinue",
                                                                   "decision_date": "2025-03-03",
                                                                   "sent_date": "2025-03-20"}},
            media_type="application/json"),
    ]


def _widen(op: schemathesis.APIOperation, mode: schemathesis.GenerationMode,
           strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(strategy, strategy.map(_as_csv_upload)) if op.path == "/v1/batch/file" else strategy


def test_generated_requests_get_no_5xx_and_responses_match_the_schema(trained_home: Path, tmp_path: Path):
    home = copy_home(trained_home, tmp_path / "home")
    settings = Settings(home=home, admin_tokens=[ADMIN_TOKEN], _env_file=None)
    with live_server(settings) as base, requests.Session() as session:
        schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 12, [f"{o.method} {o.path}" for o in operations]
        fuzz = Fuzz(session, _headers)
        for case in _explicit_cases(schema):
            fuzz.send(case)
        fuzz.run(operations, EXAMPLES, _widen)

    summary = ", ".join(f"{s}: {n}" for s, n in fuzz.by_status().items())
    print(f"\nschemathesis: {fuzz.total} requests over {len(operations)} operations ({summary})")
    assert fuzz.total >= MIN_REQUESTS, f"only {fuzz.total} requests were generated"
    fuzz.assert_clean()
    # The fuzz reached the success paths, not only refusals.
    reached = {(m, p) for (m, p, s) in fuzz.statuses if s < 300}
    assert {("POST", "/v1/check"), ("POST", "/v1/batch"), ("POST", "/v1/batch/file"), ("POST", "/v1/labels")} <= reached
