"""Model card: a human-readable summary written into every bundle."""

from __future__ import annotations

from typing import Any


def model_card(manifest: dict[str, Any]) -> str:
    t = manifest["training"]
    lines = [
        f"# casecheck model {manifest.get('version', '')}",
        "",
        f"Created {manifest['created_at']} from {t['records']} labelled drafts "
        f"({', '.join(f'{k}: {v}' for k, v in t['by_doc_type'].items())}); data fingerprint `{t['fingerprint'][:16]}`.",
        "",
        "## Concerns (validation split)",
        "",
        "| concern | threshold | validation F1 | validation positives |",
        "| --- | --- | --- | --- |",
    ]
    for concern, m in manifest["concerns"].items():
        lines.append(f"| {concern} | {m['threshold']} | {m['validation_f1']} | {m['validation_support']} |")
    lines += comparison_section(manifest.get("comparison"))
    lines += [
        "",
        "## Known limits",
        "",
        "- Trained on a seed corpus written by the casecheck team (generated and hand-written drafts);",
        "  real IQA labels improve it through `casecheck retrain`.",
        "- Absence concerns are judged from what the draft says; the model cannot see the case file.",
        "- Presence concerns (jargon, template text) come from editable rule files in `model/resources/rules/`.",
        "",
        f"Libraries: {', '.join(f'{k} {v}' for k, v in manifest['libraries'].items())}.",
    ]
    return "\n".join(lines) + "\n"


def comparison_section(comparison: dict[str, Any] | None) -> list[str]:
    """The retrain comparison (champion vs this challenger on the stored holdout), if any."""
    if not comparison:
        return []
    old, new = comparison["metrics"]["champion"], comparison["metrics"]["challenger"]
    t = comparison.get("training", {})
    lines = [
        "",
        "## Retraining",
        "",
        f"Trained on {t.get('seed_used', '?')} seed drafts and {t.get('store_train_documents', '?')} documents "
        f"from the label store ({t.get('store_labels_used', '?')} labels, each draft weighing "
        f"{t.get('store_weight', 1.0)} seed drafts; {t.get('filled_from_champion', 0)} "
        f"missing labels filled from the champion). Compared on a holdout of {comparison['holdout']['documents']} "
        f"stored documents never trained on (assessors' imported labels only)"
        f"{' (small: read with care)' if comparison['holdout']['small'] else ''}.",
        "",
        "| concern | champion F1 | this model F1 | champion ECE | this model ECE |",
        "| --- | --- | --- | --- | --- |",
    ]
    for concern, m in new["concerns"].items():
        o = (old or {}).get("concerns", {}).get(concern, {})
        lines.append(f"| {concern} | {o.get('f1', '-')} | {m['f1']} | {o.get('ece', '-')} | {m['ece']} |")
    lines.append(f"| **macro / pooled** | {old['macro_f1'] if old else '-'} | {new['macro_f1']} | "
                 f"{old['ece'] if old else '-'} | {new['ece']} |")
    check = comparison.get("seed_check")
    if check:
        lines += ["", f"Seed validation: {check['moved']} of {check['decisions']} decisions changed "
                  f"({check['share']:.1%}; at most {comparison['rule']['max_seed_moved']:.1%} allowed)."]
    verdict = "passed" if comparison["passed"] else "did not pass"
    if comparison.get("forced"):
        verdict += f" (promotion forced: {comparison['force_reason']})"
    lines += ["", f"Decision: the comparison {verdict}: " + "; ".join(comparison["reasons"]) + ". Whether this "
              "version was promoted is in the registry and its promotion log (`casecheck models show`)."]
    return lines
