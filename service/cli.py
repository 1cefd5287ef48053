"""The ``casecheck`` command: a thin layer over ``model``, ``training`` and ``service``.

One module per command group (``cli_models``, ``cli_batch``, ``cli_labels``, ``cli_serve``), each
registering its commands here; what they share is in ``cli_common``. Errors in what the user gave
(files, rows, columns) exit with code 2 and name the place.
"""

from __future__ import annotations

import sys

import click

from service import cli_batch, cli_labels, cli_models, cli_serve


@click.group()
@click.version_option(package_name="casecheck")
def main() -> None:
    """casecheck: quality checks for prosecutors' reviews and letters to victims."""


for group in (cli_models, cli_batch, cli_labels, cli_serve):
    group.register(main)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
