"""Features: a ``Draft`` (signalled sentences) to a numeric vector for the classifiers.

Input: analysed drafts and the rule hits found in them. Output: dense feature rows that
describe what the draft does (decides, reasons, offers review, plans, discloses), in
terms that do not depend on one writer's wording.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from model.roles import aggregate_roles, role_feature_names
from model.signals import Draft, Sentence

DECISIONS = (
    "decision_nfa",
    "decision_discontinue",
    "decision_offer_no_evidence",
    "decision_leave_on_file",
    "decision_reduce",
    "decision_plea",
    "decision_charge",
    "decision_continue",
)
VRR_DECISIONS = DECISIONS[:4]
ALTER_DECISIONS = ("decision_reduce", "decision_plea")
MEETING_CASES = ("case_death", "case_sexual", "case_child_abuse", "case_hate")
RULE_CONCERNS = ("unexplained_jargon", "template_residue", "lacks_empathy")
# Feature sets (bundles record theirs): 1 the base; 2 adds case-specificity (``specific_parts``);
# 3 is 1 without the count of unexplained-jargon rule hits, which the abbreviation rules make
# nearly every letter have and which moved missing_vrr and missing_meeting_offer decisions;
# 4 is 2 without what only letters need (review right, meeting offer, empathy and support
# signals, the rule counts), on which the review concerns had learnt generator coincidences
# (docs/model.md). The jargon concern itself is decided by its rule hits, not by a column.
# 5 is 4 plus the Code stages read as blocks (``stage_blocks``): a stage label whose reasons follow
# it ("Evidential stage: met." then the reasons) or an analysis it closes ("... RPC: yes.").
# 6 is 3 with the sentence roles read over the letter's body only (``letter_body``): the letterhead,
# address, references and sign-off are no part of what the letter says, and the role model, which
# never saw such lines, gave some of them high probabilities (a region name on a letterhead read as a
# specific reason).
# 7 is 6 with a sentence read as a meeting offer only where it speaks of meeting (the ``meeting_offer``
# signal): the role model, trained on offers that begin "I would like to ...", read "I would like to
# explain why." as one.
# 8 is 4 plus whether the review as a whole reasons both Code stages (``code_supported``): a public
# interest stage with factors of this case in it or in the lines under its label, and an evidential stage
# with reasons, or an analysis that cites the case's own facts. A bare conclusion line ("RPC.", "PI met.")
# is then no flaw. And how many of the case's own words its strategy part holds (``strategy_words``): a
# plan that would fit any case names none. The columns are named ``only:<concern>:...``: the
# ``signals_logreg.v2`` pipeline shows each to that concern's classifier alone (docs/model.md, session 7).
# 9 is 7 with charges left on file read as a review-right decision only where no guilty plea is reported
# (``PLEA_FILE_SETS``): a plea to some charges with the others left on file does not end the case; and a
# meeting needed where ``case_meeting_cue`` marks the case type, not for a "non-fatal" offence.
FEATURE_SETS = (1, 2, 3, 4, 5, 6, 7, 8, 9)
BODY_SETS = (6, 7, 9)
GATED_ROLES = {7: ("meeting_offer",), 9: ("meeting_offer",)}  # feature set: roles that need their own signal
PLEA_FILE_SETS = (9,)
SPECIFIC_SETS = (2, 4, 5, 8)
BLOCK_SETS = (5,)
SUPPORT_SETS = (8,)
ONLY = "only:"  # a column for one concern's classifier alone: ``only:<concern>:<name>`` (model.pipeline)
SET_9_SIGNALS = ("case_meeting_cue", "non_fatal")
LETTER_SIGNALS = ("empathy", "vrr", "vrr_how", "vrr_when", "meeting_offer", "support", *SET_9_SIGNALS)
LETTER_DERIVED = ("vrr:", "meeting:", "rule:")
# The parts whose case-specificity is measured: the signals and the sentence roles that mark each.
SPECIFIC_PARTS = {
    "code": (("code_evidential", "code_public_interest"), ("code_evidential", "code_public_interest")),
    "analysis": (("analysis",), ("analysis",)),
    "strategy": (("strategy",), ("strategy",)),
    "disclosure": (("disclosure",), ("disclosure",)),
    "victim": (("victim_needs",), ("victim_needs",)),
}


def feature_names(signal_names: Sequence[str], role_classes: Sequence[str] = (), feature_set: int = 1) -> list[str]:
    """The columns of ``feature_set``, in order."""
    names = _all_names(signal_names, role_classes, feature_set)
    return [names[i] for i in _kept_columns(tuple(signal_names), tuple(role_classes), feature_set)]


def _dropped(name: str, feature_set: int) -> bool:
    if feature_set not in PLEA_FILE_SETS and name.split(":", 1)[-1] in SET_9_SIGNALS:
        return True  # the signals set 9 added are no column of the other sets
    if feature_set in (3, 6, 7, 9):
        return name == "rule:unexplained_jargon"
    if feature_set in (4, 5, 8):
        return name.startswith(LETTER_DERIVED) or name.split(":", 1)[-1] in LETTER_SIGNALS
    return False


@lru_cache(maxsize=32)
def _kept_columns(signal_names: tuple[str, ...], role_classes: tuple[str, ...], feature_set: int) -> np.ndarray:
    names = _all_names(signal_names, role_classes, feature_set)
    return np.array([i for i, n in enumerate(names) if not _dropped(n, feature_set)], dtype=np.intp)


@lru_cache(maxsize=32)
def _dropped_columns(signal_names: tuple[str, ...], feature_set: int) -> np.ndarray:
    """The columns ``feature_set`` leaves out (none of them a role column, which come last)."""
    names = _all_names(signal_names, (), feature_set)
    return np.array([i for i, n in enumerate(names) if _dropped(n, feature_set)], dtype=np.intp)


def _all_names(signal_names: Sequence[str], role_classes: Sequence[str], feature_set: int) -> list[str]:
    names = []
    for n in signal_names:
        names += [f"any:{n}", f"count:{n}", f"words:{n}"]
    names += [
        "len:words", "len:sentences",
        "vrr:eligible", "vrr:alter_only", "vrr:complete", "vrr:eligible_missing",
        "meeting:required", "meeting:required_missing",
        "reason:specific", "reason:generic_only",
        "code:evidential_reasoned", "code:pi_reasoned", "code:bare_only",
        "disclosure:substantive_words", "disclosure:bare_only",
        "victim:substantive_words", "victim:bare_only",
        "analysis:density", "strategy:density",
    ]
    names += [f"rule:{c}" for c in RULE_CONCERNS]
    if feature_set in SPECIFIC_SETS:
        names += [f"specific:{part}:{kind}" for part in SPECIFIC_PARTS for kind in ("signal", "role")]
    if feature_set in BLOCK_SETS:
        names += ["block:evidential", "block:pi", "block:bare_only"]
    if feature_set in SUPPORT_SETS:
        names += [f"{ONLY}code_test_unreasoned:code_supported", f"{ONLY}no_case_strategy:strategy_words"]
    return names + role_feature_names(role_classes)


def draft_features(draft: Draft, signal_names: Sequence[str], rule_counts: dict[str, int],
                   role_proba: np.ndarray | None = None, role_classes: Sequence[str] = (),
                   feature_set: int = 1) -> np.ndarray:
    """One feature row for ``draft`` (see ``feature_names`` for the columns)."""
    row: np.ndarray = feature_rows(draft, signal_names, rule_counts, role_proba, role_classes=role_classes,
                                   feature_set=feature_set)[0]
    return row


def feature_rows(draft: Draft, signal_names: Sequence[str], rule_counts: dict[str, int],
                 role_proba: np.ndarray | None = None, without: Sequence[int] = (),
                 rules_by_sentence: np.ndarray | None = None, role_classes: Sequence[str] = (),
                 feature_set: int = 1) -> np.ndarray:
    """Row 0: the features of ``draft``; row ``i + 1``: the same with sentence ``without[i]`` left out.

    Leaving sentences out (occlusion, for evidence) subtracts each sentence's share from the
    draft's totals, so all rows cost about as much as one. ``rules_by_sentence`` (sentences x
    ``RULE_CONCERNS``) counts the rule hits inside each sentence; it is needed with ``without``.
    """
    return SentenceValues.of(draft, signal_names, role_proba, role_classes, feature_set).rows(
        rule_counts, without, rules_by_sentence)


@dataclass(frozen=True)
class SentenceValues:
    """What a draft's feature rows are computed from, sentence by sentence, whichever sentences are left out.

    A scorer keeps it with a draft it may explain: the rows without each sentence (evidence) then
    cost only their sums.
    """

    sents: tuple[Sentence, ...]
    signal_names: tuple[str, ...]
    col: dict[str, int]
    has: np.ndarray  # sentences x signals (and the signals derived features read)
    n_words: np.ndarray
    vrr: dict[str, list[int]]
    values: dict[str, np.ndarray]  # per-sentence quantities whose totals are features
    role_proba: np.ndarray | None  # as given (case-specificity reads it)
    roles_read: np.ndarray | None  # as the role features read it (letter body, gated roles)
    role_classes: tuple[str, ...]
    feature_set: int
    shared: np.ndarray | None = None  # ``specificity`` of each sentence (the sets that read it)
    support: list[float] | None = None  # ``code_supported`` and log1p ``strategy_words`` (``SUPPORT_SETS``)

    @classmethod
    def of(cls, draft: Draft, signal_names: Sequence[str], role_proba: np.ndarray | None = None,
           role_classes: Sequence[str] = (), feature_set: int = 1) -> SentenceValues:
        sents = draft.sentences
        names = list(dict.fromkeys([*signal_names, *_DERIVED_FROM]))
        col = {n: i for i, n in enumerate(names)}
        has = np.zeros((len(sents), len(names)))
        for i, s in enumerate(sents):
            for n in s.signals:
                if n in col:
                    has[i, col[n]] = 1.0
        n_words = np.array([s.n_words for s in sents], dtype=np.float64)

        def per_sentence(mask: list[bool], weights: np.ndarray | None = None) -> np.ndarray:
            return np.asarray(mask, dtype=np.float64) * (1.0 if weights is None else weights)

        disc = [("disclosure" in s.signals and "disclosure_bare" not in s.signals) for s in sents]
        vict = [("victim_needs" in s.signals and "victim_needs_bare" not in s.signals) for s in sents]
        values = {
            "words": per_sentence([True] * len(sents), n_words), "sentences": per_sentence([True] * len(sents)),
            "specific": per_sentence([_specific(s) for s in sents]),
            "evid": per_sentence([_reasoned(s, "code_evidential") for s in sents]),
            "pi": per_sentence([_reasoned(s, "code_public_interest") for s in sents]),
            "disc": per_sentence(disc), "vict": per_sentence(vict),
            "disc_words": per_sentence(disc, n_words), "vict_words": per_sentence(vict, n_words),
        }
        if feature_set in BLOCK_SETS:
            evid_block, pi_block = stage_blocks(sents)
            values |= {"evid_block": per_sentence(evid_block), "pi_block": per_sentence(pi_block)}
        if feature_set in PLEA_FILE_SETS and "case_meeting_cue" in col:
            # a death only where the sentence is not about a "non-fatal" offence
            values["death"] = per_sentence(["case_death" in s.signals and "non_fatal" not in s.signals for s in sents])
        shared = specificity(sents) if feature_set in SPECIFIC_SETS and len(sents) else None
        support = ([float(code_supported(sents, shared)), np.log1p(strategy_words(sents))]
                   if feature_set in SUPPORT_SETS else None)
        roles_read = role_proba
        if roles_read is not None:
            if feature_set in BODY_SETS:
                roles_read = roles_read * letter_body(sents)[:, None]
            for role in GATED_ROLES.get(feature_set, ()):
                if role in role_classes:
                    roles_read = roles_read.copy()
                    roles_read[:, list(role_classes).index(role)] *= [role in s.signals for s in sents]
        vrr = {name: [i for i, s in enumerate(sents) if name in s.signals] for name in ("vrr", "vrr_how", "vrr_when")}
        return cls(sents, tuple(signal_names), col, has, n_words, vrr, values, role_proba, roles_read,
                   tuple(role_classes), feature_set, shared, support)

    def rows(self, rule_counts: dict[str, int], without: Sequence[int] = (),
             rules_by_sentence: np.ndarray | None = None) -> np.ndarray:
        """``feature_rows`` of the draft: row 0 the whole draft, then one row without each of ``without``."""
        sents, col, has, values, feature_set = self.sents, self.col, self.has, self.values, self.feature_set
        drop = np.asarray(without, dtype=np.intp)
        rows = 1 + len(drop)

        def left(per_sentence: np.ndarray) -> np.ndarray:
            """The total of a per-sentence quantity, then the total without each dropped sentence."""
            total = per_sentence.sum(axis=0)
            return np.concatenate([total[None], total[None] - per_sentence[drop]]) if len(drop) else total[None]

        counts = left(has)
        words = left(has * self.n_words[:, None])
        k = len(self.signal_names)
        out = [np.stack([counts[:, :k] > 0, np.log1p(counts[:, :k]), np.log1p(words[:, :k])],
                        axis=2).reshape(rows, -1)]

        def count(*signals: str) -> np.ndarray:
            total: np.ndarray = counts[:, [col[n] for n in signals]].sum(axis=1)
            return total

        def sentences_where(name: str) -> np.ndarray:
            return left(values[name]) if len(sents) else np.zeros(rows)

        total_words = np.maximum(sentences_where("words"), 1)
        n_sents = np.maximum(sentences_where("sentences"), 1)
        # leaving charges on file is a review-right decision only when it ends the case: beside a guilty plea to
        # the others ("pleaded guilty to three of them; the other two lie on file") the case goes on to sentence
        eligible = count(*VRR_DECISIONS) > 0
        if feature_set in PLEA_FILE_SETS:
            on_file_alone = (count("decision_leave_on_file") > 0) & (count("decision_plea") == 0)
            eligible = (count(*VRR_DECISIONS[:3]) > 0) | on_file_alone
        complete = np.array([vrr_complete(self.vrr), *_vrr_complete_without(self.vrr, drop)], dtype=bool)
        required = count(*MEETING_CASES) > 0
        if feature_set in PLEA_FILE_SETS and "case_meeting_cue" in col:
            # a death only where the sentence is not about a "non-fatal" offence; case cues the case_* signals miss
            death = sentences_where("death")
            required = (count(*(c for c in MEETING_CASES if c != "case_death"), "case_meeting_cue") + death) > 0
        specific = sentences_where("specific")
        evid = sentences_where("evid")
        pi = sentences_where("pi")
        n_disc, n_vict = sentences_where("disc"), sentences_where("vict")
        derived = [
            np.log1p(total_words), np.log1p(n_sents),
            eligible, ~eligible & (count(*ALTER_DECISIONS) > 0), complete, eligible & ~complete,
            required, required & ~(count("meeting_offer") > 0),
            np.log1p(specific), (count("reason_generic") > 0) & (specific == 0),
            np.log1p(evid), np.log1p(pi), (count("code_bare") > 0) & ~((evid > 0) & (pi > 0)),
            np.log1p(sentences_where("disc_words")), (count("disclosure_bare") > 0) & (n_disc == 0),
            np.log1p(sentences_where("vict_words")), (count("victim_needs_bare") > 0) & (n_vict == 0),
            count("analysis") / n_sents, count("strategy") / n_sents,
        ]
        out.append(np.column_stack(derived).astype(np.float64))
        rule_total = np.array([rule_counts.get(c, 0) for c in RULE_CONCERNS], dtype=np.float64)
        rule_rows = np.repeat(rule_total[None], rows, axis=0)
        if len(drop):
            rule_rows[1:] -= np.asarray(rules_by_sentence)[drop]
        out.append(np.log1p(rule_rows))
        if feature_set in SPECIFIC_SETS:
            out.append(np.log1p(_specific_parts(sents, has, col, self.role_proba, self.role_classes, left,
                                                self.shared)))
        if feature_set in BLOCK_SETS:
            evid_block, pi_block = sentences_where("evid_block"), sentences_where("pi_block")
            out.append(np.column_stack([np.log1p(evid_block), np.log1p(pi_block),
                                        (count("code_bare") > 0) & ~((evid_block > 0) & (pi_block > 0))]))
        if self.support is not None:
            # occlusion keeps the whole draft's value (an approximation, as for the specificity columns)
            out.append(np.tile(self.support, (rows, 1)))
        if self.roles_read is not None:
            out.append(aggregate_roles(self.roles_read, drop))
        full = np.hstack(out)
        if feature_set in (1, 2) and not any(n in SET_9_SIGNALS for n in self.signal_names):
            return full
        return np.delete(full, _dropped_columns(self.signal_names, feature_set), axis=1)


_DERIVED_FROM = (*DECISIONS, *MEETING_CASES, "meeting_offer", "reason_generic", "code_bare", "disclosure_bare",
                 "victim_needs_bare", "analysis", "strategy")


_CONTENT_WORD = re.compile(r"[a-z][a-z'-]{2,}|\d[\d.:/]*")
# Words any draft of any case may use: function words and the vocabulary of the Code, disclosure,
# victims and case progression. The other words a sentence shares with the rest of its draft are
# this case's names, places, exhibits and facts.
GENERIC_WORDS = frozenset("""
the and that this with for was were has have had not are will from there which been would should could any all
his her him she they them their its our your you who what when where why how but than then into onto out off
about after before over under also only just very more most some such each other same being can may might must
one two three per via yes none nil n/a see above below further now still here both either neither nor
evidential evidence stage public interest prosecution prosecute realistic prospect conviction sufficient test
code full met passed satisfied requires required require charge charged charging defendant suspect victim
victims witness witnesses case court disclosure unused material schedule schedules special measures needs
issues issue trial plea officer police oic strategy action actions plan review decision factors factor clearly
proceed continue met. rpc fct cps crown consider considered applies apply stage. note noted mg3 mg5 mg6 mg6c
mg6d mg11
""".split())  # noqa: SIM905


def specificity(sents: Sequence[Sentence]) -> np.ndarray:
    """Per sentence: how many of its content words (not ``GENERIC_WORDS``) another sentence also uses.

    A Code-test or strategy sentence that reasons about this case names people, places, exhibits or
    facts found elsewhere in the draft; a formula that would fit any case shares none.
    """
    bags = [frozenset(_CONTENT_WORD.findall(s.text.lower())) - GENERIC_WORDS for s in sents]
    seen = Counter(w for bag in bags for w in bag)
    return np.array([sum(seen[w] > 1 for w in bag) for bag in bags], dtype=np.float64)


def _specific_parts(sents: Sequence[Sentence], has: np.ndarray, col: dict[str, int], role_proba: np.ndarray | None,
                    role_classes: Sequence[str], left: Callable[[np.ndarray], np.ndarray],
                    shared: np.ndarray | None = None) -> np.ndarray:
    """For each part: sentences with its signal that cite two or more of the case's own words, and
    the same weighted by the sentence roles' probabilities of that part."""
    n_rows = left(np.zeros((len(sents), 1))).shape[0] if len(sents) else 1
    if not len(sents):
        return np.zeros((n_rows, 2 * len(SPECIFIC_PARTS)))
    cites = ((specificity(sents) if shared is None else shared) >= 2).astype(np.float64)
    out = []
    for signals, roles in SPECIFIC_PARTS.values():
        marked = has[:, [col[n] for n in signals if n in col]].max(axis=1) if any(n in col for n in signals) \
            else np.zeros(len(sents))
        out.append(left((marked * cites)[:, None])[:, 0])
        idx = [list(role_classes).index(r) for r in roles if r in role_classes]
        weight = role_proba[:, idx].sum(axis=1) if role_proba is not None and idx else np.zeros(len(sents))
        out.append(left((weight * cites)[:, None])[:, 0])
    return np.column_stack(out)


