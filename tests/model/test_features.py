"""Occlusion rows: leaving a sentence out by subtraction equals computing the shorter draft afresh."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.evidence import _rules_by_sentence
from model.features import BODY_SETS, draft_features, feature_names, feature_rows, letter_body
from model.roles import role_feature_names
from model.rules import RuleSet, hit_counts
from model.signals import Draft, analyse, load_signals
from training.dataset import CORPUS_DIR


def corpus_drafts(step: int) -> list[str]:
    texts = []
    for path in sorted(CORPUS_DIR.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    return texts[::step]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(("with_roles", "feature_set"),
                         [(False, 1), (True, 1), (True, 2), (True, 3), (True, 4), (True, 5), (True, 6), (True, 7),
                          (True, 8), (True, 9)])
def test_rows_without_each_sentence_equal_the_shorter_drafts(rules: RuleSet, with_roles: bool,
                                                             feature_set: int) -> None:
    patterns = load_signals()
    names = patterns.names
    rng = np.random.default_rng(0)
    checked = 0
    # Case-specificity (sets 2, 4, 5) counts words shared with the other sentences, and a stage block
    # (set 5) reads the sentences around a stage: occlusion keeps each sentence's own value, an
    # approximation, so those columns are left out of the comparison; so is whether the Code test is
    # reasoned anywhere (set 8), which occlusion keeps at the whole draft's value.
    approximate = [i for i, c in enumerate(feature_names(names, (), feature_set))
                   if c.startswith(("specific:", "block:", "only:"))]
    for text in corpus_drafts(40):
        draft = analyse(text, patterns)
        hits = rules.find(text, draft.spans)
        roles = rng.dirichlet(np.ones(5), size=len(draft.sentences)) if with_roles else None
        drop = list(range(len(draft.sentences)))
        rows = feature_rows(draft, names, hit_counts(hits), roles, drop, _rules_by_sentence(draft, hits),
                            feature_set=feature_set)
        assert np.allclose(rows[0], draft_features(draft, names, hit_counts(hits), roles, feature_set=feature_set))
        for n in drop:
            s = draft.sentences[n]
            rest = Draft(text, draft.sentences[:n] + draft.sentences[n + 1 :])
            left = hit_counts(h for h in hits if not s.start <= h.start < s.end)
            expected = draft_features(rest, names, left, None if roles is None else np.delete(roles, n, axis=0),
                                      feature_set=feature_set)
            same = np.ones(len(expected), dtype=bool)
            same[approximate] = False
            if feature_set in BODY_SETS and not np.array_equal(letter_body(rest.sentences),
                                                               np.delete(letter_body(draft.sentences), n)):
                # set 6: leaving out a salutation or valediction moves the letter's body; occlusion keeps
                # the full draft's body, so the role columns are approximate for that sentence
                same[-len(role_feature_names([str(i) for i in range(5)])):] = False
            assert np.allclose(rows[n + 1][same], expected[same]), (text[:40], n)
            checked += 1
    assert checked > 1000


def test_a_one_sentence_draft_without_its_sentence_is_empty(rules: RuleSet) -> None:
    draft = analyse("I have decided to stop the case.")
    rows = feature_rows(draft, load_signals().names, {}, np.array([[0.2, 0.8]]), [0], np.zeros((1, 3)))
    assert np.allclose(rows[1], draft_features(Draft(draft.text, ()), load_signals().names, {}, np.zeros((0, 2))))


def test_a_stage_that_cites_this_case_is_specific_and_a_formula_is_not() -> None:
    from model.features import specificity

    facts = "Summary: Dale Pendry punched Nia Okafor outside the Red Lion; the pub CCTV shows it.\n"
    reasoned = analyse(facts + "Evidential: met - the Red Lion CCTV shows Pendry punching Okafor.\nPI: met.")
    assert specificity(reasoned.sentences)[1] >= 2
    assert specificity(reasoned.sentences)[-1] == 0
    bare = analyse(facts + "Evidential stage: met, there is a realistic prospect of conviction.\nPI: met.")
    assert specificity(bare.sentences)[1] == 0


def test_feature_set_2_adds_the_specific_parts_and_counts_the_reasoned_stage() -> None:
    from model.features import SPECIFIC_PARTS, feature_names

    names = load_signals().names
    facts = "Summary: Dale Pendry punched Nia Okafor outside the Red Lion; the pub CCTV shows it.\n"
    reasoned = analyse(facts + "Evidential: met - the Red Lion CCTV shows Pendry punching Okafor.")
    bare = analyse(facts + "Evidential: met, realistic prospect of conviction.")
    columns = feature_names(names, (), 2)
    assert len(columns) == len(feature_names(names, (), 1)) + 2 * len(SPECIFIC_PARTS)
    at = columns.index("specific:code:signal")
    assert draft_features(reasoned, names, {}, feature_set=2)[at] > 0
    assert draft_features(bare, names, {}, feature_set=2)[at] == 0
    assert len(draft_features(bare, names, {}, feature_set=2)) == len(columns)


def test_feature_sets_3_and_4_leave_out_what_their_kind_should_not_learn_from() -> None:
    names = load_signals().names
    classes = ["code_bare", "victim_needs"]
    base, specific = feature_names(names, classes, 1), feature_names(names, classes, 2)
    letters, reviews = feature_names(names, classes, 3), feature_names(names, classes, 4)
    assert set(base) - set(letters) == {"rule:unexplained_jargon"}
    dropped = set(specific) - set(reviews)
    assert {"any:vrr_when", "count:empathy", "words:meeting_offer", "vrr:complete", "meeting:required",
            "rule:template_residue"} <= dropped
    assert not {c for c in dropped if c.startswith(("specific:", "role_", "code:", "victim:"))}
    draft = analyse("Evidential: met - the CCTV shows it. You can ask for a review within 5 working days.")
    roles = np.array([[0.3, 0.7], [0.9, 0.1]])
    for feature_set, columns in ((3, letters), (4, reviews)):
        row = draft_features(draft, names, {"unexplained_jargon": 2}, roles, classes, feature_set)
        assert len(row) == len(columns)
        assert row[columns.index("role_max:code_bare")] == pytest.approx(0.9)


def test_a_stage_label_counts_as_reasoned_when_its_reasons_follow_or_it_closes_the_analysis() -> None:
    from model.features import stage_blocks

    draft = analyse(
        "ANALYSIS\n"
        "- The print is on the inside of the broken panel, so it is hard to explain innocently because "
        "the owners never met him.\n"
        "- RPC: yes.\n"
        "Evidential stage: met. Her account is consistent across the 999 call and her statement, and the "
        "bruising fits a grip.\n"
        "Public interest: met. At her home at night, weeks after she left him, with force to the neck.\n"
    )
    evidential, public = stage_blocks(draft.sentences)
    texts = [s.text for s in draft.sentences]
    assert evidential[texts.index("- RPC: yes.")]
    assert evidential[texts.index("Evidential stage: met.")]
    assert public[texts.index("Public interest: met.")]


def test_bare_stages_next_to_other_parts_are_not_reasoned() -> None:
    from model.features import stage_blocks

    draft = analyse(
        "Summary: Dale Pendry punched Nia Okafor outside the Red Lion at 11 pm.\n"
        "Evidential: met.\n"
        "PI: met.\n"
        "Disclosure: the CCTV from the Red Lion is on the MG6C and does not undermine.\n"
        "The officer should obtain the 999 call and the door staff statements within 14 days.\n"
    )
    evidential, public = stage_blocks(draft.sentences)
    assert not any(evidential) and not any(public)
    names = load_signals().names
    columns = feature_names(names, (), 5)
    assert columns[-3:] == ["block:evidential", "block:pi", "block:bare_only"]
    assert len(columns) == len(feature_names(names, (), 4)) + 3


def test_the_body_of_a_letter_runs_from_the_salutation_to_the_valediction() -> None:
    from model.features import letter_body

    letter = analyse(
        "Crown Prosecution Service\n"
        "Northfleet and Marsh\n"
        "Victim Care Team\n\n"
        "Dear Mrs Okafor\n\n"
        "I have decided that the case against Mr Lyle should not continue. Regarding the hearing on "
        "Friday, it will not now take place.\n\n"
        "Kind regards\n\n"
        "T. Whitlow\n"
        "Senior Crown Prosecutor\n"
    )
    texts = [s.text for s in letter.sentences]
    body = dict(zip(texts, letter_body(letter.sentences).tolist(), strict=True))
    assert body["Northfleet and Marsh"] == 0.0
    assert body["Dear Mrs Okafor"] == 0.0
    assert body["I have decided that the case against Mr Lyle should not continue."] == 1.0
    # near miss: "Regarding" opens a body sentence, not a valediction
    assert body["Regarding the hearing on Friday, it will not now take place."] == 1.0
    assert body["Kind regards"] == 0.0 and body["T. Whitlow"] == 0.0

    email = analyse("From: Dale Ruston\nSubject: your case\n\nHi Priya,\n\nThe trial is off. Thanks again,\nDale\n")
    mask = dict(zip([s.text for s in email.sentences], letter_body(email.sentences).tolist(), strict=True))
    assert mask["From: Dale Ruston"] == 0.0 and mask["The trial is off."] == 1.0

    # near miss: no salutation and no valediction, so every sentence is body
    note = analyse("Thank you for your patience. I have decided not to charge Mr Lyle because the camera missed it.")
    assert letter_body(note.sentences).tolist() == [1.0, 1.0]


def rows_of_two_sets(text: str, classes: list[str], roles: list[list[float]],
                     sets: tuple[int, int]) -> tuple[list[str], list[np.ndarray]]:
    """The columns (the same for both sets) and the feature rows of ``text`` under each feature set."""
    names = load_signals().names
    letter = analyse(text)
    assert len(letter.sentences) == len(roles)
    columns = feature_names(names, classes, sets[0])
    assert columns == feature_names(names, classes, sets[1])
    return columns, [draft_features(letter, names, {}, np.array(roles), classes, s) for s in sets]


def test_feature_set_6_reads_roles_over_the_body_only() -> None:
    # the letterhead line looks like a reason to the role model; the body sentence does not
    columns, (body_only, everything) = rows_of_two_sets(
        "Northfleet and Marsh\n\nDear Mr Dunmore\n\nI have decided not to charge him.\n\nYours sincerely\n",
        ["other", "reason_specific"], [[0.2, 0.8], [0.9, 0.1], [0.7, 0.3], [0.9, 0.1]], (6, 3))
    assert body_only[columns.index("role_max:reason_specific")] == pytest.approx(0.3)
    assert everything[columns.index("role_max:reason_specific")] == pytest.approx(0.8)
    # the columns that are not roles are the same
    roles_at = [i for i, c in enumerate(columns) if c.startswith("role_")]
    assert np.allclose(np.delete(body_only, roles_at), np.delete(everything, roles_at))


def test_feature_set_7_reads_a_meeting_offer_only_where_a_sentence_speaks_of_meeting() -> None:
    text = ("Dear Mr Quist\n\nI would like to explain why. I would be glad to meet you to talk it through.\n\n"
            "Yours sincerely\n")
    assert "meeting_offer" in analyse(text).sentences[2].signals
    # the role model reads "I would like to ..." as an offer more strongly than the real offer
    columns, (gated, ungated) = rows_of_two_sets(text, ["meeting_offer", "other"],
                                                 [[0.0, 1.0], [0.9, 0.1], [0.6, 0.4], [0.0, 1.0]], (7, 6))
    assert gated[columns.index("role_max:meeting_offer")] == pytest.approx(0.6)
    assert ungated[columns.index("role_max:meeting_offer")] == pytest.approx(0.9)
    # near miss: the other roles are read as in set 6
    assert gated[columns.index("role_max:other")] == ungated[columns.index("role_max:other")]


@pytest.mark.parametrize(("sentence", "signal", "expected"), [
    ("I have decided that the case should not continue.", "decision_discontinue", True),
    ("The prosecution will not proceed against either of them.", "decision_discontinue", True),
    ("The case will continue to trial in May.", "decision_discontinue", False),
    ("I have decided that the charge should be changed to common assault.", "decision_reduce", True),
    ("I am writing about a change to the charges Mr Pell faces.", "decision_reduce", True),
    ("The charges will be heard at the magistrates' court.", "decision_reduce", False),
    ("He offered to admit theft and I accepted that plea.", "decision_plea", True),
    ("I accept that this will be hard to read.", "decision_plea", False),
    ("You are welcome to meet me to talk about the decision.", "meeting_offer", True),
    ("If you wish to meet the prosecutor, please contact this office.", "meeting_offer", True),
    ("You are welcome to bring someone with you.", "meeting_offer", False),
    ("Ms Ardent is happy to sit down with you and go through it.", "meeting_offer", True),
    ("Ring me and we will find a time that suits you.", "meeting_offer", True),
    ("The hearing is set for a time that suits the court.", "meeting_offer", False),
    ("I would like to explain why.", "meeting_offer", False),
    ("The prosecution of Mr Ince, who was charged with theft from the shop in May, has been stopped.",
     "decision_discontinue", True),
    ("My view is that this prosecution should not go on.", "decision_discontinue", True),
    ("The trial went on for three days.", "decision_discontinue", False),
    ("It is no longer in the public interest to continue with the prosecution.", "decision_discontinue", True),
    ("The hearing was brought to an end and she was found not guilty.", "decision_discontinue", True),
    ("At the start of the trial he pleaded guilty to two of the charges.", "decision_plea", True),
    ("He pleaded guilty to two burglaries last year.", "decision_plea", False),
    ("You told the police he shouted racist abuse at you.", "case_meeting_cue", True),
    ("She was targeted because of her religion.", "case_meeting_cue", True),
    ("Kai, who is nine, told his teacher what had happened.", "case_meeting_cue", True),
    ("The officer, who is based in Leeds, will call you.", "case_meeting_cue", False),
    ("He was charged with non-fatal strangulation.", "non_fatal", True),
])
def test_wordings_of_stopping_reducing_accepting_a_plea_and_offering_a_meeting(sentence: str, signal: str,
                                                                     expected: bool) -> None:
    draft = analyse(sentence)
    assert (signal in draft.sentences[0].signals) is expected


@pytest.mark.parametrize("feature_set", [1, 2, 5, 7])
def test_kept_sentence_values_give_the_rows_a_fresh_computation_gives(rules: RuleSet, feature_set: int) -> None:
    """The scorer keeps a draft's ``SentenceValues`` after scoring it and computes the evidence rows from
    them later: computing rows must leave them as they were."""
    from model.evidence import _rules_by_sentence
    from model.features import SentenceValues

    patterns = load_signals()
    rng = np.random.default_rng(1)
    classes = ["analysis", "meeting_offer", "strategy", "other"]
    checked = 0
    for text in corpus_drafts(60):
        draft = analyse(text, patterns)
        hits = rules.find(text, draft.spans)
        roles = rng.dirichlet(np.ones(4), size=len(draft.sentences))
        kept = SentenceValues.of(draft, patterns.names, roles, classes, feature_set)
        own = kept.rows(hit_counts(hits))
        drop = [n for n, s in enumerate(draft.sentences) if s.n_words >= 3]
        later = kept.rows(hit_counts(hits), drop, _rules_by_sentence(draft, hits))
        fresh = feature_rows(draft, patterns.names, hit_counts(hits), roles.copy(), drop,
                             _rules_by_sentence(draft, hits), classes, feature_set)
        assert np.array_equal(later, fresh)
        assert np.array_equal(own, kept.rows(hit_counts(hits)))
        assert np.array_equal(own[0], draft_features(draft, patterns.names, hit_counts(hits), roles, classes,
                                                     feature_set))
        checked += bool(drop)
    assert checked > 50


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["vrr", "vrr_how", "vrr_when", "other"]), max_size=25), st.data())
def test_review_right_completeness_without_each_sentence_equals_the_direct_answer(kinds: list[str],
                                                                                   data: st.DataObject) -> None:
    from model.features import _vrr_complete_without, vrr_complete

    at = {name: [i for i, k in enumerate(kinds) if k == name] for name in ("vrr", "vrr_how", "vrr_when")}
    extra = data.draw(st.sets(st.integers(0, max(0, len(kinds) - 1)), max_size=3)) if kinds else set()
    for i in extra:  # a sentence can carry several of the signals
        at["vrr_how"] = sorted({*at["vrr_how"], i})
    drop = np.arange(len(kinds))
    assert _vrr_complete_without(at, drop) == [vrr_complete(at, int(d)) for d in drop]


def test_a_code_test_is_supported_where_the_review_reasons_both_stages_anywhere() -> None:
    from model.features import code_supported

    facts = ("Summary: Owen Tarrant is said to have taken a bicycle from the rack at Fenwick station on 3 May.\n"
             "The station CCTV is strong: it shows Tarrant cutting the lock at 07:40.\n"
             "He says he bought the bicycle from a stranger, an account inconsistent with the CCTV of Tarrant "
             "cutting the lock.\n")
    # a terse note: bare conclusion lines, the reasons in the analysis above and under the PI label
    terse = analyse(facts + "RPC.\nPI: met.\nSecond theft from the same rack in a month; Tarrant on a "
                    "conditional discharge for theft of a bicycle.\nCharge theft.\n")
    assert code_supported(terse.sentences)
    # the public interest stage reasoned on its own line
    inline = analyse(facts + "Evidential stage met.\nPublic interest: met - commuter theft, planned with bolt "
                     "cutters, Tarrant on a conditional discharge.\n")
    assert code_supported(inline.sentences)
    # near misses: the same analysis with a formula for the public interest, under a label or alone
    formula = analyse(facts + "RPC.\nPI: met.\nCharge theft.\nOIC to obtain the owner's statement by 1 June.\n")
    assert not code_supported(formula.sentences)
    plain = analyse(facts + "Full Code Test met. The public interest plainly requires a prosecution.\n")
    assert not code_supported(plain.sentences)
    # a reasoned public interest does not stand in for an evidential stage with nothing behind it
    no_facts = analyse("Evidential: met.\nPI: met - commuter theft, planned with bolt cutters, a conditional "
                       "discharge for the same offence.\n")
    assert not code_supported(no_facts.sentences)


def test_feature_set_8_is_set_4_and_a_column_each_for_the_code_test_and_the_strategy_alone() -> None:
    names = load_signals().names
    columns = feature_names(names, (), 8)
    assert columns[:-2] == feature_names(names, (), 4)
    assert columns[-2:] == ["only:code_test_unreasoned:code_supported", "only:no_case_strategy:strategy_words"]


def test_a_strategy_that_names_this_case_has_its_words_and_a_formula_has_none() -> None:
    from model.features import strategy_words

    planned = analyse("Case strategy\nThe Fenwick station CCTV goes in through DC Amis with stills of the lock "
                      "being cut.\nOIC to trace the bicycle's owner, Ms Quayle, for a statement by 1 June.\n")
    assert strategy_words(planned.sentences) >= 8
    # near miss: a heading over a plan that would fit any case
    formula = analyse("Case strategy\nThe case will be prepared for trial and kept under review.\n"
                      "Disclosure: the CCTV is on the MG6C.\n")
    assert strategy_words(formula.sentences) <= 3  # "prepared", "kept": no name, place or exhibit
    # the block ends at another part's label: the disclosure line's words are not the plan's
    assert strategy_words(analyse("Actions:\nDisclosure: Quayle's bank records are on the MG6C.\n").sentences) == 0


def feature(text: str, feature_set: int, column: str) -> float:
    names = load_signals().names
    row = draft_features(analyse(text), names, {}, feature_set=feature_set)
    return float(row[feature_names(names, (), feature_set).index(column)])


def test_feature_set_9_does_not_read_charges_left_on_file_beside_a_guilty_plea_as_a_review_right_decision() -> None:
    plea = ("Dear Ms Orme\n\nMr Tate pleaded guilty to two of the charges. The third charge will lie on file.\n\n"
            "Yours sincerely\n")
    assert feature(plea, 9, "vrr:eligible") == 0
    assert feature(plea, 9, "vrr:alter_only") == 1
    assert feature(plea, 7, "vrr:eligible") == 1
    # near miss: all the charges left on file ends the case, so the review right applies
    alone = "Dear Ms Orme\n\nThe charges against Mr Tate will lie on file.\n\nYours sincerely\n"
    assert feature(alone, 9, "vrr:eligible") == 1


def test_feature_set_9_needs_a_meeting_for_case_cues_and_not_for_a_non_fatal_offence() -> None:
    cue = "Dear Mr Abbott\n\nYou reported that he shouted racist abuse at you. I will not charge him.\n"
    assert feature(cue, 9, "meeting:required") == 1
    assert feature(cue, 7, "meeting:required") == 0
    non_fatal = "Dear Ms Cole\n\nHe was charged with non-fatal strangulation. I have stopped the case.\n"
    assert feature(non_fatal, 9, "meeting:required") == 0
    assert feature(non_fatal, 7, "meeting:required") == 1
    # near miss: a death is still a death
    death = "Dear Ms Cole\n\nYour son died after the collision. I have stopped the case.\n"
    assert feature(death, 9, "meeting:required") == 1


def test_the_signals_set_9_adds_are_columns_of_set_9_only() -> None:
    names = load_signals().names
    for feature_set in (1, 3, 4, 7):
        assert not any("case_meeting_cue" in c or "non_fatal" in c for c in feature_names(names, (), feature_set))
    assert {"any:case_meeting_cue", "count:non_fatal"} <= set(feature_names(names, (), 9))
