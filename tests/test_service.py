"""The HTTP API and the web form, through the real app."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings
from tests.hardening.kit import with_csrf
from tests.test_scoring import LETTER

CASE = {"decision_type": "reduce_charge", "offence_category": "theft", "service_level": "enhanced",
        "decision_date": "2025-03-03", "sent_date": "2025-03-10"}
STATIC = Path(__file__).resolve().parents[1] / "service" / "static"


def client_with(settings: Settings, **changes: object) -> TestClient:
    return TestClient(create_app(settings.model_copy(update=changes)))


def test_health_and_readiness(client, registry):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["model_version"] == registry.champion()


def test_check_returns_scores_flags_and_concerns(client):
    response = client.post("/v1/check", json={"text": LETTER, "doc_type": "vcl_letter"})
    assert response.status_code == 200
    body = response.json()
    assert body["doc_type"] == "vcl_letter" and body["flags"]
    assert all(LETTER[c["start"] : c["end"]] == c["text"] for c in body["concerns"])
    assert body["case_checks"] == [] and body["not_applicable"] == {}
    assert response.headers["x-request-id"]


def test_check_with_case_data_reports_case_checks_and_rules_concerns_out(client):
    body = client.post("/v1/check", json={"text": LETTER, "doc_type": "vcl_letter", "case": CASE}).json()
    assert {c["check"] for c in body["case_checks"]} == {"late_letter", "late_letter_no_apology"}
    assert body["case_checks"][0]["working_days"] == 5 and body["case_checks"][0]["deadline_days"] == 1
    assert set(body["not_applicable"]) == {"missing_vrr", "missing_meeting_offer"}
    assert "missing_vrr" not in body["flags"]


@pytest.mark.parametrize(("field", "value"), [
    ("decision_type", "acquit"), ("offence_category", "jaywalking"), ("service_level", "platinum"),
    ("decision_date", "31/31/2024"), ("sent_date", "soon"),
])
def test_bad_case_field_is_422_naming_the_field(client, field, value):
    response = client.post("/v1/check", json={"text": LETTER, "case": {field: value}})
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "case", field] and field in detail["msg"]


def test_empty_text_is_422_naming_the_field(client):
    response = client.post("/v1/check", json={"text": "  "})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "text"]


def test_unknown_doc_type_is_422_listing_valid_ones(client):
    response = client.post("/v1/check", json={"text": LETTER, "doc_type": "memo"})
    assert response.status_code == 422
    assert "vcl_letter" in response.json()["detail"][0]["msg"]


def test_oversize_text_is_413(client, settings):
    response = client.post("/v1/check", json={"text": "a" * (settings.max_text_chars + 1)})
    assert response.status_code == 413 and "limit" in response.json()["detail"]


def test_malformed_json_is_422_and_wrong_content_type_is_415(client):
    assert client.post("/v1/check", content=b"{nope", headers={"content-type": "application/json"}).status_code == 422
    assert client.post("/v1/check", content=b"text=hi", headers={"content-type": "text/plain"}).status_code == 415
    assert client.post("/v1/check", json=["not", "an", "object"]).status_code == 422
    assert client.post("/v1/check", json={"text": 5}).status_code == 422


def test_batch_scores_in_order_with_an_error_per_bad_document(client):
    documents = [
        {"id": "a", "text": LETTER},
        {"id": "b", "text": "  "},
        {"id": 3, "text": LETTER, "doc_type": "memo"},
        {"id": "d", "text": LETTER, "case": {"offence_category": "jaywalking"}},
        {"id": "e", "text": LETTER, "doc_type": "vcl_letter", "case": CASE},
    ]
    response = client.post("/v1/batch", json={"documents": documents})
    assert response.status_code == 200
    body = response.json()
    assert [r["id"] for r in body["results"]] == ["a", "b", 3, "d", "e"]
    assert body["n_documents"] == 5 and body["n_errors"] == 3
    errors = {r["id"]: r.get("error") for r in body["results"]}
    assert "empty" in errors["b"] and "vcl_letter" in errors[3] and "offence_category" in errors["d"]
    assert errors["a"] is None and errors["e"] is None
    single = client.post("/v1/check", json={"text": LETTER}).json()
    assert body["results"][0]["flags"] == single["flags"] and body["results"][0]["concerns"] == single["concerns"]
    assert {c["check"] for c in body["results"][4]["case_checks"]} == {"late_letter", "late_letter_no_apology"}


def test_batch_over_the_limit_is_413_with_a_message(settings):
    with client_with(settings, max_batch_documents=2) as client:
        response = client.post("/v1/batch", json={"documents": [{"id": i, "text": LETTER} for i in range(3)]})
    assert response.status_code == 413 and "limit is 2" in response.json()["detail"]


def test_concerns_returns_the_schema_and_case_fields(client):
    body = client.get("/v1/concerns").json()
    assert set(body["doc_types"]) == {"pre_charge_review", "post_charge_review", "vcl_letter"}
    assert "missing_vrr" in body["concerns"] and "late_letter" in body["case_checks"]
    assert "discontinue" in body["case_fields"]["decision_type"]


def test_models_lists_versions_champion_and_its_metrics(client, registry):
    body = client.get("/v1/models").json()
    assert body["champion"] == body["active"] == registry.champion()
    assert [v["version"] for v in body["versions"]] == registry.versions()
    assert "validation_f1" in body["metrics"]["missing_vrr"] and body["training"]["records"] > 0


def test_metrics_count_requests_documents_flags_and_model_version(client, registry):
    client.post("/v1/check", json={"text": LETTER, "doc_type": "vcl_letter"})
    client.post("/v1/batch", json={"documents": [{"id": 1, "text": LETTER}, {"id": 2, "text": ""}]})
    client.get("/no/such/page")
    text = client.get("/metrics").text
    assert 'casecheck_http_requests_total{method="POST",route="/v1/check",status="200"} 1.0' in text
    assert 'casecheck_http_requests_total{method="GET",route="unmatched",status="404"} 1.0' in text
    assert 'casecheck_documents_scored_total{channel="api",doc_type="vcl_letter"} 1.0' in text
    assert 'casecheck_documents_scored_total{channel="batch",doc_type="vcl_letter"} 1.0' in text
    assert 'casecheck_flags_total{concern="missing_vrr"} 2.0' in text
    assert 'casecheck_document_errors_total{channel="batch"} 1.0' in text
    assert f'casecheck_model_info{{version="{registry.champion()}"}} 1.0' in text
    assert 'casecheck_http_request_duration_seconds_bucket{le="0.05",method="POST",route="/v1/check"}' in text
    assert "/no/such/page" not in text


def test_every_response_carries_a_request_id_and_security_headers(client):
    responses = [
        client.get("/"), client.get("/healthz"), client.get("/static/app.css"), client.get("/nope"),
        client.get("/v1/check"), client.post("/v1/check", json={}), client.get("/", headers={"host": "evil.example"}),
        client.post("/v1/check", content=b"x", headers={"content-type": "text/plain"}),
        client.post("/v1/check", content=b"{}", headers={"content-type": "application/json", "content-length": "x"}),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 404, 405, 422, 400, 415, 413]
    for r in responses:
        assert re.fullmatch(r"[0-9a-f]{32}", r.headers["x-request-id"])
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["referrer-policy"] == "no-referrer"


def test_check_and_batch_answer_exactly_their_response_models(client):
    """The routes return orjson bytes that FastAPI does not validate: the result dicts must already be
    the declared models (no extra key, no missing default, same values)."""
    from service.routes.api import INLINE_CHARS
    from service.schemas import BatchPublic, CheckPublic

    long_letter = "\n\n".join([LETTER] * (INLINE_CHARS // len(LETTER) + 1))  # scored in the threadpool
    for body in ({"text": LETTER, "doc_type": "vcl_letter"}, {"text": LETTER},
                 {"text": LETTER, "doc_type": "vcl_letter", "case": CASE}, {"text": long_letter}):
        response = client.post("/v1/check", json=body)
        assert response.status_code == 200 and response.headers["content-type"] == "application/json"
        got = response.json()
        assert CheckPublic.model_validate(got).model_dump(mode="json") == got
    documents = [{"id": 1, "text": LETTER}, {"id": "b", "text": " "},
                 {"id": "c", "text": LETTER, "doc_type": "vcl_letter", "case": CASE}]
    batch = client.post("/v1/batch", json={"documents": documents}).json()
    assert BatchPublic.model_validate(batch).model_dump(mode="json") == batch
    # Ids orjson cannot write (over 64 bits, a lone surrogate) are echoed all the same.
    odd = [{"id": 2**70, "text": LETTER}, {"id": "x\ud800", "text": " "}]
    response = client.post("/v1/batch", content=json.dumps({"documents": odd}),
                           headers={"content-type": "application/json"})
    assert response.status_code == 200 and [r["id"] for r in response.json()["results"]] == [2**70, "x\ud800"]


def test_headers_a_route_sets_itself_are_kept_or_replaced_once(settings):
    from fastapi.responses import PlainTextResponse

    app = create_app(settings)

    def cached() -> PlainTextResponse:
        return PlainTextResponse("x", headers={"Cache-Control": "max-age=60", "X-Frame-Options": "SAMEORIGIN"})

    app.add_api_route("/v1/cached", cached)
    with TestClient(app) as client:
        response = client.get("/v1/cached")
    assert response.headers.get_list("cache-control") == ["max-age=60"]
    assert response.headers.get_list("x-frame-options") == ["DENY"]
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["x-request-id"])


def test_a_plain_request_id_is_echoed_and_anything_else_replaced(client):
    assert client.get("/healthz", headers={"x-request-id": "abc-123"}).headers["x-request-id"] == "abc-123"
    odd = client.get("/healthz", headers={"x-request-id": "a b<script>"}).headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", odd)


def test_errors_are_json_on_api_routes_and_html_on_web_routes(client):
    for response in (client.get("/v1/nope"), client.post("/v1/check", json={"text": ""}),
                     client.get("/healthz", headers={"host": "evil.example"})):
        assert response.headers["content-type"] == "application/json" and "detail" in response.json()
    for response in (client.get("/nope"), client.post("/", content=b"{}", headers={"content-type": "application/json"}),
                     client.get("/", headers={"host": "evil.example"})):
        assert response.headers["content-type"].startswith("text/html") and 'role="alert"' in response.text


def test_an_unexpected_error_is_a_500_with_a_request_id_not_a_traceback(settings):
    app = create_app(settings)

    def explode() -> None:
        raise RuntimeError("boom")

    app.add_api_route("/v1/explode", explode)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/v1/explode")
    assert response.status_code == 500 and "request id" in response.json()["detail"]
    assert response.headers["x-request-id"] and "boom" not in response.text


def test_a_streamed_body_over_the_limit_is_413(settings):
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(10):
            yield b"a" * 1000
        yield b'"}'

    with client_with(settings, max_upload_bytes=5000) as client:
        response = client.post("/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and "5000 bytes" in response.json()["detail"]


def test_scoring_can_be_closed_with_tokens(settings):
    with client_with(settings, scoring_open=False, api_tokens=["scoring-token"]) as client:
        assert client.post("/v1/check", json={"text": LETTER}).status_code == 401
        wrong = client.post("/v1/check", json={"text": LETTER}, headers={"authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
        ok = client.post("/v1/check", json={"text": LETTER}, headers={"authorization": "Bearer scoring-token"})
        assert ok.status_code == 200
        batch = client.post("/v1/batch", json={"documents": []})
        assert batch.status_code == 401
        page = client.post("/", data={"text": LETTER})
        assert page.status_code == 401 and page.headers["content-type"].startswith("text/html")
        assert client.get("/healthz").status_code == 200 and client.get("/").status_code == 200


def test_openapi_documents_the_routes_with_examples(client):
    spec = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/batch", "/v1/concerns", "/v1/models", "/healthz", "/readyz"} <= set(spec["paths"])
    schemas = spec["components"]["schemas"]
    assert schemas["CheckCreate"]["examples"][1]["case"]["decision_type"] == "discontinue"
    assert "examples" in schemas["BatchCreate"] and "case_checks" in schemas["CheckPublic"]["properties"]
    assert "/" not in spec["paths"] and "/feedback" not in spec["paths"]


# -- the web form -------------------------------------------------------------------------------

class Controls(HTMLParser):
    """Form controls, labels and ids of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.labels: set[str] = set()
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(str(a["id"]))
        if tag == "label" and a.get("for"):
            self.labels.add(str(a["for"]))
        if tag in ("input", "select", "textarea") and a.get("type") != "hidden":
            self.controls.append(a)


