"""Schemathesis over the LanguageTool-compatible routes of the running app: no 5xx, and every answer
matches the documented status codes, content types and schemas (LanguageTool's match shape for 200,
plain text for refusals). Positive and negative requests (wrong types, missing fields, broken
annotated-text JSON); Hypothesis runs derandomised, so a run is repeatable."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from schemathesis.core.failures import FailureGroup

from service.settings import Settings
from tests.hardening.kit import copy_home
from tests.hardening.test_schema_fuzz import CHECKS
from tests.test_languagetool_api import UNICODE_LETTER
from tests.test_scoring import LETTER
from tests.test_service_live import live_server

pytestmark = pytest.mark.slow

EXAMPLES = {"POST": 150, "GET": 10}
SCORABLE = ("text", "language", "level", "enabledRules", "disabledRules", "enabledCategories", "disabledCategories",
            "docType")


def _scorable(case: schemathesis.Case) -> schemathesis.Case:
    """The generated text and rule fields only (a random case field or both text and data is a 400), so that
    generated drafts reach scoring."""
    body = case.body if isinstance(case.body, dict) else {}
    case.body = {k: v for k, v in body.items() if k in SCORABLE} | {"text": body.get("text") or LETTER}
    return case
MARKUP = json.dumps({"annotation": [{"markup": "<p>"}, {"text": LETTER}, {"markup": "</p>", "interpretAs": "\n\n"},
                                    {"markup": "<br/>", "interpretAs": "\n"}, {"text": UNICODE_LETTER}]})


def test_generated_requests_to_v2_get_no_5xx_and_match_the_schema(trained_home: Path, tmp_path: Path):
    home = copy_home(trained_home, tmp_path / "home")
    statuses: Counter[tuple[str, str, int]] = Counter()
    failures: dict[tuple[str, str, int], str] = {}

    def send(case: schemathesis.Case, session: requests.Session) -> None:
        response = case.call(session=session, timeout=60)
        key = (case.operation.method.upper(), case.operation.path, response.status_code)
        statuses[key] += 1
        try:
            case.validate_response(response, checks=CHECKS)
        except FailureGroup as exc:
            failures.setdefault(key, str(exc)[:1500])

    with live_server(Settings(home=home, _env_file=None)) as base, requests.Session() as session:
        schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
        operations = [r.ok() for r in schema.get_all_operations() if r.ok().path.startswith("/v2/")]
        assert {f"{o.method.upper()} {o.path}" for o in operations} == {"POST /v2/check", "GET /v2/languages",
                                                                          "GET /v2/info"}
        check = schema["/v2/check"]["POST"]
        form = "application/x-www-form-urlencoded"
        for body in ({"text": UNICODE_LETTER, "language": "en-GB", "level": "picky"},
                     {"data": MARKUP, "language": "auto", "disabledRules": "lacks_empathy"},
                     {"text": LETTER, "language": "en", "enabledOnly": "true", "enabledCategories": "template_residue",
                      "docType": "vcl_letter", "decisionType": "discontinue", "decisionDate": "2025-03-03",
                      "sentDate": "2025-03-20"}):
            send(check.Case(body=body, media_type=form), session)
        for op in operations:
            method = op.method.upper()
            for mode in schemathesis.GenerationMode:
                strategy = op.as_strategy(generation_mode=mode)
                if op.path == "/v2/check" and mode is schemathesis.GenerationMode.POSITIVE:
                    strategy = st.one_of(strategy, strategy.map(_scorable))

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
    print(f"\nschemathesis /v2: {total} requests: {dict(Counter(s for _, _, s in statuses.elements()))}")
    assert total >= 300, f"only {total} requests were generated"
    assert not [k for k in statuses if k[2] >= 500], f"5xx responses: {[k for k in statuses if k[2] >= 500]}"
    assert not failures, "schema violations:\n" + "\n\n".join(f"{k}: {v}" for k, v in failures.items())
    assert statuses[("POST", "/v2/check", 200)] >= 50 and ("POST", "/v2/check", 400) in statuses
