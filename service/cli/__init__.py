"""The ``casecheck`` command: a thin layer over ``model``, ``training`` and ``service``.

One module per command group (``models``, ``batch``, ``labels``, ``serve``), each registering
its commands here; what they share is in ``common``, and none imports this module. Errors in
what the user gave (files, rows, columns) exit with code 2 and name the place.
``python -m service.cli`` runs it too (``__main__.py``).
"""

from __future__ import annotations

import os

import click

from model.errors import RegistryUnreadableError
from service.cli import batch, labels, models, serve
from service.settings import get_settings


class CasecheckGroup(click.Group):
    """The command group: a damaged registry is one line naming the file and the repair (exit 1)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except RegistryUnreadableError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=CasecheckGroup)
@click.version_option(package_name="casecheck")
@click.pass_context
def main(ctx: click.Context) -> None:
    """casecheck: quality checks for prosecutors' reviews and letters to victims."""
    from joblib import parallel_config

    from model.files import private_tempdir
    from model.processes import exit_with_parent

    # Temporary files (openpyxl's, the helpers') in a private folder under CASECHECK_HOME, removed at the
    # end (a killed run's is swept by the next); helper processes exit when this one dies.
    ctx.with_resource(private_tempdir(get_settings().home))
    ctx.with_resource(parallel_config(backend="loky", initializer=exit_with_parent, initargs=(os.getpid(),)))


for group in (models, batch, labels, serve):
    group.register(main)