def parse(html: str) -> Controls:
    parser = Controls()
    parser.feed(html)
    return parser


def test_form_page_renders_highlights_and_escapes_the_draft(client):
    page = client.get("/")
    assert page.status_code == 200 and 'lang="en-GB"' in page.text and "<textarea" in page.text
    draft = LETTER + "\n<script>alert(1)</script></textarea><img src=x onerror=alert(2)>"
    result = client.post("/", data={"text": draft, "doc_type": "vcl_letter"})
    assert result.status_code == 200
    assert "<script>alert(1)</script>" not in result.text and "<img src=x" not in result.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;/textarea&gt;" in result.text
    assert '<mark id="m' in result.text
    assert "frame-ancestors 'none'" in result.headers["content-security-policy"]


def test_form_has_case_fields_and_every_control_is_labelled(client):
    for html in (client.get("/").text, client.post("/", data={"text": LETTER, **CASE}).text):
        page = parse(html)
        names = {c.get("name") for c in page.controls}
        assert {"text", "doc_type", *CASE} <= names
        assert all(c.get("id") in page.labels for c in page.controls), "a control has no <label for>"
        assert len(page.ids) == len(set(page.ids)), "duplicate ids"
        assert "http://" not in html and "https://" not in html  # nothing third-party


def test_result_page_shows_counts_severity_case_checks_and_not_applicable(client):
    page = client.post("/", data={"text": LETTER, "doc_type": "vcl_letter", **CASE})
    assert page.status_code == 200
    html = page.text
    assert re.search(r'class="chip c-template_residue"><a href="#item-\d+">[^<]+</a>: <strong>1</strong>', html)
    assert "Letter sent late" in html and "5 working days; the deadline is 1" in html
    assert "Not checked because of the case details" in html and "no meeting offer is required" in html
    assert re.search(r"(high|medium) priority", html)
    assert 'value="reduce_charge" selected' in html  # the form keeps the case fields
    # every concern in the list links to a highlighted mark that exists
    targets = re.findall(r'<a href="#(m\d+)" class="jump"', html)
    assert targets and all(f'<mark id="{t}"' in html for t in targets)


