"""Importing IQA labels: formats and layouts, the three-point scale, all-or-nothing validation, idempotence."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from service.cli import main
from service.settings import get_settings
from tests.labelkit import write_wide_csv
from training.label_import import ImportOptions, LabelImportError, import_file, parse_rating
from training.store import LabelStore

LETTER = "Dear Ms Smith, I have decided to stop the case against Mr Jones. There is insufficient evidence."
REVIEW = "Pre-charge review. The suspect is charged with assault. Code test met."
LETTER_COLUMNS = "missing_reasons,unexplained_jargon,lacks_empathy,missing_vrr,missing_meeting_offer,template_residue"


@pytest.fixture
def store(tmp_path: Path) -> LabelStore:
    return LabelStore(f"sqlite:///{tmp_path / 'labels.db'}")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("cell", "expected"), [
    ("Not meeting", (1, "not_meeting")), ("NOT MET", (1, "not_meeting")), ("not-meeting", (1, "not_meeting")),
    ("Partially meeting", (1, "partially_meeting")), ("partially met", (1, "partially_meeting")),
    ("Partly Meets", (1, "partially_meeting")), ("Fully meeting the required standard", (0, "fully_meeting")),
    ("fully_met", (0, "fully_meeting")), ("Yes", (1, None)), ("no", (0, None)), ("1", (1, None)), (0, (0, None)),
    (1.0, (1, None)), (True, (1, None)), ("maybe", None), (2, None),
])
def test_ratings_map_to_labels_as_concerns_md_says(cell, expected):
    assert parse_rating(cell) == expected


def test_partially_meeting_can_be_imported_as_not_a_concern():
    assert parse_rating("partially meeting", partial_as=0) == (0, "partially_meeting")


def test_wide_csv_with_three_point_ratings_and_blank_cells(store, tmp_path):
    src = write(tmp_path / "iqa.csv",
                f"id,doc_type,text,assessor,assessed_at,{LETTER_COLUMNS},weak_case_analysis,Notes\n"
                f'L1,VCL letter,"{LETTER}",Jo,31/03/2025,Not meeting,fully meeting,Partially Met,n/a,,yes,,note\n'
                f'R1,pre_charge_review,"{REVIEW}",Jo,2025-03-31T10:00:00,,,,,,,not meeting,\n')
    result = import_file(store, src)
    assert (result.labels_added, result.documents_added, result.layout) == (5, 2, "wide")
    assert result.ignored_columns == ["Notes"]
    docs = {d.id: d for d in store.documents()}
    assert docs["L1"].labels == {"missing_reasons": 1, "unexplained_jargon": 0, "lacks_empathy": 1,
                                 "template_residue": 1}
    assert docs["R1"].labels == {"weak_case_analysis": 1}
    assert docs["L1"].assessed_at["missing_reasons"] == datetime(2025, 3, 31)
    ratings = {(h["document_id"], h["concern"]): h["rating"] for h in store.history()}
    assert ratings[("L1", "lacks_empathy")] == "partially_meeting" and ratings[("L1", "template_residue")] is None


def test_columns_can_be_mapped_from_other_headers(store, tmp_path):
    src = write(tmp_path / "export.csv",
                'Case URN,Type,Draft,Q4 Review right\n'
                f'01AB234,vcl_letter,"{LETTER}",Not meeting\n')
    options = ImportOptions(columns={"id": "Case URN", "doc_type": "Type", "text": "Draft",
                                     "missing_vrr": "Q4 Review right"}, assessor="Dip sample")
    import_file(store, src, options)
    doc = store.documents()[0]
    assert (doc.id, doc.labels, doc.assessor["missing_vrr"]) == ("01AB234", {"missing_vrr": 1}, "Dip sample")


def test_xlsx_with_dates_and_numbers(store, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["id", "doc_type", "text", "assessed_at", "missing_vrr", "lacks_empathy"])
    sheet.append([1001, "vcl_letter", LETTER, datetime(2025, 2, 3, 9, 30), 1, "Fully meeting"])
    book.save(tmp_path / "iqa.xlsx")
    result = import_file(store, tmp_path / "iqa.xlsx")
    doc = store.documents()[0]
    assert result.format == "xlsx" and doc.id == "1001"
    assert doc.labels == {"missing_vrr": 1, "lacks_empathy": 0}
    assert doc.assessed_at["missing_vrr"] == datetime(2025, 2, 3, 9, 30)


def test_jsonl_in_the_corpus_format(store, tmp_path, unseen_records):
    records = unseen_records[:5]
    src = tmp_path / "labels.jsonl"
    src.write_text("".join(json.dumps({"id": r.id, "doc_type": r.doc_type, "text": r.text, "labels": r.labels})
                           + "\n" for r in records), encoding="utf-8")
    import_file(store, src, ImportOptions(assessor="corpus"))
    assert {d.id: d.labels for d in store.documents()} == {r.id: r.labels for r in records}


def test_long_layout_adds_labels_to_stored_documents(store, tmp_path):
    import_file(store, write(tmp_path / "wide.csv", f'id,doc_type,text,missing_vrr\nL1,vcl_letter,"{LETTER}",1\n'))
    src = write(tmp_path / "long.csv", "id,concern,rating,assessor,assessed_at\n"
                                       "L1,Missing VRR,fully meeting,Sam,2030-01-01\n"
                                       "L1,lacks_empathy,partially meeting,Sam,2030-01-01\n")
    result = import_file(store, src)
    assert result.layout == "long" and result.labels_added == 2
    assert store.documents()[0].labels == {"missing_vrr": 0, "lacks_empathy": 1}


def test_every_bad_row_is_reported_and_nothing_is_imported(store, tmp_path):
    src = write(tmp_path / "bad.csv",
                f"id,doc_type,text,assessed_at,{LETTER_COLUMNS},weak_case_analysis\n"
                f'L1,vcl_letter,"{LETTER}",2025-03-01,1,0,0,1,0,0,\n'          # good
                f'L2,vcl_letter,"{LETTER} 2",2025-03-01,maybe,0,0,1,0,0,\n'    # unknown rating
                f'L3,vcl_letter,"{LETTER} 3",2025-03-01,1,0,0,1,0,0,1\n'       # review concern on a letter
                f'L4,vcl_letter,,2025-03-01,1,0,0,1,0,0,\n'                    # empty text
                f'L1,vcl_letter,"{LETTER}",2025-03-01,1,0,0,1,0,0,\n'          # duplicate of row 2
                f'L5,memo,"{LETTER} 5",2025-03-01,1,0,0,1,0,0,\n'              # unknown doc type
                f'L6,vcl_letter,"{LETTER} 6",31/02/2025,1,0,0,1,0,0,\n'        # no such date
                f',vcl_letter,"{LETTER} 7",2025-03-01,1,0,0,1,0,0,\n')         # no id
    with pytest.raises(LabelImportError) as caught:
        import_file(store, src)
    found = {(e.row, e.column): e.reason for e in caught.value.errors}
    assert set(found) == {(3, "missing_reasons"), (4, "weak_case_analysis"), (5, "text"), (6, "id"),
                          (7, "doc_type"), (8, "assessed_at"), (9, "id")}
    assert "unknown rating 'maybe'" in found[(3, "missing_reasons")]
    assert "does not apply to vcl_letter" in found[(4, "weak_case_analysis")]
    assert "text is empty" in found[(5, "text")]
    assert "duplicate of row 2" in found[(6, "id")]
    assert "nothing was imported" in str(caught.value)
    assert store.stats()["labels"] == 0 and store.documents() == [] and store.batches() == []


def test_unknown_concern_in_the_long_layout_is_an_error(store, tmp_path):
    src = write(tmp_path / "long.csv", f'id,doc_type,text,concern,rating\nL1,vcl_letter,"{LETTER}",tone,1\n')
    with pytest.raises(LabelImportError, match=r"row 2, column concern: unknown concern 'tone'"):
        import_file(store, src)


def test_a_missing_id_column_is_reported_with_how_to_map_one(store, tmp_path):
    src = write(tmp_path / "x.csv", f'urn,doc_type,text,missing_vrr\n1,vcl_letter,"{LETTER}",1\n')
    with pytest.raises(LabelImportError, match=r"missing column 'id' \(map another with --column id=HEADER\)"):
        import_file(store, src)


def test_reimporting_changes_nothing(store, tmp_path, unseen_records):
    src = write_wide_csv(tmp_path / "a.csv", unseen_records[:10])
    first = import_file(store, src)
    assert import_file(store, src).already_imported
    copy = tmp_path / "copy.csv"  # the same labels in a different file: skipped label by label
    copy.write_text(src.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = import_file(store, copy)
    assert (again.labels_added, again.labels_skipped) == (0, first.labels_added)
    assert store.stats()["labels"] == first.labels_added


def test_a_changed_rating_for_the_same_assessment_is_refused(store, tmp_path, unseen_records):
    record = unseen_records[0]
    import_file(store, write_wide_csv(tmp_path / "a.csv", [record]))
    concern = next(iter(record.labels))
    with pytest.raises(LabelImportError, match="a re-assessment needs its own assessed_at"):
        import_file(store, write_wide_csv(tmp_path / "b.csv", [record], flip={(record.id, concern)}))


def test_text_that_differs_from_the_stored_document_is_refused(store, tmp_path):
    import_file(store, write(tmp_path / "a.csv", f'id,doc_type,text,missing_vrr\nL1,vcl_letter,"{LETTER}",1\n'))
    with pytest.raises(LabelImportError, match="text differs from the stored document L1"):
        import_file(store, write(tmp_path / "b.csv", 'id,doc_type,text,missing_vrr\nL1,vcl_letter,"Other",0\n'))


# -- the CLI ---------------------------------------------------------------------------------------
@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CASECHECK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CASECHECK_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    runner = CliRunner()
    yield lambda *args: runner.invoke(main, [str(a) for a in args])
    get_settings.cache_clear()


def test_cli_import_reports_bad_rows_with_exit_code_2_and_a_report_file(run, tmp_path):
    src = write(tmp_path / "bad.csv", f'id,doc_type,text,missing_vrr\nL1,vcl_letter,"{LETTER}",sometimes\n')
    result = run("labels", "import", src, "--report", tmp_path / "errors.csv")
    assert result.exit_code == 2
    assert "row 2, column missing_vrr: unknown rating 'sometimes'" in result.output
    assert list(csv.reader((tmp_path / "errors.csv").read_text().splitlines()))[1][:2] == ["2", "missing_vrr"]
    assert run("labels", "import", tmp_path / "nope.csv").exit_code == 2
    assert run("labels", "import", src, "--column", "no-equals-sign").exit_code == 2


def test_cli_import_export_stats_round_trip(run, tmp_path, unseen_records):
    records = unseen_records[:6]
    src = write_wide_csv(tmp_path / "iqa.csv", records, assessor=["Jo", "Sam"] * 3)
    imported = run("labels", "import", src)
    assert imported.exit_code == 0 and "imported" in imported.output, imported.output
    assert "already imported" in run("labels", "import", src).output
    assert run("labels", "export", tmp_path / "out.csv").exit_code == 0
    assert run("labels", "export", tmp_path / "out.jsonl").exit_code == 0
    exported = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert {e["id"]: e["labels"] for e in exported} == {r.id: r.labels for r in records}
    fresh = LabelStore(f"sqlite:///{tmp_path / 'fresh.db'}")
    import_file(fresh, tmp_path / "out.csv")
    assert {d.id: d.labels for d in fresh.documents()} == {r.id: r.labels for r in records}
    history = run("labels", "export", "-", "--history", "--format", "csv")
    assert history.exit_code == 0 and history.stdout.startswith("document_id,doc_type,concern,value")
    stats = run("labels", "stats", "--json")
    body = json.loads(stats.output)
    assert body["documents"] == 6 and set(body["assessors"]) == {"Jo", "Sam"}
    assert body["by_source"] == {"import": sum(len(r.labels) for r in records)}
    text = run("labels", "stats")
    assert text.exit_code == 0 and "agreement" in text.output and "missing_vrr" in text.output
