"""Schemathesis over the running app's OpenAPI schema: no 5xx and no response that breaks the schema.

The app runs under a real uvicorn on loopback (``live_server``) with a private copy of the
trained registry. Every operation in ``/openapi.json`` gets schema-valid requests (positive)
and schema-breaking ones (negative: wrong types, missing fields, bodies that are not JSON);
each response goes through Schemathesis' checks: not a server error, a documented status code,
the documented content type and headers, and a body that matches the documented schema.
Hypothesis runs derandomised, so a run is repeatable.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from schemathesis import checks
from schemathesis.core.failures import FailureGroup

from service.settings import Settings
from tests.hardening.kit import ADMIN_TOKEN, copy_home
from tests.test_scoring import LETTER
from tests.test_service_live import live_server

pytestmark = pytest.mark.slow

EXAMPLES = {"POST": 75, "GET": 10}  # per operation and generation mode
MIN_REQUESTS = 1000
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]
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


def test_generated_requests_get_no_5xx_and_responses_match_the_schema(trained_home: Path, tmp_path: Path):
    home = copy_home(trained_home, tmp_path / "home")
    settings = Settings(home=home, admin_tokens=[ADMIN_TOKEN], _env_file=None)
    statuses: Counter[tuple[str, str, int]] = Counter()
    failures: dict[tuple[str, str, int], str] = {}

    def send(case: schemathesis.Case, session: requests.Session) -> None:
        op = case.operation
        method = op.method.upper()
        response = case.call(session=session, headers=_headers(method, op.path), timeout=60)
        key = (method, op.path, response.status_code)
        statuses[key] += 1
        try:
            case.validate_response(response, checks=CHECKS)
        except FailureGroup as exc:
            failures.setdefault(key, str(exc)[:1500])

    with live_server(settings) as base, requests.Session() as session:
        schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 12, [f"{o.method} {o.path}" for o in operations]
        for case in _explicit_cases(schema):
            send(case, session)
        for op in operations:
            method = op.method.upper()
            for mode in schemathesis.GenerationMode:
                strategy = op.as_strategy(generation_mode=mode)
                if op.path == "/v1/batch/file":
                    strategy = st.one_of(strategy, strategy.map(_as_csv_upload))

                @hsettings(max_examples=EXAMPLES[method], deadline=None, database=None, derandomize=True,
                           suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
                @given(case=strategy)
                def fuzz(case: schemathesis.Case) -> None:
                    send(case, session)

                try:
                    fuzz()
                except Exception as exc:  # an operation without inputs has no negative case to generate
                    if type(exc).__name__ != "Unsatisfiable" or mode is schemathesis.GenerationMode.POSITIVE:
                        raise

    total = sum(statuses.values())
    by_status = Counter()
    for (_, _, status), n in statuses.items():
        by_status[status] += n
    summary = ", ".join(f"{s}: {n}" for s, n in sorted(by_status.items()))
    print(f"\nschemathesis: {total} requests over {len(operations)} operations ({summary})")
    assert total >= MIN_REQUESTS, f"only {total} requests were generated"
    assert not [k for k in statuses if k[2] >= 500], f"5xx responses: {[k for k in statuses if k[2] >= 500]}"
    assert not failures, "schema violations:\n" + "\n\n".join(f"{k}: {v}" for k, v in failures.items())
    # The fuzz reached the success paths, not only refusals.
    reached = {(m, p) for (m, p, s) in statuses if s < 300}
    assert {("POST", "/v1/check"), ("POST", "/v1/batch"), ("POST", "/v1/batch/file"), ("POST", "/v1/labels")} <= reached
