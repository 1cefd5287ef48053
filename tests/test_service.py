"""The HTTP API and the web form, through the real app."""

from __future__ import annotations

from tests.test_scoring import LETTER


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
    assert response.headers["x-request-id"]


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
    assert response.status_code == 413


def test_malformed_json_is_422_and_wrong_content_type_is_415(client):
    assert client.post("/v1/check", content=b"{nope", headers={"content-type": "application/json"}).status_code == 422
    assert client.post("/v1/check", content=b"text=hi", headers={"content-type": "text/plain"}).status_code == 415


def test_form_page_renders_highlights_and_escapes_the_draft(client):
    page = client.get("/")
    assert page.status_code == 200 and 'lang="en-GB"' in page.text and "<textarea" in page.text
    draft = LETTER + "\n<script>alert(1)</script>"
    result = client.post("/", data={"text": draft, "doc_type": "vcl_letter"})
    assert result.status_code == 200
    assert "<script>alert(1)</script>" not in result.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.text
    assert '<mark id="span-' in result.text
    assert "frame-ancestors 'none'" in result.headers["content-security-policy"]