def _specific(s: Sentence) -> bool:
    """Explains with facts of the case rather than a bare formula."""
    return ("case_fact" in s.signals and bool({"causal", "analysis"} & s.signals)
            and "reason_generic" not in s.signals and s.n_words >= 8)


def _reasoned(s: Sentence, stage: str) -> bool:
    """A sentence of a Code stage that carries reasons, not a bare assertion."""
    return (stage in s.signals and "code_bare" not in s.signals and s.n_words >= 10
            and bool({"case_fact", "analysis", "causal"} & s.signals))


STAGES = ("code_evidential", "code_public_interest")
# A sentence that opens another part of a review ("PI: ...", "Disclosure - ...", a heading) ends a stage's block.
_PART_LABEL = re.compile(r"^[\W\d]*(?:evidential|evid\b|rpc|rpoc|pi\b|public interest|code|full code|disclosure|unused|"
                         r"victims?\b|witness|v/w|wits\b|special measures|strategy|case strategy|actions?\b|"
                         r"decision|charge\b|venue|plea|trial|nfa\b)", re.IGNORECASE)


_OTHER_PARTS = frozenset({"strategy", "disclosure", "victim_needs", "heading"})


def _content(s: Sentence, public_interest: bool = False) -> bool:
    """A sentence under no part label that reasons with the case's facts; for the public interest,
    any sentence of six words or more that does not plan, disclose, decide or care for witnesses
    (its factors need no signal: "Night-time, at her home, weeks after she left him.")."""
    if s.n_words < 6 or _PART_LABEL.match(s.text) or "heading" in s.signals:
        return False
    if public_interest:
        return not (_OTHER_PARTS & s.signals or any(n.startswith("decision_") for n in s.signals))
    return bool({"case_fact", "analysis", "causal"} & s.signals)


