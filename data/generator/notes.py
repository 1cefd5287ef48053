"""Competent terse reviews and their near misses, in the shapes ``styles`` lacks (session 5 round).

The layouts, cases and headings are those of ``data.generator.styles``; the parts differ, chosen
after reading the remaining errors on ``shared/data`` (``docs/model.md``, session 5):

- Code test: a bare "RPC: yes." closing a reasoned analysis, with a reasoned public interest line
  (label 0); a long evidential line that narrates the evidence, the account and the answer to it (0);
  bullet stages (0); a cross-reference to the analysis (0 when there is one, 1 when there is
  none); a reasoned evidential stage beside a bare public interest line (1).
- Disclosure in one terse line or a bullet that names the material or applies the test (0); a line
  that only says the schedules will follow or someone else will deal with it (1).
- Witnesses and victims in one line (officers only, needs beside "none"), the victim told of a
  no-further-action decision (0); "TBC" or "none" alone (1).
- No-further-action notes whose plan is a resubmission list, or a reason why no enquiry would
  help (0); a bare "file closed" (1).

Labels are sampled independently per concern, as in ``styles``. Run::

    python -m data.generator.notes --n 500 --seed 11 -o data/corpus/generated_notes.jsonl
"""

from __future__ import annotations

import random
from typing import Any

from data.generator import styles
from data.generator.builder import pick
from data.generator.styles import Case, Kit

Part = list[tuple[str, str]]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _reasoned_pi(rng: random.Random, c: Case) -> tuple[str, str]:
    pi = c.all("pi")
    return (
        pick(
            rng,
            [
                f"PI: {pi[0]}; {pi[1]}. Nothing weighs against - charge.",
                f"Public interest - {pi[0]}, and {pi[1]}; prosecution plainly needed.",
                f"PI clearly met: {pi[1]}; {pi[0]}.",
                f"PI - yes: {pi[0]}. {_cap(pi[1])}.",
            ],
        ),
        "code_public_interest",
    )


def code_part(rng: random.Random, c: Case, flagged: bool, terse: bool, decision: str, analysed: bool) -> Part:
    """The Code test stages; ``analysed`` says the draft has a reasoned analysis to point to."""
    ev, pi = c.all("ev"), c.all("pi")
    stop = decision in ("no_further_action", "discontinue")
    if flagged and stop:
        return styles.code_part(rng, c, flagged, terse, decision, analysed)
    if flagged:
        variant = rng.choice(["bare_pi", "bare_both", "xref"] if not analysed else ["bare_pi", "bare_both"])
        if variant == "xref":  # points to an analysis the draft does not have
            return [(pick(rng, ["Evidential: met - see above.", "RPC on the above.", "RPOC - as above."]), "code_bare"),
                    (pick(rng, ["PI: met.", "PI - yes.", "Public interest: clearly."]), "code_bare")]
        if variant == "bare_both":
            return [(pick(rng, ["RPC: yes.", "Evidential: yes.", "RPC - met."]), "code_bare"),
                    (pick(rng, ["PI: yes.", "PI - met.", "PI requires charge."]), "code_bare")]
        return [
            (pick(rng, [f"Evidential: met - {ev[0]}; {ev[1]}.", f"RPC: {ev[1]}, and {ev[0]}."]), "code_evidential"),
            (pick(rng, ["PI: met.", "PI - yes.", "Public interest requires a prosecution.", "PI: obviously."]),
             "code_bare"),
        ]
    if stop:
        return styles.code_part(rng, c, flagged, terse, decision, analysed)
    variant = rng.choice(["closing", "xref", "narrative", "bullets"] if analysed else ["bullets"])
    if variant == "closing":  # "RPC: yes." at the end of the analysis (moved there by ``arrange``)
        return [(pick(rng, ["RPC: yes.", "RPC.", "Evidential stage: met.", "So RPC."]), "code_closing"),
                _reasoned_pi(rng, c)]
    if variant == "xref":
        return [
            (pick(rng, ["RPOC for the above.", "Evidential: met for the reasons in the analysis.",
                        f"RPC - see analysis ({c.fill(c.off['issue'])}).", "Realistic prospect: yes, per para 2."]),
             "code_evidential"),
            _reasoned_pi(rng, c),
        ]
    if variant == "narrative":
        return [
            (
                f"Evidential: met - {c.fill(c.off['facts'])}; {ev[0]}. {c.S} in interview: "
                f"{c.fill(c.off['account'])}. {_cap(c.fill(c.off['issue']))} is the only live issue - "
                f"{c.fill(c.off['rebut'])}. {pick(rng, ['Ok.', 'Strong.', 'Fine.', ''])}".rstrip(),
                "code_evidential",
            ),
            _reasoned_pi(rng, c),
        ]
    return [
        (f"- Evidential: {ev[0]}; {ev[2]} - RPC", "code_evidential"),
        (f"- PI: {pi[0]}; {pi[1]}", "code_public_interest"),
    ]


