"""Hostile files for ``casecheck score`` and ``casecheck labels import``.

``score``: a file it cannot read exits 2 with a message naming the file (and the row and column
where there is one); a row it cannot score gets an ``error`` and the others go on. ``labels
import``: any problem exits 2 listing it, and nothing is imported. Heavy files (a 200 MB line,
a 50 MB JSON line, a zip bomb) run in a child process whose peak RSS is measured and must stay
under 1 GiB; each is generated in the test's temporary folder.
"""

from __future__ import annotations

import csv
import io
import json
import socket
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from service.cli import main
from service.settings import get_settings
from tests.hardening.kit import GIB, CliResult, bomb_xlsx, copy_home, linked_xlsx, macro_xlsm, run_cli
from tests.test_scoring import LETTER
from training.store import LabelStore

LETTER_CP1252 = LETTER.replace("Dear Mrs Okafor", "Dear Mrs O\u2019Brien \u2013 \u00a350 \u00e9t\u00e9")
HEAVY_SECONDS = 60


@pytest.fixture
def home(trained_home: Path, tmp_path: Path) -> Path:
    return copy_home(trained_home, tmp_path / "home")


@pytest.fixture
def run(home: Path, monkeypatch: pytest.MonkeyPatch):
    """``casecheck ...`` in this process (light cases), with a private home."""
    monkeypatch.setenv("CASECHECK_HOME", str(home))
    monkeypatch.chdir(home)
    get_settings.cache_clear()
    runner = CliRunner()
    yield lambda *args: runner.invoke(main, [str(a) for a in args])
    get_settings.cache_clear()


def nothing_imported(home: Path) -> None:
    """The label store is absent, or holds no batch, document or label."""
    if not (home / "labels.db").exists():
        return
    store = LabelStore.open(home)
    try:
        assert store.batches() == [] and store.documents() == [] and store.history() == []
    finally:
        store.close()


def label_csv(path: Path, text: str = LETTER, encoding: str = "utf-8", bom: bool = False,
              extra_rows: list[list[str]] = ()) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "doc_type", "text", "assessor", "assessed_at", "missing_vrr", "template_residue"])
    writer.writerow(["H1", "vcl_letter", text, "Area IQA", "2025-03-31", "Not meeting", "Fully meeting"])
    writer.writerows(extra_rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode(encoding))
    return path


def drafts_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", bom: bool = False) -> Path:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "text", "team"])
    writer.writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode(encoding))
    return path


def scored(path: Path) -> list[dict[str, str]]:
    return pd.read_csv(path, dtype=str, keep_default_na=False).to_dict("records")


# -- encodings, NULs, ragged rows (light) -------------------------------------------------------------
def test_score_reads_utf8_with_a_bom_and_cp1252_alike(run, tmp_path):
    src = drafts_csv(tmp_path / "bom.csv", [["a", LETTER_CP1252, "North"]], bom=True)
    result = run("score", src, "-o", tmp_path / "bom-out.csv", "--workers", "1", "-q")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in scored(tmp_path / "bom-out.csv")] == ["a"]  # the BOM is not part of the header
    # A Windows spreadsheet export: not UTF-8, read as cp1252, so the same text and the same scores.
    src = drafts_csv(tmp_path / "win.csv", [["a", LETTER_CP1252, "North"]], encoding="cp1252")
    result = run("score", src, "-o", tmp_path / "win-out.csv", "--workers", "1", "-q")
    assert result.exit_code == 0, result.output
    assert scored(tmp_path / "win-out.csv") == scored(tmp_path / "bom-out.csv")


def test_label_import_reads_a_utf8_bom_and_cp1252(run, home, tmp_path):
    result = run("labels", "import", label_csv(tmp_path / "win.csv", LETTER_CP1252, encoding="cp1252"))
    assert result.exit_code == 0, result.output
    # The same draft in UTF-8 with a BOM: the same text, so the same stored document.
    result = run("labels", "import", label_csv(tmp_path / "bom.csv", LETTER_CP1252, bom=True))
    assert result.exit_code == 0 and "0 new documents" in result.output, result.output
    store = LabelStore.open(home)
    try:
        assert [(d.id, d.text) for d in store.documents()] == [("H1", LETTER_CP1252)]
    finally:
        store.close()


