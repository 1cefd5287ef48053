"""The README documents every command, setting and route (datasette / sqlite-utils style)."""

from __future__ import annotations

import pytest

from service.app import create_app
from service.cli import main
from service.settings import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group, prefix=""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}"
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix}{name} ")


@pytest.mark.parametrize("command", sorted(_commands(main)))
def test_every_command_is_in_the_readme(command):
    top, _, sub = command.partition(" ")
    assert f"casecheck {top}" in README
    if sub:
        assert sub in README


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_in_the_readme(field):
    assert f"CASECHECK_{field.upper()}" in README


def test_every_route_is_in_the_readme():
    paths = create_app(Settings(_env_file=None)).openapi()["paths"]
    missing = [p for p in paths if p not in README]
    assert missing == []


def test_quick_start_is_the_two_commands():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick.split("```sh", 1)[1].split("```", 1)[0].splitlines()]
    assert [c for c in commands if c] == ["make run", "make test"]