def _preceding(sents: Sequence[Sentence], i: int, n: int = 3) -> list[Sentence]:
    """Up to ``n`` sentences before sentence ``i``, nearest first, back to a heading."""
    out = []
    for t in reversed(sents[max(0, i - n) : i]):
        if "heading" in t.signals:
            break
        out.append(t)
    return out


def stage_blocks(sents: Sequence[Sentence]) -> tuple[list[bool], list[bool]]:
    """Per sentence: an evidential / public-interest stage whose reasons are in the stage sentence or
    follow it (up to two sentences, until a heading or another part's label); an evidential stage
    also counts when it closes the reasoning it concludes ("... so hard to explain. RPC: yes.").
    The stage line of a terse note is often a bare label with its reasons around it."""
    blocks = []
    for stage in STAGES:
        marks = []
        for i, s in enumerate(sents):
            if stage not in s.signals:
                marks.append(False)
                continue
            after = []
            for t in sents[i + 1 : i + 3]:
                if "heading" in t.signals or _PART_LABEL.match(t.text):
                    break
                after.append(t)
            before = stage == STAGES[0] and s.n_words <= 6 and any(
                _content(t) and bool({"analysis", "causal"} & t.signals) for t in _preceding(sents, i))
            marks.append(_reasoned(s, stage) or any(_content(t, stage != STAGES[0]) for t in after) or bool(before))
        blocks.append(marks)
    return blocks[0], blocks[1]


