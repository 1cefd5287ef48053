"""The ``casecheck`` command: a thin layer over ``model``, ``training`` and ``service``.

Errors in what the user gave (files, rows, columns) exit with code 2 and name the place.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from model.errors import BundleError, ModelError, RegistryUnreadableError
from model.registry import Registry
from model.rules import RuleSet
from model.scoring import Scorer
from service import cli_batch, cli_labels
from service.settings import Settings, get_settings


class InputError(click.ClickException):
    """Bad input: exit code 2, like a usage error."""

    exit_code = 2


def _settings() -> Settings:
    return get_settings()


def _registry() -> Registry:
    return Registry(_settings().registry_dir)


def _rules(settings: Settings) -> RuleSet:
    return RuleSet.load(extra=settings.rules_files, ignore=settings.ignore_terms)


def load_scorer(version: str | None = None) -> Scorer:
    settings = _settings()
    try:
        return Scorer.from_registry(_registry(), version, rules=_rules(settings), max_chars=settings.max_text_chars)
    except BundleError as exc:
        raise click.ClickException(str(exc)) from None


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
    ctx.with_resource(private_tempdir(_settings().home))
    ctx.with_resource(parallel_config(backend="loky", initializer=exit_with_parent, initargs=(os.getpid(),)))


@main.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--config", type=click.Path(exists=True, path_type=Path), help="Training config (TOML).")
@click.option("--no-seed", is_flag=True, help="Train on FILES only, not the seed corpus in data/corpus.")
@click.option("--if-missing", is_flag=True, help="Do nothing when a model is already registered.")
def train(files: tuple[Path, ...], config: Path | None, no_seed: bool, if_missing: bool) -> None:
    """Train a model on the seed corpus (and FILES) and register it.

    The first model registered becomes the champion.

    \b
    Example:
        casecheck train
        casecheck train more-labels.jsonl
    """
    from training.config import load_config
    from training.dataset import DatasetError, default_corpus, load_records
    from training.train import train_and_register

    registry = _registry()
    if if_missing and registry.champion():
        click.echo(f"model {registry.champion()} is registered; nothing to do")
        return
    paths = ([] if no_seed else default_corpus()) + list(files)
    try:
        records = load_records(paths)
    except DatasetError as exc:
        raise InputError(str(exc)) from None
    version = train_and_register(records, registry, load_config(config), rules=_rules(_settings()))
    manifest = registry.manifest(version)
    click.echo(f"registered model {version} ({len(records)} drafts, {manifest['training']['seconds']} s)"
               f"{'; champion' if registry.champion() == version else ''}")


@main.command()
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


@main.group()
def models() -> None:
    """List, inspect, promote and roll back model versions."""


@models.command("list")
def models_list() -> None:
    """List registered versions; the champion is marked with *.

    \b
    Example:
        casecheck models list
    """
    registry = _registry()
    champion = registry.champion()
    for version in registry.versions():
        m = registry.manifest(version)
        click.echo(f"{'*' if version == champion else ' '} {version}  {m['created_at']}  "
                   f"{m['training']['records']} drafts")


@models.command("show")
@click.argument("version", required=False)
def models_show(version: str | None) -> None:
    """Print a version's model card (default: the champion)."""
    registry = _registry()
    version = version or registry.champion()
    if version is None:
        raise click.ClickException("no model is registered")
    try:
        registry.verify(version)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo((registry.root / version / "model_card.md").read_text(encoding="utf-8"))
    click.echo(cli_labels.promotion_history(registry, version))


@models.command("promote")
@click.argument("version")
@click.option("--reason", default="manual promotion", help="Why, for the promotion log.")
def models_promote(version: str, reason: str) -> None:
    """Make VERSION the champion (verified first)."""
    try:
        _registry().promote(version, reason)
    except ModelError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"champion is now {version}")