def test_form_refuses_bad_input_with_a_page_not_a_500(client, settings):
    cases = [
        {"text": "   "},
        {"text": "a" * (settings.max_text_chars + 1)},
        {"text": LETTER, "doc_type": "memo"},
        {"text": LETTER, "decision_date": "31/31/2024"},
    ]
    for data in cases:
        page = client.post("/", data=data)
        assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
        assert 'role="alert"' in page.text
    assert "decision_date" in page.text
    assert client.post("/", content=b"text=x", headers={"content-type": "multipart/form-data; boundary=x"}
                       ).status_code == 415


def test_crlf_from_browsers_is_normalised_so_offsets_match(client):
    page = client.post("/", data={"text": LETTER.replace("\n", "\r\n"), "doc_type": "vcl_letter"})
    assert "[insert OIC name]</mark>" in page.text


def test_feedback_answers_503_when_the_label_store_is_unreachable(settings):
    unreachable = settings.model_copy(update={"database_url": "postgresql://nobody:pw@127.0.0.1:9/none"})
    data = {"text": LETTER, "doc_type": "vcl_letter", "missed": "missing_vrr"}
    with TestClient(create_app(unreachable)) as client:
        response = client.post("/feedback", data=with_csrf(client, data))
    assert response.status_code == 503 and "label store" in response.text and "pw" not in response.text


