"""The LanguageTool-compatible routes over HTTP (the real app, a real small model): the answer's shape against
LanguageTool's published API description, offsets in UTF-16 that count markup as LanguageTool's AnnotatedText
does, rule selection, errors, credentials, CORS, limits, metrics and privacy."""

from __future__ import annotations

import json
import re
import uuid
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from service.annotated import AnnotatedText, Utf16Index, context
from service.app import create_app
from tests.test_scoring import LETTER
from tests.test_service_privacy import assert_marker_absent, capture_everything

# Emoji (astral: two UTF-16 units), accents and CRLF before and between the words casecheck points at.
UNICODE_LETTER = (
    "Dear Mrs Zoë Brontë 👋\r\n\r\n"
    "I am writing to tell you 😢 that I have decided to stop the case against Dean Morris. "
    "There is insufficient evidence to provide a realistic prospect of conviction. "
    "The case was discontinued under s.23 and we offered no evidence. 🙏\r\n\r\n"
    "Please contact [insert OIC name] at the café if you have questions.\r\n\r\nYours faithfully\r\nCrown Prosecutor"
)
# LanguageTool's published /v2/check answer: required keys and their JSON types.
MATCH_FIELDS = {"message": str, "shortMessage": str, "replacements": list, "offset": int, "length": int,
                "context": dict, "sentence": str, "type": dict, "rule": dict,
                "ignoreForIncompleteSentence": bool, "contextForSureMatch": int}
RULE_FIELDS = {"id": str, "description": str, "issueType": str, "category": dict}
ISSUE_TYPES = {"non-conformance", "style"}  # ITS 2.0 values LanguageTool uses


def utf16_slice(text: str, offset: int, length: int) -> str:
    return text.encode("utf-16-le")[2 * offset: 2 * (offset + length)].decode("utf-16-le")


def lt_check(client: TestClient, **form: str):
    return client.post("/v2/check", data={"language": "en-GB", **form})


def v1_items(client: TestClient, text: str) -> list[dict]:
    return client.post("/v1/check", json={"text": text}).json()["concerns"]


# -- the answer's shape -------------------------------------------------------------------------------
def test_answer_has_languagetools_published_shape(client):
    response = lt_check(client, text=LETTER)
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) >= {"software", "warnings", "language", "matches"}
    assert body["software"]["apiVersion"] == 1 and body["software"]["name"] == "casecheck"
    assert body["warnings"] == {"incompleteResults": False}
    assert body["language"]["code"] == "en-GB" and body["language"]["detectedLanguage"]["code"] == "en-GB"
    assert body["matches"], "the letter has concerns"
    for m in body["matches"]:
        for name, kind in MATCH_FIELDS.items():
            assert isinstance(m[name], kind), (name, m)
        for name, kind in RULE_FIELDS.items():
            assert isinstance(m["rule"][name], kind), (name, m["rule"])
        assert set(m["rule"]["category"]) == {"id", "name"} and m["rule"]["issueType"] in ISSUE_TYPES
        assert set(m["context"]) == {"text", "offset", "length"} and m["context"]["length"] == m["length"]
        assert all(set(r) == {"value"} for r in m["replacements"])
        assert m["type"]["typeName"] in {"Other", "Hint"}
        ctx = m["context"]
        words = utf16_slice(LETTER, m["offset"], m["length"]).replace("\n", " ")
        assert utf16_slice(ctx["text"], ctx["offset"], ctx["length"]) == words
    offsets = [m["offset"] for m in body["matches"]]
    assert offsets == sorted(offsets)


