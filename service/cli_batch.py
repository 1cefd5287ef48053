"""``casecheck score``, ``report`` and ``sample``: batch scoring and dip sampling ([batch] work)."""

from __future__ import annotations

import click


def register(main: click.Group) -> None:
    """Add the batch commands to the ``casecheck`` group."""