def test_feedback_goes_to_the_review_queue_of_the_label_store(settings, tmp_path):
    from training.store import LabelStore

    url = f"sqlite:///{tmp_path / 'labels.db'}"
    with TestClient(create_app(settings.model_copy(update={"database_url": url}))) as client:
        result = client.post("/", data={"text": LETTER, "doc_type": "vcl_letter", **CASE})
        assert 'action="/feedback"' in result.text and 'name="wrong"' in result.text
        page = parse(result.text)
        assert all(c.get("id") in page.labels for c in page.controls)
        mark = re.search(r'name="wrong" id="wrong-0"\s+value="([^"]+)"', result.text)
        assert mark
        data = {"text": LETTER, "doc_type": "vcl_letter", "model_version": "v1", "wrong": mark.group(1),
                "missed": "missing_meeting_offer", **CASE}
        response = client.post("/feedback", data=with_csrf(client, data))
        assert response.status_code == 200 and "2 corrections sent" in response.text
        bad = client.post("/feedback", data=with_csrf(client, {**data, "wrong": "missing_vrr:0:99999"}))
        assert bad.status_code == 422
    store = LabelStore(url)
    queue = store.review_queue()
    concern = mark.group(1).split(":")[0]
    assert sorted((q["concern"], q["value"], q["note"], q["status"]) for q in queue) == sorted(
        [(concern, 0, "wrong", "pending"), ("missing_meeting_offer", 1, "missed", "pending")])
    assert all(q["text"] is None and q["model_version"] == "v1" for q in queue)  # no consent: a hash only
    assert store.documents()[0].labels == {}  # nothing approved: nothing for retraining


# -- accessibility of the style sheet ------------------------------------------------------------

def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_highlight_colours_pass_wcag_aa_with_the_text_colour():
    css = (STATIC / "app.css").read_text(encoding="utf-8")
    ink = re.search(r"--ink: (#[0-9a-f]{6})", css).group(1)
    backgrounds = re.findall(r"\.c-\w+ \{ background-color: (#[0-9a-f]{6})", css)
    assert len(backgrounds) >= 11
    assert all(contrast(ink, bg) >= 4.5 for bg in backgrounds)
    assert contrast("#ffffff", "#00703c") >= 4.5 and contrast("#1d4f91", "#f8f8f8") >= 4.5
