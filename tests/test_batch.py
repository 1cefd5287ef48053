"""Batch scoring: formats round-trip, pass-through, row errors, exit 2, timeliness, workers, Dask, API."""

from __future__ import annotations

import io
import json

import openpyxl
import pandas as pd
import pytest
from fastapi.testclient import TestClient

from model.schema import default_schema
from service.app import create_app
from service.batch_io import Reader
from service.cli.batch import show_progress
from service.settings import Settings
from tests.batch_data import drafts, read, write

CONCERNS = list(default_schema().concerns)
CASE = ("--decision-date-column", "decided", "--sent-date-column", "sent", "--service-level-column", "service")




@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return drafts(8, 4)


def test_csv_output_has_one_row_per_input_with_every_concern_column(run, rows, tmp_path):
    src = write(rows, tmp_path / "in.csv")
    result = run("score", src, "-o", tmp_path / "out.csv", "--workers", 1)
    assert result.exit_code == 0, result.output
    out = read(tmp_path / "out.csv")
    assert [r["id"] for r in out] == [r["id"] for r in rows]
    header = list(out[0])
    for c in CONCERNS:
        assert f"p_{c}" in header and f"flag_{c}" in header
    assert {"model_version", "doc_type", "concerns", "error"} <= set(header)
    assert "text" not in header and "working_days" not in header
    for src_row, row in zip(rows, out, strict=True):
        assert (row["team"], row["lawyer"], row["date"]) == (src_row["team"], src_row["lawyer"], src_row["date"])
        applicable = default_schema().concerns_for(row["doc_type"])
        for c in CONCERNS:
            if c in applicable:
                assert 0.0 <= float(row[f"p_{c}"]) <= 1.0 and row[f"flag_{c}"] in ("0", "1")
            else:
                assert row[f"p_{c}"] == "" and row[f"flag_{c}"] == ""
        flagged = [c for c in CONCERNS if row[f"flag_{c}"] == "1"]
        assert [part.split(" (")[0] for part in row["concerns"].split("; ") if part] == flagged
    assert "scored 12 rows, 0 with errors; flags:" in result.output


@pytest.mark.parametrize("ext", [".csv", ".xlsx", ".jsonl", ".parquet"])
def test_each_format_round_trips_with_the_same_scores(run, rows, tmp_path, ext):
    src = write(rows, tmp_path / f"in{ext}")
    assert run("score", src, "-o", tmp_path / f"out{ext}", "--workers", 1, "--keep-text").exit_code == 0
    assert run("score", write(rows, tmp_path / "ref.csv"), "-o", tmp_path / "ref-out.csv").exit_code == 0
    out, ref = read(tmp_path / f"out{ext}"), read(tmp_path / "ref-out.csv")
    assert [str(r["id"]) for r in out] == [r["id"] for r in rows]
    if ext == ".jsonl":
        assert all(r["text"] == s["text"] and r["team"] == s["team"] for r, s in zip(out, rows, strict=True))
        scores = [r["scores"] for r in out]
        assert scores == [{c: float(r[f"p_{c}"]) for c in CONCERNS if r[f"p_{c}"]} for r in ref]
        return
    for r, s, expected in zip(out, rows, ref, strict=True):
        assert r["text"] == s["text"] and r["team"] == s["team"] and str(r["lawyer"]) == s["lawyer"]
        for c in CONCERNS:
            got = r[f"p_{c}"]
            assert (None if got in ("", None) or got != got else float(got)) == \
                (float(expected[f"p_{c}"]) if expected[f"p_{c}"] else None)


def test_output_format_follows_the_output_extension(run, rows, tmp_path):
    src = write(rows[:3], tmp_path / "in.jsonl")
    assert run("score", src, "-o", tmp_path / "out.xlsx").exit_code == 0
    book = openpyxl.load_workbook(tmp_path / "out.xlsx", read_only=True)
    header = next(book.worksheets[0].iter_rows(max_row=1, values_only=True))
    book.close()
    assert header[0] == "id" and "p_missing_vrr" in header and "team" in header


