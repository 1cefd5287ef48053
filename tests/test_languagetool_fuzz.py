"""Schemathesis over the LanguageTool-compatible routes of the running app: no 5xx, and every answer
matches the documented status codes, content types and schemas (LanguageTool's match shape for 200,
plain text for refusals). Positive and negative requests (wrong types, missing fields, broken
annotated-text JSON); Hypothesis runs derandomised, so a run is repeatable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import strategies as st

from service.settings import Settings
from tests.fuzzkit import Fuzz
from tests.hardening.kit import copy_home
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


def _widen(op: schemathesis.APIOperation, mode: schemathesis.GenerationMode,
           strategy: st.SearchStrategy) -> st.SearchStrategy:
    if op.path == "/v2/check" and mode is schemathesis.GenerationMode.POSITIVE:
        return st.one_of(strategy, strategy.map(_scorable))
    return strategy


def test_generated_requests_to_v2_get_no_5xx_and_match_the_schema(trained_home: Path, tmp_path: Path):
    home = copy_home(trained_home, tmp_path / "home")
    with live_server(Settings(home=home, _env_file=None)) as base, requests.Session() as session:
        schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
        operations = [r.ok() for r in schema.get_all_operations() if r.ok().path.startswith("/v2/")]
        assert {f"{o.method.upper()} {o.path}" for o in operations} == {"POST /v2/check", "GET /v2/languages",
                                                                          "GET /v2/info"}
        check = schema["/v2/check"]["POST"]
        form = "application/x-www-form-urlencoded"
        fuzz = Fuzz(session)
        for body in ({"text": UNICODE_LETTER, "language": "en-GB", "level": "picky"},
                     {"data": MARKUP, "language": "auto", "disabledRules": "lacks_empathy"},
                     {"text": LETTER, "language": "en", "enabledOnly": "true", "enabledCategories": "template_residue",
                      "docType": "vcl_letter", "decisionType": "discontinue", "decisionDate": "2025-03-03",
                      "sentDate": "2025-03-20"}):
            fuzz.send(check.Case(body=body, media_type=form))
        fuzz.run(operations, EXAMPLES, _widen)

    print(f"\nschemathesis /v2: {fuzz.total} requests: {fuzz.by_status()}")
    assert fuzz.total >= 300, f"only {fuzz.total} requests were generated"
    fuzz.assert_clean()
    assert fuzz.statuses[("POST", "/v2/check", 200)] >= 50 and ("POST", "/v2/check", 400) in fuzz.statuses
