"""The casecheck command: the score contract, evaluate, and exit code 2 for bad input."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_scoring import LETTER


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_score_writes_one_line_per_input_in_order(run, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": LETTER, "doc_type": "vcl_letter"},
        {"id": "b", "text": "   "},
        {"id": "c", "text": LETTER},
    ])
    result = run("score", src, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert "empty" in rows[1]["error"]
    for key in ("id", "doc_type", "model_version", "scores", "flags", "concerns"):
        assert key in rows[0]
    for c in rows[0]["concerns"]:
        assert set(c) >= {"concern", "message", "suggestion", "start", "end", "text"}
        assert LETTER[c["start"] : c["end"]] == c["text"]


def test_score_reports_a_bad_json_line_with_file_and_line(run, tmp_path):
    src = write_jsonl(tmp_path / "bad.jsonl", [{"id": "a", "text": LETTER}, "{not json"])
    result = run("score", src, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert f"{src}:2" in result.output
    assert not (tmp_path / "out.jsonl").exists()
    assert list(tmp_path.glob("*.partial")) == []


def test_score_reports_an_unknown_doc_type_with_its_line(run, tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": LETTER, "doc_type": "memo"}])
    result = run("score", src, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert f"{src}:1" in result.output and "vcl_letter" in result.output


def test_score_reports_a_missing_file(run, tmp_path):
    result = run("score", tmp_path / "nope.jsonl", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2 and "nope.jsonl" in result.output


def test_evaluate_prints_metrics_and_json(run, tmp_path):
    rows = [{"id": "x1", "doc_type": "vcl_letter", "text": LETTER,
             "labels": {"missing_reasons": 1, "unexplained_jargon": 1, "lacks_empathy": 1, "missing_vrr": 1,
                        "missing_meeting_offer": 0, "template_residue": 1}}]
    src = write_jsonl(tmp_path / "gold.jsonl", rows)
    text = run("evaluate", src, "--spans")
    assert text.exit_code == 0, text.output
    assert "macro-F1" in text.output and "missing_vrr" in text.output and "[spans]" in text.output
    as_json = run("evaluate", src, "--json")
    report = json.loads(as_json.output)
    assert report["by_doc_type"]["vcl_letter"]["concerns"]["missing_vrr"]["support"] == 1


def test_evaluate_rejects_invalid_labels_naming_file_and_line(run, tmp_path):
    src = write_jsonl(tmp_path / "gold.jsonl", [{"id": "x", "doc_type": "vcl_letter", "text": "t",
                                                 "labels": {"missing_reasons": 1}}])
    result = run("evaluate", src)
    assert result.exit_code == 2 and f"{src}:1" in result.output


def test_models_list_marks_the_champion(run, registry):
    result = run("models", "list")
    assert result.exit_code == 0 and f"* {registry.champion()}" in result.output
