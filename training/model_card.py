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
    lines += [
        "",
        "## Known limits",
        "",
        "- Trained on a seed corpus written by the casecheck team (generated and hand-written drafts);",
        "  real IQA labels improve it through `casecheck retrain`.",
        "- Absence concerns are judged from what the draft says; the model cannot see the case file.",
        "- Presence concerns (jargon, template text) come from editable rule files in `data/rules/`.",
        "",
        f"Libraries: {', '.join(f'{k} {v}' for k, v in manifest['libraries'].items())}.",
    ]
    return "\n".join(lines) + "\n"