def test_embedded_nuls_are_scored_or_refused_never_a_traceback(run, home, tmp_path):
    text = LETTER.replace("Dean", "De\x00an")
    src = drafts_csv(tmp_path / "nul.csv", [["a", text, "No\x00rth"], ["b", "\x00", "x"]])
    result = run("score", src, "-o", tmp_path / "nul-out.csv", "--workers", "1", "-q")
    assert result.exit_code in (0, 2) and "Traceback" not in result.output, result.output
    if result.exit_code == 0:
        assert len(scored(tmp_path / "nul-out.csv")) == 2
    jsonl = tmp_path / "nul.jsonl"
    jsonl.write_text(json.dumps({"id": "a", "text": text}) + "\n", encoding="utf-8")
    result = run("score", jsonl, "-o", tmp_path / "nul-out.jsonl", "--workers", "1", "-q")
    assert result.exit_code == 0 and json.loads((tmp_path / "nul-out.jsonl").read_text())["flags"]
    result = run("labels", "import", label_csv(tmp_path / "nul-labels.csv", text))
    assert result.exit_code in (0, 2) and "Traceback" not in result.output, result.output
    if result.exit_code == 2:
        nothing_imported(home)


def test_ragged_rows(run, home, tmp_path):
    long_row = tmp_path / "long.csv"
    long_row.write_text(f'id,text\na,"{LETTER}"\nb,"{LETTER}",extra,cells\n', encoding="utf-8")
    result = run("score", long_row, "-o", tmp_path / "long-out.csv", "--workers", "1", "-q")
    assert result.exit_code == 2 and str(long_row) in result.output and "line 3" in result.output, result.output
    short_row = tmp_path / "short.csv"
    short_row.write_text(f'id,text,team\na,"{LETTER}",North\nb\n', encoding="utf-8")
    result = run("score", short_row, "-o", tmp_path / "short-out.csv", "--workers", "1", "-q")
    assert result.exit_code == 0, result.output
    errors = [r["error"] for r in scored(tmp_path / "short-out.csv")]
    assert errors[0] == "" and "column 'text'" in errors[1]
    ragged = label_csv(tmp_path / "ragged.csv", extra_rows=[["H2", "vcl_letter", LETTER, "x", "2025-03-31", "1", "0",
                                                             "spill", "over"]])
    result = run("labels", "import", ragged)
    assert result.exit_code == 2 and "row 3" in result.output and "nothing was imported" in result.output
    nothing_imported(home)


def test_lone_surrogates_in_jsonl(run, home, tmp_path):
    src = tmp_path / "surrogate.jsonl"
    src.write_text('{"id": "s", "text": "Dear Ms Smith \\ud800 we stopped the case"}\n'
                   + json.dumps({"id": "ok", "text": LETTER}) + "\n", encoding="utf-8")
    result = run("score", src, "-o", tmp_path / "surrogate-out.jsonl", "--workers", "1", "-q")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in (tmp_path / "surrogate-out.jsonl").read_text().splitlines()]
    assert "surrogate" in out[0]["error"] and out[1]["flags"]
    labels = tmp_path / "surrogate-labels.jsonl"
    labels.write_text('{"id": "s", "doc_type": "vcl_letter", "text": "Dear \\udc00", "labels": {"missing_vrr": 1}}\n',
                      encoding="utf-8")
    result = run("labels", "import", labels)
    assert result.exit_code == 2 and "surrogate" in result.output and "Traceback" not in result.output
    nothing_imported(home)


def test_a_cell_over_the_csv_field_limit_is_a_row_error_for_label_import(run, home, tmp_path):
    src = label_csv(tmp_path / "cell.csv", "x" * 2_000_000)
    result = run("labels", "import", src)
    assert result.exit_code == 2 and "row 2" in result.output and "field limit" in result.output, result.output
    nothing_imported(home)