_PI_LABEL = re.compile(r"public interest|\bpi\b", re.IGNORECASE)
_EVIDENTIAL_LABEL = re.compile(r"evidential|\bevid\b|\brpc\b|\brpoc\b|realistic prospect|sufficient evidence",
                               re.IGNORECASE)
# The words of a Code stage's formula ("PI: met.", "The public interest plainly requires a prosecution.",
# "Evidential stage remains met.") besides ``GENERIC_WORDS``: what is left names this case's factors.
FORMULA_WORDS = frozenset("""
met requires require required favours favour favor favoured plainly clearly high strongly overwhelmingly firmly
prosecution prosecute prosecuting charge charged continue yes passed satisfied stage test public interest remains
remain does did not still both also full code fct rpc rpoc realistic prospect conviction evidential sufficient
evidence clear against weight arise arises proportionate necessary appropriate warranted justified outweigh outweighs
no
""".split())  # noqa: SIM905
# What supports a stage: this many of the case's own words in the public interest stage, in the evidential
# stage, or this many analysis sentences citing the case's facts (``specificity``).
PI_WORDS, EVIDENTIAL_WORDS, ANALYSIS_SENTENCES = 5, 4, 2
# Every label match holds one of these (a cheap test before the regular expression).
_LABEL_KEYS = {STAGES[0]: ("evid", "rpc", "rpoc", "realistic prospect"), STAGES[1]: ("public interest", "pi")}
_NOT_A_FACTOR = frozenset({"strategy", "disclosure", "victim_needs", "analysis", "heading"})


