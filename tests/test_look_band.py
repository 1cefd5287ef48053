""""Worth a look": concerns the model doubts, between half the flag threshold and the threshold,
reported apart from the flags in the scorer, the API, batch files, the report and the web form."""

from __future__ import annotations

import csv
import json
from dataclasses import replace

import pytest

from model.bundle import ConcernGroup
from model.scoring import PRESENCE_RULES, look_threshold


@pytest.fixture(scope="module")
def doubtful(scorer, corpus_records):
    """Drafts of the seed corpus whose scoring has at least one concern worth a look."""
    records = corpus_records[::13][:300]
    results = scorer.score_many([r.text for r in records], [r.doc_type for r in records], explain=False)
    found = [(r, res) for r, res in zip(records, results, strict=True) if res.look]
    assert found, "no draft of 300 has a doubtful concern: the band is never used"
    return found


def test_look_lies_between_the_band_start_and_the_flag_threshold(scorer, doubtful):
    for record, result in doubtful:
        group = next(s for s in scorer.bundle.groups.values() if record.doc_type in s.doc_types)
        for concern in result.look:
            assert concern not in result.flags and concern not in PRESENCE_RULES
            assert look_threshold(group, concern) <= result.scores[concern] < group.thresholds[concern]
            assert not [i for i in result.items if i.concern == concern]


def test_older_bundles_without_a_band_start_at_half_the_threshold():
    older = {"doc_types": ["vcl_letter"], "concerns": ["missing_vrr"], "pipeline": None,
             "thresholds": {"missing_vrr": 0.6}}  # a group as pickled before the band existed
    group = ConcernGroup(**older)
    assert look_threshold(group, "missing_vrr") == 0.3
    assert look_threshold(replace(group, look={"missing_vrr": 0.2}), "missing_vrr") == 0.2


def test_api_returns_look_apart_from_flags(client, doubtful):
    record, result = doubtful[0]
    body = client.post("/v1/check", json={"text": record.text, "doc_type": record.doc_type}).json()
    assert body["look"] == result.look
    assert not set(body["look"]) & set(body["flags"])
    assert not {c["concern"] for c in body["concerns"]} & set(body["look"])


def test_web_form_shows_worth_a_look_in_its_own_section(client, doubtful):
    record, _ = doubtful[0]
    page = client.post("/", data={"text": record.text, "doc_type": record.doc_type}).text
    assert 'id="look-title">Worth a look</h2>' in page


def test_batch_file_has_a_worth_a_look_column_and_the_summary_counts_it(run, tmp_path, doubtful):
    source = tmp_path / "in.csv"
    with source.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "doc_type"])
        for n, (record, _) in enumerate(doubtful[:3]):
            writer.writerow([n, record.text, record.doc_type])
    result = run("score", source, "-o", tmp_path / "out.csv", "--workers", 1)
    assert result.exit_code == 0, result.output
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["worth_a_look"] for r in rows] == ["; ".join(res.look) for _, res in doubtful[:3]]
    first = doubtful[0][1].look[0]
    assert "worth a look: " in result.output and f"{first} " in result.output.split("worth a look: ")[1]


def test_report_counts_worth_a_look_per_concern(tmp_path, doubtful):
    from service.report import Tally

    tally = Tally()
    _, result = doubtful[0]
    row = {"error": None, "late_letter": None, "late_letter_no_apology": None,
           "worth_a_look": "; ".join(result.look), **{f"flag_{c}": None for c in _all_concerns()}}
    tally.add(row)
    assert dict(tally.look) == dict.fromkeys(result.look, 1)
    assert json.dumps(dict(tally.look))


def _all_concerns() -> list[str]:
    from service.batch import CONCERNS

    return list(CONCERNS)
