"""What every ``casecheck`` command group shares: the bad-input error, settings, registry, rules and scorer.

The command modules import from here, never from the module that assembles the ``casecheck`` group.
"""

from __future__ import annotations

import click

from model import BundleError, Registry, RuleSet, Scorer
from service.settings import Settings, get_settings


class InputError(click.ClickException):
    """Bad input: exit code 2, like a usage error."""

    exit_code = 2


def open_registry() -> Registry:
    """The model registry under ``CASECHECK_HOME``."""
    return Registry(get_settings().registry_dir)


def deployment_rules(settings: Settings) -> RuleSet:
    """The shipped rules plus ``CASECHECK_RULES_FILES``, less ``CASECHECK_IGNORE_TERMS``."""
    return RuleSet.load(extra=settings.rules_files, ignore=settings.ignore_terms)


def load_scorer(version: str | None = None) -> Scorer:
    """The scorer of ``version`` (default: the champion); a bundle that cannot be used ends the command."""
    settings = get_settings()
    try:
        return Scorer.from_registry(open_registry(), version, rules=deployment_rules(settings),
                                    max_chars=settings.max_text_chars)
    except BundleError as exc:
        raise click.ClickException(str(exc)) from None