def test_bad_rows_get_an_error_and_the_rest_go_on(run, rows, tmp_path, monkeypatch):
    monkeypatch.setenv("CASECHECK_MAX_TEXT_CHARS", "5000")
    bad = [dict(rows[0], id="empty", text="  "), dict(rows[1], id="number", text=5),
           dict(rows[2], id="huge", text="word " * 2000), dict(rows[3], id="no-text"), rows[4]]
    del bad[3]["text"]
    src = write(bad, tmp_path / "in.jsonl")
    result = run("score", src, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    out = read(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == ["empty", "number", "huge", "no-text", rows[4]["id"]]
    assert "empty" in out[0]["error"] and "not int" in out[1]["error"] and "limit is 5000" in out[2]["error"]
    assert "not NoneType" in out[3]["error"] and "error" not in out[4] and out[4]["scores"]
    assert "'text'" in out[0]["error"] and out[0]["team"] == rows[0]["team"]
    assert "scored 1 rows, 4 with errors" in result.output


def test_a_missing_named_column_exits_2_listing_the_columns(run, rows, tmp_path):
    src = write(rows[:2], tmp_path / "in.csv")
    for option, name in (("--text-column", "body"), ("--id-column", "urn"), ("--sent-date-column", "posted")):
        result = run("score", src, "-o", tmp_path / "out.csv", option, name)
        assert result.exit_code == 2, result.output
        assert str(src) in result.output and f"no column '{name}' ({option})" in result.output
        assert "columns found: 'id', 'team', 'lawyer', 'date'" in result.output
    assert not (tmp_path / "out.csv").exists() and list(tmp_path.glob("*.partial")) == []


def test_an_unknown_doc_type_exits_2_naming_file_row_and_column(run, rows, tmp_path):
    src = write([rows[0], dict(rows[1], doc_type="memo")], tmp_path / "in.csv")
    result = run("score", src, "-o", tmp_path / "out.csv")
    assert result.exit_code == 2
    assert f"{src}:3: column 'doc_type': unknown doc_type 'memo'" in result.output and "vcl_letter" in result.output


@pytest.mark.parametrize("ext", [".csv", ".xlsx", ".parquet", ".jsonl"])
def test_an_unreadable_file_exits_2(run, tmp_path, ext):
    src = tmp_path / f"broken{ext}"
    src.write_bytes(b"\x00\x01PK garbage \xff\xfe" if ext != ".csv" else b"")
    result = run("score", src, "-o", tmp_path / "out.csv")
    assert result.exit_code == 2 and str(src) in result.output, result.output


def test_a_failed_run_leaves_the_previous_output_alone(run, rows, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("previous run\n")
    src = write([*rows[:5], dict(rows[5], doc_type="memo")], tmp_path / "in.csv")
    result = run("score", src, "-o", out, "--chunk-size", 2, "--workers", 1)
    assert result.exit_code == 2
    assert out.read_text() == "previous run\n" and list(tmp_path.glob("*.partial")) == []


def test_timeliness_columns_count_working_days_without_bank_holidays(run, rows, tmp_path):
    letter = next(r for r in rows if r["doc_type"] == "vcl_letter")
    # Thursday 28 March 2024 to Wednesday 3 April: Good Friday and Easter Monday are bank holidays.
    timed = [dict(letter, id="standard", decided="2024-03-28", sent="2024-04-03", service="standard"),
             dict(letter, id="enhanced", decided="28/03/2024", sent="03/04/2024", service="enhanced"),
             dict(letter, id="bad-date", sent="2024-13-45"), dict(letter, id="undated", decided="", sent="")]
    src = write(timed, tmp_path / "in.csv")
    result = run("score", src, "-o", tmp_path / "out.csv", *CASE)
    assert result.exit_code == 0, result.output
    std, enh, bad, undated = read(tmp_path / "out.csv")
    assert (std["working_days"], std["late_letter"], std["late_letter_no_apology"]) == ("2", "0", "0")
    assert (enh["working_days"], enh["late_letter"], enh["late_letter_no_apology"]) == ("2", "1", "1")
    assert "late_letter" in enh["concerns"]
    assert bad["error"].startswith("column 'sent': sent_date '2024-13-45' is not a date")
    assert undated["working_days"] == "" and undated["error"] == "" and undated["p_missing_vrr"] != ""
    jsonl = run("score", src, "-o", tmp_path / "out.jsonl", *CASE)
    first = read(tmp_path / "out.jsonl")[1]
    assert first["working_days"] == 2 and {c["check"] for c in first["case_checks"]} == {
        "late_letter", "late_letter_no_apology"}
    assert "late_letter 1" in jsonl.output


def test_spreadsheet_formulas_are_neutralised(run, rows, tmp_path):
    evil = ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tTab", "\rCR"]
    src = write([dict(rows[i], team=v) for i, v in enumerate(evil)], tmp_path / "in.jsonl")
    assert run("score", src, "-o", tmp_path / "out.csv").exit_code == 0
    assert [r["team"] for r in read(tmp_path / "out.csv")] == ["'" + v for v in evil]
    assert run("score", src, "-o", tmp_path / "out.xlsx").exit_code == 0
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0]
    team = [c.value for c in sheet[1]].index("team")
    cells = [row[team] for row in sheet.iter_rows(min_row=2)]
    # (XML turns a bare CR into LF when the sheet is read back; the quote in front is what matters)
    assert [c.value.replace("\n", "\r") for c in cells] == ["'" + v for v in evil]
    assert {c.data_type for c in cells} == {"s"}


def test_jsonl_to_csv_keeps_keys_that_appear_late_and_renames_clashes(run, rows, tmp_path):
    later = [rows[0], rows[1], dict(rows[2], unit="CPS Mersey", error="upstream note")]
    src = write(later, tmp_path / "in.jsonl")
    assert run("score", src, "-o", tmp_path / "out.csv", "--chunk-size", 1).exit_code == 0
    out = read(tmp_path / "out.csv")
    assert out[2]["unit"] == "CPS Mersey" and out[0]["unit"] == ""
    assert out[2]["input_error"] == "upstream note" and out[2]["error"] == ""


def test_two_workers_give_the_same_file_as_one(run, rows, tmp_path):
    src = write(rows, tmp_path / "in.csv")
    one = run("score", src, "-o", tmp_path / "one.csv", "--workers", 1, "--chunk-size", 3, *CASE)
    two = run("score", src, "-o", tmp_path / "two.csv", "--workers", 2, "--chunk-size", 3, *CASE)
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()


def test_helpers_and_this_process_share_the_chunks_and_results_keep_input_order(registry, rows, monkeypatch):
    from service import batch

    spec = batch.ScorerSpec(str(registry.root.resolve()), registry.champion())
    batch.helper_pool(spec, 1).submit(batch._started).result(timeout=120)  # the helper is up: it gets chunks at once

    def chunks() -> list[batch.Prepared]:
        out = []
        for start in range(0, len(rows), 2):
            part = rows[start:start + 2]
            out.append(batch.Prepared(records=[{} for _ in part], todo=list(range(len(part))),
                                      texts=[r["text"] for r in part], doc_types=[r["doc_type"] or None for r in part],
                                      cases=[None] * len(part)))
        return out

    local = []
    score_texts = batch.score_texts
    monkeypatch.setattr(batch, "score_texts", lambda *a: local.append(1) or score_texts(*a))
    both = [r for _, results in batch.run_chunks(iter(chunks()), spec, batch.Options(workers=2), full=False)
            for r in results]
    shared = len(local)
    alone = [r for _, results in batch.run_chunks(iter(chunks()), spec, batch.Options(workers=1), full=False)
             for r in results]
    assert 0 < shared < len(chunks())  # this process scored some chunks, the helper the others
    assert both == alone and len(both) == len(rows)


def test_dask_backend_gives_the_same_file_as_local(run, rows, tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed "
                                      "(pip install 'casecheck[distributed]')")
    src = write(rows, tmp_path / "in.jsonl")
    local = run("score", src, "-o", tmp_path / "local.jsonl", "--workers", 1, "--chunk-size", 4)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        remote = run("score", src, "-o", tmp_path / "dask.jsonl", "--backend", "dask", "--scheduler",
                     cluster.scheduler_address, "--chunk-size", 4)
    assert local.exit_code == 0 and remote.exit_code == 0, remote.output
    assert (tmp_path / "local.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()


def test_dask_backend_without_a_scheduler_exits_2(run, rows, tmp_path):
    pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")
    result = run("score", write(rows[:1], tmp_path / "in.csv"), "-o", tmp_path / "o.csv", "--backend", "dask")
    assert result.exit_code == 2 and "--scheduler" in result.output


@pytest.mark.parametrize("ext", [".csv", ".jsonl", ".parquet", ".xlsx"])
def test_readers_stream_in_chunks(tmp_path, ext):
    many = [{"id": str(i), "text": f"Draft number {i}.", "team": "North"} for i in range(230)]
    reader = Reader(write(many, tmp_path / f"many{ext}"), ext[1:], "many", chunk_size=50)
    sizes = [len(chunk) for chunk in reader.chunks()]
    assert sizes == [50, 50, 50, 50, 30]
    assert reader.columns() == ["id", "text", "team"] and reader.estimate_rows() == 230


def test_the_progress_bar_shows_only_on_a_terminal_without_quiet():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert show_progress(False, Terminal()) and not show_progress(True, Terminal())
    assert not show_progress(False, io.StringIO())


def test_score_help_has_an_example(run):
    for command in ("score", "report", "sample"):
        assert "Example:" in run(command, "--help").output


# ----------------------------------------------------------------------------- POST /v1/batch/file

def test_upload_a_csv_and_get_it_back_scored(client, rows):
    body = io.BytesIO()
    pd.DataFrame(rows[:4]).to_csv(body, index=False)
    response = client.post("/v1/batch/file", files={"file": ("q3 drafts.csv", body.getvalue(), "text/csv")},
                           data={"decision_date_column": "decided", "sent_date_column": "sent"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="q3_drafts-scored.csv"' in response.headers["content-disposition"]
    assert response.headers["x-casecheck-rows"] == "4"
    out = pd.read_csv(io.BytesIO(response.content), dtype=str, keep_default_na=False)
    assert list(out["id"]) == [r["id"] for r in rows[:4]] and "working_days" in out and "p_missing_vrr" in out


def test_upload_an_xlsx_and_get_xlsx_back(client, rows, tmp_path):
    src = write(rows[:3], tmp_path / "in.xlsx")
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    response = client.post("/v1/batch/file", files={"file": ("in.xlsx", src.read_bytes(), xlsx)})
    assert response.status_code == 200 and response.headers["content-type"] == xlsx
    book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    assert len(list(book.worksheets[0].iter_rows(values_only=True))) == 4
    book.close()


def test_upload_errors_are_named(client, rows, tmp_path):
    src = write(rows[:2], tmp_path / "in.csv")
    missing = client.post("/v1/batch/file", files={"file": ("in.csv", src.read_bytes(), "text/csv")},
                          data={"text_column": "body"})
    assert missing.status_code == 422 and "no column 'body'" in missing.json()["detail"]
    other = client.post("/v1/batch/file", files={"file": ("in.txt", b"hello", "text/plain")})
    assert other.status_code == 415


def test_upload_over_the_size_limit_is_refused(trained_home, rows, tmp_path):
    settings = Settings(home=trained_home, max_upload_bytes=2_000, _env_file=None)
    src = write(rows[:3], tmp_path / "in.csv")
    with TestClient(create_app(settings)) as small:
        response = small.post("/v1/batch/file", files={"file": ("in.csv", src.read_bytes(), "text/csv")})
    assert response.status_code == 413


def test_jsonl_rows_keep_the_spine_shape(run, rows, tmp_path):
    src = write(rows[:2], tmp_path / "in.jsonl")
    assert run("score", src, "-o", tmp_path / "out.jsonl").exit_code == 0
    first = json.loads((tmp_path / "out.jsonl").read_text().splitlines()[0])
    assert list(first)[:6] == ["id", "doc_type", "model_version", "scores", "flags", "concerns"]
    assert first["team"] == rows[0]["team"] and "text" not in first and "case_checks" not in first


def test_csv_rows_are_counted_as_read_and_an_oversized_file_is_refused_before_any_row_is_parsed():
    from service import memory
    from service.batch_io import TooManyRowsError

    quoted = 'id,text\n1,"two\nlines"\n\n2,plain\n3,"a ""quote"", and\n\nblank lines inside"\n4,\n'
    reader = Reader(io.BytesIO(quoted.encode()), "csv", "q.csv")
    assert reader.estimate_rows() == 4 == sum(len(c) for c in reader.chunks())  # as pandas reads it
    many = ("id,text\n" + "".join(f"{i},x\n" for i in range(1_001))).encode()
    capped = Reader(io.BytesIO(many), "csv", "many.csv", max_rows=1_000)
    assert capped.estimate_rows() == 1_001  # it stops one past the cap
    with pytest.raises(TooManyRowsError, match="1,000"):
        next(capped.chunks())
    wide = ("id,text\n1," + "x" * 200_000 + "\n2,y\n").encode()  # a field over the csv module's limit
    assert Reader(io.BytesIO(wide), "csv", "wide.csv").estimate_rows() == 2
    assert memory.limit_arenas() and isinstance(memory.release(), bool)  # glibc here: both take effect
