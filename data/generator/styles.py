"""Reviews in the layouts the main generator lacks: terse notes, filled-in forms, numbered memos,
e-mails and bilingual (English/Welsh) headings, each competent or deficient part by part.

Written for the error analysis of ``docs/model.md``: competent terse notes ("PI: met - knife
carried, victim 15") were flagged as unreasoned, and form fields ("Disclosure: N/A") or long
narratives were missed. Every concern is sampled independently (label 1 = the part is absent, a
bare formula under its field label, or narrative standing in for analysis); label 0 = the part
reasons from this case's facts, however briefly. Roles are recorded for the sentence-role model.

Run::

    python -m data.generator.styles --n 800 --seed 7 -o data/corpus/generated_styles.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from data.generator.builder import DocBuilder, pick

CONCERNS = (
    "weak_case_analysis",
    "no_case_strategy",
    "code_test_unreasoned",
    "disclosure_not_addressed",
    "victim_witness_needs_not_addressed",
)
PRE, POST = "pre_charge_review", "post_charge_review"
LAYOUTS = ("terse", "form", "memo", "email", "bilingual")
FLAG_SHARE = 0.45

SURNAMES = [
    "Okafor",
    "Pendry",
    "Lisowski",
    "Trevithick",
    "Mabbott",
    "Quarshie",
    "Ellerby",
    "Vaughan-Rees",
    "Hollings",
    "Dunmore",
    "Barrowclough",
    "Szymanski",
    "Ramsbottom",
    "Idowu",
    "Carrick",
    "Fenwick",
    "Heseltine",
    "Nwachukwu",
    "Ashdown",
    "Llewellyn",
    "Gethin",
    "Prothero",
    "Mistry",
    "Caddick",
]
MEN = ["Dale", "Morgan", "Rhys", "Tomasz", "Kieran", "Leon", "Curtis", "Owain", "Jamal", "Gareth", "Darren", "Iwan"]
WOMEN = ["Alys", "Bethany", "Nia", "Precious", "Carys", "Lowri", "Marta", "Shauna", "Tegan", "Imogen", "Delyth"]
TOWNS = ["Abermarl", "Pontwen", "Stockley", "Hallbridge", "Cwmderi", "Brackenholt", "Easterby", "Llanfarren"]
OFFICERS = ["DC Prowse", "PC Amberley", "DS Hanrahan", "PC Teague", "DC Olusanya", "PC Griffiths-Bell"]

# An offence: charge, what happened, the evidence (short and long), the issue, the defence account,
# public interest factors, actions for the police, unused material and what the victim needs.
OFFENCES: list[dict[str, Any]] = [
    {
        "charge": "assault occasioning actual bodily harm (s.47 OAPA 1861)",
        "short": "ABH",
        "v_female": False,
        "places": ["the Crown Inn, {town}", "the Red Lion, {town}", "{town} taxi rank"],
        "facts": "{S} head-butted {V} outside the {place} after an argument over a taxi, breaking {V}'s nose",
        "ev": [
            "door supervisor {W} saw the head-butt from two metres",
            "fracture confirmed on the A&E x-ray",
            "the {place} camera shows {S} stepping towards {V} a second before {V} drops",
        ],
        "issue": "self-defence",
        "account": "{V} swung first and {S} only pushed him away",
        "rebut": "the footage shows {V}'s hands down by his sides when {S} moves in",
        "pi": ["injury serious and lasting (surgery listed)", "{S} on a suspended sentence for affray"],
        "act": [
            "full-length CCTV from the {place} incl. the 10 minutes before",
            "statement from the taxi marshal",
            "{V}'s surgical notes to show lasting harm",
        ],
        "unused": [
            "the 999 call in which the caller describes 'two lads fighting'",
            "{W}'s PNC record (one old conviction for dishonesty)",
        ],
        "victim": [
            "{V} anxious about facing {S} - screens sought",
            "dental and surgery dates to avoid",
            "compensation for the broken nose to be sought",
        ],
    },
    {
        "charge": "burglary of a dwelling (s.9(1)(b) Theft Act 1968)",
        "short": "dwelling burglary",
        "v_female": True,
        "places": ["Maes-y-Coed flats, {town}", "Beacon Court, {town}"],
        "facts": "a laptop and jewellery were taken from {V}'s flat at {place} while {V} was at work",
        "ev": [
            "{S}'s fingerprint on the inside of the bathroom window",
            "{S} sold a ring matching {V}'s to a pawn shop two days later",
            "cell-site puts {S}'s phone within 300 m at the time",
        ],
        "issue": "identity",
        "account": "he had been in the flat weeks before to fix the boiler",
        "rebut": "{V}'s landlord says no boiler work was booked and the window print is on the inside frame",
        "pi": ["entry to a home while occupier out - high culpability", "{S} has 6 previous for burglary"],
        "act": [
            "pawn shop receipt and ID record",
            "landlord's statement on the boiler visits",
            "cell-site expert report",
        ],
        "unused": [
            "neighbour's sighting of 'a tall man in a grey hoodie' (S is 5'6\")",
            "the crime report entry for a similar burglary in the block the same week",
        ],
        "victim": [
            "{V} works shifts - dates to avoid provided",
            "VPS to be taken about loss of family jewellery",
            "compensation for the laptop (receipt £640)",
        ],
    },
    {
        "charge": "controlling or coercive behaviour (s.76 SCA 2015) and assault by beating",
        "short": "CCB",
        "v_female": True,
        "places": ["their home in {town}"],
        "facts": "over eighteen months {S} took {V}'s bank cards, tracked her phone and stopped her seeing her sister; "
        "on {date} he slapped her",
        "ev": [
            "{V}'s sister {W} describes the isolation and the slap mark she saw next day",
            "bank records show every withdrawal from {V}'s account made on {S}'s card reader",
            "messages from {S}: 'where are you, send me a photo now'",
        ],
        "issue": "whether the behaviour was controlling rather than an ordinary relationship",
        "account": "they shared money by agreement and he texted because he worried",
        "rebut": "the messages demand photos every hour and threaten to 'tell everyone' if she goes out",
        "pi": [
            "sustained abuse of a partner; harm to {V}'s health (GP notes of anxiety)",
            "a DA prosecution protects {V} and her child",
        ],
        "act": [
            "full phone download of {V}'s handset limited to messages with {S}",
            "GP records (with {V}'s consent)",
            "statement from {V}'s employer about {S} turning up at work",
        ],
        "unused": [
            "{V}'s earlier retraction statement from 2022",
            "counselling notes held by the DA service - third-party request",
        ],
        "victim": [
            "{V} is eligible for special measures as an intimidated witness - screens and a live link",
            "IDVA {W2} supporting",
            "restraining order on conviction; DAPO being considered by police",
        ],
    },
    {
        "charge": "possession of a bladed article in a public place (s.139 CJA 1988)",
        "short": "bladed article",
        "v_female": False,
        "places": ["{town} bus station", "the late shop on Heol Fawr, {town}"],
        "facts": "{S} was stopped outside {place} and a lock knife was found in his waistband",
        "ev": [
            "the search is on body-worn video",
            "the knife has a 9 cm locking blade (photographed and measured)",
            "{S} said on arrest 'it's for protection'",
        ],
        "issue": "good reason",
        "account": "he was carrying it for work as a carpet fitter",
        "rebut": "he was off work, it was 11 pm, and he told the officer it was 'for protection'",
        "pi": [
            "knife in a busy street at night",
            "{S} is 19 with no previous - but the statutory minimum regime applies only to a repeat",
        ],
        "act": [
            "employer's statement on whether a lock knife is issued for fitting work",
            "BWV to be clipped and served",
            "confirm street footfall figures are not needed",
        ],
        "unused": ["the stop and search record (grounds: 'smell of cannabis')", "second officer's notebook entry"],
        "victim": [
            "no civilian witnesses; officers' dates to avoid requested",
            "no victim - no VPS",
            "forfeiture and destruction of the knife",
        ],
    },
    {
        "charge": "fraud by false representation (s.2 Fraud Act 2006)",
        "short": "fraud",
        "v_female": True,
        "places": ["her bungalow in {town}"],
        "facts": "{S} posed as a builder and took £4,200 from {V}, aged 82, for roof work never done",
        "ev": [
            "bank transfer to an account in {S}'s name",
            "{V}'s neighbour {W} saw {S}'s van and noted the registration",
            "{S}'s online listing under a false trading name",
        ],
        "issue": "dishonesty",
        "account": "he meant to do the work and the materials were delayed",
        "rebut": "he took deposits from four other pensioners in the same month and did no work for any of them",
        "pi": ["a vulnerable elderly victim targeted at home", "loss is significant to {V} - her savings"],
        "act": [
            "statements from the other four customers to show a pattern",
            "bank records of where the money went",
            "Trading Standards record of complaints",
        ],
        "unused": ["{V}'s memory clinic letter noting mild impairment", "{S}'s supplier's invoice for roofing felt"],
        "victim": [
            "{V} is 82 with a hearing impairment - evidence by live link from home if possible",
            "Witness Care to arrange transport",
            "compensation order for £4,200",
        ],
    },
    {
        "charge": "racially aggravated harassment (s.31 CDA 1998)",
        "short": "RA harassment",
        "v_female": True,
        "places": ["the Spar on Station Road, {town}", "{town} retail park"],
        "facts": "{S} shouted racial abuse at {V}, a shop worker at {place}, on three visits over a week",
        "ev": [
            "shop CCTV with audio of the third visit",
            "co-worker {W} heard the first two visits",
            "{S} is identified by the loyalty card used at the till",
        ],
        "issue": "whether the words were directed at {V}",
        "account": "he was talking on his phone, not to anyone in the shop",
        "rebut": "the audio has him facing {V} and using her name",
        "pi": [
            "hostility based on race - a statutory aggravating factor",
            "repeated over a week; {V} has changed shifts",
        ],
        "act": [
            "enhance the audio and obtain a transcript",
            "till records for the loyalty card on all three dates",
            "statement from the shop manager on the shift change",
        ],
        "unused": [
            "the store's incident log (records only one visit)",
            "{W}'s earlier complaint against {S} over an unrelated refund",
        ],
        "victim": [
            "{V} frightened of reprisals - screens requested",
            "VPS to address the effect on her work",
            "restraining order to cover the shop",
        ],
    },
    {
        "charge": "possession of cocaine with intent to supply (s.5(3) MDA 1971)",
        "short": "PWITS",
        "v_female": False,
        "places": ["a car park off Heol Fawr, {town}", "{town} railway station"],
        "facts": "{S} was seen by {W} handing small wraps through car windows; 14 wraps and £380 were found on him",
        "ev": [
            "PC {W} watched three hand-to-hand exchanges from an unmarked car",
            "the 14 wraps are cocaine at 61% purity (lab report)",
            "{S}'s phone holds bulk 'menu' messages sent the same evening",
        ],
        "issue": "intent to supply",
        "account": "the wraps were for his own use, bought in bulk to save money",
        "rebut": "the exchanges were seen, the wraps are individually packed and the phone shows offers to buy",
        "pi": ["Class A supply in a public place", "{S} was on licence for a similar offence"],
        "act": [
            "expert drugs statement on packaging and value",
            "phone download report on the menu messages",
            "financial enquiry under POCA",
        ],
        "unused": ["PC {W}'s surveillance log", "the second officer's note that one exchange was 'unclear'"],
        "victim": [
            "witnesses are officers only ({W} and the exhibits officer) - no special measures issues",
            "dates to avoid for both officers to the WCU",
            "forfeiture of the drugs and cash",
        ],
    },
    {
        "charge": "driving with excess alcohol (s.5(1)(a) RTA 1988)",
        "short": "drink drive",
        "v_female": False,
        "places": ["the A470 near {town}", "the Heol Fawr roundabout, {town}"],
        "facts": "{S} was seen drifting across the centre line on {place} and stopped by PC {W}; "
        "the lower evidential reading was 71 (limit 35)",
        "ev": [
            "PC {W} followed the car for a mile and saw it cross the centre line three times (in-car video)",
            "the custody breath device printout gives 71 and 74 with calibration checks in range",
            "{S} admitted driving when stopped, on body-worn video",
        ],
        "issue": "post-driving drinking",
        "account": "he drank a can of lager in the car after parking",
        "rebut": "he never parked - PC {W} kept the car in sight from the driving to the stop, and no can was found",
        "pi": ["reading twice the limit on a main road at night", "{S} has one previous drink-drive (2016)"],
        "act": [
            "the device calibration record and service log",
            "copy of the in-car video, clipped to the driving",
            "back-calculation only if D serves notice of the drinking defence",
        ],
        "unused": ["the custody CCTV of the breath procedure", "the CAD log of the 999 call about the driving"],
        "victim": [
            "no victim; witnesses are PC {W} and the custody sergeant only - dates to avoid on the MG10",
            "no civilian witnesses and no special measures issues",
            "disqualification - minimum 12 months, likely longer on this reading",
        ],
    },
    {
        "charge": "making indecent photographs of children (s.1(1)(a) PCA 1978)",
        "short": "IIOC",
        "v_female": False,
        "places": ["his flat in {town}", "a shared house in {town}"],
        "facts": "a warrant at {place} found a laptop holding 2,140 indecent images of children, 38 of them Category A",
        "ev": [
            "the digital forensic report grades the images and puts them in {S}'s user profile",
            "the laptop was found in {S}'s bedroom and he gave its password",
            "the upload IP address is registered to {S}'s broadband account",
        ],
        "issue": "knowledge of the images",
        "account": "his flatmate also used the laptop",
        "rebut": "the images sit in a password-protected profile that only {S} knew, "
        "and the flatmate was abroad on the upload dates",
        "pi": ["Category A images and a large collection", "{S} works as a youth football coach"],
        "act": [
            "SFR1 on grading to be served; SFR2 on the user profile if NG",
            "flatmate's travel dates (statement and booking record)",
            "draft SHPO for the first hearing",
        ],
        "unused": [
            "the intelligence referral (sensitive - MG6D)",
            "the flatmate's own phone download, nil of relevance",
        ],
        "victim": [
            "no identified victims - images checked against the national database, none identified in the UK",
            "witnesses are police and forensic staff only; availability given to the WCU",
            "SHPO, notification and forfeiture of the devices",
        ],
    },
    {
        "charge": "assault of an emergency worker (s.39 CJA 1988 / s.1 AEW(O)A 2018)",
        "short": "AEW",
        "v_female": True,
        "places": ["{town} custody suite", "the back of a police van in {town}"],
        "facts": "{S} kicked PC {V} in the thigh while being moved at {place} after his arrest for being drunk",
        "ev": [
            "body-worn video of PC {V} shows the kick and {S} shouting abuse",
            "PC {W} saw the kick from the van door",
            "bruising to PC {V}'s thigh is photographed",
        ],
        "issue": "intoxication and intent",
        "account": "he remembers nothing after a night out",
        "rebut": "voluntary intoxication is no defence to a basic intent assault, and the video shows an aimed kick",
        "pi": [
            "an assault on an officer doing her duty - a statutory aggravating factor",
            "{S} has two previous for violence",
        ],
        "act": [
            "BWV of both officers clipped and served",
            "photographs of the bruising exhibited",
            "custody record for the times",
        ],
        "unused": ["the custody CCTV (viewed, consistent)", "the medical note from the custody nurse"],
        "victim": [
            "victim and witness are serving officers - no special measures needed; dates to avoid requested",
            "PC {V}'s impact statement to be taken for sentence",
            "compensation for the officer's torn uniform",
        ],
    },
]

DECISIONS_PRE = [
    ("charge", "Charge {S} - {charge}."),
    ("charge", "Authorise charge: {charge}."),
    ("no_further_action", "NFA - {short} not made out against {S}."),
]
DECISIONS_POST = [
    ("continue", "Continue on {short} against {S}."),
    ("continue", "Prosecution to proceed: {charge}."),
    ("discontinue", "Discontinue the {short} against {S}."),
]


@dataclass
class Case:
    S: str
    V: str
    W: str
    W2: str
    place: str
    date: str
    off: dict[str, Any]

    def fill(self, text: str) -> str:
        return text.format(
            S=self.S,
            V=self.V,
            W=self.W,
            W2=self.W2,
            place=self.place,
            date=self.date,
            charge=self.off["charge"],
            short=self.off["short"],
        )

    def all(self, key: str) -> list[str]:
        return [self.fill(x) for x in self.off[key]]


def make_case(rng: random.Random) -> Case:
    names = rng.sample(SURNAMES, 4)
    off = pick(rng, OFFENCES)
    men, women = rng.sample(MEN, 3), rng.sample(WOMEN, 3)
    first = [men[0], (women if off["v_female"] else men)[1], women[2], pick(rng, men[1:] + women[:1])]
    place = pick(rng, off["places"]).format(town=pick(rng, TOWNS))
    day = rng.randint(1, 27)
    month = pick(rng, ["March", "April", "June", "September", "November"])
    return Case(
        f"{first[0]} {names[0].upper()}",
        f"{first[1]} {names[1]}",
        f"{first[2]} {names[2]}",
        f"{first[3]} {names[3]}",
        place,
        f"{day} {month}",
        off,
    )


# -- parts: (text, role) pairs; label 1 returns a bare formula, narrative, or nothing -------------------


def analysis_part(rng: random.Random, c: Case, flagged: bool, terse: bool) -> list[tuple[str, str]]:
    off = c.off
    if not flagged:
        ev = c.all("ev")
        if terse:
            return [
                (f"Issue: {c.fill(off['issue'])} - {c.S} says {c.fill(off['account'])}.", "analysis"),
                (f"Against that: {ev[0]}; {c.fill(off['rebut'])}.", "analysis"),
            ]
        return [
            (
                f"The real issue is {c.fill(off['issue'])}: {c.S}'s account is that {c.fill(off['account'])}.",
                "analysis",
            ),
            (f"That account is undermined because {c.fill(off['rebut'])}, and {ev[1]}.", "analysis"),
            (
                pick(
                    rng,
                    [
                        f"The weakness is that {ev[2]} is circumstantial on its own, but it fits the rest.",
                        f"A jury could be troubled by the gap in {c.V}'s timings, though {ev[0]} fills it.",
                    ],
                ),
                "analysis",
            ),
        ]
    kind = rng.random()
    if kind < 0.35:
        return []
    if kind < 0.7:
        return [
            (
                pick(
                    rng,
                    [
                        "Analysis: strong case.",
                        "Assessment: evidence is sufficient - see summary.",
                        "Case analysis: as per the evidence above.",
                        "Strengths/weaknesses: nil of note.",
                        "The evidence is good and the case should succeed.",
                    ],
                ),
                "analysis_bare",
            )
        ]
    narrative = [
        f"On {c.date} {c.fill(off['facts'])}.",
        f"Police were called and attended {c.place}.",
        f"{c.V} gave a statement to officers the same day.",
        f"{c.S} was arrested and interviewed.",
        f"In interview {c.S} said {c.fill(off['account'])}.",
        "The file was then submitted for advice.",
    ]
    return [(s, "allegation") for s in narrative[: rng.randint(4, 6)]]


def code_part(
    rng: random.Random, c: Case, flagged: bool, terse: bool, decision: str, analysed: bool
) -> list[tuple[str, str]]:
    ev, pi = c.all("ev"), c.all("pi")
    if flagged:
        return [
            (
                pick(
                    rng,
                    [
                        "FCT met.",
                        "Code test: met.",
                        "Evidential: met. PI: met.",
                        "Both stages of the Code are satisfied.",
                        "Full Code Test passed - public interest requires a prosecution.",
                        "RPC - yes. PI - yes.",
                        "Evidential and public interest stages met.",
                    ],
                ),
                "code_bare",
            )
        ]
    if decision in ("no_further_action", "discontinue"):
        return [
            (
                f"Evidential: not met - {ev[0]} but {c.S}'s account that {c.fill(c.off['account'])} cannot be excluded "
                f"once the unused material is considered.",
                "code_evidential",
            )
        ]
    if analysed and rng.random() < 0.25:  # the reasons are in the analysis the stage points to
        return [
            (
                pick(
                    rng,
                    [
                        f"Evidential stage met for the reasons in the analysis above ({c.fill(c.off['issue'])}).",
                        "RPC for the reasons above.",
                        f"Evidential: met - see the analysis above on {c.fill(c.off['issue'])}.",
                        "Code: RPC on the above.",
                    ],
                ),
                "code_evidential",
            ),
            (f"PI: {pi[0]} - prosecution needed.", "code_public_interest"),
        ]
    if terse:
        evid = pick(
            rng,
            [
                f"Evidential: met - {ev[0]}; {ev[1]}.",
                f"Evidential: met - {c.fill(c.off['facts'])}; {ev[0]}.",
                f"Evidential - {ev[0]}, and {ev[1]}. RPC.",
                f"RPC: {ev[0]}; {ev[1]}.",
                f"Evid stage met as {ev[0]} and {ev[1]}.",
                f"Code: Evidential - {ev[1]}; {ev[0]}. RPC.",
            ],
        )
        public = pick(
            rng,
            [
                f"PI: met - {pi[0]}; {pi[1]}.",
                f"PI - {pi[0]}, {pi[1]}. Prosecution required.",
                f"PI factors: {pi[0]}; {pi[1]} - nothing against.",
                f"Public interest: {pi[0]}, and {pi[1]}.",
            ],
        )
        return [(evid, "code_evidential"), (public, "code_public_interest")]
    return [
        (f"There is a realistic prospect of conviction: {ev[0]}, and {ev[2]}.", "code_evidential"),
        (f"A prosecution is required in the public interest because {pi[0]} and {pi[1]}.", "code_public_interest"),
    ]


def strategy_part(
    rng: random.Random, c: Case, flagged: bool, terse: bool, stop: bool, post: bool
) -> list[tuple[str, str]]:
    if flagged:
        if rng.random() < 0.4:
            return []
        return [
            (
                pick(
                    rng,
                    [
                        "Case strategy: see MG5.",
                        "Action plan: none.",
                        "Further work: TBC.",
                        "Strategy: as above.",
                        "Actions: OIC to progress.",
                        "Trial strategy - to follow.",
                    ],
                ),
                "strategy_bare",
            )
        ]
    acts = c.all("act")
    due = rng.randint(7, 28)
    if stop:
        return [
            (
                pick(
                    rng,
                    [
                        f"Before any resubmission the OIC should pursue {acts[0]} and {acts[1]}.",
                        f"Lines of enquiry before resubmission: 1) {acts[0]} 2) {acts[1]}. Refer back if they "
                        f"support the {c.fill(c.off['issue'])} point.",
                        f"NFA for now. If the OIC obtains {acts[0]}, resubmit for a fresh decision - {due} days.",
                        f"Outstanding: {acts[1]}; {acts[0]}. Only with both could the test be met.",
                    ],
                ),
                "strategy",
            )
        ]
    if terse:
        return [
            (
                pick(
                    rng,
                    [
                        f"Actions (OIC, {due} days): {acts[0]}; {acts[1]}.",
                        f"OIC to get {acts[0]} by day {due}.",
                        f"To do: 1) {acts[0]} 2) {acts[1]} - {due} days.",
                        f"- OIC - {acts[0]} - {due} days\n- OIC - {acts[1]} - {due + 7} days\n"
                        "- Lawyer - review on receipt",
                    ],
                ),
                "strategy",
            ),
            (
                pick(
                    rng,
                    [
                        f"Venue/plea: expect NG on {c.fill(c.off['issue'])}; trial on that issue.",
                        f"If NG - trial on {c.fill(c.off['issue'])}; {acts[2]} before the PTPH.",
                    ]
                    + [f"Trial: {c.W} live, officers s.9; {acts[2]} served; ready on {c.fill(c.off['issue'])}."] * post,
                ),
                "strategy",
            ),
        ]
    return [
        (f"The officer should obtain {acts[0]} and {acts[1]} within {due} days.", "strategy"),
        (f"At trial the Crown will meet the {c.fill(c.off['issue'])} point with {acts[2]}.", "strategy"),
    ]


def disclosure_part(rng: random.Random, c: Case, flagged: bool, terse: bool) -> list[tuple[str, str]]:
    if flagged:
        if rng.random() < 0.35:
            return []
        return [
            (
                pick(
                    rng,
                    [
                        "Disclosure: N/A.",
                        "Disclosure - nil.",
                        "CPIA complied with.",
                        "Unused: schedules endorsed.",
                        "Disclosure: none at this stage.",
                        "No disclosure issues.",
                    ],
                ),
                "disclosure_bare",
            )
        ]
    un = c.all("unused")
    if terse:
        return [
            (
                pick(
                    rng,
                    [
                        f"Unused: {un[0]} - meets the test, disclose; {un[1]} - review when MG6C arrives.",
                        f"MG6C reviewed - {un[1]} does not undermine or assist; {un[0]} may assist D, disclose.",
                        f"Disclosure: {un[0]} to be scheduled and served; continuing duty - revisit on the DCS.",
                    ],
                ),
                "disclosure",
            )
        ]
    return [
        (f"On the unused material, {un[0]} might assist the defence and should be disclosed.", "disclosure"),
        (f"{un[1][0].upper() + un[1][1:]} is to be listed on the MG6C and kept under review.", "disclosure"),
    ]


def victim_part(rng: random.Random, c: Case, flagged: bool, terse: bool, stop: bool) -> list[tuple[str, str]]:
    if flagged:
        if rng.random() < 0.4:
            return []
        return [
            (
                pick(
                    rng,
                    [
                        "Victim issues: none.",
                        "V/W: N/A.",
                        "Witness needs - nil.",
                        "No victim issues.",
                        "Special measures: n/a.",
                    ],
                ),
                "victim_needs_bare",
            )
        ]
    needs = c.all("victim")
    if stop:
        return [(f"{c.V} to be told in person by the OIC before the VCL letter; {needs[0]}.", "victim_needs")]
    if terse:
        return [
            (
                pick(
                    rng,
                    [
                        f"V/W: {needs[0]}; {needs[1]}.",
                        f"Wits: {needs[0]}. {needs[1][0].upper() + needs[1][1:]}.",
                        f"Victim: {needs[1]}; {needs[2]}; no SM needed beyond that.",
                        f"Witnesses: {needs[0]}. {needs[1][0].upper() + needs[1][1:]}.",
                    ],
                ),
                "victim_needs",
            )
        ]
    return [
        (f"{needs[0][0].upper() + needs[0][1:]}, and {needs[1]}.", "victim_needs"),
        (f"On conviction: {needs[2]}.", "victim_needs"),
    ]


HEADINGS = {
    "form": {
        "facts": "Summary of facts:",
        "analysis": "Case analysis:",
        "code": "Code test:",
        "decision": "Decision:",
        "strategy": "Case strategy / action plan:",
        "disclosure": "Disclosure:",
        "victim": "Victim and witness needs:",
    },
    "bilingual": {
        "facts": "Ffeithiau / Facts",
        "analysis": "Dadansoddiad / Analysis",
        "code": "Y Prawf Cod / Code Test",
        "decision": "Penderfyniad / Decision",
        "strategy": "Strategaeth yr achos / Case strategy",
        "disclosure": "Datgelu / Disclosure",
        "victim": "Dioddefwyr a thystion / Victims and witnesses",
    },
}


@dataclass(frozen=True)
class Kit:
    """The part writers a generator composes (``data.generator.notes`` swaps some), the id prefix and
    the ``meta.source`` of its records."""

    analysis: Callable[..., list[tuple[str, str]]] = analysis_part
    code: Callable[..., list[tuple[str, str]]] = code_part
    strategy: Callable[..., list[tuple[str, str]]] = strategy_part
    disclosure: Callable[..., list[tuple[str, str]]] = disclosure_part
    victim: Callable[..., list[tuple[str, str]]] = victim_part
    arrange: Callable[[random.Random, dict[str, list[tuple[str, str]]]], None] | None = None
    prefix: str = "gen-sty"
    source: str = "generator-styles"


def build(rng: random.Random, n: int, kit: Kit | None = None) -> dict[str, Any]:
    kit = kit or Kit()
    doc_type = PRE if rng.random() < 0.5 else POST
    labels = {k: int(rng.random() < FLAG_SHARE) for k in CONCERNS}
    layout = pick(rng, LAYOUTS)
    c = make_case(rng)
    name = c.S
    if layout in ("terse", "email") and rng.random() < 0.6:  # "S"/"D" for the suspect or defendant, as notes do
        c.S = "S" if doc_type == PRE else "D"
    terse = layout in ("terse", "form") or (layout == "email" and rng.random() < 0.5)
    bullets = layout in HEADINGS and rng.random() < 0.4
    options = DECISIONS_PRE if doc_type == PRE else DECISIONS_POST
    kind, decision_text = pick(rng, options[:2]) if rng.random() < 0.75 else options[2]
    stop = kind not in ("charge", "continue")
    sections = {
        "facts": [
            (f"{c.date}: {c.fill(c.off['facts'])}.", "allegation"),
            ("Evidence: " + "; ".join(c.all("ev")[:2]) + ".", "evidence_list"),
        ],
        "analysis": kit.analysis(rng, c, bool(labels["weak_case_analysis"]), terse),
        "code": kit.code(rng, c, bool(labels["code_test_unreasoned"]), terse, kind, not labels["weak_case_analysis"]),
        "decision": [(c.fill(decision_text), "decision")],
        "strategy": kit.strategy(rng, c, bool(labels["no_case_strategy"]), terse, stop, doc_type == POST),
        "disclosure": kit.disclosure(rng, c, bool(labels["disclosure_not_addressed"]), terse),
        "victim": kit.victim(rng, c, bool(labels["victim_witness_needs_not_addressed"]), terse, stop),
    }
    if kit.arrange:
        kit.arrange(rng, sections)
    order = list(sections)
    if rng.random() < 0.4:
        order.remove("decision")
        order.insert(rng.randint(0, 2), "decision")
    b = DocBuilder()
    _header(rng, b, layout, c, doc_type, name)
    number = 1
    for key in order:
        parts = sections[key]
        if not parts:
            continue
        if layout in HEADINGS:
            b.add(HEADINGS[layout][key], "heading").add("\n")
        for text, role in parts:
            if layout == "memo":
                b.add(f"{number}. ")
                number += 1
            elif bullets:
                b.add("- ")
            b.add(text, role).add("\n" if layout != "memo" or rng.random() < 0.5 else "\n\n")
        if layout in HEADINGS:
            b.add("\n")
    _footer(rng, b, layout)
    prefix = {PRE: "pre", POST: "post"}[doc_type]
    return b.record(f"{kit.prefix}-{prefix}-{n:05d}", doc_type, labels, source=kit.source, decision=kind, layout=layout)


def _header(rng: random.Random, b: DocBuilder, layout: str, c: Case, doc_type: str, name: str) -> None:
    officer = pick(rng, OFFICERS)
    pre = doc_type == PRE
    title = (
        pick(rng, ["MG3 - pre-charge advice", "Pre-charge decision", "CPSD advice"])
        if pre
        else pick(rng, ["Review - post charge", "FULL FILE REVIEW", "INITIAL REVIEW", "Trial readiness review"])
    )
    who = ("S", "Suspect", "Sawl a ddrwgdybir") if pre else ("D", "Defendant", "Diffynnydd")
    stage = (
        pick(rng, [f"In custody since {rng.randint(6, 11)}:00.", "Released under investigation.", "On police bail."])
        if pre
        else pick(
            rng,
            [
                "First hearing next week.",
                f"PTPH {c.date}.",
                f"Trial {c.date}, magistrates' court.",
                "DCS served last week.",
            ],
        )
    )
    if layout == "email":
        b.add(f"From: {pick(rng, ['Lawyer', 'Senior Crown Prosecutor', 'District Crown Prosecutor'])}\n")
        b.add(f"To: {officer}\nSubject: RE: {name} - {c.off['short']} - {title}\n\n")
        b.add(pick(rng, [f"Hi {officer.split()[-1]},", "Morning,", "Thanks for the file."]) + f" {stage}\n\n")
    elif layout == "bilingual":
        b.add(f"Gwasanaeth Erlyn y Goron / Crown Prosecution Service\n{title}\n", "heading")
        b.add(f"{who[2]} / {who[1]}: {name}\n{stage}\n\n")
    elif layout == "form":
        b.add(f"{title}\n{who[1]}: {name}\nOfficer: {officer}\nOffence: {c.off['charge']}\nStage: {stage}\n\n")
    elif layout == "memo":
        b.add(f"{title.upper()}\nR v {name.split()[-1].title()}\n{stage}\n\n")
    elif not pre and rng.random() < 0.5:  # a dated review note: "Review 12/03/24", then the defendant
        b.add(f"Review {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2{rng.randint(0, 4)}\n")
        b.add(f"{c.off['charge'][0].upper() + c.off['charge'][1:]}. D: {name}. {stage}\n")
    else:
        b.add(
            f"{c.date} {rng.randint(8, 23)}:{rng.choice(['05', '20', '40'])} - {officer} - {who[0]}: {name}. {stage}\n"
        )


def _footer(rng: random.Random, b: DocBuilder, layout: str) -> None:
    if layout == "email":
        b.add("\n" + pick(rng, ["Any problems give me a call.", "Thanks", "Regards"]) + "\n")
    elif rng.random() < 0.5:
        b.add("\n" + pick(rng, ["Reviewing lawyer", "SCP, CPS Cymru-Wales", "CPSD lawyer"]) + "\n")


def generate(n: int, seed: int, kit: Kit | None = None) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [build(rng, i, kit) for i in range(n)]


def main(argv: list[str] | None = None, kit: Kit | None = None, doc: str | None = None) -> None:
    parser = argparse.ArgumentParser(description=(doc or __doc__).splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    with args.output.open("w", encoding="utf-8") as fh:
        for record in generate(args.n, args.seed, kit):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