def _own_words(s: Sentence) -> set[str]:
    return _case_words(s) - FORMULA_WORDS


def _continues_stage(t: Sentence, stage: str) -> bool:
    """A line under a stage's label that still belongs to it: no heading or other part's label, no plan,
    disclosure, witness care or decision (a line with the stage's own signal may speak of vulnerability)."""
    if "heading" in t.signals or _PART_LABEL.match(t.text) or any(n.startswith("decision_") for n in t.signals):
        return False
    if stage in t.signals:
        return not t.signals & {"strategy", "disclosure"}
    return not t.signals & _NOT_A_FACTOR


def _block_words(sents: Sequence[Sentence], is_label: Callable[[Sentence], bool],
                 words_of: Callable[[Sentence], set[str]], continues: Callable[[Sentence], bool], follow: int) -> int:
    """The most ``words_of`` in one block of a part: a sentence that ``is_label``, and, where that sentence
    is only a label or a bare conclusion (a heading, one word or none, a closing ":"), up to ``follow``
    lines under it while they ``continues``."""
    best = 0
    for i, s in enumerate(sents):
        if not is_label(s):
            continue
        words = words_of(s)
        if "heading" in s.signals or len(words) <= 1 or s.text.rstrip().endswith(":"):
            for t in sents[i + 1 : i + 1 + follow]:
                if not continues(t):
                    break
                words |= words_of(t)
        best = max(best, len(words))
    return best


