"""``casecheck labels ...`` and ``casecheck retrain``: the IQA label loop ([retrain] work)."""

from __future__ import annotations

import click


def register(main: click.Group) -> None:
    """Add the label and retraining commands to the ``casecheck`` group."""
