"""``casecheck train``, ``evaluate`` and ``models``: make, measure and manage model versions."""

from __future__ import annotations

import json
from pathlib import Path

import click

from model import Registry
from model.errors import ModelError, RegistryUnreadableError
from service.cli.common import InputError, deployment_rules, load_scorer, open_registry
from service.settings import get_settings


@click.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--config", type=click.Path(exists=True, path_type=Path), help="Training config (TOML).")
@click.option("--seed", "seed_files", multiple=True, type=click.Path(path_type=Path),
              help="Seed corpus JSONL (default: CASECHECK_SEED_FILES, else data/corpus of a source checkout). "
                   "Repeatable.")
@click.option("--no-seed", is_flag=True, help="Train on FILES only, not the seed corpus.")
@click.option("--if-missing", is_flag=True, help="Do nothing when a model is already registered.")
def train(files: tuple[Path, ...], config: Path | None, seed_files: tuple[Path, ...], no_seed: bool,
          if_missing: bool) -> None:
    """Train a model on the seed corpus (and FILES) and register it.

    The first model registered becomes the champion. An installed wheel has no seed corpus: give
    it with --seed or CASECHECK_SEED_FILES (data/corpus/*.jsonl of the source repository).

    \b
    Example:
        casecheck train
        casecheck train more-labels.jsonl
        casecheck train --seed corpus/generated_letters.jsonl --seed corpus/generated_reviews.jsonl
    """
    from service.retraining import seed_paths
    from training.config import load_config
    from training.dataset import DatasetError, load_records
    from training.train import train_and_register

    registry = open_registry()
    if if_missing and registry.champion():
        click.echo(f"model {registry.champion()} is registered; nothing to do")
        return
    try:
        records = load_records([*([] if no_seed else seed_paths(get_settings(), seed_files)), *files])
    except DatasetError as exc:
        raise InputError(str(exc)) from None
    version = train_and_register(records, registry, load_config(config), rules=deployment_rules(get_settings()))
    manifest = registry.manifest(version)
    click.echo(f"registered model {version} ({len(records)} drafts, {manifest['training']['seconds']} s)"
               f"{'; champion' if registry.champion() == version else ''}")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--spans", is_flag=True, help="Also print span recall and precision for presence concerns.")
@click.option("--model", "version", help="Model version (default: the champion).")
def evaluate(files: tuple[Path, ...], as_json: bool, spans: bool, version: str | None) -> None:
    """Print per-concern precision, recall and F1 on labelled JSONL files.

    \b
    Example:
        casecheck evaluate ../shared/data/*.jsonl --spans
    """
    from training.dataset import DatasetError, load_records
    from training.evaluate import evaluate as run_evaluation
    from training.evaluate import format_report, format_spans

    try:
        records = load_records(list(files))
    except DatasetError as exc:
        raise InputError(str(exc)) from None
    report = run_evaluation(load_scorer(version), records)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(format_report(report))
    if spans:
        click.echo(format_spans(report))


@click.group()
def models() -> None:
    """List, inspect, promote and roll back model versions."""


@models.command("list")
def models_list() -> None:
    """List registered versions; the champion is marked with *.

    \b
    Example:
        casecheck models list
    """
    registry = open_registry()
    champion = registry.champion()
    for version in registry.versions():
        m = registry.manifest(version)
        click.echo(f"{'*' if version == champion else ' '} {version}  {m['created_at']}  "
                   f"{m['training']['records']} drafts")


@models.command("show")
@click.argument("version", required=False)
def models_show(version: str | None) -> None:
    """Print a version's model card (default: the champion)."""
    registry = open_registry()
    version = version or registry.champion()
    if version is None:
        raise click.ClickException("no model is registered")
    try:
        registry.verify(version)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo((registry.root / version / "model_card.md").read_text(encoding="utf-8"))
    click.echo(promotion_history(registry, version))


@models.command("promote")
@click.argument("version")
@click.option("--reason", default="manual promotion", help="Why, for the promotion log.")
def models_promote(version: str, reason: str) -> None:
    """Make VERSION the champion (verified first)."""
    try:
        open_registry().promote(version, reason)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"champion is now {version}")


@models.command("rollback")
@click.option("--reason", default="rollback", help="Why, for the promotion log.")
def models_rollback(reason: str) -> None:
    """Return to the previous champion."""
    try:
        version = open_registry().rollback(reason)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"champion is now {version}")


@models.command("repair")
@click.option("--force", is_flag=True, help="Rebuild even when registry.json reads fine.")
def models_repair(force: bool) -> None:
    """Rebuild registry.json from the version folders and the promotion log.

    Versions whose files match their manifest are listed again; the champion and rollback
    history are the promotion log's. The damaged file is kept as registry.json.damaged-<time>.

    \b
    Example:
        casecheck models repair
    """
    registry = open_registry()
    try:
        registry.index()
        if not force:
            click.echo(f"{registry.index_path} reads fine; nothing to repair (--force rebuilds it anyway)")
            return
    except RegistryUnreadableError:
        pass
    index = registry.repair()
    click.echo(f"rebuilt {registry.index_path}: {len(index['versions'])} versions, champion "
               f"{index['champion'] or 'none'}")


def promotion_history(registry: Registry, version: str) -> str:
    """For ``models show``: whether ``version`` is champion, and its promotion log entries."""
    champion = registry.champion()
    lines = ["## Promotion log", "", f"Champion now: {champion or 'none'}"
             + (" (this version)" if champion == version else "")]
    events = [e for e in registry.promotions() if version in (e.get("version"), e.get("from"))]
    lines += [f"- {e['at']} {e['action']} {e.get('from') or '-'} -> {e['version']} by {e['who']}: {e['reason']}"
              for e in events] or ["- never promoted"]
    return "\n".join(lines)


def register(main: click.Group) -> None:
    """Add the model commands to the ``casecheck`` group."""
    main.add_command(train)
    main.add_command(evaluate)
    main.add_command(models)
