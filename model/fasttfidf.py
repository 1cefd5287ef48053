"""Fast TF-IDF scoring: a fitted word n-gram text classifier reduced to a dict and arrays.

Input: a fitted scikit-learn pipeline of a ``TfidfVectorizer`` (word n-grams, default
preprocessing, scikit-learn's or the role model's token pattern) and a linear classifier
(``SGDClassifier(loss="log_loss")`` or ``LogisticRegression``). Output: the same
probabilities, without scikit-learn's per-call validation and sparse matrices, which
dominate the cost of scoring one draft. Tokens are split on a byte table (the regex only
for text with non-ASCII word characters), looked up once, and n-grams are integer keys
over token ids. Other pipelines raise ``ValueError``; compiling also checks the result
against the pipeline on probe texts.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, islice, repeat

import numpy as np
from scipy.special import expit
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.pipeline import Pipeline
from sklearn.utils.validation import check_is_fitted

# Vectorizer options the compiled analysis reproduces only at these values.
_FIXED_OPTIONS = {"input": "content", "analyzer": "word", "preprocessor": None, "tokenizer": None,
                  "stop_words": None, "binary": False}


@dataclass(frozen=True)
class _Splitter:
    """A token pattern as a split: exact on text whose non-ASCII characters are all non-word."""

    table: bytes  # ASCII word characters, ``extra`` and NUL kept; any other byte becomes a space
    strip: str  # characters a token may contain but not start or end with
    min_len: int

    @classmethod
    def of(cls, extra: str, min_len: int) -> _Splitter:
        keep = {ord(c) for c in string.ascii_letters + string.digits + "_\0" + extra}
        return cls(bytes(b if b in keep else 32 for b in range(256)), extra, min_len)


# The token patterns compiled (tokens never hold a space, so an n-gram is its tokens):
# scikit-learn's default, and the role model's (``model.roles``).
_SPLITTERS = {r"(?u)\b\w\w+\b": _Splitter.of("", 2), r"(?u)\b\w[\w.']*\b": _Splitter.of(".'", 1)}
_MARK, _MARK_ID = "\0\0", -2  # the token between two texts, and its token id
_WORD = re.compile(r"\w")
_ASCII = bytes(range(128))


def _non_ascii(text: str) -> str:
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII).decode("utf-8", "surrogatepass")


@dataclass(frozen=True, eq=False)
class FastTfidfLinear:
    """``predict_proba`` of a TF-IDF + linear pipeline: n-gram counts, tf-idf rows, a linear link."""

    classes_: np.ndarray
    token_pattern: re.Pattern[str]
    splitter: _Splitter
    lowercase: bool
    ngram_range: tuple[int, int]
    token_ids: dict[str, int]  # each token of a vocabulary n-gram -> token id; _MARK -> _MARK_ID
    unigrams: np.ndarray  # token id -> feature, or -1; two trailing -1 for token ids -1 and -2
    ngrams: tuple[tuple[np.ndarray, np.ndarray], ...]  # n = 2..max: sorted token-id keys, features
    sublinear_tf: bool
    idf: np.ndarray  # (features,); ones without idf
    norm: str | None  # "l2", "l1" or None
    weights: np.ndarray  # (features, outputs): coef_.T, rows gathered per call
    intercept: np.ndarray  # (outputs,)
    link: str  # "ovr": normalised one-vs-rest sigmoids; "softmax": multinomial

    def tokens(self, texts: Sequence[str]) -> list[str]:
        """The vectorizer's tokens of all texts in one list, texts separated by ``_MARK``."""
        joined = f" {_MARK} ".join(texts)
        joined = joined.lower() if self.lowercase else joined
        sp = self.splitter
        if joined.count("\0") == 2 * (len(texts) - 1) and (
                joined.isascii() or not _WORD.search(_non_ascii(joined))):
            words = joined.encode("ascii", "replace").translate(sp.table).decode("ascii").split()
            if sp.strip:
                words = list(filter(None, map(str.strip, words, repeat(sp.strip))))
            return [w for w in words if len(w) >= sp.min_len] if sp.min_len > 1 else words
        words = []
        for i, text in enumerate(texts):
            words += [_MARK] if i else []
            words += self.token_pattern.findall(text.lower() if self.lowercase else text)
        return words

    def features(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(text index, feature) of each occurrence of a vocabulary n-gram in ``texts``."""
        words = self.tokens(texts)
        ids = np.fromiter(map(self.token_ids.get, words, repeat(-1)), dtype=np.intp, count=len(words))
        doc = np.cumsum(ids == _MARK_ID)
        min_n, max_n = self.ngram_range
        features, rows = ([self.unigrams[ids]], [doc]) if min_n == 1 else ([], [])
        base = len(self.unigrams) - 2
        for n in range(max(min_n, 2), min(max_n, len(words)) + 1):
            m = len(words) - n + 1
            key, ok = ids[:m].copy(), ids[:m] >= 0
            for j in range(1, n):
                key = key * base + ids[j : j + m]
                ok &= ids[j : j + m] >= 0
            keys, found = self.ngrams[n - 2]
            at = np.searchsorted(keys, key)  # keys end with a sentinel above every key
            features.append(np.where(ok & (keys[at] == key), found[at], -1))
            rows.append(doc[:m])
        feature = np.concatenate(features) if features else np.zeros(0, dtype=np.intp)
        known = feature >= 0
        return np.concatenate(rows)[known] if rows else feature, feature[known]

    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        """Linear scores, shape (len(texts), outputs): one output column for a binary model."""
        if isinstance(texts, str):
            raise ValueError("expected a sequence of texts, got a single string")
        n_docs, n_features = len(texts), len(self.idf)
        scores = np.tile(self.intercept, (n_docs, 1))
        doc, feature = self.features(texts)
        if not len(feature):
            return scores
        # Counts per (text, feature), sorted by text: the rows of the vectorizer's CSR matrix.
        keys, counts = np.unique(doc * n_features + feature, return_counts=True)
        row, col = np.divmod(keys, n_features)
        values = np.log(counts) + 1.0 if self.sublinear_tf else counts.astype(np.float64)
        values *= self.idf[col]
        if self.norm == "l2":
            values /= np.sqrt(np.bincount(row, values * values, minlength=n_docs))[row]
        elif self.norm == "l1":
            values /= np.bincount(row, values, minlength=n_docs)[row]
        starts = np.flatnonzero(np.concatenate(([True], row[1:] != row[:-1])))
        scores[row[starts]] += np.add.reduceat(self.weights[col] * values[:, None], starts)
        return scores

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities, shape (len(texts), len(classes_)), as the pipeline's ``predict_proba``."""
        scores = self.decision_function(texts)
        if self.link == "softmax":
            scores -= scores.max(axis=1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=1, keepdims=True)
            return scores
        prob: np.ndarray = expit(scores)
        if prob.shape[1] == 1:
            return np.hstack([1.0 - prob, prob])
        total = prob.sum(axis=1)
        zero = total == 0  # every sigmoid underflowed: uniform, as scikit-learn does
        prob[zero], total[zero] = 1.0, prob.shape[1]
        prob /= total[:, None]
        return prob


def compile_tfidf_linear(pipeline: Pipeline) -> FastTfidfLinear:
    """Reduce a fitted (``TfidfVectorizer``, linear classifier) pipeline; ``ValueError`` otherwise."""
    if type(pipeline) is not Pipeline or len(pipeline.steps) != 2:
        raise ValueError("only a two-step Pipeline (TfidfVectorizer, linear classifier) can be compiled")
    vec, clf = (step for _, step in pipeline.steps)
    if type(vec) is not TfidfVectorizer:
        raise ValueError(f"the first step must be a TfidfVectorizer, not {type(vec).__name__}")
    bad = [f"{k}={getattr(vec, k)!r}" for k, v in _FIXED_OPTIONS.items()
           if (getattr(vec, k) is not None if v is None else getattr(vec, k) != v)]
    bad += [f"strip_accents={vec.strip_accents!r}"] if vec.strip_accents else []
    if vec.token_pattern not in _SPLITTERS:
        bad.append(f"token_pattern={vec.token_pattern!r} (supported: {' and '.join(_SPLITTERS)})")
    bad += [f"norm={vec.norm!r}"] if vec.norm not in ("l2", "l1", None) else []
    bad += [f"dtype={vec.dtype!r}"] if np.dtype(vec.dtype) != np.float64 else []
    min_n, max_n = vec.ngram_range
    bad += [f"ngram_range={vec.ngram_range!r}"] if not 1 <= min_n <= max_n else []
    if bad:
        raise ValueError(f"cannot compile a TfidfVectorizer with {', '.join(bad)}")
    check_is_fitted(vec, "vocabulary_")  # NotFittedError is a ValueError
    check_is_fitted(clf)
    if type(clf) is SGDClassifier:
        if clf.loss != "log_loss":
            raise ValueError(f"cannot compile an SGDClassifier with loss={clf.loss!r} (only log_loss)")
        link = "ovr"
    elif type(clf) is LogisticRegression:
        # scikit-learn < 1.8 still had multi_class: "ovr" (or liblinear) means normalised sigmoids.
        multi = getattr(clf, "multi_class", "deprecated")
        if len(clf.classes_) <= 2 and multi == "multinomial":
            raise ValueError("cannot compile a binary LogisticRegression with multi_class='multinomial'")
        ovr = multi == "ovr" or (multi in ("auto", "deprecated") and clf.solver == "liblinear")
        link = "ovr" if ovr or len(clf.classes_) <= 2 else "softmax"
    else:
        raise ValueError(f"the second step must be an SGDClassifier or LogisticRegression, not {type(clf).__name__}")
    n_features = len(vec.vocabulary_)
    if clf.coef_.shape[1] != n_features:
        raise ValueError("the classifier's coefficients do not match the vectorizer's vocabulary")
    # A term is its tokens joined by spaces; its n-gram key is its token ids in base len(tokens).
    parts = [term.split(" ") for term in vec.vocabulary_]
    token_ids = {t: i for i, t in enumerate(dict.fromkeys(chain.from_iterable(parts)))}
    base = len(token_ids)
    if base**max_n >= 2**62:
        raise ValueError(f"too many tokens ({base}) for {max_n}-gram keys")
    length = np.fromiter(map(len, parts), dtype=np.intp, count=len(parts))
    flat = np.fromiter(map(token_ids.__getitem__, chain.from_iterable(parts)), dtype=np.intp, count=length.sum())
    first = np.cumsum(length) - length
    feature = np.fromiter(vec.vocabulary_.values(), dtype=np.intp, count=len(parts))
    unigrams = np.full(base + 2, -1, dtype=np.intp)
    if min_n == 1:
        unigrams[flat[first[length == 1]]] = feature[length == 1]
    ngrams = []
    for n in range(2, max_n + 1):
        of_n = (length == n) & (n >= min_n)  # terms of other lengths: a given vocabulary's, never produced
        key = np.zeros(of_n.sum(), dtype=np.int64)
        for j in range(n):
            key = key * base + flat[first[of_n] + j]
        order = np.argsort(key)
        ngrams.append((np.append(key[order], 2**63 - 1), np.append(feature[of_n][order], -1)))
    token_ids[_MARK] = _MARK_ID
    fast = FastTfidfLinear(
        classes_=clf.classes_.copy(), token_pattern=re.compile(vec.token_pattern),
        splitter=_SPLITTERS[vec.token_pattern], lowercase=bool(vec.lowercase), ngram_range=(int(min_n), int(max_n)),
        token_ids=token_ids, unigrams=unigrams, ngrams=tuple(ngrams), sublinear_tf=bool(vec.sublinear_tf),
        idf=vec.idf_.astype(np.float64) if vec.use_idf else np.ones(n_features), norm=vec.norm,
        weights=np.ascontiguousarray(clf.coef_.T, dtype=np.float64),
        intercept=np.asarray(clf.intercept_, dtype=np.float64).ravel().copy(), link=link,
    )
    _verify(fast, pipeline, " ".join(islice(vec.vocabulary_, 60)))
    return fast


def _verify(fast: FastTfidfLinear, pipeline: Pipeline, words: str) -> None:
    """Compare with the pipeline on probes of its own vocabulary: split, then regex, tokens."""
    for probe in ([words, words.title() + " ?", ""], [f"Café {words}."]):
        if not np.allclose(fast.predict_proba(probe), pipeline.predict_proba(probe), rtol=0.0, atol=1e-9):
            raise ValueError("the compiled model disagrees with its pipeline: is this scikit-learn supported?")
