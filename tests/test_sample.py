"""Dip sampling: highest risk plus a random baseline, stratified, reproducible, each pick with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.sample import allocate, random_key
from tests.batch_data import TEAMS, drafts, read, score_with_cli

CONCERNS_P = "p_"


@pytest.fixture(scope="module")
def scored(trained_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = drafts(30, 15, seed=11)
    rows[4]["text"] = ""  # one row the scorer refuses: never sampled
    return score_with_cli(trained_home, rows, tmp_path_factory.mktemp("sample"))




def risk(row: dict[str, str]) -> float:
    ps = sum(float(v) for k, v in row.items() if k.startswith(CONCERNS_P) and v)
    return round(ps + (1 if row["late_letter"] == "1" else 0), 4)


def test_the_same_seed_gives_the_same_sample(run, scored, tmp_path):
    for name in ("a.csv", "b.csv"):
        assert run("sample", scored, "--n", 12, "--random", 4, "--seed", 42, "-o", tmp_path / name).exit_code == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert run("sample", scored, "--n", 12, "--random", 4, "--seed", 7, "-o", tmp_path / "c.csv").exit_code == 0
    randoms = {name: {r["id"] for r in read(tmp_path / name) if r["pick"] == "random"} for name in ("a.csv", "c.csv")}
    assert randoms["a.csv"] != randoms["c.csv"]


def test_risk_picks_are_the_highest_expected_concerns_and_random_ones_are_the_rest(run, scored, tmp_path):
    result = run("sample", scored, "--n", 10, "--random", 3, "--seed", 1, "-o", tmp_path / "s.csv")
    assert result.exit_code == 0, result.output
    assert "picked 10 of 44 scored documents (7 highest risk, 3 random; seed 1)" in result.output
    assert "1 rows with errors left out" in result.output
    picked = read(tmp_path / "s.csv")
    assert [r["pick"] for r in picked] == ["risk"] * 7 + ["random"] * 3
    assert len({r["id"] for r in picked}) == 10 and all(r["error"] == "" for r in picked)
    eligible = [r for r in read(scored) if not r["error"]]
    randoms = {r["id"] for r in picked if r["pick"] == "random"}
    ranked = sorted((r for r in eligible if r["id"] not in randoms), key=lambda r: -risk(r))
    assert [r["id"] for r in picked[:7]] == [r["id"] for r in ranked[:7]]
    assert [float(r["risk"]) for r in picked[:7]] == [risk(r) for r in ranked[:7]]
    for r in picked[:7]:
        assert r["reason"].startswith("highest risk: rank ") and "expected" in r["reason"]
    assert all(r["reason"] == "random baseline: 3 of 44 drawn with seed 1" for r in picked[7:])


def test_a_stratified_sample_gives_each_group_its_share(run, scored, tmp_path):
    result = run("sample", scored, "--n", 9, "--random", 3, "--by", "team", "--seed", 3, "-o", tmp_path / "s.csv")
    assert result.exit_code == 0, result.output
    picked = read(tmp_path / "s.csv")
    for team in TEAMS:
        mine = [r for r in picked if r["team"] == team]
        assert [r["pick"] for r in mine] == ["risk", "risk", "random"]
        assert all(f"in team {team!r}" in r["reason"] for r in mine)
        eligible = [r for r in read(scored) if r["team"] == team and not r["error"]]
        others = sorted((r for r in eligible if r["id"] != mine[2]["id"]), key=lambda r: -risk(r))
        assert [r["id"] for r in mine[:2]] == [r["id"] for r in others[:2]]


def test_jsonl_and_csv_scored_files_give_the_same_sample(run, trained_home, tmp_path):
    rows = drafts(12, 6, seed=2)
    csv = score_with_cli(trained_home, rows, tmp_path, ".csv")
    jsonl = score_with_cli(trained_home, rows, tmp_path, ".jsonl")
    for src, out in ((csv, "from-csv.csv"), (jsonl, "from-jsonl.csv")):
        assert run("sample", src, "--n", 6, "--seed", 5, "--by", "team", "-o", tmp_path / out).exit_code == 0
    pick = {name: [(r["id"], r["pick"], r["reason"]) for r in read(tmp_path / name)]
            for name in ("from-csv.csv", "from-jsonl.csv")}
    assert pick["from-csv.csv"] == pick["from-jsonl.csv"]


def test_sample_errors_exit_2(run, scored, tmp_path):
    too_many = run("sample", scored, "--n", 3, "--random", 5, "-o", tmp_path / "s.csv")
    assert too_many.exit_code == 2 and "--random 5 is more than --n 3" in too_many.output
    no_column = run("sample", scored, "--by", "unit", "-o", tmp_path / "s.csv")
    assert no_column.exit_code == 2 and "no column 'unit'" in no_column.output and "'team'" in no_column.output
    not_scored = tmp_path / "plain.csv"
    not_scored.write_text("id,text\n1,hello\n")
    result = run("sample", not_scored, "-o", tmp_path / "s.csv")
    assert result.exit_code == 2 and "not a scored file" in result.output


def test_sample_writes_xlsx_and_picks_the_random_share_by_default(run, scored, tmp_path):
    result = run("sample", scored, "--n", 8, "-o", tmp_path / "s.xlsx")
    assert result.exit_code == 0 and "(6 highest risk, 2 random; seed " in result.output
    assert len(read(tmp_path / "s.xlsx")) == 8


def test_allocation_is_proportional_capped_and_gives_everyone_one():
    assert allocate(10, {"a": 50, "b": 30, "c": 20}) == {"a": 5, "b": 3, "c": 2}
    assert allocate(4, {"a": 100, "b": 1, "c": 1}) == {"a": 2, "b": 1, "c": 1}
    assert allocate(10, {"a": 2, "b": 3}) == {"a": 2, "b": 3}
    assert allocate(2, {"a": 10, "b": 10, "c": 10}) == {"a": 1, "b": 1, "c": 0} or sum(
        allocate(2, {"a": 10, "b": 10, "c": 10}).values()) == 2
    assert allocate(0, {"a": 3}) == {"a": 0}


def test_random_keys_depend_only_on_seed_and_row():
    assert random_key(42, 7) == random_key(42, 7) != random_key(43, 7)
    assert 0 <= random_key(1, 1) < 1
