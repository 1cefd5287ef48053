"""Schema: the document types and concern ids of ``concerns.yaml`` (``model.datafiles``).

Input: the YAML file shipped with the package. Output: a ``Schema`` that every stage asks
which concerns apply to a document type, and what to tell the reviewer about each.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from model.datafiles import concerns_file, read_yaml


@dataclass(frozen=True)
class ConcernInfo:
    """One concern id with the words a reviewer sees."""

    id: str
    doc_types: tuple[str, ...]
    kind: str  # "absence" or "presence"
    title: str
    message: str
    suggestion: str


@dataclass(frozen=True)
class Schema:
    """Document types, concerns and case-data checks."""

    doc_types: dict[str, dict[str, str]]
    concerns: dict[str, ConcernInfo]
    case_checks: dict[str, dict[str, str]]

    def concerns_for(self, doc_type: str) -> list[str]:
        """The concern ids that carry a label for ``doc_type``, in schema order."""
        return [c.id for c in self.concerns.values() if doc_type in c.doc_types]

    def is_review(self, doc_type: str) -> bool:
        return self.doc_types[doc_type]["kind"] == "review"

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready view (for the API and docs)."""
        return {
            "doc_types": {k: dict(v) for k, v in self.doc_types.items()},
            "concerns": {
                c.id: {
                    "doc_types": list(c.doc_types),
                    "kind": c.kind,
                    "title": c.title,
                    "message": c.message,
                    "suggestion": c.suggestion,
                }
                for c in self.concerns.values()
            },
            "case_checks": {k: dict(v) for k, v in self.case_checks.items()},
        }


def load_schema(path: Path | None = None) -> Schema:
    """Read the schema YAML (default: the shipped ``concerns.yaml``)."""
    raw = read_yaml(path or concerns_file())
    concerns = {
        cid: ConcernInfo(
            id=cid,
            doc_types=tuple(spec["doc_types"]),
            kind=spec["kind"],
            title=spec["title"],
            message=" ".join(spec["message"].split()),
            suggestion=" ".join(spec["suggestion"].split()),
        )
        for cid, spec in raw["concerns"].items()
    }
    for c in concerns.values():
        unknown = set(c.doc_types) - set(raw["doc_types"])
        if unknown:
            raise ValueError(f"concern {c.id} names unknown doc types {sorted(unknown)}")
    checks = {
        k: {kk: " ".join(str(vv).split()) for kk, vv in v.items()}
        for k, v in raw.get("case_checks", {}).items()
    }
    return Schema(doc_types=raw["doc_types"], concerns=concerns, case_checks=checks)


@lru_cache(maxsize=1)
def default_schema() -> Schema:
    """The schema shipped with the package (read once)."""
    return load_schema()
