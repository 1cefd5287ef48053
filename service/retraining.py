"""The label loop as the CLI and the admin routes run it: store, seed corpus and retrain from settings."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from joblib import parallel_config

from model import Registry, RuleSet
from model.processes import exit_with_parent
from service.settings import Settings
from training.config import load_config
from training.dataset import Record, default_corpus, load_records
from training.retrain import RetrainResult, default_cache_dir, retrain
from training.store import LabelStore


def open_store(settings: Settings) -> LabelStore:
    """The label store: ``CASECHECK_DATABASE_URL``, else ``<home>/labels.db`` (created and migrated)."""
    return LabelStore.open(settings.home, settings.database_url)


def rules_of(settings: Settings) -> RuleSet:
    return RuleSet.load(extra=settings.rules_files, ignore=settings.ignore_terms)


def seed_paths(settings: Settings, files: Sequence[Path] = ()) -> list[Path]:
    """The seed corpus files: ``files`` if given, else ``CASECHECK_SEED_FILES``, else ``data/corpus``.

    Raises ``training.dataset.DatasetError`` saying where to get the corpus when there is none.
    """
    return list(files) or list(settings.seed_files) or default_corpus()


def seed_records(settings: Settings, files: Sequence[Path] = (), no_seed: bool = False) -> list[Record]:
    """The seed corpus records (see ``seed_paths``); none with ``no_seed``.

    Raises ``training.dataset.DatasetError`` naming the file and line of a bad record.
    """
    return [] if no_seed else load_records(seed_paths(settings, files))


def run_retrain(settings: Settings, *, force_reason: str | None = None, who: str | None = None,
                config: Path | None = None, seed: Sequence[Record] | None = None,
                progress: Callable[[str], None] | None = None) -> RetrainResult:
    """Retrain from the store and the seed corpus; promote when the comparison allows it.

    Training's helper processes exit if this process dies (also when it runs in a server's thread).
    """
    config_path = config or settings.training_config
    with parallel_config(backend="loky", initializer=exit_with_parent, initargs=(os.getpid(),)):
        return retrain(
            open_store(settings),
            Registry(settings.registry_dir),
            seed_records(settings) if seed is None else seed,
            config=load_config(config_path) if config_path else None,
            rules=rules_of(settings),
            force_reason=force_reason,
            who=who,
            cache_dir=default_cache_dir(settings.home),
            max_seed_moved=settings.max_seed_moved,
            store_weight=settings.store_weight,
            progress=progress,
        )
