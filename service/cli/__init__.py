"""The ``casecheck`` command: a thin layer over ``model``, ``training`` and ``service``.

One module per command group (``models``, ``batch``, ``labels``, ``serve``), each registering
its commands here; what they share is in ``common``, and none imports this module. Errors in
what the user gave (files, rows, columns) exit with code 2 and name the place.
``python -m service.cli`` runs it too (``__main__.py``).
"""

from __future__ import annotations

import click

from service.cli import batch, labels, models, serve


@click.group()
@click.version_option(package_name="casecheck")
def main() -> None:
    """casecheck: quality checks for prosecutors' reviews and letters to victims."""


for group in (models, batch, labels, serve):
    group.register(main)