# -- Parquet with wrong types, broken containers ---------------------------------------------------------
def test_parquet_with_wrong_column_types(run, home, tmp_path):
    table = pa.table({
        "id": pa.array([{"a": 1}, {"a": 2}, {"a": 3}, {"a": 4}, {"a": 5}]),
        "text": pa.array([None, None, None, None, None], type=pa.null()),
    })
    pq.write_table(table, tmp_path / "null-text.parquet")
    result = run("score", tmp_path / "null-text.parquet", "-o", tmp_path / "a.csv", "--workers", "1", "-q")
    assert result.exit_code == 0 and all("column 'text'" in r["error"] for r in scored(tmp_path / "a.csv"))
    for name, column in (("ints", pa.array([1, 2])), ("lists", pa.array([["a"], ["b"]])),
                         ("binary", pa.array([LETTER.encode(), b"\xff"])), ("floats", pa.array([1.5, float("nan")]))):
        pq.write_table(pa.table({"text": column, "team": ["a", "b"]}), tmp_path / f"{name}.parquet")
        result = run("score", tmp_path / f"{name}.parquet", "-o", tmp_path / f"{name}.jsonl", "--workers", "1", "-q")
        assert result.exit_code == 0, (name, result.output)
        rows = [json.loads(line) for line in (tmp_path / f"{name}.jsonl").read_text().splitlines()]
        assert len(rows) == 2 and all("text must be a string" in r["error"] for r in rows), (name, rows)
    pq.write_table(pa.table({"text": [LETTER], "doc_type": [7]}), tmp_path / "typed.parquet")
    result = run("score", tmp_path / "typed.parquet", "-o", tmp_path / "typed.csv", "--workers", "1", "-q")
    assert result.exit_code == 2 and "typed.parquet:1: column 'doc_type'" in result.output, result.output
    result = run("labels", "import", tmp_path / "typed.parquet")
    assert result.exit_code == 2 and ".parquet" in result.output
    nothing_imported(home)


