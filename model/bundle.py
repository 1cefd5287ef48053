"""Bundle: the fitted objects of one model version, as typed objects.

``training`` builds a ``Bundle``; the registry writes it as ``model.joblib`` (a plain dict of
format 1, so every registered version stays loadable) and ``Bundle.from_objects`` is the one way
back from what was unpickled. The manifest (``manifest.json``) stays a JSON dict beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from model.errors import BundleError
from model.roles import SentenceRoleModel

FORMAT = 1
"""The version of the pickled layout (``as_objects``/``from_objects``)."""


@dataclass
class ConcernGroup:
    """The fitted models of one document kind ("letter", "review") that share a concern list."""

    doc_types: list[str]
    concerns: list[str]
    pipeline: Any  # a fitted scikit-learn Pipeline: features -> one probability per concern
    roles: SentenceRoleModel | None = None
    thresholds: dict[str, float] = field(default_factory=dict)
    confident: dict[str, float] = field(default_factory=dict)  # above this a flag is "high" severity
    look: dict[str, float] = field(default_factory=dict)  # from here up to the threshold: "worth a look"
    feature_set: int = 1  # model.features.FEATURE_SETS: which feature columns the pipeline reads


@dataclass
class Bundle:
    """Everything ``Scorer`` needs besides the rules: signal patterns, concern groups, doc-type model."""

    signals: dict[str, str]
    signal_names: list[str]
    groups: dict[str, ConcernGroup]
    doctype: Any  # a fitted scikit-learn Pipeline: text -> doc type

    def thresholds(self) -> dict[str, float]:
        """Every concern's flag threshold."""
        return {c: float(t) for g in self.groups.values() for c, t in g.thresholds.items()}

    def as_objects(self) -> dict[str, Any]:
        """The layout pickled into ``model.joblib`` (plain dicts: readable by every casecheck version)."""
        groups = {name: {"doc_types": g.doc_types, "concerns": g.concerns, "pipeline": g.pipeline, "roles": g.roles,
                         "thresholds": g.thresholds, "confident": g.confident, "look": g.look,
                         "feature_set": g.feature_set} for name, g in self.groups.items()}
        return {"format": FORMAT, "signals": self.signals, "signal_names": self.signal_names, "groups": groups,
                "doctype": self.doctype}

    @classmethod
    def from_objects(cls, objects: Any) -> Bundle:
        """The bundle of what ``model.joblib`` held; ``BundleError`` for a layout this code cannot read."""
        if isinstance(objects, Bundle):
            return objects
        if not isinstance(objects, dict) or objects.get("format") != FORMAT:
            found = objects.get("format") if isinstance(objects, dict) else type(objects).__name__
            raise BundleError(f"model.joblib has format {found!r}; this casecheck reads format {FORMAT}")
        try:
            groups = {name: ConcernGroup(**spec) for name, spec in objects["groups"].items()}
            return cls(dict(objects["signals"]), list(objects["signal_names"]), groups, objects["doctype"])
        except (KeyError, TypeError) as exc:
            raise BundleError(f"model.joblib is not a casecheck bundle of format {FORMAT} ({exc})") from None
