# ruff: noqa: RUF001
"""Compiled TF-IDF + linear models give scikit-learn's probabilities, on real corpus text.

Small real models fitted here: the doc-type pipeline of ``model.pipeline`` and the sentence
role model of ``model.roles`` (on sentences labelled by the generator's parts). No mocks.
"""

from __future__ import annotations

import json
import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from model.fasttfidf import FastTfidfLinear, compile_tfidf_linear
from model.pipeline import make_doctype_pipeline
from model.roles import SentenceRoleModel, role_of_sentences
from model.text import sentence_spans
from training.dataset import CORPUS_DIR

ROLE_PATTERN = r"(?u)\b\w[\w.']*\b"
UNICODE = [
    "Café crème: the naïve défendant’s “statement” – see § 3.2.",
    "İstanbul STRASSE straße ǅ ½ ² ١٢ 𝐀𝐁 😀 e\u0301 l'été",
    "no\u00a0break\u2028line\x1cseparator\ttab\r\nend",
    "nul\0inside the text, and   spaces",
]
NO_KNOWN_TOKENS = ["", "   \n\t", "!!! ??? ... ---", "zzqxv qqzzy wvvxq", "qq.zz' 'xq..vv"]


def corpus(name: str) -> list[dict]:
    lines = (CORPUS_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    """Every 12th draft of each corpus file: ~325 texts of the three doc types."""
    names = ("generated_letters", "generated_reviews", "handwritten_letters", "handwritten_reviews")
    return [d for name in names for d in corpus(name)[::12]]


@pytest.fixture(scope="module")
def doctype(documents: list[dict]) -> Pipeline:
    train = documents[::2]
    return make_doctype_pipeline().fit([d["text"] for d in train], [d["doc_type"] for d in train])


@pytest.fixture(scope="module")
def sentences(documents: list[dict]) -> tuple[list[str], list[str]]:
    """Sentences of the generated drafts with the role of the generator's part covering them."""
    texts, roles = [], []
    for d in documents:
        spans = sentence_spans(d["text"])
        for (s, e), role in zip(spans, role_of_sentences(spans, d.get("parts") or []), strict=True):
            if role is not None:
                texts.append(d["text"][s:e])
                roles.append(role)
    return texts, roles


@pytest.fixture(scope="module")
def roles(sentences: tuple[list[str], list[str]]) -> SentenceRoleModel:
    texts, labels = sentences
    return SentenceRoleModel(min_df=1).fit(texts[::2], labels[::2])


def assert_same(fast: FastTfidfLinear, pipeline: Pipeline, texts: list[str]) -> None:
    got, want = fast.predict_proba(texts), pipeline.predict_proba(texts)
    assert got.shape == want.shape == (len(texts), len(pipeline.classes_))
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-9)


def test_doctype_probabilities_equal_sklearn(documents: list[dict], doctype: Pipeline) -> None:
    fast = compile_tfidf_linear(doctype)
    assert fast.link == "softmax" and list(fast.classes_) == list(doctype.classes_)
    texts = [d["text"] for d in documents]
    assert_same(fast, doctype, texts)
    assert_same(fast, doctype, texts[1:2])  # one draft per call, as the scorer asks


def test_role_probabilities_equal_sklearn(sentences: tuple[list[str], list[str]], roles: SentenceRoleModel) -> None:
    texts, labels = sentences
    assert len(set(labels)) > 5 and len(texts) > 2000
    fast = compile_tfidf_linear(roles.pipeline_)
    assert fast.link == "ovr" and list(fast.classes_) == list(roles.classes_)
    assert_same(fast, roles.pipeline_, texts)
    np.testing.assert_allclose(roles.predict_proba(texts[1::2]), roles.pipeline_.predict_proba(texts[1::2]),
                               rtol=0, atol=1e-9)


