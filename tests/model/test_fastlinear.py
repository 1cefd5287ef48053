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