@pytest.mark.parametrize("ext", [".xlsx", ".parquet", ".csv", ".jsonl"])
def test_truncated_and_garbage_files_exit_2_naming_the_file(run, home, tmp_path, ext):
    good = tmp_path / f"good{ext}"
    frame = pd.DataFrame({"id": ["a"], "text": [LETTER]})
    {".xlsx": lambda p: frame.to_excel(p, index=False), ".parquet": lambda p: frame.to_parquet(p),
     ".csv": lambda p: frame.to_csv(p, index=False),
     ".jsonl": lambda p: frame.to_json(p, orient="records", lines=True)}[ext](good)
    data = good.read_bytes()
    for name, content in (("truncated", data[: len(data) // 2]), ("garbage", bytes(range(256)) * 40),
                          ("empty", b"")):
        bad = tmp_path / f"{name}{ext}"
        bad.write_bytes(content)
        result = run("score", bad, "-o", tmp_path / f"{name}-out.csv", "--workers", "1", "-q")
        if ext == ".csv" and name == "truncated":  # a shorter CSV is still a CSV
            assert result.exit_code in (0, 2)
        else:
            assert result.exit_code == 2 and str(bad) in result.output, (name, result.output)
        assert "Traceback" not in result.output
        if ext != ".parquet":
            result = run("labels", "import", bad)
            assert result.exit_code == 2 and "Traceback" not in result.output, (name, result.output)
    nothing_imported(home)


# -- macros and external links ------------------------------------------------------------------------
LABEL_ROWS = [["id", "doc_type", "text", "missing_vrr"], ["M1", "vcl_letter", LETTER, "Not meeting"]]
DRAFT_ROWS = [["id", "text"], ["M1", LETTER]]


def test_macro_workbooks_are_refused_and_nothing_imported(run, home, tmp_path):
    xlsm = macro_xlsm(tmp_path / "drafts.xlsm", DRAFT_ROWS)
    result = run("score", xlsm, "-o", tmp_path / "out.csv", "--workers", "1", "-q")
    assert result.exit_code == 2 and "cannot tell the format" in result.output  # .xlsm is not a batch format
    result = run("score", xlsm, "--format", "xlsx", "-o", tmp_path / "out.csv", "--workers", "1", "-q")
    assert result.exit_code == 2 and "macros" in result.output and str(xlsm) in result.output, result.output
    renamed = tmp_path / "drafts.xlsx"
    renamed.write_bytes(xlsm.read_bytes())  # the extension is no disguise
    result = run("score", renamed, "-o", tmp_path / "out.csv", "--workers", "1", "-q")
    assert result.exit_code == 2 and "macros" in result.output
    assert not (tmp_path / "out.csv").exists()
    result = run("labels", "import", macro_xlsm(tmp_path / "labels.xlsm", LABEL_ROWS))
    assert result.exit_code == 2 and "macros" in result.output and "nothing was imported" in result.output
    nothing_imported(home)


def test_external_links_are_refused_and_never_followed(run, home, tmp_path):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(5)
        listener.settimeout(0.2)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/other.xlsx"
        drafts = linked_xlsx(tmp_path / "linked.xlsx", DRAFT_ROWS, target)
        result = run("score", drafts, "-o", tmp_path / "out.csv", "--workers", "1", "-q")
        assert result.exit_code == 2 and "links to other workbooks" in result.output, result.output
        labels = linked_xlsx(tmp_path / "linked-labels.xlsx", LABEL_ROWS, target)
        result = run("labels", "import", labels)
        assert result.exit_code == 2 and "links to other workbooks" in result.output, result.output
        with pytest.raises(TimeoutError):
            listener.accept()  # nobody came to fetch the linked workbook
    nothing_imported(home)


# -- heavy files, in a measured child process ----------------------------------------------------------
def write_long_line_csv(path: Path, megabytes: int) -> Path:
    with path.open("wb") as fh:
        fh.write(b"id,doc_type,text,missing_vrr\nL1,vcl_letter,")
        block = b"Dear Ms Smith we have stopped the case. " * 26_000
        written = 0
        while written < megabytes << 20:
            fh.write(block)
            written += len(block)
        fh.write(b",1\n")
    return path


def write_long_line_jsonl(path: Path, megabytes: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "first", "doc_type": "vcl_letter", "text": LETTER, "labels": {"missing_vrr": 1}}))
        fh.write('\n{"id": "huge", "doc_type": "vcl_letter", "labels": {"missing_vrr": 1}, "text": "')
        fh.write("Dear Ms Smith \\u00e9 \\\"quoted\\\" " * ((megabytes << 20) // 32))
        fh.write('"}\n')
        fh.write(json.dumps({"id": "last", "doc_type": "vcl_letter", "text": LETTER, "labels": {"missing_vrr": 0}}))
        fh.write("\n")
    return path


def assert_bounded(result: CliResult, what: str) -> None:
    assert result.peak_rss < GIB, f"{what}: peak RSS {result.peak_mib:.0f} MiB\n{result}"
    assert result.seconds < HEAVY_SECONDS, f"{what}: {result.seconds:.0f} s\n{result}"
    assert "Traceback" not in result.stderr, result
    print(f"\n{what}: exit {result.rc}, {result.seconds:.1f} s, peak RSS {result.peak_mib:.0f} MiB")


@pytest.mark.slow
def test_a_200_mb_line_is_refused_with_bounded_memory(home, tmp_path):
    src = write_long_line_csv(tmp_path / "long-line.csv", 200)
    out = tmp_path / "out.csv"
    result = run_cli(home, "score", src, "-o", out, "--workers", "1", "-q")
    assert_bounded(result, "200 MB line, score")
    assert result.rc == 2 and str(src) in result.stderr and "row 2" in result.stderr, result
    assert not out.exists()
    result = run_cli(home, "labels", "import", src)
    assert_bounded(result, "200 MB line, labels import")
    assert result.rc == 2 and "nothing was imported" in result.stderr and "split it" in result.stderr, result
    nothing_imported(home)


@pytest.mark.slow
def test_a_50_mb_json_line_is_a_row_error_for_score_and_refused_by_import(home, tmp_path):
    src = write_long_line_jsonl(tmp_path / "long-line.jsonl", 50)
    out = tmp_path / "out.jsonl"
    result = run_cli(home, "score", src, "-o", out, "--workers", "1", "-q")
    assert_bounded(result, "50 MB JSON line, score")
    assert result.rc == 0, result
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["first", "huge", "last"]
    assert "limit" in rows[1]["error"] and "flags" in rows[0] and "flags" in rows[2]
    result = run_cli(home, "labels", "import", src)
    assert_bounded(result, "50 MB JSON line, labels import")
    assert result.rc == 2 and "row 2" in result.stderr and "characters; the limit is" in result.stderr, result
    nothing_imported(home)


@pytest.mark.slow
def test_an_xlsx_zip_bomb_is_refused_before_it_is_inflated(home, tmp_path):
    bomb = bomb_xlsx(tmp_path / "bomb.xlsx", mib=250)
    assert bomb.stat().st_size < 2 << 20  # under 2 MB on disk for 250 MB of sheet XML
    result = run_cli(home, "score", bomb, "-o", tmp_path / "out.csv", "--workers", "1", "-q")
    assert_bounded(result, "zip bomb, score")
    assert result.rc == 2 and "zip bomb" in result.stderr and str(bomb) in result.stderr, result
    assert result.seconds < 20
    result = run_cli(home, "labels", "import", bomb)
    assert_bounded(result, "zip bomb, labels import")
    assert result.rc == 2 and "zip bomb" in result.stderr and "nothing was imported" in result.stderr, result
    nothing_imported(home)