def test_matches_are_the_v1_concerns_with_rule_ids_categories_and_issue_types(client):
    v1 = v1_items(client, LETTER)
    matches = lt_check(client, text=LETTER).json()["matches"]
    assert len(matches) == len(v1)
    for item in v1:
        m = next(m for m in matches if m["rule"]["id"] == item["concern"] and m["offset"] == item["start_utf16"])
        assert m["length"] == item["end_utf16"] - item["start_utf16"]
        assert m["rule"]["category"]["id"] == item["concern"]
        assert m["rule"].get("subId") == item["rule"]
        assert m["rule"]["issueType"] == {"high": "non-conformance", "medium": "style"}[item["severity"]]
        assert [r["value"] for r in m["replacements"]] == item["replacements"]
        assert m["message"].startswith(item["message"])
        assert item["text"].strip() in m["sentence"] or m["sentence"] in item["text"]


def test_absence_concerns_anchor_where_v1_items_anchor(client):
    v1 = [i for i in v1_items(client, LETTER) if i["source"] == "model"]
    assert v1, "the letter has a model-only (absence) concern"
    matches = lt_check(client, text=LETTER).json()["matches"]
    for item in v1:
        assert any(m["rule"]["id"] == item["concern"] and m["offset"] == item["start_utf16"]
                   and m["length"] == item["end_utf16"] - item["start_utf16"] for m in matches)


@pytest.mark.parametrize("text", [UNICODE_LETTER, LETTER.replace("\n", "\r\n")])
def test_offsets_are_utf16_units_on_the_right_words(client, text):
    v1 = {(i["concern"], i["start_utf16"]): i["text"] for i in v1_items(client, text)}
    matches = lt_check(client, text=text).json()["matches"]
    assert {(m["rule"]["id"], m["offset"]) for m in matches} == set(v1)
    for m in matches:
        assert utf16_slice(text, m["offset"], m["length"]) == v1[(m["rule"]["id"], m["offset"])]
    words = {utf16_slice(text, m["offset"], m["length"]) for m in matches}
    assert {"discontinued under s.23", "offered no evidence", "[insert OIC name]"} <= words
    if "👋" in text:  # the emoji before them count two units each
        jargon = next(m for m in matches if utf16_slice(text, m["offset"], m["length"]) == "offered no evidence")
        assert jargon["offset"] == text.index("offered no evidence") + 2


# -- markup (the data parameter) ----------------------------------------------------------------------
def test_annotated_text_maps_as_languagetools_own_tests():
    """The cases of LanguageTool's AnnotatedTextTest (languagetool-core)."""
    text = AnnotatedText.of_parts([{"text": "hello "}, {"markup": "<b>"}, {"text": "user!"}, {"markup": "</b>"}])
    assert text.plain == "hello user!" and text.with_markup == "hello <b>user!</b>"
    assert [text.original(p) for p in (0, 5, 6, 7, 8)] == [0, 5, 9, 10, 11]
    text = AnnotatedText.of_parts([{"text": "hello "}, {"markup": "<p>", "interpretAs": "\n\n"},
                                   {"text": "more xxxx text!"}])
    assert text.plain == "hello \n\nmore xxxx text!" and text.with_markup == "hello <p>more xxxx text!"
    assert text.span(13, 17) == (14, 4)
    ctx = context(text.with_markup, Utf16Index(text.with_markup), 14, 4)
    assert ctx == {"text": "hello <p>more xxxx text!", "offset": 14, "length": 4}


def test_context_is_cut_as_languagetools_context_tools():
    text = "x" * 50 + "\nword" + "y" * 50
    ctx = context(text, Utf16Index(text), 51, 4)
    assert ctx == {"text": "..." + "x" * 39 + " word" + "y" * 40 + "...", "offset": 43, "length": 4}
    emoji = "😢" * 30 + "word"  # 60 units before the word: the cut never splits a surrogate pair
    ctx = context(emoji, Utf16Index(emoji), 60, 4)
    assert ctx["text"] == "..." + "😢" * 20 + "word" and ctx["offset"] == 43


