"""The runtime data shipped inside the package: concern schema, signals, rules and advice limits.

Every module that reads one of these files asks here, so a checkout, an editable install and an
installed wheel read the same files through ``importlib.resources``. A deployment's own rule files
come from ``CASECHECK_RULES_FILES`` (``RuleSet.load(extra=...)``), not from here.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

RESOURCES: Traversable = files("model") / "resources"
"""The folder of runtime data files."""

RULE_FILE_NAMES = ("jargon.yaml", "residue.yaml", "cold.yaml")
"""The presence-rule files read by default, in this order (``rules/advice.yaml`` is not a rule file)."""

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def resource(*parts: str) -> Traversable:
    """One shipped file or folder, e.g. ``resource("rules", "jargon.yaml")``."""
    return RESOURCES.joinpath(*parts)


def read_yaml(source: Traversable | Path) -> Any:
    """Parse a YAML file (a shipped resource or a deployment's path); an empty file gives ``{}``."""
    return yaml.load(source.read_text(encoding="utf-8"), Loader=_LOADER) or {}


def concerns_file() -> Traversable:
    return resource("concerns.yaml")


def signals_file() -> Traversable:
    return resource("signals.yaml")


def advice_file() -> Traversable:
    return resource("rules", "advice.yaml")


def rules_dir() -> Traversable:
    return resource("rules")


def rule_files() -> tuple[Traversable, ...]:
    """The shipped presence-rule files (jargon, template residue, cold phrases)."""
    return tuple(resource("rules", name) for name in RULE_FILE_NAMES)