def stage_words(sents: Sequence[Sentence], label: re.Pattern[str], stage: str, follow: int = 3) -> int:
    """The most case words (not generic, not the formula's) in one block of a Code stage: a sentence
    naming the stage, and, where that sentence is only a label or a bare conclusion ("PI:", "6. Public
    interest", "PI: met and high."), up to ``follow`` lines under it that continue the stage."""

    def is_label(s: Sentence) -> bool:
        low = s.text.lower()
        return any(k in low for k in _LABEL_KEYS[stage]) and label.search(s.text) is not None

    return _block_words(sents, is_label, _own_words, lambda t: _continues_stage(t, stage), follow)


_STRATEGY_LABEL = re.compile(r"strateg|action plan|\bactions?\b|next steps?|\bplan\b|trial (?:strategy|preparation)|"
                             r"case progression|further enquir", re.IGNORECASE)


def strategy_words(sents: Sequence[Sentence], follow: int = 3) -> int:
    """The most case words (not ``GENERIC_WORDS``) in one block of the strategy part: a sentence naming
    it, and, where that sentence is only a label ("Case strategy", "Actions:"), up to ``follow`` lines under
    it, until a heading or another part's label."""
    return _block_words(sents, lambda s: _STRATEGY_LABEL.search(s.text) is not None, _case_words,
                        lambda t: "heading" not in t.signals and not _PART_LABEL.match(t.text), follow)


