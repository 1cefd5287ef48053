"""Evaluate: a scorer and labelled records in, per-concern and span metrics out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from model import Result, Schema, Scorer, default_schema
from training.dataset import Record

BATCH = 64


def score_records(scorer: Scorer, records: Sequence[Record], use_given_type: bool = True) -> list[Result]:
    out: list[Result] = []
    for i in range(0, len(records), BATCH):
        chunk = records[i : i + BATCH]
        types = [r.doc_type if use_given_type else None for r in chunk]
        out.extend(scorer.score_many([r.text for r in chunk], types, explain=False))
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def concern_metrics(records: Sequence[Record], results: Sequence[Result], concerns: Sequence[str]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for c in concerns:
        pairs = [(r.labels[c], c in res.flags) for r, res in zip(records, results, strict=True) if c in r.labels]
        tp = sum(1 for y, f in pairs if y and f)
        fp = sum(1 for y, f in pairs if not y and f)
        fn = sum(1 for y, f in pairs if y and not f)
        table[c] = {**_prf(tp, fp, fn), "support": sum(y for y, _ in pairs), "n": len(pairs)}
    return table


def _macro(table: dict[str, Any]) -> float:
    scored = [m["f1"] for m in table.values() if m["n"]]
    return round(sum(scored) / len(scored), 4) if scored else 0.0


def evaluate(scorer: Scorer, records: Sequence[Record], schema: Schema | None = None) -> dict[str, Any]:
    """Per-concern P/R/F1 per doc type and overall, macro-F1, doc type accuracy."""
    schema = schema or default_schema()
    results = score_records(scorer, records)
    detected = score_records(scorer, records, use_given_type=False)
    overall = concern_metrics(records, results, list(schema.concerns))
    by_type = {}
    for t in schema.doc_types:
        idx = [i for i, r in enumerate(records) if r.doc_type == t]
        if idx:
            table = concern_metrics([records[i] for i in idx], [results[i] for i in idx], schema.concerns_for(t))
            by_type[t] = {"concerns": table, "macro_f1": _macro(table), "n": len(idx)}
    correct = sum(r.doc_type == d.doc_type for r, d in zip(records, detected, strict=True))
    return {
        "model_version": scorer.version,
        "n": len(records),
        "overall": {"concerns": overall, "macro_f1": _macro(overall)},
        "by_doc_type": by_type,
        "doc_type_accuracy": round(correct / len(records), 4),
        "spans": span_metrics(records, results),
    }


def span_metrics(records: Sequence[Record], results: Sequence[Result]) -> dict[str, Any]:
    """Gold presence spans found (recall) and returned presence items on gold spans (precision)."""
    out: dict[str, Any] = {}
    for concern in ("unexplained_jargon", "template_residue"):
        found = total = hit = returned = 0
        unmatched: list[dict[str, Any]] = []
        for r, res in zip(records, results, strict=True):
            gold = [_locate(r.text, s) for s in r.spans if s["concern"] == concern]
            items = [i for i in res.items if i.concern == concern]
            total += len(gold)
            found += sum(any(i.start < g[1] and g[0] < i.end for i in items) for g in gold)
            returned += len(items)
            for i in items:
                if r.labels.get(concern) and any(i.start < g[1] and g[0] < i.end for g in gold):
                    hit += 1
                else:
                    unmatched.append({"id": r.id, "text": r.text[i.start : i.end], "rule": i.rule})
        out[concern] = {
            "gold_spans": total,
            "recall": round(found / total, 4) if total else None,
            "returned": returned,
            "precision": round(hit / returned, 4) if returned else None,
            "unmatched": unmatched,
        }
    return out


def _locate(text: str, span: dict[str, Any]) -> tuple[int, int]:
    if "start" in span and text[span["start"] : span["end"]] == span["text"]:
        return span["start"], span["end"]
    start = text.find(span["text"])
    return start, start + len(span["text"])


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table of the evaluation."""
    lines = [f"model {report['model_version']}  documents {report['n']}  "
             f"doc type accuracy {report['doc_type_accuracy']:.3f}", ""]
    header = f"{'concern':<38}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}"
    for t, block in report["by_doc_type"].items():
        lines += [f"[{t}]  n={block['n']}  macro-F1 {block['macro_f1']:.3f}", header]
        lines += [f"{c:<38}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['support']:>9}"
                  for c, m in block["concerns"].items()]
        lines.append("")
    lines += [f"[overall]  macro-F1 {report['overall']['macro_f1']:.3f}", header]
    lines += [f"{c:<38}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['support']:>9}"
              for c, m in report["overall"]["concerns"].items() if m["n"]]
    return "\n".join(lines)


def format_spans(report: dict[str, Any]) -> str:
    lines = ["", "[spans]"]
    for c, m in report["spans"].items():
        lines.append(f"{c:<24} gold {m['gold_spans']:>4}  recall {m['recall']}  returned {m['returned']:>4}  "
                     f"precision {m['precision']}")
        lines += [f"    not on a gold span: {u['id']}: {u['text']!r} ({u['rule']})" for u in m["unmatched"]]
    return "\n".join(lines)
