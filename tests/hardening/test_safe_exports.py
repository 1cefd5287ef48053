"""Exports cannot attack their reader: spreadsheet cells never start a formula, HTML never runs a payload.

Payloads go in every place a user controls: ids, pass-through columns, column names, the draft
itself (with ``--keep-text``, and as highlighted words), ``--by`` groups and the report title.
Spreadsheet outputs (CSV and XLSX of ``score`` and ``sample``) must not have a cell that begins
with ``=``, ``+``, ``-``, ``@``, tab or carriage return (OWASP CSV injection), nor an XLSX formula
cell. HTML (the report, the web form's result, error and feedback pages) must show each payload
as text: no element, attribute or template expression of ours comes from it.
"""

from __future__ import annotations

import csv
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from service.cli import main
from service.settings import get_settings
from tests.batch_data import drafts, write
from tests.hardening.kit import FORMULAS, HTML, with_csrf
from tests.test_scoring import LETTER

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PAYLOADS = FORMULAS + HTML


@pytest.fixture(scope="module")
def hostile_rows() -> list[dict[str, str]]:
    rows = drafts(10, 5, seed=11)
    for i, row in enumerate(rows):
        payload = PAYLOADS[i % len(PAYLOADS)]
        row["id"] = f"{payload}{i}" if i % 2 else row["id"]
        row["team"] = payload
        row["lawyer"] = PAYLOADS[(i + 3) % len(PAYLOADS)]
        row[FORMULAS[0]] = payload  # a column whose name is a formula
        row["text"] = f"{payload}\n{row['text']}\n[insert {payload}]" if i % 3 == 0 else row["text"]
    return rows


