"""Choosing a concern's threshold on the validation share: the best F1, and what counts as a tie."""

from __future__ import annotations

import numpy as np
import pytest

from training.config import load_config
from training.train import best_threshold


def validation(extra: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
    """Forty positives at 0.8-0.95 and forty negatives at 0.05-0.2 (separated anywhere from 0.2 to 0.8),
    plus ``extra`` (label, probability) drafts."""
    y = [1] * 40 + [0] * 40 + [label for label, _ in extra]
    p = list(np.linspace(0.8, 0.95, 40)) + list(np.linspace(0.05, 0.2, 40)) + [prob for _, prob in extra]
    return np.array(y), np.array(p)


def test_without_ties_one_draft_moves_the_threshold_off_the_plateau() -> None:
    y, p = validation([(0, 0.69)])  # one negative the model nearly flagged
    threshold, f1 = best_threshold(y, p)
    assert threshold == 0.7
    assert f1 == pytest.approx(1.0)


def test_a_plateau_one_draft_behind_the_best_ties_and_the_cut_nearest_half_wins() -> None:
    y, p = validation([(0, 0.69)])
    threshold, f1 = best_threshold(y, p, tie_drafts=1)
    assert threshold == 0.5
    assert f1 == pytest.approx(80 / 81)  # the F1 at the chosen threshold: that draft is flagged


def test_two_drafts_are_not_a_tie_at_one_draft() -> None:
    y, p = validation([(0, 0.66), (0, 0.69)])
    assert best_threshold(y, p)[0] == 0.7
    assert best_threshold(y, p, tie_drafts=1)[0] == 0.675  # one draft behind 0.7, not two
    assert best_threshold(y, p, tie_drafts=2)[0] == 0.5


def test_the_default_config_counts_one_draft_as_a_tie() -> None:
    assert load_config().threshold_tie_drafts == 1