def disclosure_part(rng: random.Random, c: Case, flagged: bool, terse: bool) -> Part:
    if flagged:
        if rng.random() < 0.3:
            return styles.disclosure_part(rng, c, flagged, terse)
        return [(pick(rng, ["Disclosure: MG6 schedules to follow.", "Unused - OIC to deal.", "CPIA: yes.",
                            "Disclosure: to be done.", "Unused: N/A at this stage."]), "disclosure_bare")]
    un = c.all("unused")
    return [
        (
            pick(
                rng,
                [
                    f"Unused: {un[0]} - viewed, doesn't undermine or assist; schedule served {c.date}.",
                    f"Disclosure: {un[0]} and {un[1]} on the MG6C - neither undermines; initial disclosure with IDPC.",
                    "Unused: nothing seen that undermines the case or helps D; MG6C endorsed and served.",
                    f"- Disclosure: {un[1]} - not disclosable; {un[0]} - disclose.",
                    f"Unused: nothing suggests more material exists; OIC to keep {un[0]} in case of review.",
                    f"Disclosure {c.date}: MG6C served. {_cap(un[0])} - consistent, does not undermine.",
                    f"Initial disclosure served {c.date}. {_cap(un[1])} is on the MG6C; {un[0]} was disclosed "
                    "as it may assist D. No outstanding defence requests.",
                    f"Unused: N/A for now as NFA, but {un[0]} points away from S - keep it with the file.",
                    f"Unused: {un[0]} - OIC to view and schedule; anything that helps D's account is disclosable.",
                ],
            ),
            "disclosure",
        )
    ]


def victim_part(rng: random.Random, c: Case, flagged: bool, terse: bool, stop: bool) -> Part:
    if flagged:
        if rng.random() < 0.3:
            return styles.victim_part(rng, c, flagged, terse, stop)
        return [(pick(rng, ["V/W: TBC.", "Victim: none.", "Witness care: to follow.", "SM: no."]),
                 "victim_needs_bare")]
    needs = c.all("victim")
    if stop:
        return [(pick(rng, [f"{c.V}: OIC to tell {c.V} the decision and why, in person, and give the VRR details.",
                            f"OIC to explain the NFA to {c.V} face to face; VRR leaflet; {needs[0]}."]),
                 "victim_needs")]
    return [
        (
            pick(
                rng,
                [
                    f"Wits: officers only ({pick(rng, styles.OFFICERS)} and {c.W}) - no SM issues; DTA on the MG10.",
                    f"Victim issues: none beyond {needs[2]}.",
                    f"{c.V}: VPS to be taken; no SM needed - content to give evidence in court; {needs[2]}.",
                    f"- V/W: {needs[0]}; {needs[1]}",
                    f"No civilian witnesses besides {c.W} - no SM issues; {needs[2]}.",
                ],
            ),
            "victim_needs",
        )
    ]


def strategy_part(rng: random.Random, c: Case, flagged: bool, terse: bool, stop: bool, post: bool) -> Part:
    if not stop:
        return styles.strategy_part(rng, c, flagged, terse, stop, post)
    if flagged:
        return [(pick(rng, ["NFA. File closed.", "RLOE: none.", "No further work.", "Close the file."]),
                 "strategy_bare")]
    acts, un = c.all("act"), c.all("unused")
    if rng.random() < 0.5:
        return [(f"Resubmit with:\n1) {acts[0]}\n2) {acts[1]}\n3) {acts[2]}", "strategy")]
    return [(f"Further RLOE: none that would change it - {un[0]} has been checked and takes it no further.",
             "strategy")]


def arrange(rng: random.Random, sections: dict[str, Part]) -> None:
    """A stage line that closes the analysis ("RPC: yes.") moves to the end of the analysis section."""
    code = sections["code"]
    if code and code[0][1] == "code_closing":
        sections["analysis"] = [*sections["analysis"], (code[0][0], "code_bare")]
        sections["code"] = code[1:]


KIT = Kit(
    code=code_part,
    strategy=strategy_part,
    disclosure=disclosure_part,
    victim=victim_part,
    arrange=arrange,
    prefix="gen-note",
    source="generator-notes",
)


def generate(n: int, seed: int) -> list[dict[str, Any]]:
    return styles.generate(n, seed, KIT)


if __name__ == "__main__":
    styles.main(kit=KIT, doc=__doc__)