@pytest.mark.parametrize("kind", ["sgd", "logreg"])
def test_binary_models_equal_sklearn(documents: list[dict], kind: str) -> None:
    texts = [d["text"] for d in documents]
    letters = [d["doc_type"] == "vcl_letter" for d in documents]
    clf = SGDClassifier(loss="log_loss", random_state=0) if kind == "sgd" else LogisticRegression(max_iter=500)
    pipeline = make_pipeline(TfidfVectorizer(ngram_range=(1, 3), min_df=2, token_pattern=ROLE_PATTERN), clf)
    pipeline.fit(texts[::4], letters[::4])
    fast = compile_tfidf_linear(pipeline)
    assert fast.link == "ovr" and fast.weights.shape[1] == 1
    assert_same(fast, pipeline, texts + UNICODE + NO_KNOWN_TOKENS)


@pytest.mark.parametrize("options", [
    {"lowercase": False, "sublinear_tf": False, "norm": "l1"},
    {"use_idf": False, "norm": None, "ngram_range": (2, 3)},
    {"smooth_idf": False, "ngram_range": (1, 1), "max_features": 500},
])
def test_other_vectorizer_settings_equal_sklearn(documents: list[dict], options: dict) -> None:
    texts = [d["text"] for d in documents]
    pipeline = make_pipeline(TfidfVectorizer(**options), SGDClassifier(loss="log_loss", random_state=0))
    pipeline.fit(texts[::2], [d["doc_type"] for d in documents[::2]])
    assert_same(compile_tfidf_linear(pipeline), pipeline, texts[1::2] + UNICODE + NO_KNOWN_TOKENS)


def test_texts_without_known_tokens_score_the_intercept(doctype: Pipeline, roles: SentenceRoleModel) -> None:
    for pipeline in (doctype, roles.pipeline_):
        fast = compile_tfidf_linear(pipeline)
        assert_same(fast, pipeline, NO_KNOWN_TOKENS)
        assert np.all(fast.decision_function(NO_KNOWN_TOKENS) == fast.intercept)


def test_empty_input(doctype: Pipeline, roles: SentenceRoleModel) -> None:
    fast = compile_tfidf_linear(doctype)
    assert fast.predict_proba([]).shape == (0, len(doctype.classes_))
    assert compile_tfidf_linear(roles.pipeline_).predict_proba([]).shape == (0, len(roles.classes_))
    assert roles.predict_proba([]).shape == (0, len(roles.classes_))
    with pytest.raises(ValueError, match="single string"):
        fast.predict_proba("one draft, not a list")


def test_unicode_text_equals_sklearn(documents: list[dict], doctype: Pipeline, roles: SentenceRoleModel) -> None:
    # Non-ASCII word characters (é, İ, ß) take the regex path; dashes and curly quotes the split.
    mixed = [d["text"] for d in documents[:20]] + UNICODE
    for pipeline in (doctype, roles.pipeline_):
        fast = compile_tfidf_linear(pipeline)
        assert_same(fast, pipeline, mixed)
        for text in mixed:
            assert_same(fast, pipeline, [text])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*"ab Zz09_.'’–-é\n\0ß", "the ", "court ", "decision "]), max_size=30)
                .map("".join), min_size=1, max_size=4))
def test_arbitrary_text_equals_sklearn(texts: list[str]) -> None:
    assert_same(FAST_PROBE, PROBE, texts)


PROBE = make_pipeline(
    TfidfVectorizer(ngram_range=(1, 2), token_pattern=ROLE_PATTERN),
    SGDClassifier(loss="log_loss", random_state=0),
).fit(["the court decision.", "a b", "z.z the court", "é ß ab", "09 court's", "__ decision"], list("xyzxyz"))
FAST_PROBE = compile_tfidf_linear(PROBE)


def test_pickles_never_hold_the_compiled_model(roles: SentenceRoleModel) -> None:
    fresh = pickle.loads(pickle.dumps(roles))
    before = pickle.dumps(fresh)
    proba = fresh.predict_proba(["The decision is to charge.", "I am sorry."])
    assert "_fast" in vars(fresh)
    assert pickle.dumps(fresh) == before
    assert "_fast" not in vars(pickle.loads(before))
    np.testing.assert_array_equal(pickle.loads(before).predict_proba(["The decision is to charge.", "I am sorry."]),
                                  proba)