def _case_words(s: Sentence) -> set[str]:
    return set(_CONTENT_WORD.findall(s.text.lower())) - GENERIC_WORDS


def code_supported(sents: Sequence[Sentence], shared: np.ndarray | None = None) -> bool:
    """Whether the review as a whole reasons both Code stages, wherever the reasons sit: the public
    interest with factors of this case, and the evidential stage with reasons of its own or an analysis
    that cites the case's facts. A bare conclusion line is then no flaw (the "RPC." closing a reasoned
    analysis); a formula that would fit any case supports nothing."""
    if stage_words(sents, _PI_LABEL, STAGES[1]) < PI_WORDS:
        return False
    if stage_words(sents, _EVIDENTIAL_LABEL, STAGES[0]) >= EVIDENTIAL_WORDS:
        return True
    cites = (specificity(sents) if shared is None else shared) >= 2
    return sum(bool(c and {"analysis", "causal"} & s.signals) for s, c in zip(sents, cites, strict=True)) \
        >= ANALYSIS_SENTENCES


_SALUTATION = re.compile(r"^\W*(?:dear|hi|hello|good (?:morning|afternoon|evening))\b", re.IGNORECASE)
_VALEDICTION = re.compile(r"^\W*(?:yours (?:sincerely|faithfully|truly)|(?:kind|kindest|best|warm|warmest|with best) "
                          r"(?:regards|wishes)|regards|many thanks|thanks again)\b", re.IGNORECASE)


