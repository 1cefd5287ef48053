"""The default model (trained on the whole seed corpus) and the independent drafts."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.registry import Registry
from model.scoring import Scorer
from tests.conftest import SHARED_DATA
from training.dataset import Record, default_corpus, load_records
from training.train import train_and_register


@pytest.fixture(scope="session")
def independent_drafts() -> list[Record]:
    files = sorted(SHARED_DATA.glob("*.jsonl"))
    if not files:
        pytest.skip(f"the independent drafts are not at {SHARED_DATA}")
    return load_records(files)


@pytest.fixture(scope="session")
def default_scorer(tmp_path_factory: pytest.TempPathFactory) -> Scorer:
    """What `make run` serves: a model trained on data/ only (never on the independent drafts)."""
    root: Path = tmp_path_factory.mktemp("default") / "models"
    registry = Registry(root)
    train_and_register(load_records(default_corpus()), registry)
    return Scorer.from_registry(registry)