def html_annotation(paragraphs: list[str]) -> list[dict[str, str]]:
    """Each paragraph in <p>, a line break as its stand-in, and the term 'offered no evidence' in <b>."""
    parts: list[dict[str, str]] = []
    for p in paragraphs:
        parts.append({"markup": "<p class=\"body\">"})
        head, sep, tail = p.partition("offered no evidence")
        parts.append({"text": head})
        if sep:
            parts += [{"markup": "<b>"}, {"text": sep}, {"markup": "</b>"}, {"text": tail}]
        parts.append({"markup": "</p>", "interpretAs": "\n\n"})
    return [p for p in parts if p.get("text", "x")]


def test_data_with_markup_checks_only_text_and_offsets_count_the_markup(client):
    paragraphs = UNICODE_LETTER.split("\r\n\r\n")
    parts = html_annotation(paragraphs)
    annotated = AnnotatedText.of_parts(parts)
    assert "<" not in annotated.plain
    body = lt_check(client, data=json.dumps({"annotation": parts})).json()
    plain = {(i["concern"], i["text"]) for i in v1_items(client, annotated.plain)}
    assert {(m["rule"]["id"], re.sub(r"<[^>]+>", "", utf16_slice(annotated.with_markup, m["offset"], m["length"])))
            for m in body["matches"] if m["rule"].get("subId")} <= plain
    words = {utf16_slice(annotated.with_markup, m["offset"], m["length"]) for m in body["matches"]}
    assert {"offered no evidence", "discontinued under s.23", "[insert OIC name]"} <= words
    for m in body["matches"]:
        assert m["context"]["text"].replace("...", "") in annotated.with_markup.replace("\n", " ")


def test_data_text_is_plain_text(client):
    a = lt_check(client, data=json.dumps({"text": LETTER})).json()["matches"]
    b = lt_check(client, text=LETTER).json()["matches"]
    assert a == b


# -- rule selection -----------------------------------------------------------------------------------
def test_disabled_rules_and_categories_drop_matches(client):
    all_ids = {m["rule"]["id"] for m in lt_check(client, text=LETTER).json()["matches"]}
    assert {"unexplained_jargon", "template_residue"} <= all_ids
    ids = {m["rule"]["id"] for m in lt_check(client, text=LETTER, disabledRules="unexplained_jargon").json()["matches"]}
    assert ids == all_ids - {"unexplained_jargon"}
    ids = {m["rule"]["id"] for m in
           lt_check(client, text=LETTER, disabledCategories="template_residue,unexplained_jargon").json()["matches"]}
    assert ids == all_ids - {"unexplained_jargon", "template_residue"}


def test_enabled_only_keeps_the_named_rules_and_casecheck_rule_ids_work_as_sub_ids(client):
    only = lt_check(client, text=LETTER, enabledOnly="true", enabledRules="template_residue").json()["matches"]
    assert only and {m["rule"]["id"] for m in only} == {"template_residue"}
    jargon = [m for m in lt_check(client, text=LETTER).json()["matches"] if m["rule"]["id"] == "unexplained_jargon"]
    one = jargon[0]["rule"]["subId"]
    kept = lt_check(client, text=LETTER, enabledOnly="true", enabledRules=one).json()["matches"]
    assert [m["rule"].get("subId") for m in kept] == [one]
    dropped = lt_check(client, text=LETTER, disabledRules=one).json()["matches"]
    assert one not in {m["rule"].get("subId") for m in dropped} and len(dropped) > len(kept)


def test_advice_is_off_unless_picky_or_enabled(client):
    long_letter = LETTER.replace("There is insufficient evidence", "There is, " + "after a great deal of very careful "
                                 "thought about every one of the many statements that were made, " * 2 +
                                 "insufficient evidence")
    default = lt_check(client, text=long_letter).json()["matches"]
    assert "writing_advice" not in {m["rule"]["category"]["id"] for m in default}
    picky = lt_check(client, text=long_letter, level="picky").json()["matches"]
    advice = [m for m in picky if m["rule"]["category"]["id"] == "writing_advice"]
    assert advice and {m["rule"]["id"] for m in advice} <= {"long_sentence", "passive"}
    named = lt_check(client, text=long_letter, enabledRules="long_sentence").json()["matches"]
    assert "long_sentence" in {m["rule"]["id"] for m in named}