def letter_body(sents: Sequence[Sentence]) -> np.ndarray:
    """Per sentence: 1.0 inside the letter's body, 0.0 in its frame.

    The body runs from after the first salutation ("Dear ...", "Hi ...") to before the first
    valediction after it ("Yours sincerely", "Kind regards"); without a salutation it starts at the
    top, without a valediction it runs to the end.
    """
    start = next((i + 1 for i, s in enumerate(sents) if _SALUTATION.match(s.text)), 0)
    end = next((i for i in range(start, len(sents)) if _VALEDICTION.match(sents[i].text)), len(sents))
    body = np.zeros(len(sents))
    body[start:end] = 1.0
    return body


def _vrr_complete_without(at: dict[str, list[int]], drop: np.ndarray) -> list[bool]:
    """``vrr_complete(at, d)`` for each ``d`` in ``drop``, computed once per distinct case: leaving out a
    sentence that has none of the three signals gives the same answer anywhere between the same two
    sentences that have one (only which of them move up by one matters)."""
    if not at["vrr"]:
        return [False] * len(drop)
    marked = sorted({i for v in at.values() for i in v})
    done: dict[tuple[bool, int], bool] = {}
    out = []
    for d in map(int, drop):
        key = (True, d) if d in marked else (False, bisect_left(marked, d))
        if key not in done:
            done[key] = vrr_complete(at, d)
        out.append(done[key])
    return out


def vrr_complete(at: dict[str, list[int]], without: int | None = None) -> bool:
    """A review-right passage that also says how (contact) and when (a date or time limit) within 3 sentences.

    ``at`` lists the indexes of the sentences with each of the signals ``vrr``, ``vrr_how`` and
    ``vrr_when``; ``without`` leaves one sentence out (the later ones move up by one).
    """
    if not at["vrr"]:
        return False
    if without is not None:
        at = {k: [i - (i > without) for i in v if i != without] for k, v in at.items()}
    return any(any(abs(i - j) <= 3 for j in at["vrr_how"]) and any(abs(i - j) <= 3 for j in at["vrr_when"])
               for i in at["vrr"])

