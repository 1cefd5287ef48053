"""The compiled signals model (``model.fastlinear``) gives the fitted pipeline's probabilities.

Real ``signals_logreg.v1`` pipelines, calibrated over folds and not, fitted here on numeric
features with a doc-type column; no mocks.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.multioutput import MultiOutputClassifier
from sklearn.pipeline import Pipeline

from model.fastlinear import compile_linear
from model.pipeline import make_signals_logreg, positive_proba

COLUMNS = [f"f{i}" for i in range(7)]
TYPES = ["pre_charge_review", "post_charge_review"]


def frame(rng: np.random.Generator, n: int) -> pd.DataFrame:
    data = pd.DataFrame(rng.normal(size=(n, len(COLUMNS))) * rng.uniform(0.5, 9, len(COLUMNS)), columns=COLUMNS)
    data.insert(0, "doc_type", rng.choice(TYPES, n))
    return data


@pytest.mark.parametrize("calibrate", [True, False])
def test_compiled_probabilities_match_the_pipeline(calibrate: bool) -> None:
    rng = np.random.default_rng(3)
    train = frame(rng, 240)
    x = train[COLUMNS].to_numpy()
    labels = np.column_stack([x[:, 0] + x[:, 1] > 0, x[:, 2] > 1, (x[:, 3] > 0) & (train.doc_type == TYPES[0])])
    pipeline: Pipeline = make_signals_logreg(COLUMNS, calibrate=calibrate).fit(train, labels.astype(int))
    fast = compile_linear(pipeline)

    test = frame(rng, 50)
    test.loc[0, "doc_type"] = "vcl_letter"  # a type the one-hot encoder never saw: all zeros
    want = positive_proba(pipeline, test)
    got = fast.predict_proba(test[COLUMNS].to_numpy(), list(test.doc_type))
    assert got.shape == want.shape == (50, 3)
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-9)
    one = fast.predict_proba(test[COLUMNS].to_numpy()[:1], [test.doc_type[0]])  # one row, as scoring calls it
    np.testing.assert_allclose(one, want[:1], rtol=0, atol=1e-9)
    assert isinstance(pipeline.named_steps["classify"], MultiOutputClassifier)


def test_a_column_for_one_concern_is_seen_by_that_concern_alone() -> None:
    from model.pipeline import make_signals_logreg_v2

    rng = np.random.default_rng(5)
    train = frame(rng, 300)
    x = train[COLUMNS].to_numpy()
    # f6 decides the second concern; the first concern's labels are noise on f6 that it could fit
    labels = np.column_stack([x[:, 0] + 0.3 * x[:, 6] > 0, x[:, 6] > 0]).astype(int)
    only = train.rename(columns={"f6": "only:second:f6"})
    columns = [*COLUMNS[:6], "only:second:f6"]
    v2 = make_signals_logreg_v2(columns, calibrate=False).fit(only, labels, classify__outputs=["first", "second"])
    first, second = v2.named_steps["classify"].estimators_
    assert first.coef_[0, 6] == 0.0 and abs(second.coef_[0, 6]) > 1.0
    # the first concern fits as if the column were not there: v1 without it
    v1 = make_signals_logreg(COLUMNS[:6], calibrate=False).fit(train.drop(columns="f6"), labels)
    test = frame(rng, 40)
    want = positive_proba(v1, test.drop(columns="f6"))[:, 0]
    got = positive_proba(v2, test.rename(columns={"f6": "only:second:f6"}))
    np.testing.assert_allclose(got[:, 0], want, rtol=0, atol=1e-6)
    # and the compiled model gives the pipeline's probabilities
    fast = compile_linear(v2).predict_proba(test[COLUMNS].to_numpy(), list(test.doc_type))
    np.testing.assert_allclose(fast, got, rtol=0, atol=1e-9)
    # without the concerns' names every "only:" column is hidden from all
    blind = make_signals_logreg_v2(columns, calibrate=False).fit(only, labels)
    assert all(e.coef_[0, 6] == 0.0 for e in blind.named_steps["classify"].estimators_)
