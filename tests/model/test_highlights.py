# ruff: noqa: RUF001
# (letters use en dashes)
"""Jargon by rule, explained anywhere, and paragraphs that do not fit the letter (issue 12).

Every example is hand-written for these tests (none comes from the shared drafts); each kind
has a near miss beside it that must stay quiet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from model.casedata import CaseData
from model.rules import RuleHit, RuleSet

JARGON, RESIDUE = "unexplained_jargon", "template_residue"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


def found(rules: RuleSet, text: str, concern: str, case: CaseData | None = None) -> list[RuleHit]:
    return [h for h in rules.find(text, case=case) if h.concern == concern]


def words(rules: RuleSet, text: str, concern: str = JARGON, case: CaseData | None = None) -> list[str]:
    return [h.text for h in found(rules, text, concern, case)]


def letter(*paragraphs: str) -> str:
    return "Dear Mrs Tennant\n\n" + "\n\n".join(paragraphs) + "\n\nYours sincerely\n\nAlex Moray\nCrown Prosecutor"


# ----------------------------------------------------------------------------- abbreviations by shape


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The YOS will now work with him on his behaviour.", "YOS"),
        ("The PTR took place on Monday.", "PTR"),
        ("He was given a 12 month CO.", "CO"),
        ("The URN is on the first page.", "URN"),
        ("I read the PTRs from both hearings.", "PTRs"),
        ("The OIC's notes were clear.", "OIC's"),
        ("The N.F.A. decision was reviewed.", "N.F.A."),
        ("The charge under the PfHA was dropped.", "PfHA"),
        ("The FRX report arrived late.", "FRX"),  # never listed anywhere: found by its shape
    ],
)
def test_an_abbreviation_the_letter_never_explains_is_flagged(rules, text, term):
    assert words(rules, letter(text)) == [term]


def test_a_known_expansion_is_offered_as_the_replacement(rules):
    [hit] = found(rules, letter("The YOS will now work with him."), JARGON)
    assert hit.replacements == ("youth offending service",)
    assert "YOS" in hit.message


@pytest.mark.parametrize(
    "text",
    [
        "The Youth Offending Service (YOS) will work with him. The YOS meets him weekly.",
        "The YOS will work with him. The Youth Offending Service meets him every week.",
        "The FRX (the fingerprint review) arrived late.",
        "The CCTV, the DNA results and PC Hale's notes were all reviewed by the CPS.",
        "THEFT FROM SHOP AT THE MARKET",
        "The case against Kyle LUMB has ended.",
        "The case against T.W. has ended.",
        "Please quote AF-24-0093317 and write to HB2 9QT.",
    ],
)
def test_explained_public_or_not_an_abbreviation_is_not_flagged(rules, text):
    assert words(rules, letter(text)) == []


def test_the_letterhead_and_signature_are_not_read_but_a_field_label_is(rules):
    text = ("Crown Prosecution Service\nWessex – RASSO Unit\nURN: 12AB3456789\n\n"
            + letter("I have reviewed the case.") + "\nRASSO Unit")
    assert words(rules, text) == ["URN"]
    assert words(rules, letter("A lawyer in the RASSO unit reviewed the case.")) == ["RASSO"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("He admitted common assault contrary to s.39 last week.", "s.39"),
        ("He was charged under s.47 of the Offences Against the Person Act 1861.", "s.47"),
        ("In R v Jogee the Supreme Court changed the law.", "R v"),
        ("The defendant entered a G plea at the first hearing.", "G plea"),
        ("The Crown accepted the plea.", "The Crown"),
        ("The court applied an uplift for the hostility he showed.", "uplift"),
    ],
)
def test_section_references_case_names_and_court_shorthand_are_flagged(rules, text, term):
    assert [w for w in words(rules, letter("I am writing about the case.", text)) if term in w] != []


def test_a_case_name_in_the_subject_line_and_a_section_named_in_plain_words_are_not_flagged(rules):
    text = ("Dear Mr Hale\n\nR v Sam Hill – burglary at your home\n\n"
            "Mr Hill was charged with stalking (section 2A of the Protection from Harassment Act 1997).")
    assert words(rules, text) == []


# ----------------------------------------------------------------------------- explained anywhere


def test_a_term_explained_three_paragraphs_later_is_not_flagged(rules):
    text = letter(
        "On 3 March we offered no evidence against Mr Hill.",
        "I know this will be hard to read, and I am sorry.",
        "The officer has been told and will keep you updated.",
        'When I say we "offered no evidence", I mean that we told the court we would not go on with the case.',
    )
    assert words(rules, text) == []


def test_one_explanation_covers_every_use_and_an_unexplained_term_is_reported_once(rules):
    explained = letter("The ABE interview (a video-recorded interview) was long.", "I watched the ABE interview again.")
    assert words(rules, explained) == []
    unexplained = letter("I watched the ABE interview.", "The ABE interview was clear.", "The ABE interview was long.")
    [hit] = found(rules, unexplained, JARGON)
    assert hit.start == unexplained.index("ABE interview") and "used 3 times" in hit.message


def test_discontinued_is_explained_by_the_plain_word_in_the_same_paragraph_only(rules):
    same = letter("The case was discontinued on Friday. After a long review, the case is stopped.")
    assert words(rules, same) == []
    apart = letter("I have decided to stop the case.", "I am sorry.", "The case was discontinued on Friday.")
    assert words(rules, apart) == ["discontinued"]


@pytest.mark.parametrize(
    "text",
    [
        "He may get a hospital order, which would mean he is kept in a secure hospital.",
        "Lawyers call this the evidential stage of the test: is there enough evidence?",
        "He was charged with assault occasioning actual bodily harm - that's the charge for an injury.",
    ],
)
def test_explanations_in_other_words_count(rules, text):
    assert words(rules, letter(text)) == []


# ----------------------------------------------------------------------------- paragraphs that do not fit


STOPPED = "I have decided to stop the case against Mr Hill, and I am sorry to bring you this news."
PLEA = "At court on 3 March Mr Hill pleaded guilty to a lesser charge of theft, and we accepted that plea."
GUILTY_PARAGRAPH = "As the defendant has pleaded guilty, you will not need to attend court to give evidence."
TRIAL_PARAGRAPH = "The trial has been listed for 9 June. The Witness Care Unit will contact you nearer the trial date."
DA_PARAGRAPH = "If you are experiencing domestic abuse, the local domestic abuse helpline can give you support."
VRR_PARAGRAPH = "If you disagree, you can ask for a review under the Victims' Right to Review scheme within 10 days."


def residue(rules: RuleSet, text: str, case: CaseData | None = None) -> list[RuleHit]:
    return [h for h in found(rules, text, RESIDUE, case) if h.rule.startswith("residue.inconsistent.")]


def test_a_guilty_plea_paragraph_in_a_stopped_case_is_residue_naming_the_contradiction(rules):
    text = letter(STOPPED, GUILTY_PARAGRAPH)
    [hit] = residue(rules, text)
    assert hit.text == GUILTY_PARAGRAPH
    assert hit.message == ("This paragraph is about the defendant pleading guilty, but the letter says "
                           "the case has been stopped.")


def test_the_same_paragraph_fits_a_case_that_ended_with_a_plea(rules):
    assert residue(rules, letter(PLEA, GUILTY_PARAGRAPH)) == []


def test_a_trial_paragraph_after_the_case_ended_is_residue_but_fits_a_case_that_goes_on(rules):
    assert [h.text for h in residue(rules, letter(STOPPED, TRIAL_PARAGRAPH))] == [TRIAL_PARAGRAPH]
    assert "pleaded guilty" in residue(rules, letter(PLEA, TRIAL_PARAGRAPH))[0].message
    goes_on = ("I have decided to stop the burglary charge. The theft charge will continue, "
               "and the trial is still expected to start in June.")
    assert residue(rules, letter(goes_on, "The Witness Care Unit will contact you nearer the trial date.")) == []


def test_domestic_abuse_support_in_a_letter_about_an_assault_at_work_is_residue(rules):
    at_work = "Mr Hill was charged with assaulting you while you were working as a paramedic."
    [hit] = residue(rules, letter(at_work, DA_PARAGRAPH))
    assert "not about domestic abuse" in hit.message
    at_home = "Mr Hill, your former partner, was charged with assaulting you at home."
    assert residue(rules, letter(at_home, DA_PARAGRAPH)) == []


def test_a_withdrawal_paragraph_to_a_victim_who_supported_the_case_is_residue(rules):
    supported = "I know you were willing to give evidence, and I am grateful for everything you did."
    withdrew = "I understand that you have told the police that you do not wish to support the prosecution."
    [hit] = residue(rules, letter(STOPPED, supported, withdrew))
    assert "you supported the case" in hit.message
    assert residue(rules, letter(STOPPED, withdrew)) == []


def test_a_review_right_paragraph_when_the_charge_was_only_reduced_is_residue(rules):
    reduced = "I have decided to reduce the charge from wounding with intent to the lesser charge of wounding."
    [hit] = residue(rules, letter(reduced, VRR_PARAGRAPH))
    assert "only reduced" in hit.message
    assert residue(rules, letter(STOPPED, VRR_PARAGRAPH)) == []


def test_a_paragraph_about_a_child_in_a_letter_to_the_victim_is_residue(rules):
    to_victim = "Mr Hill was charged with assaulting you at the bus stop."
    about_child = "I know how hard it has been to learn what happened to your daughter."
    assert len(residue(rules, letter(to_victim, about_child))) == 1
    to_parent = "I am writing to you as Amy's mother about the case against Mr Hill."
    assert residue(rules, letter(to_parent, about_child)) == []


def test_case_data_overrides_what_the_letter_says(rules):
    neutral = "I am writing about the charges against Mr Hill."
    assert residue(rules, letter(neutral, VRR_PARAGRAPH)) == []
    assert len(residue(rules, letter(neutral, VRR_PARAGRAPH), CaseData(decision_type="reduce_charge"))) == 1
    reduced = "I have decided to reduce the charge to the lesser charge of theft."
    assert residue(rules, letter(reduced, VRR_PARAGRAPH), CaseData(decision_type="discontinue")) == []
    assert len(residue(rules, letter(neutral, DA_PARAGRAPH), CaseData(offence_category="theft"))) == 1
    assert residue(rules, letter(neutral, DA_PARAGRAPH), CaseData(offence_category="domestic_abuse")) == []


def test_only_letters_are_read_for_their_facts(rules):
    review = f"Review.\n\n{STOPPED}\n\n{GUILTY_PARAGRAPH}"
    assert residue(rules, review) == []


def test_a_team_adds_its_own_presupposition_as_data(rules, tmp_path: Path):
    extra = tmp_path / "ours.yaml"
    extra.write_text(
        "facts:\n  youth_case: ['\\byouth\\s+court\\b']\n"
        "paragraphs:\n  - id: residue.inconsistent.adult_court\n    about: the Crown Court\n"
        "    when: ['\\bcrown\\s+court\\b']\n"
        "    conflicts: [{fact: youth_case, says: the case is in the youth court}]\n", encoding="utf-8")
    ours = RuleSet.load(extra=[extra])
    text = letter("The case was heard at the youth court.", "The Crown Court will list the trial.")
    assert [h.rule for h in residue(ours, text)] == ["residue.inconsistent.adult_court"]
    assert residue(rules, text) == []


def test_bad_presupposition_data_is_refused_naming_the_rule(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("paragraphs:\n  - id: residue.inconsistent.x\n    when: ['trial']\n"
                   "    conflicts: [{fact: no_such_fact, says: x}]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"residue\.inconsistent\.x.*no_such_fact"):
        RuleSet.load(extra=[bad])


def test_the_rule_set_scan_names_the_rules_whose_when_matches(rules):
    """The RE2 set that picks the presupposition rules to read gives each rule's own answer."""
    from model.presuppositions import _compiled

    presuppositions = rules._presuppositions
    compiled = _compiled(presuppositions)
    assert compiled.when_set is not None
    texts = [letter(STOPPED, GUILTY_PARAGRAPH), letter(STOPPED, TRIAL_PARAGRAPH), letter(PLEA, DA_PARAGRAPH),
             letter(STOPPED, VRR_PARAGRAPH), letter(STOPPED), "Nothing at all", ""]
    texts = [t.lower() for t in texts]
    for lowered in texts:
        own = {k for k, (_, when, _) in enumerate(compiled.rules) if when.search(lowered) is not None}
        assert set(compiled.when_set.Match(lowered) or ()) == own
    assert sum(bool(compiled.when_set.Match(t)) for t in texts) >= 4


def test_a_rule_set_that_has_read_a_letter_still_pickles(rules):
    """The compiled presupposition patterns (an RE2 set among them) are a cache: pickles leave them out."""
    import pickle

    text = letter(STOPPED, GUILTY_PARAGRAPH)
    before = rules.find(text)
    assert rules._presuppositions.__dict__.get("_compiled_cache") is not None
    clone = pickle.loads(pickle.dumps(rules))
    assert clone.find(text) == before
    assert [h.text for h in before if h.rule.startswith("residue.inconsistent.")] == [GUILTY_PARAGRAPH]
