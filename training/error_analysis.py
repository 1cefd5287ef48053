"""Error analysis: per writer set and concern, precision and recall, and every wrong decision.

Input: a scorer and labelled records whose id prefix (before the first ``-``) names the writer
set (``d1-007`` -> ``d1``). Output: Markdown tables for ``docs/model.md``: precision, recall and
F1 per writer and concern, macro-F1 per writer, and each false positive and false negative with
its probability, the threshold and the "worth a look" band. Draft text is never printed.

    python -m training.error_analysis ../shared/data/*.jsonl [--model VERSION] [--home var]
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from model import Registry
from model.scoring import PRESENCE_RULES, Result, Scorer
from training.dataset import Record, load_records
from training.evaluate import concern_metrics, score_records


def writer_of(record_id: str) -> str:
    return record_id.split("-", 1)[0]


def by_writer(records: Sequence[Record], results: Sequence[Result], concerns: Sequence[str]) -> dict[str, Any]:
    """Per writer set: the concern table (``training.evaluate.concern_metrics``) and macro-F1."""
    out: dict[str, Any] = {}
    for writer in sorted({writer_of(r.id) for r in records}):
        idx = [i for i, r in enumerate(records) if writer_of(r.id) == writer]
        table = concern_metrics([records[i] for i in idx], [results[i] for i in idx], concerns)
        scored = [m["f1"] for m in table.values() if m["n"]]
        out[writer] = {"concerns": table, "macro_f1": round(sum(scored) / len(scored), 4), "n": len(idx)}
    return out


def errors(records: Sequence[Record], results: Sequence[Result]) -> list[dict[str, Any]]:
    """Every false positive and false negative: id, concern, kind, probability."""
    out = []
    for r, res in zip(records, results, strict=True):
        for concern, label in r.labels.items():
            flagged = concern in res.flags
            if bool(label) != flagged:
                out.append(
                    {
                        "id": r.id,
                        "concern": concern,
                        "kind": "FP" if flagged else "FN",
                        "p": res.scores.get(concern, 0.0),
                        "look": concern in getattr(res, "look", ()),
                    }
                )
    return out


def calibration(records: Sequence[Record], results: Sequence[Result], bins: int = 5) -> dict[str, Any]:
    """Per writer set: expected calibration error (|mean p - share flagged| over equal-width bins,
    weighted by count) and Brier score over every absence-concern decision."""
    out: dict[str, Any] = {}
    for writer in sorted({writer_of(r.id) for r in records}):
        pairs = [(res.scores[c], y) for r, res in zip(records, results, strict=True) if writer_of(r.id) == writer
                 for c, y in r.labels.items() if c in res.scores and c not in PRESENCE_RULES]
        ece = 0.0
        for b in range(bins):
            inside = [(p, y) for p, y in pairs if b / bins <= p < (b + 1) / bins or (b == bins - 1 and p == 1.0)]
            if inside:
                ece += len(inside) / len(pairs) * abs(sum(p for p, _ in inside) / len(inside)
                                                      - sum(y for _, y in inside) / len(inside))
        out[writer] = {"ece": round(ece, 3), "brier": round(sum((p - y) ** 2 for p, y in pairs) / len(pairs), 3)}
    return out


def _pr(m: dict[str, Any]) -> str:
    return f"{m['precision']:.2f} / {m['recall']:.2f}" if m["n"] else "-"


def markdown(records: Sequence[Record], results: Sequence[Result], concerns: Sequence[str]) -> str:
    """The tables of ``docs/model.md``: P / R per writer and concern, then the errors."""
    table = by_writer(records, results, concerns)
    overall = concern_metrics(records, results, concerns)
    writers = list(table)
    lines = ["| concern | " + " | ".join(writers) + " | all (P / R / F1) |", "| --- |" + " --- |" * (len(writers) + 1)]
    for c in concerns:
        cells = [_pr(table[w]["concerns"][c]) for w in writers]
        m = overall[c]
        lines.append(f"| {c} | " + " | ".join(cells) + f" | {m['precision']:.2f} / {m['recall']:.2f} / {m['f1']:.2f} |")
    scored = [m["f1"] for m in overall.values() if m["n"]]
    lines.append(
        "| **macro-F1** | "
        + " | ".join(f"{table[w]['macro_f1']:.3f}" for w in writers)
        + f" | {sum(scored) / len(scored):.3f} |"
    )
    calib = calibration(records, results)
    lines += ["", "| calibration (absence concerns) | " + " | ".join(writers) + " |",
              "| --- |" + " --- |" * len(writers),
              "| expected calibration error | " + " | ".join(f"{calib[w]['ece']:.3f}" for w in writers) + " |",
              "| Brier score | " + " | ".join(f"{calib[w]['brier']:.3f}" for w in writers) + " |"]
    lines += ["", "| id | concern | error | p | worth a look |", "| --- | --- | --- | --- | --- |"]
    for e in sorted(errors(records, results), key=lambda e: (e["concern"], e["kind"], e["id"])):
        lines.append(f"| {e['id']} | {e['concern']} | {e['kind']} | {e['p']:.2f} | {'yes' if e['look'] else ''} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--model", help="model version (default: the champion)")
    parser.add_argument(
        "--home",
        type=Path,
        default=Path(os.environ.get("CASECHECK_HOME", "var")),
        help="state directory holding models/ (default: $CASECHECK_HOME or var)",
    )
    args = parser.parse_args(argv)
    scorer = Scorer.from_registry(Registry(args.home / "models"), args.model)
    records = load_records(args.files)
    results = score_records(scorer, records)
    print(markdown(records, results, list(scorer.schema.concerns)))


if __name__ == "__main__":
    main()