def test_refit_drops_the_compiled_model(sentences: tuple[list[str], list[str]]) -> None:
    texts, labels = sentences
    model = SentenceRoleModel(min_df=1).fit(texts[:600], labels[:600])
    model.predict_proba(texts[:3])
    model.fit(texts[600:1200], labels[600:1200])
    np.testing.assert_allclose(model.predict_proba(texts[:50]), model.pipeline_.predict_proba(texts[:50]),
                               rtol=0, atol=1e-9)


def fitted(vectorizer: object, clf: object | None = None) -> Pipeline:
    texts = ["the court decided", "the decision was made", "a letter to the victim", "victim letter sent"]
    return make_pipeline(vectorizer, clf or LogisticRegression()).fit(texts, ["a", "a", "b", "b"])


@pytest.mark.parametrize(("pipeline", "message"), [
    (lambda: fitted(TfidfVectorizer(analyzer=str.split)), "analyzer"),
    (lambda: fitted(TfidfVectorizer(analyzer="char_wb")), "analyzer"),
    (lambda: fitted(TfidfVectorizer(binary=True)), "binary"),
    (lambda: fitted(TfidfVectorizer(stop_words="english")), "stop_words"),
    (lambda: fitted(TfidfVectorizer(strip_accents="unicode")), "strip_accents"),
    (lambda: fitted(TfidfVectorizer(preprocessor=str.upper)), "preprocessor"),
    (lambda: fitted(TfidfVectorizer(tokenizer=str.split, token_pattern=None)), "tokenizer"),
    (lambda: fitted(TfidfVectorizer(token_pattern=r"\S+")), "token_pattern"),
    (lambda: fitted(TfidfVectorizer(dtype=np.float32)), "dtype"),
    (lambda: fitted(CountVectorizer()), "TfidfVectorizer"),
    (lambda: fitted(TfidfVectorizer(), SGDClassifier(loss="hinge")), "loss='hinge'"),
    (lambda: fitted(TfidfVectorizer(), SGDClassifier(loss="modified_huber")), "log_loss"),
    (lambda: make_pipeline(TfidfVectorizer(), FunctionTransformer(), LogisticRegression()), "two-step"),
    (lambda: make_pipeline(TfidfVectorizer(), LogisticRegression()), "not fitted"),
])
def test_uncompilable_pipelines_raise(pipeline, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        compile_tfidf_linear(pipeline())


def test_doctype_v2_reads_the_one_letter_suspect_and_defendant_labels() -> None:
    from model.pipeline import make_doctype_pipeline_v2

    notes = [(f"{who}: Dale {name.upper()}. Assault at the {place}.", kind)
             for who, kind in (("S", "pre_charge_review"), ("D", "post_charge_review"))
             for name in ("Pendry", "Okafor", "Mistry", "Idowu") for place in ("pub", "station", "shop")]
    texts, kinds = [t for t, _ in notes], [k for _, k in notes]
    v1, v2 = make_doctype_pipeline().fit(texts, kinds), make_doctype_pipeline_v2().fit(texts, kinds)
    probes = ["S: Nia CARRICK. Assault at the bus stop.", "D: Nia CARRICK. Assault at the bus stop."]
    assert list(v2.predict(probes)) == ["pre_charge_review", "post_charge_review"]
    assert v1.predict_proba(probes)[0] == pytest.approx(v1.predict_proba(probes)[1])  # v1 cannot see them
    assert_same(compile_tfidf_linear(v2), v2, probes + texts)


def test_lead_tokens_name_a_sentences_first_words_and_score_as_the_pipeline(
        sentences: tuple[list[str], list[str]]) -> None:
    texts, labels = sentences
    model = SentenceRoleModel(min_df=1, lead=2).fit(texts[::4], labels[::4])
    inputs = model._inputs(["Evidential: met - the CCTV shows it.", "PI"])
    assert inputs == ["lead_evidential lead_met Evidential: met - the CCTV shows it.", "lead_pi PI"]
    assert SentenceRoleModel()._inputs(["Evidential: met."]) == ["Evidential: met."]
    probe = texts[1::7]
    np.testing.assert_allclose(model.predict_proba(probe), model.pipeline_.predict_proba(model._inputs(probe)),
                               rtol=0, atol=1e-9)