@models.command("rollback")
@click.option("--reason", default="rollback", help="Why, for the promotion log.")
def models_rollback(reason: str) -> None:
    """Return to the previous champion."""
    try:
        version = _registry().rollback(reason)
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
    registry = _registry()
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


@main.command()
@click.option("--host", help="Address to listen on (default from CASECHECK_HOST).")
@click.option("--port", type=int, help="Port (default from CASECHECK_PORT).")
@click.option("--workers", type=click.IntRange(min=1),
              help="Worker processes (default from CASECHECK_WORKERS; 0 there: one per CPU core).")
def serve(host: str | None, port: int | None, workers: int | None) -> None:
    """Serve the web form and API.

    Each worker process loads the champion model and picks up a new champion by itself
    (it checks the registry's pointer on every scoring request).

    \b
    Example:
        casecheck serve --port 8000
        casecheck serve --workers 1
    """
    import copy
    import shutil
    import tempfile

    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    settings = _settings()
    workers = workers or settings.worker_processes
    # casecheck's own loggers (request lines with ids, sizes and timings; errors) print beside uvicorn's.
    log_config = copy.deepcopy(LOGGING_CONFIG)
    log_config["loggers"]["casecheck"] = {"handlers": ["default"], "level": settings.log_level.upper(),
                                          "propagate": False}
    metrics_dir = None
    if workers > 1 and not os.environ.get(PROMETHEUS_MULTIPROC_DIR):
        # The workers' Prometheus counters go to files here, so that /metrics sums all workers. Set before
        # prometheus_client creates any metric (the app imports it): it picks its value class from it.
        metrics_dir = os.environ[PROMETHEUS_MULTIPROC_DIR] = tempfile.mkdtemp(prefix="casecheck-metrics-")
    if workers > 1:
        fork_workers()
    try:
        uvicorn.run("service.app:create_app", factory=True, host=host or settings.host,
                    port=port or settings.port, workers=workers, log_level=settings.log_level.lower(),
                    log_config=log_config, access_log=False, **server_limits(settings))
    finally:
        if metrics_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)
            del os.environ[PROMETHEUS_MULTIPROC_DIR]


PROMETHEUS_MULTIPROC_DIR = "PROMETHEUS_MULTIPROC_DIR"  # service.metrics.MULTIPROCESS_DIR


def server_limits(settings: Settings) -> dict[str, object]:
    """uvicorn's bounds: read deadlines (our protocol), the keep-alive timeout, a connection cap, a header cap."""
    import importlib.util

    limits: dict[str, object] = {"timeout_keep_alive": settings.keep_alive_timeout,
                                 "limit_concurrency": settings.max_connections,
                                 "h11_max_incomplete_event_size": 64 * 1024}
    if importlib.util.find_spec("httptools") is not None:
        limits["http"] = "service.server:DeadlineHttpToolsProtocol"  # read deadlines from these settings
    return limits


def fork_workers() -> None:
    """Have uvicorn fork its worker processes from this one, with the app's modules imported here once.

    uvicorn starts workers with multiprocessing's "spawn": each imports the app anew (2-3 s of imports:
    scikit-learn, spaCy, FastAPI), all at once on the same cores, which doubles the cold start on two
    cores. Forked workers start with the imports done (sharing their memory until written) and only
    build the app and load the model, in parallel. On other systems than Linux, or if uvicorn's
    internals change, uvicorn keeps spawning.
    """
    import gc
    import multiprocessing

    if not sys.platform.startswith("linux"):
        return

    from uvicorn import _subprocess

    import service.app  # noqa: F401  the imports every worker inherits

    gc.freeze()  # the collector in a worker then never writes to (and so copies) the pages it shares
    if isinstance(getattr(_subprocess, "spawn", None), multiprocessing.context.SpawnContext):
        _subprocess.spawn = multiprocessing.get_context("fork")  # type: ignore[assignment]


cli_batch.register(main)
cli_labels.register(main)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