def test_doc_type_and_case_data_as_extra_parameters(client):
    body = lt_check(client, text=LETTER, docType="vcl_letter", decisionType="discontinue",
                    decisionDate="2025-03-03", sentDate="2025-03-20").json()
    late = [m for m in body["matches"] if m["rule"]["id"] == "late_letter"]
    assert len(late) == 1 and utf16_slice(LETTER, late[0]["offset"], late[0]["length"]) == "Dear Mrs Okafor"
    reduced = lt_check(client, text=LETTER, decisionType="reduce_charge").json()["matches"]
    assert "missing_vrr" not in {m["rule"]["id"] for m in reduced}


# -- refusals, as LanguageTool's: plain text "Error: ..." ---------------------------------------------
@pytest.mark.parametrize(("form", "status", "says"), [
    ({"text": LETTER, "language": "de-DE"}, 400, "'de-DE' is not a language code known to LanguageTool"),
    ({"text": LETTER}, 400, "Missing 'language' parameter"),
    ({"language": "en"}, 400, "Missing 'text' or 'data' parameter"),
    ({"text": LETTER, "data": "{}", "language": "en"}, 400, "not both"),
    ({"data": "{not json", "language": "en"}, 400, "Could not parse JSON from 'data' parameter"),
    ({"data": '{"annotation": [{"text": "a", "markup": "<b>"}]}', "language": "en"}, 400, "annotation[0]"),
    ({"data": '{"annotation": [{"text": "a", "interpretAs": "x"}]}', "language": "en"}, 400, "interpretAs"),
    ({"text": LETTER, "language": "en", "enabledOnly": "true"}, 400, "must specify enabled rules"),
    ({"text": LETTER, "language": "en", "enabledOnly": "true", "enabledRules": "a", "disabledRules": "b"}, 400,
     "cannot specify disabled rules"),
    ({"text": LETTER, "language": "en", "level": "pedantic"}, 400, "'level'"),
    ({"text": LETTER, "language": "en", "docType": "memo"}, 400, "'docType' must be one of"),
    ({"text": LETTER, "language": "en", "decisionDate": "31/31/2020"}, 400, "'decisionDate'"),
    ({"text": LETTER, "language": "en", "decisionType": "acquit"}, 400, "'decisionType'"),
])
def test_bad_requests_get_languagetools_plain_text_errors(client, form, status, says):
    response = client.post("/v2/check", data=form)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith("Error: ") and says in response.text


def test_languages_codes_and_empty_text(client):
    languages = client.get("/v2/languages").json()
    assert {(x["code"], x["longCode"]) for x in languages} == {("en", "en-GB"), ("en", "en")}
    assert all(set(x) == {"name", "code", "longCode"} for x in languages)
    for code in ("en-GB", "en", "auto", "EN-gb"):
        assert lt_check(client, text=LETTER, language=code).status_code == 200
    assert lt_check(client, text="  \n ").json()["matches"] == []
    info = client.get("/v2/info").json()["software"]
    assert info["name"] == "casecheck" and info["modelVersion"]


def test_wrong_content_type_and_oversize_text_are_plain_text_errors(settings):
    with TestClient(create_app(settings.model_copy(update={"max_text_chars": 500}))) as client:
        big = lt_check(client, text=LETTER * 3)
        json_body = client.post("/v2/check", json={"text": LETTER, "language": "en"})
        get = client.get("/v2/check")
        untyped = client.post("/v2/check", content=urlencode({"text": LETTER[:400], "language": "en"}).encode())
        fields = client.post("/v2/check", data={"language": "en", **{f"f{i}": "x" for i in range(1001)}})
    assert "content-type" not in untyped.request.headers
    assert untyped.status_code == 200 and untyped.json()["matches"]  # LTeX LS sends its form untyped
    assert fields.status_code == 400 and "more than 1000 fields" in fields.text
    assert big.status_code == 413 and big.text.startswith("Error: ") and "limit is 500" in big.text
    assert json_body.status_code == 415 and json_body.text.startswith("Error: ")
    assert get.status_code == 405 and get.text.startswith("Error: ")