@pytest.fixture(scope="module")
def exports(trained_home: Path, hostile_rows, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """score (CSV, XLSX, with the text kept) and sample (CSV, XLSX) of the hostile rows, and the report."""
    folder = tmp_path_factory.mktemp("exports")
    src = write(hostile_rows, folder / "drafts.jsonl")  # JSONL keeps a bare CR inside a cell
    runner = CliRunner()
    out: dict[str, Path] = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASECHECK_HOME", str(trained_home))
        get_settings.cache_clear()

        def run(*args: object) -> None:
            result = runner.invoke(main, [str(a) for a in args])
            assert result.exit_code == 0, result.output

        for ext in ("csv", "xlsx"):
            out[f"score.{ext}"] = folder / f"scored.{ext}"
            run("score", src, "-o", out[f"score.{ext}"], "--keep-text", "--workers", "1", "-q",
                "--decision-date-column", "decided", "--sent-date-column", "sent")
            out[f"sample.{ext}"] = folder / f"sample.{ext}"
            run("sample", out["score.csv"], "-o", out[f"sample.{ext}"], "--n", "8", "--by", "team", "--seed", "3")
        out["report"] = folder / "report.html"
        run("report", out["score.xlsx"], "-o", out["report"], "--by", "team", "--by", "lawyer",
            "--title", " ".join(HTML))
        get_settings.cache_clear()
    return out


def csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def xlsx_cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    wb = openpyxl.load_workbook(path)  # not read-only: formulas stay formulas
    try:
        return [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row]
    finally:
        wb.close()


@pytest.mark.parametrize("name", ["score.csv", "sample.csv"])
def test_csv_exports_never_start_a_cell_with_a_formula(exports, name):
    cells = csv_cells(exports[name])
    assert len(cells) > 100
    starting = [c for c in cells if c.startswith(FORMULA_START)]
    assert not starting, f"{name}: cells a spreadsheet would run: {starting[:5]}"
    # The payloads are kept, behind a quote, not dropped (the sample has only some of the rows).
    for payload in FORMULAS[:4] if name == "score.csv" else FORMULAS[:1]:
        assert any(c.startswith("'" + payload) for c in cells), payload


@pytest.mark.parametrize("name", ["score.xlsx", "sample.xlsx"])
def test_xlsx_exports_have_no_formula_cells(exports, name):
    cells = xlsx_cells(exports[name])
    assert len(cells) > 100
    assert not [c.coordinate for c in cells if c.data_type == "f"], f"{name} has formula cells"
    text = [c.value for c in cells if isinstance(c.value, str)]
    starting = [v for v in text if v.startswith(FORMULA_START)]
    assert not starting, f"{name}: cells a spreadsheet would run: {starting[:5]}"
    assert any(v.startswith("'=HYPERLINK") for v in text)


def test_sample_reads_our_quote_back_and_neutralises_again(exports):
    """The sample reads the scored file's cells back (our quote undone) and writes them as score did:
    the same cell for the same value, never a quote on our quote."""
    def teams(name: str) -> set[str]:
        with exports[name].open(encoding="utf-8", newline="") as fh:
            return {r["team"] for r in csv.DictReader(fh)}

    sampled = teams("sample.csv")
    assert sampled and sampled <= teams("score.csv")


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of script and style elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def assert_inert(html: str, where: str, own_scripts: tuple[str, ...] = ()) -> None:
    parser = Elements()
    parser.feed(html)
    for tag, attrs in parser.tags:
        handlers = [a for a in attrs if a.lower().startswith("on")]
        assert not handlers, f"{where}: <{tag}> has event handler attributes {handlers}"
        if tag == "script":
            assert attrs.get("src") in own_scripts, f"{where}: a script that is not ours: {attrs}"
        for name in ("src", "href", "action", "formaction"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:text/html")), f"{where}: <{tag} {name}={value!r}>"
        assert tag not in ("iframe", "object", "embed", "base"), f"{where}: <{tag}>"
    for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<svg onload=alert(3)>"):
        assert payload not in html, f"{where}: {payload} is in the page as markup"


def test_the_report_shows_every_payload_as_text(exports):
    page = exports["report"].read_text(encoding="utf-8")
    assert_inert(page, "report")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{7*7}}" in page and "${7*7}" in page  # shown as written: no template ran on them
    assert "default-src 'none'" in page


@pytest.fixture
def client_with_feedback(settings, tmp_path):
    from fastapi.testclient import TestClient

    from service.app import create_app

    app = create_app(settings.model_copy(update={"database_url": f"sqlite:///{tmp_path / 'labels.db'}"}))
    with TestClient(app) as client:
        yield client


def test_the_web_pages_show_every_payload_as_text(client_with_feedback):
    client = client_with_feedback
    own = ("/static/app.js", "/static/fixes.js")
    draft = "\n".join(HTML) + "\n" + LETTER + "\n[insert " + HTML[1] + "]\n" + "\n".join(FORMULAS)
    page = client.post("/", data={"text": draft, "doc_type": "vcl_letter"})
    assert page.status_code == 200 and "<mark" in page.text
    assert_inert(page.text, "result page", own)
    assert "{{7*7}}" in page.text and "${7*7}" in page.text  # shown as written: no template ran on them
    refused = client.post("/", data={"text": draft, "doc_type": HTML[1], "decision_date": HTML[0]})
    assert refused.status_code == 422
    assert_inert(refused.text, "form error page", own)
    case = client.post("/", data={"text": draft, "decision_type": HTML[0], "service_level": HTML[1]})
    assert case.status_code == 422
    assert_inert(case.text, "case error page", own)
    for path in ("/" + HTML[0], "/x?q=" + HTML[1], "/static/" + HTML[5]):
        missing = client.get(path)
        assert missing.status_code == 404
        assert_inert(missing.text, f"404 page for {path!r}", own)
    feedback = client.post("/feedback", data=with_csrf(client, {"text": draft, "doc_type": "vcl_letter",
                                                                "model_version": HTML[1], "missed": [HTML[0]],
                                                                "wrong": [HTML[2]]}))
    assert feedback.status_code == 422
    assert_inert(feedback.text, "feedback page", own)
    for response in (page, refused, case, feedback):
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert "script-src 'self'" in response.headers["content-security-policy"]