# -- credentials, CORS, metrics, privacy --------------------------------------------------------------
def test_closed_scoring_takes_a_bearer_token_or_languagetool_credentials(settings):
    closed = settings.model_copy(update={"scoring_open": False, "api_tokens": ["editor-token"]})
    with TestClient(create_app(closed)) as client:
        none = lt_check(client, text=LETTER)
        wrong = lt_check(client, text=LETTER, username="me@cps", apiKey="nope")
        key = lt_check(client, text=LETTER, username="me@cps", apiKey="editor-token")
        bearer = client.post("/v2/check", data={"text": LETTER, "language": "en"},
                             headers={"Authorization": "Bearer editor-token"})
        languages = client.get("/v2/languages")
    assert none.status_code == 401 and none.text.startswith("Error: ") and wrong.status_code == 401
    assert key.status_code == 200 and bearer.status_code == 200 and languages.status_code == 200


def test_cors_is_closed_by_default_and_opened_only_for_listed_origins_on_v2(settings):
    origin = "chrome-extension://abcdefghijklmnop"
    preflight = {"Origin": origin, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"}
    with TestClient(create_app(settings)) as client:
        closed = client.post("/v2/check", data={"text": LETTER, "language": "en"}, headers={"Origin": origin})
    assert "access-control-allow-origin" not in closed.headers
    with TestClient(create_app(settings.model_copy(update={"cors_origins": [origin]}))) as client:
        allowed = client.post("/v2/check", data={"text": LETTER, "language": "en"}, headers={"Origin": origin})
        options = client.options("/v2/check", headers=preflight)
        other = client.post("/v2/check", data={"text": LETTER, "language": "en"},
                            headers={"Origin": "https://evil.example"})
        v1 = client.post("/v1/check", json={"text": LETTER}, headers={"Origin": origin})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == origin
    assert options.status_code == 200 and options.headers["access-control-allow-origin"] == origin
    assert "POST" in options.headers["access-control-allow-methods"]
    assert "access-control-allow-origin" not in other.headers
    assert "access-control-allow-origin" not in v1.headers


def test_metrics_count_languagetool_checks(client):
    lt_check(client, text=LETTER, docType="vcl_letter")
    metrics = client.get("/metrics").text
    assert 'casecheck_documents_scored_total{channel="languagetool",doc_type="vcl_letter"} 1.0' in metrics
    assert 'route="/v2/check",status="200"' in metrics


def test_no_draft_in_logs_metrics_or_errors(settings, caplog):
    capture_everything(caplog)
    marker = f"MARKER{uuid.uuid4().hex}"
    letter = LETTER.replace("Dean Morris", f"Dean {marker}")
    bad_part = json.dumps({"annotation": [{"text": marker, "markup": marker}]})
    with TestClient(create_app(settings.model_copy(update={"log_level": "DEBUG"}))) as client:
        responses = [
            lt_check(client, text=letter),
            lt_check(client, data=json.dumps({"annotation": [{"markup": "<p>"}, {"text": letter}]})),
            lt_check(client, data=bad_part),
            lt_check(client, data="{" + marker),
            lt_check(client, text=letter, docType=f"x{marker}"[:30]),
            client.post("/v2/check", data={"text": letter * 400, "language": "en"}),
        ]
        metrics = client.get("/metrics").text
    assert [r.status_code for r in responses] == [200, 200, 400, 400, 400, 413]
    assert_marker_absent(marker, caplog, settings.home, metrics, responses)
    assert all(marker not in r.text for r in responses[2:])
