"""Compositional generator of labelled prosecutors' reviews (pre-charge MG3s, post-charge reviews).

Each draft is built from a sampled case (offence, people, places, dates, evidence, the issue in
dispute and the interview account) and five independently sampled concern labels. Every concern
decides how its part is written:

* label 0: the part is written with substance, built from the case facts;
* label 1: the part is absent, or present as boilerplate (often under its proper heading).

The layout (headed MG3, flowing prose, terse notes, or a mixture) is sampled independently of the
labels, so neither headings nor length give the labels away.

Run::

    python -m data.generator.reviews --n 1800 --seed 2 -o data/corpus/generated_reviews.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from data.generator.builder import DocBuilder, add_typos, pick

CONCERNS = (
    "weak_case_analysis",
    "no_case_strategy",
    "code_test_unreasoned",
    "disclosure_not_addressed",
    "victim_witness_needs_not_addressed",
)
PRE, POST = "pre_charge_review", "post_charge_review"
PRE_SHARE = 0.55
FLAG_SHARE = 0.45  # share of drafts flagged for each concern, per doc type

# ---------------------------------------------------------------------------------------------
# People, places, dates
# ---------------------------------------------------------------------------------------------

FEMALE = [
    "Sarah",
    "Emma",
    "Aisha",
    "Chloe",
    "Jade",
    "Hannah",
    "Priya",
    "Leanne",
    "Gemma",
    "Zara",
    "Olivia",
    "Megan",
    "Stacey",
    "Joanne",
    "Kerry",
    "Amira",
    "Natalie",
    "Ewa",
    "Fatima",
    "Rebecca",
    "Lucy",
    "Siobhan",
    "Tanya",
    "Bethan",
    "Kirsty",
    "Nadia",
    "Claire",
    "Donna",
    "Rachel",
    "Sophie",
    "Shannon",
    "Courtney",
    "Anita",
    "Lauren",
    "Katie",
    "Maria",
    "Yasmin",
]
MALE = [
    "James",
    "Daniel",
    "Connor",
    "Mohammed",
    "Liam",
    "Ryan",
    "Jamie",
    "Kieran",
    "Tomasz",
    "Darren",
    "Lee",
    "Craig",
    "Adam",
    "Imran",
    "Callum",
    "Nathan",
    "Jordan",
    "Wayne",
    "Gareth",
    "Scott",
    "Marcus",
    "Dean",
    "Owen",
    "Bilal",
    "Ashley",
    "Reece",
    "Paul",
    "Stephen",
    "Kyle",
    "Jason",
    "Tyler",
    "Harvey",
    "Mark",
    "Rhys",
    "Kofi",
    "Declan",
    "Shane",
    "Gary",
    "Andrei",
]
SURNAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Khan",
    "Hughes",
    "Edwards",
    "Hussain",
    "Lewis",
    "Harris",
    "Morgan",
    "Price",
    "Turner",
    "Ali",
    "Kowalski",
    "Begum",
    "Murphy",
    "O'Neill",
    "Cooper",
    "Ward",
    "Morris",
    "Bennett",
    "Gray",
    "Shaw",
    "Kelly",
    "Mensah",
    "Reid",
    "Barker",
    "Telford",
    "Ashworth",
    "Corrigan",
    "Nowak",
    "Okafor",
    "Fletcher",
    "Pearce",
    "Doyle",
]
TOWNS = [
    ("Bristol", "Bristol Magistrates' Court", "Bristol Crown Court", "Southmead Hospital"),
    ("Leeds", "Leeds Magistrates' Court", "Leeds Crown Court", "Leeds General Infirmary"),
    (
        "Manchester",
        "Manchester Magistrates' Court",
        "Manchester Crown Court (Minshull Street)",
        "Manchester Royal Infirmary",
    ),
    (
        "Birmingham",
        "Birmingham Magistrates' Court",
        "Birmingham Crown Court",
        "Queen Elizabeth Hospital",
    ),
    (
        "Nottingham",
        "Nottingham Magistrates' Court",
        "Nottingham Crown Court",
        "Queen's Medical Centre",
    ),
    (
        "Leicester",
        "Leicester Magistrates' Court",
        "Leicester Crown Court",
        "Leicester Royal Infirmary",
    ),
    (
        "Cardiff",
        "Cardiff Magistrates' Court",
        "Cardiff Crown Court",
        "University Hospital of Wales",
    ),
    ("Swansea", "Swansea Magistrates' Court", "Swansea Crown Court", "Morriston Hospital"),
    ("Plymouth", "Plymouth Magistrates' Court", "Plymouth Crown Court", "Derriford Hospital"),
    (
        "Exeter",
        "Exeter Magistrates' Court",
        "Exeter Crown Court",
        "the Royal Devon and Exeter Hospital",
    ),
    (
        "Norwich",
        "Norwich Magistrates' Court",
        "Norwich Crown Court",
        "Norfolk and Norwich Hospital",
    ),
    ("Ipswich", "Suffolk Magistrates' Court", "Ipswich Crown Court", "Ipswich Hospital"),
    ("Luton", "Luton Magistrates' Court", "Luton Crown Court", "Luton and Dunstable Hospital"),
    (
        "Reading",
        "Reading Magistrates' Court",
        "Reading Crown Court",
        "the Royal Berkshire Hospital",
    ),
    (
        "Southampton",
        "Southampton Magistrates' Court",
        "Southampton Crown Court",
        "Southampton General Hospital",
    ),
    (
        "Portsmouth",
        "Portsmouth Magistrates' Court",
        "Portsmouth Crown Court",
        "Queen Alexandra Hospital",
    ),
    ("Sheffield", "Sheffield Magistrates' Court", "Sheffield Crown Court", "the Northern General"),
    ("Hull", "Hull Magistrates' Court", "Hull Crown Court", "Hull Royal Infirmary"),
    ("Newcastle", "Newcastle Magistrates' Court", "Newcastle Crown Court", "the RVI"),
    ("Preston", "Preston Magistrates' Court", "Preston Crown Court", "Royal Preston Hospital"),
    (
        "Stoke-on-Trent",
        "North Staffordshire Justice Centre",
        "Stoke-on-Trent Crown Court",
        "Royal Stoke University Hospital",
    ),
    (
        "Derby",
        "Southern Derbyshire Magistrates' Court",
        "Derby Crown Court",
        "Royal Derby Hospital",
    ),
    (
        "Northampton",
        "Northampton Magistrates' Court",
        "Northampton Crown Court",
        "Northampton General",
    ),
    (
        "Gloucester",
        "Gloucestershire Magistrates' Court",
        "Gloucester Crown Court",
        "Gloucestershire Royal Hospital",
    ),
    ("Swindon", "Swindon Magistrates' Court", "Swindon Crown Court", "the Great Western Hospital"),
    (
        "Stockport",
        "Stockport Magistrates' Court",
        "Manchester Crown Court (Crown Square)",
        "Stepping Hill Hospital",
    ),
]
STREETS = [
    "Victoria Road",
    "Station Street",
    "the High Street",
    "Church Lane",
    "Mill Road",
    "Park Avenue",
    "Queen Street",
    "Albert Road",
    "King Street",
    "Green Lane",
    "Manor Way",
    "Elm Grove",
    "Canal Street",
    "Market Place",
    "London Road",
    "Chapel Street",
    "Windsor Close",
    "Oak Drive",
    "Moor Lane",
    "Bridge Street",
    "Northgate",
    "Castle Street",
    "Newport Road",
]
PUBS = [
    "the Red Lion",
    "the Crown",
    "the King's Head",
    "the White Hart",
    "the Railway Tavern",
    "the Plough",
    "the Wheatsheaf",
    "the Royal Oak",
    "the Black Horse",
    "the George",
]
SHOPS = [
    "Tesco Express",
    "the Co-op",
    "Boots",
    "Sainsbury's Local",
    "B&M",
    "Aldi",
    "Superdrug",
    "JD Sports",
    "Lidl",
    "Home Bargains",
    "a Spar shop",
    "the Londis",
]
RANKS_OIC = ["DC", "PC", "DS", "TDC", "DC", "PC"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LANGUAGES = [
    "Polish",
    "Romanian",
    "Urdu",
    "Arabic",
    "Tigrinya",
    "Kurdish Sorani",
    "Portuguese",
    "Lithuanian",
    "Albanian",
    "Vietnamese",
]


def fmt_date(d: date, style: int) -> str:
    """A date in one of the styles prosecutors use."""
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return d.strftime("%d.%m.%y")
    if style == 3:
        return d.strftime("%d/%m/%y")
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

_SENT_START = re.compile(r"((?:^|\n)\s*(?:[-*\u2022]\s+|\d+[.)]\s+|\([a-z]\)\s+)?|[.!?]\s+)([a-z])(?![.\d])")


def cap(text: str) -> str:
    """Capitalise the first letter of each sentence (templates may start with 'the complainant')."""
    return _SENT_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)


_KEEP_CAPS = {
    "Mr",
    "Ms",
    "Mrs",
    "Miss",
    "PC",
    "DC",
    "DS",
    "TDC",
    "Dr",
    "Turnbull",
    "Ivey",
    "Code",
    "Crown",
    "Victims'",
    "Victim",
}


def lower_first(text: str) -> str:
    """Lower-case the first letter unless it starts an acronym or a name ('CCTV', 'Ms Khan')."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        first = re.split(r"[\s',]", text, maxsplit=1)[0]
        if first not in _KEEP_CAPS and first not in FEMALE and first not in MALE and first not in SURNAMES:
            return text[0].lower() + text[1:]
    return text


_ABBREVIATIONS = [
    (r"\bthe officer in the case\b", "OIC"),
    (r"\bofficer in the case\b", "OIC"),
    (r"\bthe complainant\b", "V"),
    (r"\bthe victim\b", "V"),
    (r"\bthe suspect\b", "D"),
    (r"\bthe defendant\b", "D"),
    (r"\brealistic prospect of conviction\b", "RPC"),
    (r"\bthe public interest\b", "PI"),
    (r"\bpublic interest\b", "PI"),
    (r"\bFull Code Test\b", "FCT"),
    (r"\bbody[- ]worn video\b", "BWV"),
    (r"\bthe defence case statement\b", "the DCS"),
    (r"\bdefence case statement\b", "DCS"),
    (r"\brestraining order\b", "RO"),
    (r"\bvictim personal statement\b", "VPS"),
    (r"\bprevious convictions\b", "pre-cons"),
    (r"\bnot guilty\b", "NG"),
    (r"\bthe magistrates' court\b", "the MC"),
    (r"\bapproximately\b", "approx"),
    (r"\bbecause\b", "as"),
    (r"\bstatement\b", "stmt"),
    (r"\bwitness\b", "wit"),
    (r"\bidentification\b", "ID"),
    (r"\binterview\b", "int"),
    (r"\bregarding\b", "re"),
    (r"\bwithout\b", "w/o"),
    (r"\bspecial measures\b", "SMs"),
    (r"\bbad character\b", "BC"),
    (r"\bevidence\b", "evid"),
]


def abbreviate(rng: random.Random, text: str) -> str:
    """Terse-note register: the usual abbreviations, applied patchily as a real note-taker would."""
    for pattern, repl in _ABBREVIATIONS:
        if rng.random() < 0.75:
            text = re.sub(pattern, repl, text)
            text = re.sub(pattern[:2] + pattern[2].upper() + pattern[3:], repl, text)
    text = re.sub(
        r"\bthe (CCTV|BWV|OIC|DCS|VPS|MG6C|MG6D)\b",
        lambda m: m.group(1) if rng.random() < 0.6 else m.group(0),
        text,
    )
    return text


class Ctx(dict):
    """Template context; ``fill`` resolves nested slots (slots may themselves hold {keys})."""

    def fill(self, template: str) -> str:
        text = template
        for _ in range(4):
            if "{" not in text:
                break
            text = text.format_map(self)
        return text


# ---------------------------------------------------------------------------------------------
# Offences
# ---------------------------------------------------------------------------------------------

# Each offence: what the charge is, how it is tried, what is typically in dispute, what evidence a
# file of that kind holds, and slot options that make the facts concrete. ``lesser`` is the
# alternative for a reduced charge or an accepted plea (None when there is no sensible one).

OFFENCES: list[dict[str, Any]] = [
    {
        "key": "abh",
        "cat": "violence",
        "name": "assault occasioning actual bodily harm",
        "statute": "contrary to section 47 of the Offences Against the Person Act 1861",
        "abbr": "s.47 ABH",
        "mode": "either",
        "maxs": "five years' imprisonment",
        "lesser": ("assault by beating", "common assault (s.39 CJA 1988)"),
        "issues": ["identity", "self_defence", "intent"],
        "rel": "stranger",
        "evidence": ["w_statement", "cctv", "bwv", "medical", "photos", "call_999", "id_procedure"],
        "elements": [
            ("an assault or battery", ["cctv", "w_statement", "pw"]),
            ("that it occasioned actual bodily harm", ["medical", "photos", "bwv"]),
            ("intention or recklessness as to the use of force", ["cctv", "w_statement", "pw"]),
        ],
        "paired": ("injury",),
        "slots": {
            "act": [
                "punched {v_obj} twice to the face",
                "headbutted {v_obj} and then punched {v_obj} as {v_sub} turned away",
                "pushed {v_obj} to the ground and kicked {v_obj} once to the ribs",
                "grabbed {v_obj} by the collar and punched {v_obj} to the left eye",
                "punched {v_obj} in the mouth and then swung at {v_obj} again",
            ],
            "injury": [
                "a cut above the left eyebrow closed with steri-strips and a bloodied nose",
                "a swollen and bruised eye socket and a cut to the back of the head",
                "two cracked ribs and grazing to both hands",
                "a swollen, closed left eye",
                "a split lip and a chipped front tooth",
            ],
            "place": [
                "outside {pub} on {street}",
                "in the smoking area of {pub}",
                "at the taxi rank on {street}",
                "in the car park of {shop} on {street}",
                "on {street} near the bus station",
            ],
            "trigger": [
                "a spilt drink",
                "the queue for a taxi",
                "a parking space",
                "a remark about a football shirt",
                "who was next at the bar",
                "a bump on the dance floor",
            ],
            "serious": [
                "an unprovoked attack on a stranger in a public place late at night",
                "repeated blows to the head of a man who was not fighting back",
                "violence in the night-time economy which caused real injury",
            ],
        },
    },
    {
        "key": "abh_da",
        "cat": "domestic_abuse",
        "name": "assault occasioning actual bodily harm",
        "statute": "contrary to section 47 of the Offences Against the Person Act 1861",
        "abbr": "s.47 ABH",
        "mode": "either",
        "maxs": "five years' imprisonment",
        "da": True,
        "lesser": ("assault by beating", "common assault (s.39 CJA 1988)"),
        "issues": ["fabrication", "self_defence", "intent"],
        "rel": "partner",
        "evidence": ["bwv", "call_999", "photos", "medical", "w_statement", "phone"],
        "elements": [
            ("an assault or battery", ["bwv", "call_999", "pw"]),
            ("actual bodily harm", ["photos", "medical", "bwv"]),
            ("intention or recklessness", ["pw", "bwv"]),
        ],
        "paired": ("injury",),
        "slots": {
            "act": [
                "punched {v_obj} to the side of the face during an argument about {trigger}",
                "dragged {v_obj} by the hair across the kitchen floor and kicked {v_obj} in the back",
                "threw a mug which struck {v_obj} on the forehead, then pushed {v_obj} into the door frame",
                "pinned {v_obj} against the wall by the shoulders and slapped {v_obj} repeatedly",
                "bit {v_obj} on the forearm when {v_sub} tried to take back {v_pos} phone",
            ],
            "injury": [
                "a swollen right cheek and a cut lip",
                "bruising to the back and scalp tenderness",
                "a 2cm laceration to the forehead",
                "finger-tip bruising to both upper arms and a red mark to the cheek",
                "a bite mark to the left forearm with broken skin",
            ],
            "place": [
                "at their home on {street}",
                "in the kitchen of the flat on {street} they shared",
                "at {v_pos} address on {street}",
            ],
            "trigger": [
                "{d_pos} phone",
                "money",
                "{v_pos} going out with friends",
                "who was collecting the children",
                "messages {d_sub} had found on {v_pos} phone",
            ],
            "serious": [
                "domestic violence in the family home",
                "a sustained assault on a partner in {v_pos} own home",
                "violence against a partner with the children in the house",
            ],
        },
    },
    {
        "key": "common_assault_da",
        "cat": "domestic_abuse",
        "name": "assault by beating",
        "statute": "contrary to section 39 of the Criminal Justice Act 1988",
        "abbr": "common assault (s.39)",
        "mode": "summary",
        "maxs": "six months' imprisonment",
        "da": True,
        "lesser": None,
        "minor": True,
        "issues": ["fabrication", "self_defence"],
        "rel": "partner",
        "evidence": ["bwv", "call_999", "photos", "w_statement", "phone"],
        "elements": [
            ("the application of unlawful force", ["pw", "bwv", "w_statement"]),
            ("intention or recklessness", ["pw", "bwv"]),
        ],
        "slots": {
            "act": [
                "slapped {v_obj} across the face",
                "grabbed {v_obj} by both arms and shook {v_obj}",
                "spat at {v_obj} and pushed {v_obj} onto the sofa",
                "shoved {v_obj} into the hallway wall",
                "threw a TV remote at {v_obj}, striking {v_pos} shoulder",
            ],
            "injury": [
                "reddening to the left cheek",
                "red marks to both upper arms",
                "no visible injury",
                "a small bruise to the shoulder",
            ],
            "place": [
                "at their home on {street}",
                "at {v_pos} flat on {street}",
                "in the car outside {shop}",
            ],
            "trigger": ["money", "{d_pos} drinking", "the children", "{v_pos} new job"],
            "serious": [
                "domestic abuse within the home",
                "an assault on a partner in front of a child",
            ],
        },
    },
    {
        "key": "strangulation",
        "cat": "domestic_abuse",
        "name": "intentional strangulation",
        "statute": "contrary to section 75A of the Serious Crime Act 2015",
        "abbr": "s.75A strangulation",
        "mode": "either",
        "maxs": "five years' imprisonment",
        "da": True,
        "lesser": ("assault by beating", "common assault (s.39 CJA 1988)"),
        "issues": ["fabrication", "intent"],
        "rel": "partner",
        "evidence": ["bwv", "call_999", "photos", "medical", "w_statement", "phone"],
        "elements": [
            (
                "intentional strangulation (applying pressure to the neck)",
                ["pw", "medical", "photos"],
            ),
            ("that it was not consensual", ["pw", "bwv"]),
        ],
        "slots": {
            "act": [
                "put both hands around {v_pos} neck and squeezed until {v_sub} could not breathe",
                "held {v_obj} in a headlock on the bed, restricting {v_pos} breathing for several seconds",
                "pushed {v_obj} against the fridge with a forearm across {v_pos} throat",
                "grabbed {v_obj} by the throat against the kitchen wall",
            ],
            "injury": [
                "petechiae around both eyes and red marks to the neck",
                "redness and tenderness to the neck and a hoarse voice",
                "finger-mark bruising either side of the neck",
                "a scratch and reddening to the throat",
            ],
            "place": [
                "at their home on {street}",
                "in the bedroom of their flat on {street}",
                "at {v_pos} address on {street}",
            ],
            "trigger": [
                "{d_pos} phone",
                "{v_pos} wish to end the relationship",
                "money",
                "a night out",
            ],
            "serious": [
                "non-fatal strangulation, a recognised high-risk indicator in domestic abuse",
                "strangulation of a partner in the family home",
            ],
        },
    },
    {
        "key": "coercive",
        "cat": "domestic_abuse",
        "name": "controlling or coercive behaviour in an intimate or family relationship",
        "statute": "contrary to section 76 of the Serious Crime Act 2015",
        "abbr": "s.76 CCB",
        "mode": "either",
        "maxs": "five years' imprisonment",
        "da": True,
        "lesser": ("harassment", "harassment (s.2 PHA 1997)"),
        "issues": ["fabrication", "course_of_conduct"],
        "rel": "partner",
        "evidence": ["phone", "bank", "w_statement", "medical", "bwv"],
        "elements": [
            (
                "repeated or continuous controlling or coercive behaviour",
                ["phone", "pw", "w_statement"],
            ),
            ("personally connected at the time", ["pw", "w_statement"]),
            ("a serious effect on the victim", ["medical", "pw", "w_statement"]),
            ("that {D} knew or ought to have known of that effect", ["phone", "pw"]),
        ],
        "slots": {
            "act": [
                "monitored {v_pos} phone, took control of {v_pos} bank card and stopped {v_obj} seeing {v_pos} family",
                "tracked {v_pos} location through an app, dictated what {v_sub} wore and isolated {v_obj} from friends",
                "demanded photographs proving where {v_sub} was, took {v_pos}"
                " wages and threatened to report {v_obj} to social services",
                "checked {v_pos} messages daily, locked {v_obj} out of the house and belittled "
                "{v_obj} "
                "in front of the children",
            ],
            "injury": [
                "anxiety and panic attacks for which {v_sub} is now on medication",
                "serious alarm and distress; {v_sub} gave up {v_pos} job as a result",
                "a substantial adverse effect on {v_pos} day-to-day life: {v_sub} stopped going out alone",
            ],
            "place": ["at their home on {street}", "at the family home on {street}"],
            "trigger": ["money", "{v_pos} friendships"],
            "serious": [
                "a sustained pattern of control over {period}",
                "coercive control over a long period which left {v_obj} isolated and dependent",
            ],
        },
    },
    {
        "key": "s20",
        "cat": "violence",
        "name": "inflicting grievous bodily harm",
        "statute": "contrary to section 20 of the Offences Against the Person Act 1861",
        "abbr": "s.20 GBH",
        "mode": "either",
        "maxs": "five years' imprisonment",
        "lesser": ("assault occasioning actual bodily harm", "s.47 ABH"),
        "issues": ["identity", "self_defence", "intent"],
        "rel": "stranger",
        "evidence": ["w_statement", "cctv", "bwv", "medical", "call_999", "id_procedure", "photos"],
        "elements": [
            ("the infliction of grievous bodily harm", ["medical", "photos"]),
            ("unlawfulness (not self-defence)", ["cctv", "w_statement", "pw"]),
            ("that {D} foresaw some physical harm", ["cctv", "w_statement"]),
        ],
        "slots": {
            "act": [
                "punched {v_obj} once, causing {v_obj} to fall and strike {v_pos} head on the kerb",
                "kicked {v_obj} several times while {v_sub} was on the ground",
                "punched {v_obj} repeatedly to the face and body",
                "swung {v_obj} into a metal railing",
            ],
            "injury": [
                "a fractured jaw requiring plating",
                "a fractured eye socket",
                "a broken arm requiring surgery",
                "a fractured skull and a bleed on the brain",
                "a fractured cheekbone",
            ],
            "place": [
                "outside {pub} on {street}",
                "in the queue outside a nightclub on {street}",
                "at the junction of {street} and {street2}",
                "in the car park of {shop}",
            ],
            "trigger": [
                "a spilt drink",
                "a minor collision between their cars",
                "a queue for taxis",
                "an earlier argument inside {pub}",
            ],
            "serious": [
                "serious injury caused in a public street",
                "a life-changing injury to a man who posed no threat",
            ],
        },
    },
    {
        "key": "s18",
        "cat": "violence",
        "name": "wounding with intent to cause grievous bodily harm",
        "statute": "contrary to section 18 of the Offences Against the Person Act 1861",
        "abbr": "s.18 wounding with intent",
        "mode": "indictable",
        "maxs": "life imprisonment",
        "weapon": True,
        "lesser": ("unlawful wounding", "s.20 wounding"),
        "issues": ["identity", "intent", "self_defence"],
        "rel": "acquaintance",
        "evidence": [
            "w_statement",
            "cctv",
            "bwv",
            "medical",
            "forensic",
            "call_999",
            "id_procedure",
            "photos",
        ],
        "elements": [
            ("a wound or grievous bodily harm", ["medical", "photos"]),
            ("caused unlawfully", ["cctv", "w_statement", "pw"]),
            ("with intent to cause really serious harm", ["cctv", "forensic", "medical"]),
        ],
        "paired": ("injury", "weapon"),
        "slots": {
            "act": [
                "stabbed {v_obj} in the side with a kitchen knife",
                "struck {v_obj} repeatedly to the head with a claw hammer",
                "slashed {v_obj} across the face with a Stanley knife",
                "struck {v_obj} to the face with a pint glass",
                "stabbed {v_obj} twice in the thigh with a lock knife",
            ],
            "injury": [
                "a 6cm stab wound to the abdomen requiring surgery",
                "a depressed skull fracture and scalp lacerations",
                "a 9cm laceration to the face closed with 22 stitches and likely to scar",
                "a deep laceration to the cheek and a fractured eye socket",
                "two stab wounds to the thigh, one of which damaged the femoral vein",
            ],
            "place": [
                "outside {pub} on {street}",
                "at a flat on {street}",
                "in the stairwell of a block on {street}",
                "in a park off {street}",
            ],
            "weapon": [
                "a kitchen knife",
                "a claw hammer",
                "a Stanley knife",
                "a pint glass",
                "a lock knife",
            ],
            "trigger": [
                "a drugs debt",
                "an earlier fight",
                "a dispute over money owed",
                "a feud between families",
            ],
            "serious": [
                "the use of a weapon against the head or body",
                "a premeditated armed attack",
                "grave injury deliberately inflicted with a weapon",
            ],
        },
    },
    {
        "key": "rape",
        "cat": "sexual_offence",
        "name": "rape",
        "statute": "contrary to section 1 of the Sexual Offences Act 2003",
        "abbr": "rape (s.1 SOA 2003)",
        "mode": "indictable",
        "maxs": "life imprisonment",
        "sexual": True,
        "abe": True,
        "lesser": None,
        "issues": ["consent", "fabrication"],
        "rel": "acquaintance",
        "evidence": ["phone", "medical", "w_statement", "forensic"],
        "elements": [
            ("penetration of the vagina, anus or mouth with the penis", ["pw", "forensic"]),
            ("absence of consent", ["pw", "w_statement", "phone"]),
            ("no reasonable belief in consent", ["pw", "phone"]),
        ],
        "slots": {
            "act": [
                "had sex with {v_obj} while {v_sub} was asleep after a party",
                "had intercourse with {v_obj} after {v_sub} had told {d_obj} to stop and tried to push {d_obj} away",
                "penetrated {v_obj} in the back of a car after {v_sub} said no",
                "had sex with {v_obj} when {v_sub} was too intoxicated to consent",
            ],
            "injury": [
                "bruising to the inner thighs",
                "no injuries, which is common and neutral",
                "a small vaginal tear",
            ],
            "place": [
                "at {d_pos} flat on {street}",
                "at a house party on {street}",
                "at {v_pos} student accommodation",
                "in {d_pos} car parked on {street}",
            ],
            "trigger": ["a night out"],
            "serious": ["a serious sexual offence", "rape of a young woman who was asleep"],
        },
    },
    {
        "key": "sexual_assault",
        "cat": "sexual_offence",
        "name": "sexual assault",
        "statute": "contrary to section 3 of the Sexual Offences Act 2003",
        "abbr": "s.3 sexual assault",
        "mode": "either",
        "maxs": "ten years' imprisonment",
        "sexual": True,
        "lesser": None,
        "issues": ["identity", "consent"],
        "rel": "stranger",
        "evidence": ["cctv", "w_statement", "bwv", "id_procedure", "phone"],
        "elements": [
            ("intentional touching", ["pw", "cctv", "w_statement"]),
            ("that the touching was sexual", ["pw", "cctv"]),
            ("absence of consent and of reasonable belief", ["pw", "w_statement"]),
        ],
        "slots": {
            "act": [
                "touched {v_pos} bottom and groped {v_pos} breast over clothing",
                "put {d_pos} hand up {v_pos} skirt",
                "pressed {d_self} against {v_obj} and touched {v_pos} groin",
                "kissed {v_obj} on the neck and touched {v_pos} breasts after {v_sub} pushed {d_obj} away",
            ],
            "injury": ["no physical injury but significant distress", "no injury"],
            "place": [
                "on a crowded bus on {street}",
                "at a house party on {street}",
                "in a nightclub on {street}",
                "on the tram platform at {street}",
                "at the staff Christmas party",
            ],
            "trigger": ["nothing at all"],
            "serious": [
                "a sexual assault on a stranger in a public place",
                "sexual touching of a young woman without any encouragement",
            ],
        },
    },
    {
        "key": "child_sexual",
        "cat": "child_abuse",
        "name": "sexual activity with a child",
        "statute": "contrary to section 9 of the Sexual Offences Act 2003",
        "abbr": "s.9 SOA 2003",
        "mode": "either",
        "maxs": "fourteen years' imprisonment",
        "sexual": True,
        "child": True,
        "abe": True,
        "lesser": None,
        "issues": ["fabrication"],
        "rel": "family_friend",
        "evidence": ["phone", "w_statement", "forensic", "medical"],
        "elements": [
            ("intentional sexual touching", ["pw", "phone"]),
            ("the child was under 16", ["w_statement", "pw"]),
            ("{D} did not reasonably believe the child was 16 or over", ["phone", "w_statement"]),
        ],
        "paired": ("place",),
        "slots": {
            "act": [
                "kissed and sexually touched {v_obj} on several occasions when {v_sub} visited {d_pos} flat",
                "touched {v_obj} sexually in {d_pos} car after driving {v_obj} home from football training",
                "had sexual contact with {v_obj} after grooming {v_obj} over Snapchat",
            ],
            "injury": ["no physical injury; {v_sub} has since self-harmed", "no physical injury"],
            "place": [
                "at {d_pos} flat on {street}",
                "in {d_pos} car",
                "at {d_pos} flat on {street}",
            ],
            "trigger": ["nothing"],
            "serious": [
                "sexual abuse of a child by an adult in a position of trust",
                "grooming and sexual abuse of a 14 year old",
            ],
        },
    },
    {
        "key": "child_cruelty",
        "cat": "child_abuse",
        "name": "child cruelty",
        "statute": "contrary to section 1 of the Children and Young Persons Act 1933",
        "abbr": "s.1 CYPA 1933 cruelty",
        "mode": "either",
        "maxs": "fourteen years' imprisonment",
        "child": True,
        "abe": True,
        "lesser": None,
        "issues": ["fabrication", "intent"],
        "rel": "parent",
        "evidence": ["w_statement", "medical", "photos", "phone"],
        "elements": [
            ("D had responsibility for the child and was over 16", ["w_statement"]),
            ("wilful assault, ill-treatment or neglect", ["pw", "medical", "photos"]),
            (
                "in a manner likely to cause unnecessary suffering or injury to health",
                ["medical", "w_statement"],
            ),
        ],
        "paired": ("injury",),
        "slots": {
            "act": [
                "repeatedly struck {v_obj} with a belt, leaving bruising to the legs and back",
                "left {v_obj} and a younger sibling alone in the flat for two days with little food",
                "held {v_pos} hand under a hot tap as a punishment",
                "hit {v_obj} with a slipper and locked {v_obj} in a bedroom for hours at a time",
            ],
            "injury": [
                "linear bruising to the back of both legs",
                "weight loss and untreated head lice",
                "a scald to the right hand",
                "multiple bruises of different ages",
            ],
            "place": ["at the family home on {street}", "at {d_pos} flat on {street}"],
            "trigger": ["bad behaviour at school"],
            "serious": [
                "cruelty to a young child by a parent",
                "the ill-treatment of a child who depended entirely on {d_obj}",
            ],
        },
    },
    {
        "key": "robbery",
        "cat": "robbery",
        "name": "robbery",
        "statute": "contrary to section 8(1) of the Theft Act 1968",
        "abbr": "robbery (s.8 TA 1968)",
        "mode": "indictable",
        "maxs": "life imprisonment",
        "lesser": ("theft", "theft (s.1 TA 1968)"),
        "issues": ["identity"],
        "rel": "stranger",
        "evidence": [
            "cctv",
            "id_procedure",
            "phone",
            "recovered",
            "forensic",
            "w_statement",
            "bwv",
        ],
        "elements": [
            ("an appropriation of property belonging to another, dishonestly", ["pw", "recovered"]),
            ("force or the threat of force immediately before or at the time", ["pw", "cctv"]),
            ("that {D} was the robber", ["cctv", "id_procedure", "recovered", "forensic", "phone"]),
        ],
        "slots": {
            "act": [
                "threatened {v_obj} with a knife and took {v_pos} mobile phone and bank card",
                "pushed {v_obj} off {v_pos} bike and rode away on it with {v_pos} phone",
                "grabbed {v_pos} bag, dragging {v_obj} along the pavement until the strap broke",
                "demanded {v_pos} phone and cash, saying 'give it up or get shanked'",
            ],
            "injury": [
                "grazing to the knees and elbows",
                "no physical injury",
                "bruising to the arm and shoulder",
            ],
            "place": [
                "on the towpath off {street}",
                "at the bus stop on {street}",
                "in an alleyway behind {street}",
                "outside {shop} on {street}",
            ],
            "trigger": ["nothing"],
            "weapon": ["a knife", "a screwdriver", "a hammer"],
            "serious": ["street robbery of a lone victim", "a robbery in which a weapon was shown"],
        },
    },
    {
        "key": "burglary",
        "cat": "burglary",
        "name": "burglary of a dwelling",
        "statute": "contrary to section 9(1)(b) of the Theft Act 1968",
        "abbr": "dwelling burglary",
        "mode": "either",
        "maxs": "fourteen years' imprisonment",
        "lesser": ("handling stolen goods", "handling (s.22 TA 1968)"),
        "issues": ["identity"],
        "rel": "stranger",
        "evidence": ["forensic", "cctv", "recovered", "phone", "w_statement", "anpr"],
        "elements": [
            ("entry into a dwelling as a trespasser", ["forensic", "cctv", "pw"]),
            ("theft once inside", ["pw", "recovered"]),
            ("that {D} was the burglar", ["forensic", "cctv", "recovered", "anpr", "phone"]),
        ],
        "slots": {
            "act": [
                "entered {v_pos} home through an insecure rear window overnight and stole a "
                "laptop, "
                "jewellery and car keys",
                "forced the back door of {v_pos} house while {v_sub} was at work and stole cash and a games console",
                "climbed through the kitchen window while {v_sub} was asleep upstairs and took {v_pos} handbag and car",
                "broke into {v_pos} bungalow and took {v_pos} late husband's medals and a jewellery box",
            ],
            "injury": ["a loss of about {amount}", "property worth about {amount}"],
            "amount": ["£1,250", "£2,380", "£3,900", "£6,400", "£850"],
            "place": ["at {v_pos} home on {street}", "at {v_pos} house on {street}"],
            "trigger": ["nothing"],
            "serious": [
                "a night-time burglary of an occupied home",
                "burglary of an elderly person's home and the theft of items of great sentimental value",
            ],
        },
    },
    {
        "key": "theft",
        "cat": "theft",
        "name": "theft",
        "statute": "contrary to section 1 of the Theft Act 1968",
        "abbr": "theft (s.1 TA 1968)",
        "mode": "either",
        "maxs": "seven years' imprisonment",
        "lesser": None,
        "minor": True,
        "issues": ["dishonesty"],
        "rel": "employer",
        "evidence": ["cctv", "w_statement", "bank"],
        "elements": [
            ("appropriation of property belonging to another", ["cctv", "bank", "pw"]),
            ("dishonesty", ["cctv", "bank", "w_statement"]),
            ("intention permanently to deprive", ["bank", "pw"]),
        ],
        "accounts": {
            "dishonesty": [
                "{D} said the manager had agreed {d_sub} could borrow the money until payday",
                "{D} said the refunds were genuine customer refunds",
                "{D} said {d_sub} always intended to put the money back",
            ]
        },
        "slots": {
            "act": [
                "took {amount} from the till over several shifts while employed at {shop}",
                "processed refunds to {d_pos} own bank card totalling {amount} while working at {shop}",
                "took {amount} from the cash bags {d_sub} was responsible for banking at {shop}",
            ],
            "injury": ["a loss of {amount}"],
            "amount": ["£460", "£1,250", "£2,380", "£640", "£3,100"],
            "place": ["at {shop} on {street}"],
            "trigger": ["nothing"],
            "bank_desc": ["till records and refund logs", "the shop's till audit", "bank statements for {D}'s account"],
            "serious": [
                "a breach of trust by an employee",
                "repeated thefts from a small business by a trusted member of staff",
            ],
        },
    },
    {
        "key": "shop_theft",
        "cat": "theft",
        "name": "theft (shop theft)",
        "statute": "contrary to section 1 of the Theft Act 1968",
        "abbr": "theft (s.1 TA 1968)",
        "mode": "either",
        "maxs": "seven years' imprisonment",
        "lesser": None,
        "minor": True,
        "issues": ["dishonesty", "identity"],
        "rel": "none",
        "evidence": ["cctv", "w_statement", "recovered", "bwv"],
        "elements": [
            ("appropriation of property belonging to another", ["cctv", "w_statement", "pw"]),
            ("dishonesty", ["cctv", "w_statement"]),
            ("intention permanently to deprive", ["cctv", "recovered"]),
        ],
        "accounts": {
            "dishonesty": [
                "{D} said {d_sub} forgot to pay because {d_sub} was distracted by a phone call",
                "{D} said {d_sub} meant to pay at another till",
                "{D} said a friend had told {d_obj} the items were paid for",
            ]
        },
        "slots": {
            "act": [
                "left {shop} with {amount} of meat and alcohol without paying, on four occasions",
                "put {amount} of cosmetics into a bag and walked out past the tills",
                "took a charity collection tin containing about {amount} from the counter at {shop}",
            ],
            "injury": ["a loss of {amount}"],
            "amount": ["£185", "£240", "£310", "£95"],
            "place": ["at {shop} on {street}"],
            "trigger": ["nothing"],
            "serious": [
                "repeated shop theft from the same store",
                "theft causing loss to a small local business",
            ],
        },
    },
    {
        "key": "fraud",
        "cat": "fraud",
        "name": "fraud by abuse of position",
        "statute": "contrary to section 4 of the Fraud Act 2006",
        "abbr": "s.4 fraud (abuse of position)",
        "mode": "either",
        "maxs": "ten years' imprisonment",
        "lesser": None,
        "elderly": True,
        "issues": ["dishonesty"],
        "rel": "carer",
        "evidence": ["bank", "w_statement", "phone", "cctv"],
        "elements": [
            (
                "{D} occupied a position in which {d_sub} was expected to safeguard {V}'s financial interests",
                ["w_statement", "pw"],
            ),
            ("abuse of that position", ["bank", "cctv"]),
            ("dishonesty and intent to make a gain", ["bank", "phone"]),
        ],
        "slots": {
            "act": [
                "used {v_pos} bank card to withdraw {amount} over {period} while acting as {v_pos} carer",
                "transferred {amount} from {v_pos} account to {d_pos} own using {v_pos} online banking",
                "had {v_obj} sign cheques totalling {amount} which {d_sub} paid into {d_pos} own account",
                "used {v_pos} card to buy goods online worth {amount} while managing {v_pos} shopping",
            ],
            "injury": ["a loss of {amount} from {v_pos} savings"],
            "amount": ["£3,900", "£7,400", "£12,600", "£23,500", "£41,000"],
            "place": ["at {v_pos} home on {street}", "at the care home on {street}"],
            "trigger": ["nothing"],
            "serious": [
                "financial abuse of an elderly and vulnerable person by a trusted carer",
                "a sustained fraud on an 84 year old woman by the person paid to look after her",
            ],
        },
    },
    {
        "key": "drugs",
        "cat": "drugs",
        "name": "possession of a controlled drug of Class A with intent to supply",
        "statute": "contrary to section 5(3) of the Misuse of Drugs Act 1971",
        "abbr": "PWITS Class A",
        "mode": "either",
        "maxs": "life imprisonment",
        "victimless": True,
        "lesser": ("possession of a controlled drug of Class A", "simple possession (s.5(2))"),
        "issues": ["knowledge"],
        "rel": "none",
        "evidence": ["expert_drugs", "phone", "forensic", "recovered", "bwv"],
        "elements": [
            (
                "possession of the drugs (custody or control, with knowledge)",
                ["forensic", "bwv", "pw"],
            ),
            ("that the drug is Class A", ["expert_drugs"]),
            ("intent to supply to another", ["expert_drugs", "phone", "recovered"]),
        ],
        "slots": {
            "act": [
                "was found with 23 wraps of crack cocaine and 14 of heroin in {d_pos} underwear",
                "was seen to hand a small package to a man in a car park and was found with 31 wraps of cocaine",
                "had 48g of cocaine and digital scales in the bedroom of {d_pos} flat",
                "was stopped in a car containing 19 wraps of heroin and two phones",
            ],
            "injury": ["no individual victim"],
            "place": ["on {street}", "at {d_pos} flat on {street}", "in a car parked on {street}"],
            "trigger": ["nothing"],
            "drug": ["crack cocaine", "heroin", "cocaine"],
            "item_name": ["the drugs"],
            "item_verb": ["were"],
            "serious": [
                "street-level Class A supply",
                "supply of crack cocaine and heroin on a county line",
            ],
        },
    },
    {
        "key": "affray",
        "cat": "public_order",
        "name": "affray",
        "statute": "contrary to section 3 of the Public Order Act 1986",
        "abbr": "affray",
        "mode": "either",
        "maxs": "three years' imprisonment",
        "lesser": ("threatening behaviour", "s.4 POA 1986"),
        "minor": True,
        "issues": ["identity", "self_defence"],
        "rel": "stranger",
        "evidence": ["cctv", "bwv", "w_statement", "call_999", "id_procedure"],
        "elements": [
            (
                "the use or threat of unlawful violence towards another",
                ["cctv", "pw", "w_statement"],
            ),
            (
                "conduct such as would cause a person of reasonable firmness present to fear for {d_pos} safety",
                ["cctv", "w_statement"],
            ),
        ],
        "slots": {
            "act": [
                "was one of a group who fought in the street, throwing bottles and a chair",
                "brandished a snooker cue and squared up to door staff, shouting threats",
                "chased another man down the street with a bottle, scattering people at the bus stop",
            ],
            "injury": ["minor injuries to two men", "no reported injury"],
            "place": [
                "outside {pub} on {street}",
                "in the town centre on {street}",
                "at a kebab shop on {street}",
            ],
            "trigger": ["being refused entry", "an earlier argument"],
            "serious": [
                "group violence in a busy street",
                "violence that frightened members of the public",
            ],
        },
    },
    {
        "key": "racial",
        "cat": "hate_crime",
        "name": "racially aggravated fear or provocation of violence",
        "statute": "contrary to section 31(1)(a) of the Crime and Disorder Act 1998",
        "abbr": "s.31 RA s.4",
        "mode": "either",
        "maxs": "two years' imprisonment",
        "hate": True,
        "lesser": ("fear or provocation of violence", "s.4 POA 1986"),
        "issues": ["aggravation", "identity"],
        "rel": "stranger",
        "evidence": ["bwv", "cctv", "w_statement", "call_999", "phone"],
        "elements": [
            ("threatening words or behaviour towards V", ["pw", "w_statement", "bwv"]),
            ("intent or likelihood that V believed violence would be used", ["pw", "w_statement"]),
            ("hostility based on race (s.28 CDA 1998)", ["w_statement", "bwv", "cctv"]),
        ],
        "slots": {
            "act": [
                "shouted racist abuse at {v_obj}, telling {v_obj} to '{words}', and threatened to 'do' {v_obj}",
                "followed {v_obj} out of {shop}, called {v_obj} a racist name and said {d_sub} would '{words2}'",
                "spat at {v_pos} feet, used racist language and threatened to smash {v_pos} taxi windows",
            ],
            "injury": ["no physical injury but {v_sub} is frightened to go to work"],
            "place": [
                "outside {shop} on {street}",
                "at the taxi rank on {street}",
                "on a bus on {street}",
                "at {v_pos} takeaway on {street}",
            ],
            "trigger": ["a dispute about change", "nothing at all", "a queue"],
            "words": [
                "go back where you came from",
                "get out of this country",
                "go home, you don't belong here",
            ],
            "words2": ["burn the shop down", "come back and sort {v_obj} out"],
            "serious": [
                "racially motivated abuse of a man at work",
                "hostility based on race directed at a shopkeeper in front of customers",
            ],
        },
    },
    {
        "key": "stalking",
        "cat": "harassment_stalking",
        "name": "stalking involving serious alarm or distress",
        "statute": "contrary to section 4A of the Protection from Harassment Act 1997",
        "abbr": "s.4A stalking",
        "mode": "either",
        "maxs": "ten years' imprisonment",
        "lesser": ("stalking", "s.2A PHA 1997"),
        "issues": ["course_of_conduct", "identity"],
        "rel": "ex_partner",
        "evidence": ["phone", "cctv", "w_statement", "bwv"],
        "elements": [
            ("a course of conduct amounting to stalking", ["phone", "cctv", "pw"]),
            (
                "causing serious alarm or distress with a substantial adverse effect",
                ["pw", "w_statement"],
            ),
            ("{D} knew or ought to have known", ["phone", "pw"]),
        ],
        "slots": {
            "act": [
                "repeatedly turned up at {v_pos} workplace, sent over {n_msgs} messages and followed {v_obj} home",
                "created fake social media accounts to contact {v_obj} after being blocked "
                "and left notes on {v_pos} car",
                "waited outside {v_pos} house most evenings and rang "
                "{v_obj} from withheld numbers up to 40 times a day",
            ],
            "injury": [
                "serious alarm or distress: {v_sub} has moved out of {v_pos} home and changed job",
                "{v_sub} has stopped going out alone and has been signed off work",
            ],
            "place": ["at {v_pos} home on {street} and {v_pos} workplace", "around {town}"],
            "trigger": ["the end of the relationship"],
            "serious": [
                "persistent stalking of an ex-partner over {period}",
                "a fixated course of conduct that has changed {v_pos} life",
            ],
        },
    },
    {
        "key": "ddd",
        "cat": "death",
        "name": "causing death by dangerous driving",
        "statute": "contrary to section 1 of the Road Traffic Act 1988",
        "abbr": "causing death by dangerous driving (s.1 RTA)",
        "mode": "indictable",
        "maxs": "life imprisonment",
        "death": True,
        "lesser": ("causing death by careless driving", "s.2B RTA 1988"),
        "issues": ["causation"],
        "rel": "stranger",
        "evidence": ["rti", "cctv", "phone", "w_statement", "forensic"],
        "elements": [
            ("D drove a vehicle on a road", ["w_statement", "cctv"]),
            (
                "the driving was dangerous (far below the standard of a competent and careful driver)",
                ["rti", "cctv", "w_statement", "phone"],
            ),
            ("the driving caused the death (more than a minimal cause)", ["rti", "medical"]),
        ],
        "slots": {
            "act": [
                "drove at about {speed} mph in a 30 zone along {street} and struck {v_obj} on the pedestrian crossing",
                "overtook a line of traffic approaching a blind bend and collided head-on with {v_pos} car",
                "ran a red light at speed at the junction with {street2} and hit {v_pos} motorcycle",
                "drove while using {d_pos} phone and struck {v_obj} as {v_sub} cycled home",
            ],
            "injury": ["fatal injuries", "injuries from which {v_sub} died at the scene"],
            "place": [
                "on {street}",
                "on the A-road outside {town}",
                "at the junction of {street} and {street2}",
            ],
            "trigger": ["nothing"],
            "serious": [
                "driving that caused the death of a young person",
                "a prolonged and deliberate course of bad driving with fatal consequences",
            ],
        },
    },
    {
        "key": "aew",
        "cat": "violence",
        "name": "assault by beating of an emergency worker",
        "statute": "contrary to section 1 of the Assaults on Emergency Workers (Offences) Act 2018",
        "abbr": "s.1 AEW assault",
        "mode": "either",
        "maxs": "two years' imprisonment",
        "lesser": None,
        "emergency": True,
        "issues": ["intent", "self_defence"],
        "rel": "none",
        "evidence": ["bwv", "w_statement", "cctv", "medical"],
        "elements": [
            ("a battery", ["bwv", "pw", "w_statement"]),
            ("on an emergency worker acting in the exercise of functions", ["pw", "bwv"]),
            ("intention or recklessness", ["bwv", "w_statement"]),
        ],
        "paired": ("injury",),
        "slots": {
            "act": [
                "kicked {v_obj} in the leg while being restrained",
                "spat in {v_pos} face while {v_sub} was treating {d_obj}",
                "headbutted {v_obj} in the custody van",
                "bit {v_obj} on the hand during arrest",
            ],
            "injury": [
                "bruising to the shin",
                "no injury, but {v_sub} had to undergo blood tests",
                "a bloodied nose",
                "a bite mark which broke the skin",
            ],
            "amount": ["£0"],
            "place": [
                "in {street} during an arrest",
                "in the back of an ambulance on {street}",
                "at the custody suite",
                "in the A&E department at {hospital}",
            ],
            "trigger": ["being arrested", "being told to leave"],
            "serious": [
                "an assault on an emergency worker doing {v_pos} job",
                "spitting at a worker during a public health risk",
            ],
        },
    },
    {
        "key": "blade",
        "cat": "weapons",
        "name": "possession of a bladed article in a public place",
        "statute": "contrary to section 139 of the Criminal Justice Act 1988",
        "abbr": "s.139 bladed article",
        "mode": "either",
        "maxs": "four years' imprisonment",
        "victimless": True,
        "lesser": None,
        "issues": ["reasonable_excuse", "knowledge"],
        "rel": "none",
        "evidence": ["bwv", "cctv", "w_statement"],
        "elements": [
            ("possession of an article with a blade or point", ["bwv", "pw"]),
            ("in a public place", ["bwv", "pw"]),
            ("no good reason or lawful authority (burden on {D})", ["bwv", "pw"]),
        ],
        "slots": {
            "item_name": ["the knife"],
            "item_verb": ["was"],
            "act": [
                "was found with a 10cm lock knife in {d_pos} waistband",
                "was seen to drop a kitchen knife when approached by officers",
                "had a machete in a rucksack",
                "had a folding knife with a locking blade in {d_pos} jacket pocket",
            ],
            "injury": ["no individual victim"],
            "place": ["on {street}", "outside {shop}", "at the bus station"],
            "trigger": ["nothing"],
            "serious": [
                "carrying a knife in a busy public place",
                "knife possession in an area with recent knife crime",
            ],
        },
    },
    {
        "key": "criminal_damage",
        "cat": "criminal_damage",
        "name": "criminal damage",
        "statute": "contrary to section 1(1) of the Criminal Damage Act 1971",
        "abbr": "criminal damage",
        "mode": "either",
        "maxs": "ten years' imprisonment",
        "lesser": None,
        "minor": True,
        "issues": ["identity", "intent"],
        "rel": "neighbour",
        "evidence": ["cctv", "w_statement", "bwv", "forensic"],
        "elements": [
            ("damage to property belonging to another", ["pw", "photos", "cctv"]),
            ("intention or recklessness", ["cctv", "w_statement"]),
            ("without lawful excuse", ["pw"]),
        ],
        "slots": {
            "act": [
                "smashed the windscreen of {v_pos} car with a brick",
                "kicked in the front door of {v_pos} flat",
                "scratched the paintwork down both sides of {v_pos} van",
                "put a plant pot through {v_pos} front window",
            ],
            "injury": ["damage costing {amount} to repair"],
            "amount": ["£240", "£460", "£780", "£1,350"],
            "place": ["outside {v_pos} home on {street}", "on {street}"],
            "trigger": ["a parking dispute", "a long-running row over noise"],
            "serious": [
                "deliberate damage to a neighbour's property",
                "damage that has left {v_obj} afraid in {v_pos} own home",
            ],
        },
    },
    {
        "key": "arson",
        "cat": "criminal_damage",
        "name": "arson reckless as to whether life was endangered",
        "statute": "contrary to section 1(2) and (3) of the Criminal Damage Act 1971",
        "abbr": "arson (life endangered)",
        "mode": "indictable",
        "maxs": "life imprisonment",
        "lesser": ("arson", "simple arson (s.1(1) and (3))"),
        "issues": ["identity", "intent"],
        "rel": "ex_partner",
        "evidence": ["cctv", "forensic", "w_statement", "phone", "anpr"],
        "elements": [
            ("damage by fire to property", ["forensic", "photos", "pw"]),
            ("intention or recklessness as to the damage", ["cctv", "forensic"]),
            ("recklessness as to whether life would be endangered", ["cctv", "w_statement"]),
        ],
        "paired": ("injury",),
        "slots": {
            "act": [
                "poured petrol through {v_pos} letterbox and set it alight while {v_sub} was asleep upstairs",
                "set fire to {v_pos} car parked on the drive next to the house",
                "lit a bin pushed against {v_pos} back door in the early hours",
            ],
            "injury": [
                "smoke damage to the hallway; {v_sub} escaped through a window",
                "the loss of the car and scorching to the house front",
                "damage to the back door and kitchen of about {amount}; no one was hurt",
            ],
            "amount": ["£4,800", "£9,250", "£14,000"],
            "place": ["at {v_pos} home on {street}"],
            "trigger": ["the end of their relationship", "a debt"],
            "serious": [
                "a deliberate fire at an occupied house at night",
                "arson at a home where a family was asleep",
            ],
        },
    },
    {
        "key": "slavery",
        "cat": "other",
        "name": "requiring a person to perform forced or compulsory labour",
        "statute": "contrary to section 1 of the Modern Slavery Act 2015",
        "abbr": "s.1 MSA forced labour",
        "mode": "indictable",
        "maxs": "life imprisonment",
        "lesser": None,
        "vulnerable": True,
        "issues": ["exploitation"],
        "rel": "employer",
        "evidence": ["bank", "phone", "w_statement", "recovered"],
        "elements": [
            ("V was required to perform forced or compulsory labour", ["pw", "w_statement"]),
            ("{D} knew or ought to have known of that", ["bank", "phone", "recovered"]),
        ],
        "paired": ("place",),
        "slots": {
            "act": [
                "made {v_obj} work 14-hour days at a hand car wash for £20 a week, keeping {v_pos} passport",
                "housed {v_obj} and five other men in a two-bedroom house and took their wages from a factory job",
                "brought {v_obj} from {country} and made {v_obj} work in a nail bar to pay off a 'debt' for travel",
            ],
            "injury": ["serious exploitation over {period}"],
            "place": [
                "at a car wash on {street}",
                "at a house on {street}",
                "at a nail bar on {street}",
            ],
            "trigger": ["nothing"],
            "country": ["Romania", "Vietnam", "Albania", "Slovakia"],
            "serious": [
                "the exploitation of vulnerable workers for profit",
                "forced labour over {period} with control of identity documents",
            ],
        },
    },
    {
        "key": "manslaughter",
        "cat": "death",
        "name": "manslaughter",
        "statute": "contrary to common law",
        "abbr": "manslaughter (unlawful act)",
        "mode": "indictable",
        "maxs": "life imprisonment",
        "death": True,
        "lesser": None,
        "issues": ["self_defence", "causation", "identity"],
        "rel": "stranger",
        "evidence": ["cctv", "medical", "w_statement", "bwv", "call_999"],
        "elements": [
            ("an unlawful act (the assault)", ["cctv", "w_statement"]),
            ("which all sober and reasonable people would recognise as dangerous", ["cctv"]),
            ("which caused the death", ["medical"]),
        ],
        "slots": {
            "act": [
                "punched {v_obj} once to the head outside {pub}; {v_sub} fell, struck {v_pos} head "
                "on the "
                "pavement and died two days later",
                "pushed {v_obj} down a flight of concrete steps during an argument",
                "punched {v_obj} repeatedly and kicked {v_obj} once to the head as {v_sub} lay on the ground",
            ],
            "injury": ["fatal head injuries", "a fatal brain injury"],
            "place": [
                "outside {pub} on {street}",
                "at the stairwell of a block on {street}",
                "on {street}",
            ],
            "trigger": ["a spilt drink", "an argument about a girlfriend", "money"],
            "serious": [
                "an unlawful act causing death",
                "violence in a public place which ended a young man's life",
            ],
        },
    },
]
OFFENCE_WEIGHTS = {
    "abh": 8,
    "abh_da": 9,
    "common_assault_da": 6,
    "strangulation": 5,
    "coercive": 5,
    "s20": 6,
    "s18": 5,
    "rape": 6,
    "sexual_assault": 5,
    "child_sexual": 4,
    "child_cruelty": 3,
    "robbery": 5,
    "burglary": 6,
    "theft": 3,
    "shop_theft": 4,
    "fraud": 4,
    "drugs": 6,
    "affray": 4,
    "racial": 5,
    "stalking": 5,
    "ddd": 3,
    "aew": 4,
    "blade": 4,
    "criminal_damage": 4,
    "arson": 2,
    "slavery": 2,
    "manslaughter": 2,
}

# ---------------------------------------------------------------------------------------------
# Issues in dispute: how each is put in interview, how it is met, and what makes it fatal
# ---------------------------------------------------------------------------------------------

ISSUES: dict[str, dict[str, Any]] = {
    "identity": {
        "short": ["mistaken identity", "alibi", "a denial of presence", "a challenge to identification"],
        "account": [
            "{D} denied being there and said {d_sub} was at {alibi_place} with {alibi_person} all evening",
            "{D} said {d_sub} was not involved and that {d_sub} has been mistaken for someone else",
            "{D} accepted being in {town} that night but denied any involvement",
        ],
        "dispute": [
            "Identity is the central issue.",
            "The real issue for trial will be identification; there is no real dispute that the offence happened.",
            "{D} does not accept being the person responsible, so identity is in issue.",
            "The only live issue is whether {D} was the offender.",
            "Identification is the issue and Turnbull will apply.",
        ],
        "rebut": [
            (
                "cctv",
                "The CCTV shows a man in a {clothing} matching the one seized from {D}'s address, "
                "and the route he takes is consistent with {d_pos} home address.",
            ),
            (
                "forensic",
                "{D}'s DNA on {forensic_loc} is difficult to explain if {d_sub} was never there.",
            ),
            ("id_procedure", "{W1} picked {D} out at a VIPER procedure within {days} days."),
            (
                "phone",
                "Cell site data places {D}'s phone in the area of {street} at the relevant time.",
            ),
            ("recovered", "{V}'s property was recovered from {D} {recovery_gap} later."),
            ("anpr", "ANPR puts {D}'s car on {street2} ten minutes before the offence."),
            (
                None,
                "The alibi has not been supported: {alibi_person} has not given a statement and "
                "the OIC should approach {alibi_person} before any defence witness notice.",
            ),
        ],
        "weak": [
            "The only identification is a fleeting glimpse at night by a witness who did not know {D}.",
            "{W1} failed to pick {D} out at the VIPER procedure and there is no other identification evidence.",
            "The CCTV is too poor to identify anyone and {D}'s account that {d_sub} was at "
            "{alibi_place} has been supported by {alibi_person}.",
            "The forensic link is a single "
            "fingerprint on a moveable item which {D} says {d_sub} handled innocently at the shop.",
        ],
        "trial": ["identification", "whether {D} was the offender", "identity"],
    },
    "self_defence": {
        "short": ["self-defence", "a claim of self-defence", "lawful self-defence"],
        "account": [
            "{D} said {V} came at {d_obj} first and {d_sub} only pushed {v_obj} away to protect {d_self}",
            "{D} accepted striking {V} but said {d_sub} thought {d_sub} was about to be attacked",
            "{D} said {V} swung first and {d_sub} hit back once in panic",
        ],
        "dispute": [
            "The issue is whether {D} was acting in lawful self-defence.",
            "It is accepted that force "
            "was used; the question is whether it was reasonable in the circumstances as {D} "
            "believed them to be.",
            "Self-defence will be the live issue.",
            "Contact is admitted; the "
            "issue is self-defence and, in particular, whether the force used was proportionate.",
        ],
        "rebut": [
            (
                "cctv",
                "The CCTV shows {D} advancing on {V} rather than retreating, and no raised hands "
                "from {V} before the first blow.",
            ),
            (
                "medical",
                "The number and location of the injuries ({injury}) are hard to reconcile with "
                "a single defensive push.",
            ),
            (
                "w_statement",
                "{W1} says {V} had {v_pos} hands by {v_pos} sides when {v_sub} was struck.",
            ),
            (
                "bwv",
                "{D} had no visible injuries on the BWV and made no complaint of being attacked when arrested.",
            ),
            (
                None,
                "Even on {D}'s own account, the force used went well beyond anything needed to defend {d_self}.",
            ),
        ],
        "weak": [
            "{V} accepts that {v_sub} threw the first punch and the CCTV is consistent with {D} responding to it.",
            "The CCTV shows {V} initiating the confrontation and {D} backing away before the single blow.",
            "{W1}, who is independent, supports {D}'s account that {V} was the aggressor.",
        ],
        "trial": ["self-defence", "whether the force was reasonable", "who was the aggressor"],
    },
    "intent": {
        "short": ["accident", "lack of intent", "accidental injury"],
        "account": [
            "{D} accepted being present but said the injury was accidental",
            "{D} said {d_sub} lashed out without meaning to hurt anyone",
            "{D} said {V} was hurt when {v_sub} fell during a struggle, not by any blow",
        ],
        "dispute": [
            "The issue is intent.",
            "Presence and contact are admitted; intent is the live issue.",
            "The question is whether the injury was caused deliberately or by accident.",
            "The real issue is {D}'s state of mind at the time.",
        ],
        "rebut": [
            (
                "cctv",
                "The CCTV shows a deliberate, swinging blow rather than a fall or a flailing arm.",
            ),
            (
                "medical",
                "The medical evidence describes an injury requiring considerable force, which "
                "does not fit an accidental fall.",
            ),
            ("w_statement", "{W1} heard {D} say '{threat}' immediately beforehand."),
            (
                None,
                "{D}'s conduct afterwards, leaving without checking on {V} or calling for help, "
                "is inconsistent with an accident.",
            ),
        ],
        "weak": [
            "The medical evidence is equally consistent with a fall, and no one saw the moment of injury.",
            "There is no evidence beyond {V}'s account that the contact was deliberate, and {V} "
            "accepts "
            "{v_sub} did not see it.",
        ],
        "trial": ["intent", "whether the injury was deliberate", "{D}'s state of mind"],
    },
    "consent": {
        "short": ["consent", "belief in consent", "reasonable belief in consent"],
        "account": [
            "{D} accepted sexual activity took place but said it was consensual",
            "{D} said {V} initiated the contact and gave no sign of objecting",
            "{D} said {d_sub} believed {V} was willing throughout",
        ],
        "dispute": [
            "Sexual activity is admitted, so the issues are consent and reasonable belief in consent.",
            "The live issue is whether {V} consented and whether {D} reasonably believed {v_sub} did.",
            "Consent is the issue; the activity itself is not disputed.",
            "The case turns on consent and, in particular, {V}'s capacity to consent.",
        ],
        "rebut": [
            (
                "phone",
                "Messages sent by {D} the next morning ('{msg}') are capable of amounting to an admission.",
            ),
            (
                "w_statement",
                "{W1}, to whom {V} complained the same night, describes {v_obj} as "
                "distraught; that recent complaint is admissible under s.120 CJA 2003.",
            ),
            (
                "medical",
                "The SARC examination found {injury}, which is consistent with {V}'s account.",
            ),
            (
                "forensic",
                "The forensic evidence supports {V}'s account of where the activity took place.",
            ),
            (
                None,
                "{V}'s account is detailed and internally consistent, and {v_sub} reported promptly.",
            ),
        ],
        "weak": [
            "{V} has no memory of the relevant period and there is no evidence independent of "
            "{v_obj} "
            "of {v_pos} state at the time.",
            "The messages exchanged afterwards are friendly and, taken "
            "with {W2}'s account of {V} leaving the party happily with {D}, a jury could not be "
            "sure "
            "{D} lacked a reasonable belief in consent.",
        ],
        "trial": ["consent", "reasonable belief in consent", "capacity to consent"],
    },
    "dishonesty": {
        "short": ["honest belief", "a claim of permission", "a lack of dishonesty"],
        "account": [
            "{D} said the money was a loan that {V} had agreed to",
            "{D} said {d_sub} had permission to use the card for {d_pos} own expenses",
            "{D} said {d_sub} intended to pay it back and believed {d_sub} was entitled to it",
        ],
        "dispute": [
            "The transactions are not disputed; the issue is dishonesty (Ivey v Genting).",
            "Dishonesty is the issue.",
            "The live issue is whether {D} acted dishonestly or genuinely believed {d_sub} was entitled to the money.",
        ],
        "rebut": [
            (
                "bank",
                "The pattern of transactions ({n_tx} over {period}, always below £300) is "
                "inconsistent with an agreed loan.",
            ),
            (
                "cctv",
                "The CCTV shows {D} concealing the items and checking the cameras before leaving.",
            ),
            ("w_statement", "{W1} is clear that {D} was never given permission."),
            (None, "{D} made no mention of a loan or permission when first challenged."),
        ],
        "weak": [
            "There is documentary support for {D}'s claim that {V} agreed to lend the money.",
            "{V} accepts {v_sub} may have given permission and cannot now remember.",
        ],
        "trial": ["dishonesty", "whether {D} had permission"],
    },
    "fabrication": {
        "short": ["a denial", "fabrication", "a complete denial"],
        "account": [
            "{D} denied the allegation entirely and said {V} had made it up because {motive}",
            "{D} said nothing happened and that {V} is lying to {motive_short}",
            "{D} denied it and said {V} must be confused or mistaken",
        ],
        "dispute": [
            "{D} says the allegation is invented, so the issue is whether it happened at all.",
            "It is word against word on the core incident; credibility is the issue.",
            "The issue is whether {V} is telling the truth; {D} puts forward a motive to lie.",
            "This is a straight denial; the question is whether the jury can be sure of {V}'s account.",
        ],
        "rebut": [
            (
                "bwv",
                "The BWV shows {V}'s injuries and distress minutes after the event, which is "
                "strong "
                "independent support.",
            ),
            (
                "call_999",
                "The 999 call captures {V} saying '{quote}' while the incident was ongoing.",
            ),
            (
                "phone",
                "Messages from {D}'s number ('{msg}') are consistent with {V}'s account and "
                "inconsistent with a denial.",
            ),
            ("photos", "The photographs show {injury}, which {D} does not explain."),
            (
                "w_statement",
                "{W1} saw {V} immediately afterwards and describes {v_obj} as shaking and in tears.",
            ),
            (
                "medical",
                "The medical records, made for treatment rather than for this case, record "
                "an account consistent with {V}'s statement.",
            ),
            (
                None,
                "{D} offers no explanation for {V}'s account and the suggested motive to lie is "
                "not "
                "supported by anything on the file.",
            ),
        ],
        "weak": [
            "There is no independent support for {V}'s account and {v_sub} has given two differing "
            "versions of the key incident.",
            "{V} has withdrawn support and the remaining evidence "
            "does not support the allegation without {v_pos} account.",
        ],
        "trial": [
            "whether the incident happened",
            "credibility",
            "{V}'s account against {D}'s denial",
        ],
    },
    "knowledge": {
        "short": ["lack of knowledge", "personal use", "denial of possession"],
        "account": [
            "{D} said {item_name} {item_verb} not {d_pos} and {d_sub} did not know about it",
            "{D} said {d_sub} did not know {item_name} {item_verb} there",
            "{D} said {d_sub} was holding the bag for someone else and did not know what was in it",
        ],
        "dispute": [
            "Possession is in issue: {D} denies knowledge.",
            "The issue is intent to supply; {D} says personal use.",
            "Knowledge and control are the issues.",
        ],
        "rebut": [
            ("forensic", "{D}'s fingerprints are on the inner packaging."),
            (
                "phone",
                "The download of {D}'s phone shows bulk messages typical of a deal line ('{msg}').",
            ),
            (
                "expert_drugs",
                "The expert evidence on purity, quantity and wrapping is consistent with supply, not personal use.",
            ),
            ("recovered", "{cash} in mixed notes was found with the drugs."),
            ("bwv", "The BWV records {D} saying '{quote}' when the item was found."),
            (
                None,
                "The claim of personal use is undermined by the way the items were packaged and where they were found.",
            ),
        ],
        "weak": [
            "The drugs were found in a car used by several people and there is no forensic link to {D}.",
            "The quantity is consistent with personal use and there is no phone or cash evidence.",
        ],
        "trial": ["knowledge", "intent to supply", "possession"],
    },
    "reasonable_excuse": {
        "short": ["good reason", "a claimed good reason (work use)"],
        "account": [
            "{D} said {d_sub} carried the knife for work as a {job}",
            "{D} said {d_sub} had it for self-protection after being threatened",
            "{D} said {d_sub} had forgotten it was in the bag",
        ],
        "dispute": [
            "Possession in public is admitted; the issue is whether {D} can prove a good reason.",
            "The only issue is good reason (the burden is on {D} on the balance of probabilities).",
            "{D} accepts possession; good reason is the issue.",
        ],
        "rebut": [
            ("bwv", "On the BWV {D} gave a different reason at the roadside ('{quote}')."),
            (None, "Self-protection against a general threat is not a good reason in law."),
            (None, "{D} was not at or on the way to work: it was {time} on a {day}."),
            (
                "w_statement",
                "{W1}'s statement describes {D} touching {d_pos} waistband before the search.",
            ),
        ],
        "weak": [
            "{D}'s employer has confirmed {d_sub} uses the knife at work and was on {d_pos} way there.",
            "Forgetfulness is supported: the bag was a work bag and the knife a work tool.",
        ],
        "trial": ["good reason"],
    },
    "causation": {
        "short": [
            "an unavoidable collision",
            "causation",
            "a challenge to the standard of driving",
        ],
        "account": [
            "{D} said {V} stepped into the road suddenly and {d_sub} could not stop",
            "{D} said {d_sub} was driving within the limit and the collision was unavoidable",
            "{D} gave a prepared statement saying {d_sub} was dazzled by low sun",
        ],
        "dispute": [
            "The issues are the standard of driving and causation.",
            "The issue is whether the "
            "driving fell far below that of a competent and careful driver, and whether it caused "
            "the "
            "death.",
            "The defence is likely to say the collision was unavoidable.",
        ],
        "rebut": [
            (
                "rti",
                "The collision investigator calculates {D}'s speed at {speed} mph in a 30 zone and "
                "concludes that at 30 mph {D} could have stopped.",
            ),
            ("cctv", "Dashcam from a following car shows the overtake on a solid white line."),
            ("phone", "The phone download shows {D} was on a call at the time of impact."),
            ("w_statement", "{W1} describes the car 'flying past' moments before the collision."),
            ("forensic", "The toxicology shows cannabis (delta-9-THC) above the specified limit."),
            (
                None,
                "Road and weather conditions were good, so nothing other than the driving explains the collision.",
            ),
        ],
        "weak": [
            "The collision investigator cannot exclude that {V} stepped out suddenly and says a "
            "competent driver at the limit may not have avoided the collision.",
            "The speed estimate has a wide range and at its lower end the driving was careless, not dangerous.",
        ],
        "trial": ["the standard of driving", "causation", "speed"],
    },
    "aggravation": {
        "short": ["denial of the words", "a denial of racial hostility"],
        "account": [
            "{D} admitted an argument but denied using the words alleged",
            "{D} said {d_sub} swore but did not say anything about race",
            "{D} said {d_sub} was drunk and could not remember",
        ],
        "dispute": [
            "The underlying offence is admitted on the CCTV; the issue is racial aggravation (s.28 CDA 1998).",
            "The issue is whether the words were said and demonstrated hostility based on race.",
            "The aggravation is disputed.",
        ],
        "rebut": [
            ("w_statement", "{W1}, who is independent, heard the words '{words}'."),
            ("bwv", "The BWV records {D} repeating the abuse to officers on arrest."),
            ("call_999", "The words can be heard on the 999 call."),
            ("phone", "{W2}'s phone recording captures the words."),
            (
                None,
                "{D}'s denial is inconsistent with {V}'s immediate complaint to {PCn} about the words.",
            ),
        ],
        "weak": ["Only {V} heard the words; the CCTV has no sound and {W1} heard only shouting."],
        "trial": ["racial aggravation", "what was said"],
    },
    "course_of_conduct": {
        "short": ["reasonable contact", "child contact arrangements"],
        "account": [
            "{D} accepted contacting {V} but said it was to arrange contact with the children",
            "{D} accepted the messages but said {d_sub} was upset and meant no harm",
            "{D} said {V} was also contacting {d_obj} and it was mutual",
        ],
        "dispute": [
            "Contact is largely admitted; the issue is whether it amounted to a course of conduct "
            "which {D} knew or ought to have known would cause {V} serious alarm or distress.",
            "The messages are not disputed; the issue is their effect and {D}'s knowledge of it.",
            "The issue is whether the conduct crossed the line from unwelcome to criminal.",
        ],
        "rebut": [
            (
                "phone",
                "The download shows {n_msgs} messages in {period}, many sent after {V} asked {d_obj} to stop.",
            ),
            (
                "cctv",
                "The doorbell footage shows {D} outside {V}'s home on at least {n_visits} nights.",
            ),
            ("w_statement", "{W1} describes the effect on {V}: {v_sub} stopped going out alone."),
            ("bwv", "{D} was given a police warning and the contact continued afterwards."),
            (
                None,
                "{D} carried on after being told to stop, which answers the suggestion that the "
                "contact "
                "was reasonable.",
            ),
        ],
        "weak": [
            "The messages are two-way and {V} initiated contact on several occasions.",
            "Most of the contact relates to child arrangements and is not threatening.",
        ],
        "trial": ["whether {D} knew or ought to have known the effect", "the effect on {V}"],
    },
    "exploitation": {
        "short": ["voluntary work", "consent to the arrangement"],
        "account": [
            "{D} said the workers were friends staying voluntarily and were paid properly",
            "{D} said {d_sub} kept the passports safe at their request",
            "{D} said {d_sub} was helping people who had nowhere else to live",
        ],
        "dispute": [
            "The issue is whether the work was forced or compulsory or was a poor but voluntary arrangement.",
            "{D} says the workers were free to leave; control is the issue.",
        ],
        "rebut": [
            (
                "bank",
                "The bank records show the wages paid into accounts controlled by {D} and withdrawn the same day.",
            ),
            (
                "recovered",
                "Five passports, including {V}'s, were found in a locked drawer in {D}'s bedroom.",
            ),
            (
                "phone",
                "{D}'s messages refer to the workers as 'owing' {d_obj} and discuss 'fines'.",
            ),
            ("w_statement", "{W1}, a former worker, describes the same regime independently."),
            (
                None,
                "The claim that the workers were free to leave sits badly with {D}'s control of "
                "their "
                "documents and money.",
            ),
        ],
        "weak": [
            "{V} has returned to {country} and will not give evidence, and the other workers "
            "describe "
            "the arrangement as voluntary."
        ],
        "trial": ["whether the labour was forced", "control"],
    },
}

# ---------------------------------------------------------------------------------------------
# Evidence: how an item is listed, what it proves, where it is weak and how that is cured
# ---------------------------------------------------------------------------------------------

EVIDENCE: dict[str, dict[str, list[str]]] = {
    "pw": {
        "desc": [
            "MG11 statement of {PWn} ({pw_role}) dated {stmt_date}",
            "{PW}'s s.9 statement ({stmt_date})",
            "statement of {PWn}, {pw_role}",
            "{PWn} ({pw_role}) - MG11, {stmt_pages} pages",
        ],
        "support": [
            "{PW}'s clear and consistent account",
            "the account of {PW}, which has not shifted since {pw_pos} first report",
            "{PW}'s detailed account",
        ],
        "strength": [
            "{PW} gives a detailed account of what happened, including {detail}, and has been "
            "consistent from the first account to {PCn} onwards.",
            "{PW}'s account has not shifted between the first report, the BWV and the statement.",
            "{PW} does not exaggerate: {pw_sub} accepts {concession}, which adds to {pw_pos} credibility.",
            "{PW} is a credible witness who reported straight away.",
        ],
        "weakness": [
            "{PW} had been drinking ({drink}), which the defence will use to attack reliability.",
            "There is an inconsistency between {PW}'s first account and {pw_pos} statement about {inconsistency}.",
            "{PW} did not report for {delay}; the reason ({delay_reason}) is explained in the statement.",
            "{PW} and {D} have a history of arguments and the defence will say {pw_sub} has a motive to exaggerate.",
        ],
        "cure": [
            "take a further statement from {PW} dealing with {inconsistency}",
            "take a supplementary statement from {PW} covering {pw_pos} drinking and the lighting",
            "obtain {PW}'s account of the earlier history so that it is dealt with in chief",
        ],
    },
    "w_statement": {
        "desc": [
            "MG11 of {W1n} ({w1_role})",
            "statement of {W1n}, {w1_role}",
            "{W1} ({w1_role}) s.9",
            "s.9 statement from {W1n}, {w1_role}, dated {stmt_date}",
        ],
        "support": [
            "the independent account of {W1}",
            "{W1}'s evidence",
            "the evidence of {W1}, who is independent",
        ],
        "strength": [
            "{W1} is independent of both parties and saw {w_saw}.",
            "{W1} is a good witness: sober, close by and with a clear view.",
            "{W1}'s account supports {PW}'s on the key point.",
        ],
        "weakness": [
            "{W1} is a friend of {V} and the defence will suggest collusion.",
            "{W1} only saw the aftermath, not the incident itself.",
            "{W1} was some distance away at night and the statement says nothing about lighting or obstructions.",
            "{W1}'s statement gives the time as {time_alt}, which does not fit the CAD log.",
        ],
        "cure": [
            "take a detailed statement from {W1} covering distance, lighting and duration (Turnbull)",
            "re-interview {W1} on the timing and exhibit any notes made",
            "establish whether {W1} has spoken to {V} about the incident and record it",
        ],
    },
    "cctv": {
        "desc": [
            "CCTV from {cctv_loc} (clip {clip})",
            "CCTV - {cctv_loc}, viewed by OIC",
            "footage from {cctv_loc}",
            "CCTV ({cctv_loc}), MG11 of the operator to follow",
        ],
        "support": [
            "the CCTV, which shows {cctv_shows}",
            "CCTV from {cctv_loc}",
            "the CCTV footage",
        ],
        "strength": [
            "The CCTV from {cctv_loc} shows {cctv_shows}.",
            "The footage is of good quality and captures the whole incident from {clip}.",
            "The CCTV independently confirms the sequence {PW} describes.",
        ],
        "weakness": [
            "The CCTV is low resolution and faces are not identifiable.",
            "The camera does not capture the start of the incident, and {D} will say that is when {V} {provocation}.",
            "The CCTV has only been viewed by the OIC and has not been provided in a playable format.",
            "There is a {gap} second gap in the footage at the key moment.",
        ],
        "cure": [
            "obtain the footage in native format with a player, a continuity statement and a stills booklet",
            "canvass for further CCTV from {cctv_alt}",
            "obtain a statement from the operator exhibiting the footage and dealing with the time offset",
        ],
    },
    "bwv": {
        "desc": [
            "BWV of {PCn}",
            "body-worn video of attending officers ({PCn})",
            "BWV - {PCn}, {bwv_mins} mins",
            "BWV footage ({PCn} and colleague)",
        ],
        "support": [
            "the BWV, which captures {bwv_shows}",
            "the body-worn video",
            "the BWV of the first account",
        ],
        "strength": [
            "The BWV captures {bwv_shows} within minutes, and is admissible as res gestae if needed.",
            "The BWV records {PW}'s first account, which matches {pw_pos} statement.",
            "On the BWV {D} says '{quote}', which is a significant admission.",
        ],
        "weakness": [
            "The BWV starts after {D} had left, so it only shows the aftermath.",
            "The BWV has no audio for the first minute.",
            "On the BWV {PW} gives a shorter account that omits {detail}.",
        ],
        "cure": [
            "provide the BWV with timings and a transcript of the first account",
            "obtain the BWV from the second officer, which has not yet been uploaded",
        ],
    },
    "call_999": {
        "desc": [
            "999 call recording ({time})",
            "999 call and CAD log",
            "recording of the 999 call by {W1n}",
            "CAD {cad} and 999 audio",
        ],
        "support": [
            "the 999 call",
            "the contemporaneous 999 call",
            "what {PW} says on the 999 call",
        ],
        "strength": [
            "The 999 call is contemporaneous and captures {quote_source} saying '{quote}'.",
            "The 999 call was made within {call_gap} minutes and is admissible as res gestae.",
        ],
        "weakness": [
            "The caller on the 999 call has not been identified.",
            "The 999 call is partly inaudible.",
        ],
        "cure": [
            "obtain the 999 recording, the CAD log and a transcript",
            "identify the 999 caller from the CAD and take a statement",
        ],
    },
    "medical": {
        "desc": [
            "{medical_desc}",
            "{medical_desc} (consent form signed)",
            "{medical_desc}, dated {stmt_date}",
        ],
        "support": ["the medical evidence of {injury}", "{medical_desc}", "the medical evidence"],
        "strength": [
            "The medical evidence confirms {injury}, consistent with the mechanism {PW} describes.",
            "{medical_desc} records {injury}, which supports the account of how it happened.",
        ],
        "weakness": [
            "The medical evidence cannot say how the injury was caused.",
            "Only the discharge summary has been provided; there is no statement from the treating clinician.",
            "The medical notes record a slightly different history ({alt_history}).",
        ],
        "cure": [
            "obtain a s.9 statement from the treating clinician with {V}'s consent",
            "obtain an expert opinion on mechanism of injury",
            "obtain the full A&E notes, not only the discharge summary",
        ],
    },
    "photos": {
        "desc": [
            "photographs of injuries ({photo_date})",
            "injury photos taken by {PCn}",
            "photographs of the scene and injuries",
        ],
        "support": ["the photographs of {injury}", "the injury photographs"],
        "strength": ["The photographs show {injury} and were taken the same day."],
        "weakness": ["The photographs were taken {photo_delay} later and the bruising had faded."],
        "cure": ["arrange follow-up photographs", "obtain the photographs in colour with a scale"],
    },
    "forensic": {
        "desc": [
            "{forensic_desc}",
            "forensic report - {forensic_desc}",
            "{forensic_desc} (streamlined forensic report, SFR1)",
        ],
        "support": [
            "{D}'s DNA on {forensic_loc}",
            "the forensic evidence",
            "the forensic link to {D}",
        ],
        "strength": [
            "The forensic evidence places {D}'s DNA on {forensic_loc}.",
            "The forensic link is strong: {forensic_desc}.",
        ],
        "weakness": [
            "The forensic results are awaited.",
            "The defence may suggest secondary transfer, as {D} had been at the address before.",
            "Only an SFR1 has been obtained; if the finding is disputed a full evaluative statement will be needed.",
        ],
        "cure": [
            "submit the exhibits for expedited analysis",
            "obtain a full evaluative statement (SFR2) dealing with transfer",
            "submit control samples",
        ],
    },
    "phone": {
        "desc": [
            "download of {phone_whose} phone",
            "phone download ({phone_whose} handset), report of the DFU",
            "screenshots of messages between {V} and {D}",
            "{phone_whose} phone data",
        ],
        "support": [
            "the messages recovered from {phone_whose} phone",
            "the phone evidence",
            "the messages ('{msg}')",
        ],
        "strength": [
            "The messages on {phone_whose} phone ('{msg}') support {PW}'s account.",
            "The phone download shows {phone_shows}.",
        ],
        "weakness": [
            "Only screenshots have been provided, not a full download.",
            "The download has not yet been examined and the message thread is incomplete.",
            "Attribution of the number to {D} has not been proved.",
        ],
        "cure": [
            "complete a targeted download of {phone_whose} phone limited to {phone_range}",
            "prove attribution of the number to {D} (subscriber checks, contacts)",
            "obtain a statement from the DFU examiner exhibiting the report",
        ],
    },
    "id_procedure": {
        "desc": [
            "VIPER identification procedure ({viper_date})",
            "VIPER - {W1n}",
            "record of VIPER procedure",
        ],
        "support": ["{W1}'s positive identification at VIPER", "the VIPER identification"],
        "strength": ["{W1} picked {D} out at the VIPER procedure."],
        "weakness": [
            "{W1} made the identification only on a second viewing.",
            "The VIPER was held {viper_delay} after the event.",
        ],
        "cure": [
            "obtain the VIPER officer's notes and the first description given by {W1}",
            "hold a VIPER procedure for {W2}",
        ],
    },
    "recovered": {
        "desc": [
            "property recovered at {D}'s address",
            "{recovered_items} recovered on arrest",
            "search record (s.32 PACE) and exhibits",
        ],
        "support": ["the recovery of {recovered_items} from {D}", "the recovered property"],
        "strength": ["{recovered_items} were recovered from {D} {recovery_gap} later."],
        "weakness": [
            "The property was found in a shared house.",
            "The recovered items have not yet been exhibited with a continuity statement.",
        ],
        "cure": [
            "have the owner identify the recovered items and make a statement",
            "obtain the search record and exhibit log",
        ],
    },
    "anpr": {
        "desc": ["ANPR data for {D}'s vehicle", "ANPR hits ({street2} camera)"],
        "support": ["the ANPR data", "the ANPR evidence placing {D}'s car nearby"],
        "strength": ["ANPR puts {D}'s car on {street2} shortly before the offence."],
        "weakness": ["ANPR shows the car but not who was driving."],
        "cure": ["obtain keeper details and insurance records to show who drove the car"],
    },
    "bank": {
        "desc": [
            "{bank_desc}",
            "financial schedule prepared by the OIC",
            "bank records (production order)",
            "till records and refund logs",
        ],
        "support": [
            "the bank records",
            "the financial records showing {n_tx} transactions totalling {amount}",
        ],
        "strength": ["The financial records show {n_tx} transactions totalling {amount} over {period}."],
        "weakness": [
            "The schedule has been prepared by the OIC and some entries are not cross-referenced.",
            "The records for the first three months are still awaited.",
        ],
        "cure": [
            "obtain the outstanding bank records by production order",
            "have the financial schedule checked and cross-referenced to the statements",
        ],
    },
    "expert_drugs": {
        "desc": [
            "drugs expert statement (DC {expert})",
            "drug expert report",
            "statement of drugs expert",
        ],
        "support": ["the expert evidence on quantity and packaging", "the drugs expert's opinion"],
        "strength": ["The expert will say the quantity, purity and packaging are consistent with supply."],
        "weakness": [
            "The drugs expert statement has not been served yet.",
            "Purity analysis is awaited.",
        ],
        "cure": ["obtain the drugs expert statement", "obtain purity analysis"],
    },
    "rti": {
        "desc": [
            "collision investigation report (PC {expert})",
            "RTC reconstruction report",
            "forensic collision investigator's report",
        ],
        "support": [
            "the collision investigation",
            "the collision investigator's speed calculation",
        ],
        "strength": ["The collision investigator calculates {D}'s speed at {speed} mph."],
        "weakness": [
            "The collision report is preliminary.",
            "The speed estimate has a range of {speed_low}-{speed} mph.",
        ],
        "cure": ["obtain the final collision report", "obtain the vehicle examination report"],
    },
}

# ---------------------------------------------------------------------------------------------
# The case: one sampled set of facts that every part of the draft is written from
# ---------------------------------------------------------------------------------------------

PRE_DECISIONS = [("charge", 0.74), ("no_further_action", 0.26)]
POST_DECISIONS = [
    ("continue", 0.52),
    ("discontinue", 0.13),
    ("offer_no_evidence", 0.1),
    ("accept_plea_lesser", 0.12),
    ("reduce_charge", 0.13),
]
REVIEW_KINDS = {
    "continue": ["initial", "dcs", "new_evidence", "pretrial"],
    "discontinue": ["initial", "dcs", "new_evidence"],
    "offer_no_evidence": ["pretrial", "new_evidence"],
    "accept_plea_lesser": ["dcs", "pretrial", "new_evidence"],
    "reduce_charge": ["initial", "dcs", "new_evidence"],
}


def weighted(rng: random.Random, options: list[tuple[str, float]]) -> str:
    """One key of ``options``, drawn by weight."""
    total = sum(w for _, w in options)
    x = rng.random() * total
    for key, w in options:
        x -= w
        if x <= 0:
            return key
    return options[-1][0]


def pronouns(female: bool, prefix: str) -> dict[str, str]:
    sub, obj, pos, slf = ("she", "her", "her", "herself") if female else ("he", "him", "his", "himself")
    return {f"{prefix}_sub": sub, f"{prefix}_obj": obj, f"{prefix}_pos": pos, f"{prefix}_self": slf}


def person(rng: random.Random, female: bool) -> tuple[str, str, str]:
    """(first name, surname, title + surname)."""
    first = pick(rng, FEMALE if female else MALE)
    last = pick(rng, SURNAMES)
    title = pick(rng, ["Ms", "Miss", "Mrs"]) if female else "Mr"
    return first, last, f"{title} {last}"


@dataclass
class Case:
    """A sampled case and the context its templates are filled from."""

    off: dict[str, Any]
    doc_type: str
    decision: str
    reason: str
    issue: str
    interview: str
    evidence: list[str]
    review_kind: str
    ctx: Ctx
    rev: date
    date_style: int
    flags: set[str] = field(default_factory=set)
    labels: dict[str, int] = field(default_factory=dict)
    inc: date = date(2024, 1, 1)
    size: int = 1  # 0 compact, 1 normal, 2 full: how much a substantive part says
    filler: set[str] = field(default_factory=set)  # label-neutral padding: summaries, interview, PNC

    @property
    def pre(self) -> bool:
        return self.doc_type == PRE

    def f(self, template: str) -> str:
        return self.ctx.fill(template)

    def due(self, rng: random.Random, lo: int = 7, hi: int = 42) -> str:
        """An action date after the review date."""
        d = self.rev + timedelta(days=rng.randint(lo, hi))
        if d.weekday() >= 5:
            d += timedelta(days=7 - d.weekday())
        return fmt_date(d, self.date_style)

    def has(self, kind: str) -> bool:
        return kind == "pw" or kind in self.evidence


def choose_decision(rng: random.Random, off: dict[str, Any], doc_type: str, labels: dict[str, int]) -> tuple[str, str]:
    """(decision, reason key) consistent with the offence."""
    if doc_type == PRE:
        decision = weighted(rng, PRE_DECISIONS)
        if decision == "charge":
            return decision, "charge"
        return decision, "nfa_pi" if off.get("minor") and rng.random() < 0.45 else "nfa_evidential"
    options = [
        (d, w) for d, w in POST_DECISIONS if off.get("lesser") or d not in ("accept_plea_lesser", "reduce_charge")
    ]
    decision = weighted(rng, options)
    reasons = {
        "continue": ["continue"],
        "discontinue": ["evidence_undermined", "v_withdrawn", "pi_changed"],
        "offer_no_evidence": ["v_non_attendance", "witness_untraceable", "undermining_material"],
        "accept_plea_lesser": ["plea"],
        "reduce_charge": ["charge_level"],
    }[decision]
    if off.get("victimless"):
        reasons = [r for r in reasons if r not in ("v_withdrawn", "v_non_attendance")] or reasons
    if labels["disclosure_not_addressed"]:
        # deciding on undermining unused material is itself a disclosure assessment
        reasons = [r for r in reasons if r != "undermining_material"] or reasons
    return decision, pick(rng, reasons)


def build_case(rng: random.Random, doc_type: str, labels: dict[str, int]) -> Case:
    """Sample an offence, people, dates, evidence, issue, interview and decision."""
    keys = list(OFFENCE_WEIGHTS)
    key = weighted(rng, [(k, OFFENCE_WEIGHTS[k]) for k in keys])
    off = next(o for o in OFFENCES if o["key"] == key)
    decision, reason = choose_decision(rng, off, doc_type, labels)
    da, sexual = off.get("da", False), off.get("sexual", False)
    v_female = rng.random() < (0.85 if da or sexual or off["rel"] == "ex_partner" else 0.45)
    d_female = rng.random() < (
        0.08 if sexual or da else 0.2 if off["key"] in ("fraud", "child_cruelty", "theft") else 0.1
    )
    if off["key"] == "fraud":
        d_female = rng.random() < 0.55
    vf, vs, vt = person(rng, v_female)
    df, ds, dt = person(rng, d_female)
    if da and rng.random() < 0.4:
        vs = ds
        vt = f"{vt.split()[0]} {vs}"
    w1f, w1s, _ = person(rng, rng.random() < 0.5)
    w2f, w2s, _ = person(rng, rng.random() < 0.5)
    town, mc, cc, hospital = pick(rng, TOWNS)
    street, street2 = rng.sample(STREETS, 2)
    date_style = rng.choice([0, 0, 0, 1, 1, 2, 3, 4])

    rev = date(2023, 1, 9) + timedelta(days=rng.randint(0, 880))
    if rev.weekday() >= 5:
        rev -= timedelta(days=rev.weekday() - 4)
    review_kind = "pre" if doc_type == PRE else pick(rng, REVIEW_KINDS[decision])
    if doc_type == PRE:
        inc = rev - timedelta(days=rng.randint(4, 150))
        charge_d = fh = ptph = trial = rev + timedelta(days=rng.randint(14, 40))
    else:
        span = {
            "initial": (2, 6),
            "dcs": (50, 90),
            "new_evidence": (60, 160),
            "pretrial": (150, 260),
        }
        back = rng.randint(*span[review_kind])
        charge_d = rev - timedelta(days=back)
        inc = charge_d - timedelta(days=rng.randint(2, 120))
        fh = charge_d + timedelta(days=rng.randint(1, 7) if back < 10 else rng.randint(1, 28))
        ptph = fh + timedelta(days=28)
        trial = (
            rev + timedelta(days=rng.randint(14, 120))
            if review_kind == "pretrial"
            else ptph + timedelta(days=rng.randint(80, 220))
        )
    ds_ = date_style
    child = off.get("child", False)
    vage = rng.randint(5, 15) if child else rng.randint(72, 93) if off.get("elderly") else rng.randint(17, 64)
    if off["key"] == "child_sexual":
        vage = rng.randint(12, 15)
    if off["key"] == "slavery":
        vage = rng.randint(19, 45)
    dage = rng.randint(18, 58) if not child else rng.randint(24, 52)
    if off["key"] in ("robbery", "blade", "drugs") and rng.random() < 0.3:
        dage = rng.randint(15, 17)
    oic_f = rng.random() < 0.45
    oicf, oics, _ = person(rng, oic_f)
    oic_rank = pick(rng, RANKS_OIC)
    pcf, pcs, _ = person(rng, rng.random() < 0.5)

    ctx = Ctx()
    ctx.update(pronouns(v_female, "v"))
    ctx.update(pronouns(d_female, "d"))
    ctx.update(
        Vn=f"{vf} {vs}",
        Vf=vf,
        Vs=vs,
        Vt=vt,
        Vage=str(vage),
        Dn=f"{df} {ds}",
        Df=df,
        Ds=ds,
        Dt=dt,
        DS=f"{df} {ds.upper()}",
        Dage=str(dage),
        W1n=f"{w1f} {w1s}",
        W2n=f"{w2f} {w2s}",
        OICn=f"{oic_rank} {oicf} {oics}",
        OICs=f"{oic_rank} {oics}",
        PCn=f"PC {pcf} {pcs}",
        PCs=f"PC {pcs}",
        town=town,
        mc=mc,
        cc=cc,
        hospital=hospital,
        street=street,
        street2=street2,
        pub=pick(rng, PUBS),
        shop=pick(rng, SHOPS),
        venue=pick(rng, PUBS + SHOPS),
        inc_date=fmt_date(inc, ds_),
        inc_day=DAYS[inc.weekday()],
        rev_date=fmt_date(rev, ds_),
        charge_date=fmt_date(charge_d, ds_),
        fh_date=fmt_date(fh, ds_),
        ptph_date=fmt_date(ptph, ds_),
        trial_date=fmt_date(trial, ds_),
        arrest_date=fmt_date(inc + timedelta(days=rng.randint(0, 9)), ds_),
        stmt_date=fmt_date(inc + timedelta(days=rng.randint(0, 6)), ds_),
        viper_date=fmt_date(inc + timedelta(days=rng.randint(5, 30)), ds_),
        photo_date=fmt_date(inc + timedelta(days=rng.randint(0, 2)), ds_),
        time=f"{rng.choice([0, 1, 2, 13, 15, 17, 19, 20, 21, 22, 23]):02d}:{rng.randint(0, 59):02d}",
        day=DAYS[inc.weekday()],
        years=str(rng.randint(2, 14)),
        days=str(rng.randint(3, 21)),
        stmt_pages=str(rng.randint(3, 14)),
        clip=f"{rng.randint(20, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
        gap=str(rng.randint(2, 9)),
        bwv_mins=str(rng.randint(6, 48)),
        cad=str(rng.randint(100, 999)),
        call_gap=str(rng.randint(2, 6)),
        n_tx=str(rng.randint(14, 96)),
        n_msgs=str(rng.randint(120, 900)),
        n_visits=str(rng.randint(4, 15)),
        speed=str(rng.randint(48, 78)),
        amount=pick(rng, ["£240", "£460", "£1,250"]),
        cash=f"£{rng.choice([340, 560, 1180, 2240])}",
        expert=pick(rng, SURNAMES),
        docname=f"{pick(rng, ['A', 'J', 'S', 'R', 'M', 'K'])}. {pick(rng, SURNAMES)}",
        period=pick(
            rng,
            [
                "eight months",
                "a year",
                "18 months",
                "four months",
                "two years",
                "the summer of 2023",
                "six weeks",
            ],
        ),
        drink=pick(
            rng,
            ["four pints", "most of a bottle of wine", "several vodkas", "drinks since lunchtime"],
        ),
        delay=pick(rng, ["two days", "a week", "three months", "over a year", "ten days"]),
        delay_reason=pick(
            rng,
            [
                "fear of {D}",
                "not wanting {D} to lose {d_pos} job",
                "shame",
                "being told by {D} no one would believe {v_obj}",
                "the children",
            ],
        ),
        detail=pick(
            rng,
            [
                "what {D} said before the first blow",
                "the colour of {D}'s jacket",
                "where each person was standing",
                "the words used",
                "the sequence of events",
            ]
            if off["cat"] in ("violence", "domestic_abuse", "public_order", "robbery", "hate_crime")
            else ["the timing", "the sequence of events", "what was said", "where {d_sub} was that day"],
        ),
        concession=pick(
            rng,
            [
                "that {pw_sub} had been drinking",
                "that {pw_sub} swore at {D} first",
                "that {pw_sub} did not see every blow",
                "that {pw_sub} pushed {D} away",
            ],
        ),
        inconsistency=pick(
            rng,
            [
                "which hand was used",
                "the time",
                "whether {D} said anything first",
                "how many blows there were",
                "who left the room first",
            ],
        ),
        time_alt=f"{rng.randint(19, 23)}:{rng.choice(['00', '15', '30', '45'])}",
        provocation=pick(rng, ["pushed {d_obj}", "threw a punch", "came at {d_obj} with something"]),
        alt_history=pick(rng, ["a fall", "a fight with 'a man'", "walking into a door"]),
        photo_delay=pick(rng, ["three days", "a week", "five days"]),
        phone_range=pick(
            rng,
            [
                "the month before the incident",
                "messages between {V} and {D} only",
                "the period of the alleged offending",
                "the 48 hours around the incident",
            ],
        ),
        viper_delay=pick(rng, ["seven weeks", "three months", "five weeks"]),
        recovery_gap=pick(rng, ["two days", "the same night", "four days", "an hour"]),
        clothing=pick(
            rng,
            [
                "grey North Face jacket",
                "white Nike tracksuit",
                "red puffer jacket",
                "black hoodie with a white logo",
            ],
        ),
        alibi_place=pick(rng, ["a friend's house", "home", "{d_pos} cousin's flat", "work"]),
        alibi_person=f"{pick(rng, FEMALE + MALE)} {pick(rng, SURNAMES)}",
        threat=pick(rng, ["I'll do you", "you're getting it now", "watch this", "I'll kill you"]),
        motive=pick(
            rng,
            [
                "they are in a dispute over the children",
                "{v_sub} wants the house",
                "{v_sub} is jealous of {d_pos} new partner",
                "{v_sub} wanted {d_obj} out",
            ],
        ),
        motive_short=pick(
            rng,
            [
                "get {d_obj} out of the house",
                "stop {d_obj} seeing the children",
                "get back at {d_obj}",
            ],
        ),
        job=pick(rng, ["carpet fitter", "chef", "roofer", "warehouse operative", "landscaper"]),
        quote=pick(
            rng,
            [
                "it's not mine",
                "I didn't know that was there",
                "it's for my own use",
                "I need it for protection",
            ]
            if off.get("victimless")
            else [
                "get off me",
                "he's hitting me",
                "I didn't mean to",
                "{v_sub} deserved it",
                "help, he's got a knife",
                "you're going to die",
                "I only pushed {v_obj}",
            ],
        ),
        msg=pick(
            rng,
            [
                "sorry about last night, I went too far",
                "you know what you did",
                "I'm sorry, I was out of my head",
                "don't tell anyone",
                "if you go to the police you'll regret it",
            ]
            if off["key"] != "drugs"
            else ["1 for 20, 3 for 50, shout me", "got white and dark, hit me up", "link up at the usual"],
        ),
        words=pick(rng, off["slots"].get("words", ["get out of my way"])),
        country=pick(rng, off["slots"].get("country", ["Romania"])),
    )
    act_index = rng.randrange(len(off["slots"]["act"]))
    for slot, options in off["slots"].items():
        paired = slot == "act" or (slot in off.get("paired", ()) and len(options) == len(off["slots"]["act"]))
        ctx[slot] = options[act_index] if paired else pick(rng, options)
    ctx.setdefault("weapon", "a weapon")
    ctx.setdefault("item_name", "the items")
    ctx.setdefault("item_verb", "were")
    ctx["tribunal"] = {"indictable": "jury", "summary": "bench"}.get(off["mode"], pick(rng, ["jury", "court"]))
    ctx["speed_low"] = str(int(ctx["speed"]) - rng.randint(6, 12))

    # principal witness and victim references
    flags: set[str] = set()
    for flag in (
        "da",
        "sexual",
        "child",
        "abe",
        "hate",
        "death",
        "victimless",
        "elderly",
        "vulnerable",
        "emergency",
        "weapon",
        "minor",
    ):
        if off.get(flag):
            flags.add(flag)
    if vage < 18:
        flags.add("young_v")
    if dage < 18:
        flags.add("youth_d")
    vrole = {"stranger": "complainant", "partner": "complainant", "ex_partner": "complainant"}.get(
        off["rel"], "complainant"
    )
    if off["key"] == "aew":
        vf_title = pick(rng, ["PC", "paramedic", "PCSO", "nurse"])
        ctx.update(Vn=f"{vf_title} {vf} {vs}", Vt=f"{vf_title} {vs}" if vf_title == "PC" else vt)
        vrole = {
            "PC": "the officer assaulted",
            "paramedic": "paramedic",
            "PCSO": "PCSO",
            "nurse": "A&E nurse",
        }[vf_title]
    if off["key"] == "theft":
        vrole = "store manager"
    ctx["v_role"] = vrole
    if "victimless" in flags:
        ctx.update(PWn=ctx["PCn"], pw_role="arresting officer", Vn=ctx["PCn"], Vt=ctx["PCs"])
        ctx.update(pronouns(rng.random() < 0.4, "pw"))
    elif "death" in flags:
        ctx.update(PWn=ctx["W1n"], pw_role="eyewitness")
        ctx.update(pronouns(rng.random() < 0.5, "pw"))
        fam_rel = pick(rng, ["mother", "father", "partner", "sister", "husband" if v_female else "wife"])
        ctx.update(fam=f"{ctx['Vt'] if rng.random() < 0.5 else ctx['Vf']}'s {fam_rel}", fam_rel=fam_rel)
    else:
        ctx.update(
            PWn=ctx["Vn"],
            pw_role=vrole,
            pw_sub=ctx["v_sub"],
            pw_obj=ctx["v_obj"],
            pw_pos=ctx["v_pos"],
        )
    ctx.setdefault("fam", "the family")
    w1_roles = {
        "da": ["neighbour", "{V}'s mother", "{V}'s friend", "upstairs neighbour"],
        "death": ["eyewitness, pedestrian", "driver of the following car", "bus driver"],
        "victimless": ["second arresting officer", "PCSO", "member of the public"],
        "child": ["class teacher", "{V}'s mother", "designated safeguarding lead", "grandmother"],
        "sexual": ["{V}'s flatmate", "friend", "taxi driver", "door supervisor"],
    }
    w1_role = "passer-by"
    for flag, roles in w1_roles.items():
        if flag in flags:
            w1_role = pick(rng, roles)
            break
    else:
        w1_role = pick(
            rng,
            [
                "passer-by",
                "door supervisor",
                "bar worker",
                "friend of {V}",
                "shop assistant",
                "bus driver",
                "neighbour",
                "security guard",
                "colleague",
            ],
        )
    ctx["w1_role"] = w1_role
    if any(w in w1_role for w in ("mother", "grandmother", "sister")):
        ctx["W1n"] = f"{pick(rng, FEMALE)} {w1s}"
    independent = not any(w in w1_role for w in ("{V}'s", "friend", "flatmate", "mother", "grandmother"))
    if not independent:
        flags.add("w1_partisan")
    ctx["w_saw"] = pick(
        rng,
        [
            "most of the incident",
            "the key events",
            "what happened from close by",
            "{D} at the scene at the time",
            "the end of the incident",
        ],
    )
    if "sexual" in flags or "child" in flags:
        ctx["w_saw"] = pick(
            rng,
            [
                "{V} shortly afterwards",
                "{V} leave with {D}",
                "{V}'s distress the next morning",
                "{V} immediately after the disclosure",
            ],
        )
    elif off["key"] in ("coercive", "stalking"):
        ctx["w_saw"] = pick(rng, ["{D} outside {V}'s home", "the messages on {V}'s phone", "{D} shouting at {V}"])
    elif off["key"] == "fraud":
        ctx["w_saw"] = pick(rng, ["{D} using the card", "the transactions being made"])
    elif off["key"] == "theft":
        ctx["w_saw"] = pick(rng, ["{D} at the till", "{D} counting the cash bags alone"])
    elif off["key"] == "shop_theft":
        ctx["w_saw"] = pick(rng, ["{D} leave without paying", "{D} put the items in a bag"])
    elif "victimless" in flags:
        ctx["w_saw"] = pick(rng, ["the search", "the item being found", "{D} being stopped"])

    # evidence held on the file
    pool = list(off["evidence"])
    rng.shuffle(pool)
    evidence = pool[: rng.randint(2, min(5, len(pool)))]
    ctx.update(_evidence_slots(rng, off, ctx, flags))

    issue = pick(rng, off["issues"])
    interview = weighted(rng, [("no_comment", 0.32), ("prepared", 0.2), ("account", 0.48)])
    ctx["defence"] = pick(rng, ISSUES[issue]["short"])
    ctx["trial_issue"] = pick(rng, ISSUES[issue]["trial"])

    case = Case(
        off=off,
        doc_type=doc_type,
        decision=decision,
        reason=reason,
        issue=issue,
        interview=interview,
        evidence=evidence,
        review_kind=review_kind,
        ctx=ctx,
        rev=rev,
        date_style=date_style,
        flags=flags,
    )
    case.labels = labels
    case.inc = inc
    _reference_style(rng, case)
    return case


def _evidence_slots(rng: random.Random, off: dict[str, Any], ctx: Ctx, flags: set[str]) -> dict[str, str]:
    """Offence-specific descriptions used by the evidence templates."""
    key = off["key"]
    forensic = {
        "s18": (
            "{V}'s blood and {D}'s DNA on the handle of {weapon} found in a bin on {street2}",
            "the handle of the weapon",
        ),
        "rape": ("SARC swabs - DNA matching {D}", "the intimate swabs"),
        "child_sexual": ("DNA examination of {V}'s clothing", "{V}'s underwear"),
        "robbery": ("DNA from a discarded glove on the route", "a glove dropped on the route"),
        "burglary": (
            "fingerprint identification - inside of the window frame",
            "the inside of the window frame",
        ),
        "drugs": ("fingerprint report on the wraps", "the inner packaging"),
        "criminal_damage": ("DNA on the brick", "the brick"),
        "arson": (
            "fire investigation report and petrol residue on {D}'s trainers",
            "{D}'s trainers",
        ),
        "ddd": ("toxicology report on {D}'s blood sample", "the blood sample"),
    }.get(key, ("DNA swabs from the scene", "the recovered item"))
    medical = ("medical statement of Dr {docname}, {hospital}",)
    if "sexual" in flags:
        medical = ("SARC examination notes (FME Dr {docname})",)
    if "death" in flags:
        medical = ("post-mortem report of Dr {docname}, Home Office pathologist",)
    if key == "coercive":
        medical = ("GP records and counselling referral",)
    if key == "child_cruelty":
        medical = ("paediatric report of Dr {docname} (child protection medical)",)
    recovered = {
        "robbery": "{V}'s phone and bank card",
        "burglary": "items of the stolen property",
        "drugs": "{cash} in cash and two phones",
        "slavery": "five passports",
        "shop_theft": "the stolen goods",
    }.get(key, "the property")
    phone_whose = "{D}'s" if key in ("drugs", "ddd", "slavery") else pick(rng, ["{V}'s", "{D}'s"])
    return {
        "forensic_desc": forensic[0],
        "forensic_loc": forensic[1],
        "medical_desc": medical[0],
        "recovered_items": recovered,
        "bank_desc": ctx.get("bank_desc")
        or {
            "coercive": "bank statements for the joint account",
            "slavery": "bank records for the workers' accounts",
            "fraud": "bank statements for {V}'s account ({period})",
        }.get(key, "bank records"),
        "phone_whose": phone_whose,
        "phone_shows": pick(
            rng,
            [
                "messages from {D} ('{msg}')",
                "repeated calls in the hour before",
                "the location data for the evening",
            ],
        ),
        "cctv_loc": pick(
            rng,
            [
                "{shop} on {street}",
                "the council camera on {street}",
                "{pub}",
                "a doorbell camera on {street}",
                "the bus on {street}",
                "{street} (council)",
            ],
        ),
        "cctv_alt": pick(
            rng,
            [
                "the premises on {street2}",
                "buses on the route",
                "the taxi rank",
                "doorbell cameras on {street2}",
            ],
        ),
        "cctv_shows": pick(
            rng,
            [
                "a figure matching {D}'s description at the scene",
                "the key events",
                "the incident from start to finish",
                "{D} arriving and leaving",
                "the build-up and the first blow"
                if off["cat"] in ("violence", "domestic_abuse", "public_order", "robbery")
                else "the build-up",
            ],
        ),
        "bwv_shows": pick(
            rng,
            [
                "{V}'s distress and injuries",
                "{PW}'s first account",
                "the scene and the injuries",
                "{D}'s reaction on arrest",
            ]
            if "victimless" not in flags and off["cat"] not in ("criminal_damage", "burglary", "theft")
            else ["the search and {D}'s reaction", "the item being found", "{D}'s reaction on arrest"]
            if "victimless" in flags
            else ["the damage and {V}'s distress", "the scene", "{D}'s reaction on arrest"],
        ),
        "quote_source": pick(rng, ["{V}", "the caller", "{W1}"]),
        "expert": pick(rng, SURNAMES),
    }


def _reference_style(rng: random.Random, case: Case) -> None:
    """How this draft refers to people: names, roles or the V/D/W1 shorthand."""
    c = case.ctx
    if rng.random() < 0.45:  # shorthand
        c.update(
            V="V",
            D="D" if not case.pre or rng.random() < 0.6 else "S",
            W1="W1",
            W2="W2",
            OIC="OIC",
            PW="V" if c["PWn"] == c["Vn"] else c["PWn"].split()[0] + " " + c["PWn"].split()[-1],
        )
    else:
        vref = pick(rng, [c["Vt"], c["Vt"], "the complainant", c["Vf"]])
        if "victimless" in case.flags:
            vref = c["Vt"]
        dref = pick(rng, [c["Dt"], c["Dt"], "the suspect" if case.pre else "the defendant", c["Ds"]])
        c.update(
            V=vref,
            D=dref,
            W1=pick(rng, [c["W1n"], "W1"]),
            W2=pick(rng, [c["W2n"], "W2"]),
            OIC=pick(rng, [c["OICs"], "the OIC", "the officer in the case"]),
        )
        c["PW"] = vref if c["PWn"] == c["Vn"] else c["PWn"]
    if "victimless" in case.flags:
        c["V"] = c["PW"] = pick(rng, [c["PCs"], c["Vt"]])
    if "death" in case.flags:
        c["V"] = pick(
            rng,
            [c["Vf"], c["Vt"], "the deceased", "Mr " + c["Vs"] if c["v_sub"] == "he" else c["Vt"]],
        )
        c["PW"] = c["W1"]


# ---------------------------------------------------------------------------------------------
# Shared helpers for the part writers
# ---------------------------------------------------------------------------------------------


def some(rng: random.Random, options: list[Any], k: int) -> list[Any]:
    """Up to ``k`` distinct options in random order."""
    return rng.sample(options, min(k, len(options)))


def join_list(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def present(case: Case, kinds: list[str]) -> list[str]:
    """The evidence kinds of ``kinds`` that this file holds ('pw' always)."""
    return [k for k in kinds if case.has(k)]


VIOLENT = {"violence", "domestic_abuse", "public_order", "robbery", "hate_crime"}
_NO_VICTIM_MISFITS = (
    "999",
    "house-to-house",
    "demeanour",
    "history of arguments",
    "been drinking",
    "did not report",
    "enhanced service",
    "{V}'s views",
    "views (supportive)",
    "gave details of",
    "injur",
    "distress",
    "{V} giving evidence",
    "owner",
)


def fit(case: Case, options: list[str]) -> list[str]:
    """Drop templates that do not fit a case with no individual victim (the witness is an officer)."""
    if "victimless" not in case.flags:
        return options
    return [o for o in options if not any(m in o for m in _NO_VICTIM_MISFITS)] or options


def ev_options(case: Case, kind: str, part: str) -> list[str]:
    """Evidence templates that fit this case (no 'independent' partisan witness, no V-D messages
    where there is no victim)."""
    options = EVIDENCE[kind][part]
    if kind == "w_statement" and "w1_partisan" in case.flags:
        options = [o for o in options if "independent" not in o] or options
    if "victimless" in case.flags:
        options = [o for o in options if "between {V}" not in o] or options
    if case.off["cat"] not in VIOLENT:
        options = [o for o in options if "{provocation}" not in o] or options
    if case.off["rel"] in ("stranger", "none"):
        misfits = ("history of arguments", "did not report", "{msg}")
        options = [o for o in options if not any(m in o for m in misfits)] or options
    return fit(case, options)


def support_phrases(rng: random.Random, case: Case, k: int = 2, short: bool = False) -> list[str]:
    """Short descriptions of the supporting evidence on this file (not the principal witness)."""
    kinds = [kind for kind in case.evidence if kind in EVIDENCE]
    if short:
        return [case.f(SHORT_NAMES[kind]) for kind in some(rng, kinds, k)]
    return [case.f(pick(rng, ev_options(case, kind, "support"))) for kind in some(rng, kinds, k)]


def pcs(case: Case) -> int:
    return int(case.ctx.get("n_pcs", "0"))


def issue_accounts(case: Case) -> list[str]:
    """How the suspect puts the issue in interview (offence-specific where the offence says so)."""
    return case.off.get("accounts", {}).get(case.issue) or ISSUES[case.issue]["account"]


def interview_sentence(rng: random.Random, case: Case) -> str:
    """What the suspect said in interview, as a restatement (no assessment)."""
    account = pick(rng, issue_accounts(case))
    if case.interview == "no_comment":
        return case.f(
            pick(
                rng,
                [
                    "{D} was interviewed on {arrest_date} and made no comment.",
                    "In interview {D} answered no comment to all questions on legal advice.",
                    "{D} was interviewed under caution; no comment throughout.",
                    "Interview: no comment.",
                ],
            )
        )
    if case.interview == "prepared":
        return case.f(
            pick(
                rng,
                [
                    "In interview {D} handed in a prepared statement in which "
                    + account.replace("{D} ", "{d_sub} ", 1)
                    + ", and otherwise made no comment.",
                    "In a prepared statement, " + account + ". No comment to all further questions.",
                    "Prepared statement read by the solicitor: " + account + "; no comment thereafter.",
                ],
            )
        )
    return case.f(
        pick(
            rng,
            [
                "In interview " + account + ".",
                "When interviewed on {arrest_date}, " + account + ".",
                "Interviewed with a solicitor present. " + account[0].upper() + account[1:] + ".",
                "In a full interview " + account + ".",
            ],
        )
    )


# ---------------------------------------------------------------------------------------------
# Decision
# ---------------------------------------------------------------------------------------------


def decision_text(rng: random.Random, case: Case) -> str:
    """The sentence that says what was decided."""
    o = case.off
    lesser = o.get("lesser") or ("", "")
    options = {
        "charge": [
            "Charge {Dn} with " + o["name"] + ", " + o["statute"] + ".",
            "Decision: charge - " + o["abbr"] + ".",
            "I authorise a charge of " + o["name"] + " (" + o["abbr"] + ").",
            "Charge: " + o["name"] + " " + o["statute"] + ".",
            "{D} is to be charged with " + o["name"] + ".",
            "CHARGING DECISION: CHARGE - " + o["abbr"].upper() + ".",
            "Advice: charge {Dn} ({Dage}) with one offence of " + o["name"] + ".",
            "I have decided that {Dn} should be charged with " + o["name"] + ", " + o["statute"] + ".",
            "Charge " + o["abbr"] + ". Remand/bail to the police.",
            "Outcome: charge {D} - " + o["abbr"] + ".",
        ],
        "no_further_action": [
            "Decision: no further action.",
            "NFA.",
            "I advise no further action against {Dn}.",
            "Outcome: NFA - {D} to be released from bail / RUI.",
            "The decision is that no further action should be taken against {Dn} for " + o["name"] + ".",
            "There should be no prosecution of {Dn}.",
            "CHARGING DECISION: NO FURTHER ACTION.",
            "No charge. NFA in respect of {Dn}.",
            "Decision - NFA (" + o["abbr"] + ").",
        ],
        "continue": [
            "Continue on " + o["abbr"] + ".",
            "Decision: proceed on the charge as it stands.",
            "The prosecution should continue.",
            "Review outcome: continue - the charge remains appropriate.",
            "I am satisfied the case should proceed to trial on " + o["name"] + ".",
            "Decision: continue.",
            "The case is to continue against {Dn} on the existing charge.",
            "Outcome of review: proceed.",
        ],
        "discontinue": [
            "Discontinue under s.23 Prosecution of Offences Act 1985.",
            "Decision: discontinue all proceedings against {Dn}.",
            "The proceedings are to be discontinued.",
            "Outcome: discontinue (" + o["abbr"] + ").",
            "I have decided to discontinue the case.",
            "Decision - stop the case (discontinuance).",
        ],
        "offer_no_evidence": [
            "Offer no evidence at the hearing on {trial_date}.",
            "Decision: offer no evidence.",
            "The prosecution will offer no evidence against {Dn}.",
            "Outcome: ONE - not guilty verdict to be entered.",
            "I have decided that we should offer no evidence on " + o["abbr"] + ".",
        ],
        "accept_plea_lesser": [
            "Accept {Dn}'s plea to " + lesser[0] + " in satisfaction of " + o["abbr"] + ".",
            "Decision: accept the guilty plea to " + lesser[1] + "; no evidence on " + o["abbr"] + ".",
            "The plea to " + lesser[0] + " is acceptable.",
            "Outcome: plea to " + lesser[1] + " accepted.",
            "I approve acceptance of a plea to " + lesser[0] + ".",
        ],
        "reduce_charge": [
            "Substitute a charge of " + lesser[0] + " for " + o["abbr"] + ".",
            "Decision: amend the charge to " + lesser[1] + ".",
            "The charge is to be reduced to " + lesser[0] + ".",
            "Outcome: proceed on " + lesser[1] + " instead of " + o["abbr"] + ".",
            "I have decided to replace the " + o["abbr"] + " charge with " + lesser[0] + ".",
        ],
    }[case.decision]
    return case.f(pick(rng, options))


# ---------------------------------------------------------------------------------------------
# Allegation (restated facts) and evidence list
# ---------------------------------------------------------------------------------------------

REL_SENTENCES = {
    "partner": [
        "{V} and {D} have been in a relationship for {years} years and live together with two children.",
        "{V} and {D} are married and live at {street}.",
        "{V} and {D} were in a relationship for {years} years and share a flat.",
    ],
    "ex_partner": [
        "{V} and {D} were in a relationship for {years} years which ended earlier this year.",
        "{D} is {V}'s former partner; they separated some months before.",
    ],
    "acquaintance": [
        "{V} and {D} knew each other through friends.",
        "{V} and {D} had met a few times before.",
        "{V} and {D} are known to each other from the local area.",
    ],
    "stranger": ["{V} and {D} did not know each other.", "The parties are strangers."],
    "family_friend": [
        "{D} is a friend of {V}'s family and was trusted to look after {v_obj}.",
        "{D} is the partner of {V}'s aunt.",
    ],
    "parent": [
        "{D} is {V}'s parent and {V} lives with {d_obj}.",
        "{V} ({Vage}) lives with {D}, {d_pos} parent, and a younger sibling.",
    ],
    "carer": [
        "{D} was employed as {V}'s carer through an agency.",
        "{D} was {V}'s paid carer and had access to {v_pos} bank card.",
    ],
    "employer": ["{D} worked at the premises.", "{D} was employed there at the time."],
    "neighbour": ["{V} and {D} are neighbours and have fallen out over {trigger}."],
    "none": [""],
}


def allegation_short(rng: random.Random, case: Case) -> list[str]:
    """A short summary of the allegation (one paragraph)."""
    opening = pick(
        rng,
        [
            "On {inc_date} at about {time}, {place}, {D} {act}.",
            "It is alleged that on {inc_date} {D} {act} {place}.",
            "The allegation is that on {inc_day} {inc_date}, {place}, {D} {act}.",
            "{V} ({Vage}) says that on {inc_date}, {place}, {D} {act}."
            if "victimless" not in case.flags
            else "{V} says that on {inc_date}, {place}, {D} {act}.",
            "On the evening of {inc_date}, {place}, it is said that {D} {act}.",
            "Brief facts: {inc_date}, {place}. {D} {act}.",
            "The case concerns an incident on {inc_date} {place} when {D} {act}.",
            "{V} reported that {D} ({Dage}) {act} {place} on {inc_date}.",
        ],
    )
    out = [opening]
    if "victimless" not in case.flags:
        out.append(
            pick(
                rng,
                [
                    "{V} suffered {injury}.",
                    "As a result {V} suffered {injury}.",
                    "{V} was left with {injury}.",
                ]
                if case.off["cat"] not in ("theft", "fraud", "other")
                else [
                    "{V} has suffered {injury}.",
                    "The offending caused {injury}.",
                    "This resulted in {injury}.",
                ],
            )
        )
    rel = pick(rng, REL_SENTENCES[case.off["rel"]])
    if rel and rng.random() < (0.2 if case.size == 0 else 0.6):
        out.insert(0, rel)
    if rng.random() < (0.25 if case.size == 0 else 0.55):
        out.append(interview_sentence(rng, case))
    return [" ".join(case.f(s) for s in out)]


COURSE_OFFENCES = {
    "fraud",
    "coercive",
    "stalking",
    "slavery",
    "child_sexual",
    "child_cruelty",
    "theft",
}
PROPERTY_OFFENCES = {"burglary", "criminal_damage", "arson"}
DISCOVERY = {
    "fraud": [
        "{V}'s son noticed unusual withdrawals on a bank statement and contacted the bank, which "
        "reported the matter to police on {inc_date}.",
        "The care agency's manager became concerned "
        "about {D}'s use of {V}'s card and reported it to police on {inc_date}.",
    ],
    "coercive": [
        "{V} disclosed the behaviour to {W1n} ({w1_role}) after an argument on {inc_date}, and "
        "{W1n} called the police.",
        "{V} attended the police station on {inc_date} with an IDVA and gave an account of the relationship.",
    ],
    "stalking": [
        "{V} reported to police on {inc_date} after finding {D} waiting outside {v_pos} workplace.",
        "{V}'s employer called police on {inc_date} when {D} refused to leave reception.",
    ],
    "slavery": [
        "A multi-agency welfare visit on {inc_date} found the workers living in poor conditions; "
        "{V} spoke to an officer through an interpreter.",
        "{V} approached a charity worker on {inc_date} and asked for help.",
    ],
    "child_sexual": [
        "{V} disclosed to a teacher at school on {inc_date}; the school made a referral and a "
        "strategy meeting was held the same day.",
        "{V}'s mother found messages on {v_pos} phone on {inc_date} and called the police.",
    ],
    "child_cruelty": [
        "{V}'s teacher noticed injuries on {inc_date} and made a referral to children's services.",
        "A neighbour reported hearing a child screaming on {inc_date}; officers attended and found {V} with injuries.",
    ],
    "theft": [
        "The store manager noticed discrepancies in the refund logs and reported the matter on {inc_date}.",
        "Staff recognised {D} on {inc_date} and called the police.",
    ],
}
AFTERMATH = {
    "violent": [
        "{W1n} ({w1_role}) called 999 at {time}. Officers including {PCn} attended and BWV was "
        "activated. {V} was seen to have {injury} and was taken to {hospital}.",
        "Police were called by {W1n}. On arrival {PCn} spoke to {V}, who was {feeling}, and noted "
        "{injury}. {V} later attended {hospital}.",
        "{V} went to {hospital} the following day, where {injury} was recorded. {V} reported the "
        "matter to police the same day and a statement was taken by {OICn}.",
    ],
    "property": [
        "{V} discovered what had happened and called police at {time}. {PCn} attended, and CSI "
        "examined the scene and recovered material for analysis. {V} has suffered {injury}.",
        "Police attended the same day. Photographs were taken and a statement was taken from {V} "
        "by {OICn}. {V} has suffered {injury}.",
        "{W1n} ({w1_role}) called 999 at {time}. Officers attended and took an initial account; {injury}.",
    ],
    "sexual": [
        "{V} told {W1n} ({w1_role}) what had happened and the police were called. {V} was "
        "examined at the SARC, where the examination found {injury}.",
        "{V} reported to police on {inc_date} and was seen at the SARC; the examination found "
        "{injury}. "
        "An ABE interview was arranged.",
    ],
    "death": [
        "Emergency services attended. {V} was taken to {hospital} but died from {v_pos} injuries. "
        "A family liaison officer was appointed for {fam}.",
        "Paramedics attended but {V} was pronounced dead at the scene. The road was closed and a "
        "collision investigator/scene examiner attended.",
    ],
    "victimless": [
        "{PCn} and a colleague were on patrol when {D} was seen. {D} was detained and searched. "
        "BWV was running throughout.",
        "Officers on a proactive patrol stopped {D} on {street}. A search was carried out and recorded on BWV.",
    ],
}


def allegation_long(rng: random.Random, case: Case) -> list[str]:
    """A long chronology in the style of a police MG5: restates everything, assesses nothing."""
    key, fl = case.off["key"], case.flags
    case.ctx.update(
        lead_up=pick(
            rng,
            [
                "out with friends in {town} centre",
                "at home with the children",
                "working a late shift at {venue}",
                "at {pub} watching the football",
                "visiting family",
                "shopping in {town}",
            ],
        ),
        lead_up_now=pick(
            rng,
            [
                "walking home along {street}",
                "at home on {street}",
                "waiting for a taxi",
                "at work at {venue}",
            ],
        ),
        feeling=pick(
            rng,
            ["terrified", "shocked and in pain", "frightened and upset", "in shock", "shaking"]
            if case.off["cat"] in VIOLENT | {"sexual_offence", "child_abuse", "death"}
            else ["upset", "angry and upset", "shaken", "worried"],
        ),
        place_cap=case.f("{place}")[0].upper() + case.f("{place}")[1:],
    )
    paras = []
    rel = pick(rng, REL_SENTENCES[case.off["rel"]])
    if key in COURSE_OFFENCES:
        paras.append(
            " ".join(
                x
                for x in (
                    rel,
                    pick(
                        rng,
                        [
                            "Over {period}, {D} {act}.",
                            "The prosecution case is that over {period} {D} {act}.",
                            "Between {period_start} and {inc_date}, {D} {act}.",
                        ],
                    ),
                )
                if x
            )
        )
        paras.append(
            pick(rng, DISCOVERY[key])
            + " "
            + pick(
                rng,
                [
                    "{V} describes the effect on {v_obj}: {injury}.",
                    "{V} says that as a result {v_sub} suffered {injury}.",
                    "The loss/effect: {injury}.",
                ],
            )
        )
    else:
        lead = (
            ""
            if "victimless" in fl or key in PROPERTY_OFFENCES
            else pick(
                rng,
                [
                    "On {inc_day} {inc_date} {V} had been {lead_up}.",
                    "Earlier on {inc_date} {V} had been {lead_up}.",
                    "At approximately {time} hours on {inc_day} {inc_date}, {V} was {lead_up_now}.",
                ],
            )
        )
        paras.append(" ".join(x for x in (rel, lead) if x))
        paras.append(
            pick(
                rng,
                [
                    "{place_cap}, {D} {act}.",
                    "It is alleged that at this point, {place}, {D} {act}.",
                    "{D} then {act}. This took place {place}.",
                    "On {inc_date}, {place}, {D} {act}.",
                ]
                if lead
                else [
                    "On {inc_date}, {place}, {D} {act}.",
                    "On {inc_day} {inc_date} at about {time}, {place}, {D} {act}.",
                ],
            )
        )
        kind = (
            "victimless"
            if "victimless" in fl
            else "death"
            if "death" in fl
            else "sexual"
            if "sexual" in fl
            else "property"
            if key in PROPERTY_OFFENCES
            else "violent"
        )
        paras.append(pick(rng, AFTERMATH[kind]))
    if rng.random() < 0.5 and "victimless" not in fl:
        paras.append(
            pick(
                rng,
                [
                    "Statements were taken from {W1n} and {W2n}. {W2n} did not see the incident "
                    "itself but "
                    "describes {V} afterwards. House-to-house enquiries were made on {street}.",
                    "Officers attended {street} and spoke to neighbours. {W2n} says {w2_sub} heard "
                    "shouting at about "
                    "{time} but did not look out. Scene photographs were taken.",
                    "{V} provided a statement to {OICn} on {stmt_date}. {V} also gave details of "
                    "{D}'s phone number "
                    "and vehicle.",
                ],
            )
        )
    paras = [p for p in paras if p]
    paras.append(
        pick(
            rng,
            [
                "{D} was arrested on {arrest_date} and taken to custody. ",
                "{D} was arrested at {d_pos} home address on {arrest_date}. ",
                "{D} attended a voluntary interview on {arrest_date}. ",
            ],
        )
        + interview_sentence(rng, case)
    )
    gathered = join_list([case.f(EVIDENCE[k]["desc"][0]) for k in case.evidence[:3]])
    if gathered:
        paras.append(
            pick(
                rng,
                [
                    "Enquiries were then carried out. The OIC obtained " + gathered + ".",
                    "The following has since been obtained: " + gathered + ".",
                    "Further evidence gathered: " + gathered + ".",
                ],
            )
        )
    if not case.pre:
        paras.append(procedural_history(rng, case))
        case.ctx["history_told"] = "yes"
    return [case.f(p) for p in paras]


def procedural_history(rng: random.Random, case: Case) -> str:
    mode = case.off["mode"]
    venue = (
        "sent to {cc} for a PTPH on {ptph_date}"
        if mode == "indictable"
        else pick(
            rng,
            [
                "sent to {cc}; PTPH {ptph_date}",
                "retained in the magistrates' court for trial",
                "sent to {cc} (magistrates declined jurisdiction); PTPH on {ptph_date}",
            ],
        )
        if mode == "either"
        else "listed for trial at {mc}"
    )
    if case.review_kind == "initial":
        return case.f(
            pick(
                rng,
                [
                    "{D} was charged on {charge_date} and is due to appear at {mc} on {fh_date}.",
                    "Charged {charge_date}. First appearance {mc}, {fh_date}. {bail_status}.",
                ],
            )
        )
    return case.f(
        pick(
            rng,
            [
                "{D} was charged on {charge_date}, appeared at {mc} on {fh_date}, indicated not "
                "guilty and was " + venue + ". Trial is fixed for {trial_date}.",
                "Charged {charge_date}. NG indication at {mc} ({fh_date}); " + venue + ". Trial {trial_date}.",
                "Procedural history: charged {charge_date}; first hearing {fh_date} ({mc}); " + venue + "; "
                "trial listed for {trial_date}.",
            ],
        )
    )


def evidence_list(rng: random.Random, case: Case) -> str:
    """The evidence on the file, listed without assessment."""
    items = [
        case.f(
            pick(
                rng,
                EVIDENCE["pw"]["desc"]
                if not ("abe" in case.flags and "victimless" not in case.flags)
                else [
                    "ABE interview of {PWn} ({stmt_date})",
                    "{PW} ABE ({stmt_date}), transcript awaited",
                    "ABE interview - {PW}",
                ],
            )
        )
    ]
    items += [case.f(pick(rng, ev_options(case, k, "desc"))) for k in case.evidence]
    if rng.random() < 0.5:
        items.append(
            case.f(
                pick(
                    rng,
                    [
                        "ROTI",
                        "record of interview ({interview_kind})",
                        "interview summary (MG15)",
                        "custody record",
                    ],
                )
            )
        )
    if rng.random() < 0.35:
        items.append(case.f(pick(rng, ["PNC print for {D}", "{D}'s previous convictions: {pcs_text}"])))
    style = rng.random()
    if style < 0.45:
        bullet = pick(rng, ["- ", "* ", "\u2022 "])
        return "\n".join(bullet + i for i in items)
    if style < 0.65:
        return "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
    if style < 0.85:
        return (
            pick(
                rng,
                [
                    "The evidence consists of ",
                    "Evidence: ",
                    "The file contains ",
                    "Material submitted: ",
                ],
            )
            + "; ".join(items)
            + "."
        )
    return "; ".join(items) + "."


# ---------------------------------------------------------------------------------------------
# Case analysis
# ---------------------------------------------------------------------------------------------

SHORT_NAMES = {
    "pw": "{PW}'s account",
    "cctv": "the CCTV",
    "bwv": "the BWV",
    "medical": "the medical evidence",
    "photos": "the photographs",
    "forensic": "the forensic evidence",
    "phone": "the phone evidence",
    "call_999": "the 999 call",
    "w_statement": "{W1}'s evidence",
    "id_procedure": "the VIPER identification",
    "recovered": "the recovered property",
    "anpr": "the ANPR data",
    "bank": "the financial records",
    "expert_drugs": "the drugs expert",
    "rti": "the collision investigation",
}
WEAKNESS_TAILS = [
    "This is a real weakness, but it goes to weight and the core account is supported.",
    "I do not regard it as fatal.",
    "It should be dealt with in chief rather than left for cross-examination.",
    "The {tribunal} will need a careful direction, but the rest of the evidence is consistent.",
    "It can be explained and does not undermine the central allegation.",
    "It is a point the defence will exploit and it needs to be addressed.",
    "On its own it would be a concern; taken with the other evidence it is not.",
    "The explanation is a reasonable one.",
]


def is_negative(case: Case) -> bool:
    """Decisions that stop or reduce the case on the evidence."""
    return case.reason in (
        "nfa_evidential",
        "evidence_undermined",
        "v_withdrawn",
        "v_non_attendance",
        "witness_untraceable",
        "undermining_material",
    )


def defence_assessment(rng: random.Random, case: Case) -> list[str]:
    """The likely defence and how it is met (or why it cannot be met)."""
    iss = ISSUES[case.issue]
    out = []
    if case.interview == "no_comment":
        out.append(
            pick(
                rng,
                [
                    "{D} made no comment in interview, so the defence is not known; on the "
                    "evidence it is most "
                    "likely to be {defence}.",
                    "No comment interview. The likely defence is {defence}; if {d_sub} relies at "
                    "trial on facts "
                    "not mentioned in interview, a s.34 CJPOA inference can be sought.",
                    "As {D} gave no account I have considered what the defence may be (Code 4.5): "
                    "most likely "
                    "{defence}.",
                    "Given the no comment interview, I anticipate {defence}.",
                ],
            )
        )
    else:
        out.append(
            pick(
                rng,
                [
                    "The defence is {defence}, as set out in interview.",
                    "{D}'s interview account raises {defence}.",
                    "In interview {D} put forward {defence}; that is the case we have to meet.",
                    "{D}'s account amounts to {defence}.",
                ],
            )
        )
    if case.reason in ("plea", "charge_level"):
        return [
            pick(
                rng,
                [
                    "{D} now accepts the core conduct; the dispute is confined to {higher_point}.",
                    "The real issue has narrowed to {higher_point}.",
                    "What remains in dispute is {higher_point}.",
                ],
            ),
            pick(
                rng,
                [
                    "The evidence on that point is finely balanced.",
                    "That depends on inference from the injuries alone, which the defence will contest.",
                    "There is no direct evidence of it beyond {PW}'s impression.",
                    "The defence have served a report disputing it, and our evidence on the point is thin.",
                ],
            ),
        ]
    if is_negative(case):
        out.append(
            pick(
                rng,
                [
                    "That cannot be disproved on the present evidence: ",
                    "The difficulty is that ",
                    "The problem is this: ",
                    "Against us, ",
                ],
            )
            + lower_first(pick(rng, iss["weak"]))
        )
        return out
    rebuts = [text for kind, text in iss["rebut"] if kind is None or case.has(kind)]
    for n, text in enumerate(some(rng, rebuts, 1 if case.size == 0 else rng.randint(1, 2))):
        lead = (
            pick(
                rng,
                [
                    "That account is undermined by the evidence: ",
                    "However, ",
                    "Against that, ",
                    "",
                    "In my view it can be rebutted. ",
                ],
            )
            if n == 0
            else pick(rng, ["Further, ", "Also, ", ""])
        )
        out.append(lead + (lower_first(text) if lead.endswith((", ", ": ")) else text))
    return out


def strengths_weaknesses(rng: random.Random, case: Case) -> list[str]:
    kinds = ["pw", *case.evidence]
    out = []
    for kind in some(rng, kinds, rng.randint(1, 2)):
        lead = pick(rng, ["", "The strongest evidence is this: ", "In support: ", "Strength: "])
        text = pick(rng, ev_options(case, kind, "strength"))
        out.append(lead + (lower_first(text) if lead else text))
    for kind in some(rng, kinds, rng.randint(1, 2)):
        lead = pick(
            rng,
            [
                "",
                "Weakness: ",
                "The main weakness is that ",
                "There is a difficulty: ",
                "On the other hand, ",
            ],
        )
        text = pick(rng, ev_options(case, kind, "weakness"))
        out.append(lead + (lower_first(text) if lead else text) + " " + pick(rng, WEAKNESS_TAILS))
    return out


def elements_text(rng: random.Random, case: Case) -> str:
    parts = []
    for element, kinds in case.off["elements"]:
        have = present(case, kinds) or ["pw"]
        proof = join_list([SHORT_NAMES[k] for k in have[: rng.randint(1, 2)]])
        parts.append((element, proof))
    style = rng.randint(0, 3)
    if style == 0:
        return (
            "Elements: "
            + "; ".join(f"({i}) {e} - {p}" for i, (e, p) in zip(["i", "ii", "iii", "iv"], parts, strict=False))
            + "."
        )
    if style == 1:
        return " ".join(f"{e[0].upper() + e[1:]} is proved by {p}." for e, p in parts)
    if style == 2:
        return "As to the elements, " + "; ".join(f"{e} is shown by {p}" for e, p in parts) + "."
    return "Points to prove: " + "; ".join(f"{e} ({p})" for e, p in parts) + "."


def charge_selection(rng: random.Random, case: Case) -> str | None:
    o = case.off
    if case.decision in ("charge", "continue") and o.get("lesser"):
        return pick(
            rng,
            [
                "I have considered " + o["lesser"][0] + ", but " + o["abbr"] + " better reflects {serious} and "
                "the harm caused ({injury}).",
                "Charge selection: " + o["abbr"] + " rather than " + o["lesser"][1] + " because of {injury}; "
                "the charging standard supports the higher charge.",
                o["abbr"] + " is the appropriate charge; " + o["lesser"][1] + " would not give the court "
                "adequate powers for {serious}.",
            ],
        )
    if case.decision == "reduce_charge":
        return pick(
            rng,
            [
                "On the charging standard, {injury} is properly reflected by "
                + o["lesser"][0]
                + " rather than "
                + o["abbr"]
                + ".",
                "On review the higher charge cannot be sustained: the evidence of the aggravating "
                "element is "
                "thin, and " + o["lesser"][1] + " reflects what can be proved.",
            ],
        )
    if case.decision in ("charge", "continue"):
        return pick(
            rng,
            [
                o["abbr"] + " reflects the criminality; there is no more appropriate charge.",
                "No alternative charge better reflects the conduct than " + o["abbr"] + ".",
            ],
        )
    return None


def post_charge_assessment(rng: random.Random, case: Case) -> str | None:
    kind = case.review_kind
    if kind == "dcs":
        return pick(
            rng,
            [
                "The DCS (served {dcs_date}) confirms the defence is {defence} and {dcs_point}. ",
                "The defence statement puts forward {defence} and says that {dcs_point}. ",
            ],
        ) + (
            "That does not change my assessment, for the reasons above."
            if not is_negative(case)
            else "Taken with the evidence now available, that has a real impact on the prospects."
        )
    if kind == "new_evidence" and case.reason == "plea":
        return pick(
            rng,
            [
                "The defence have now offered a plea to {lesser}.",
                "New development: {D} has indicated a plea to {lesser}.",
            ],
        )
    if kind == "new_evidence":
        return pick(
            rng,
            [
                "Since charge we have received {new_ev}. ",
                "New material: {new_ev}. ",
                "The file now includes {new_ev}. ",
            ],
        ) + (
            pick(
                rng,
                [
                    "It strengthens the prosecution case.",
                    "It supports the account of {PW}.",
                    "It does not affect the assessment.",
                ],
            )
            if not is_negative(case)
            else pick(
                rng,
                [
                    "It significantly undermines the prosecution case.",
                    "Its effect is to remove the support for a key part of the case.",
                ],
            )
        )
    if kind == "pretrial":
        return pick(
            rng,
            [
                "Nothing has changed since the last review; the single issue for trial is {trial_issue}.",
                "Ahead of trial, the issue has narrowed to {trial_issue}.",
                "The issue for the tribunal remains {trial_issue}.",
            ],
        )
    return (
        pick(
            rng,
            [
                "The IDPC contains the key evidence for the first hearing.",
                "The file is sufficient for the first hearing.",
            ],
        )
        if rng.random() < 0.5
        else None
    )


def analysis_good(rng: random.Random, case: Case) -> list[str]:
    """A substantive analysis built from the case: issue, defence, strengths and weaknesses, "
    "elements."""
    iss = ISSUES[case.issue]
    out = [pick(rng, iss["dispute"])]
    if case.issue not in ("identity", "fabrication") and rng.random() < 0.4:
        out.append(
            pick(
                rng,
                [
                    "Identity is not in dispute.",
                    "There is no issue as to identity.",
                    "Presence is admitted.",
                ],
            )
        )
    out += defence_assessment(rng, case)
    middle = strengths_weaknesses(rng, case)
    if rng.random() < 0.55:
        middle.append(elements_text(rng, case))
    sel = charge_selection(rng, case)
    if sel and rng.random() < 0.55:
        middle.append(sel)
    if "sexual" in case.flags and rng.random() < 0.5:
        middle.append(
            pick(
                rng,
                [
                    "I have approached the delay and {V}'s drinking with the guidance on myths and "
                    "stereotypes "
                    "in mind; neither is a reason to doubt {v_obj}, and the jury can be directed "
                    "accordingly.",
                    "The defence will focus on {V}'s credibility; {D}'s account has been tested "
                    "just as closely and "
                    "has its own inconsistencies.",
                ],
            )
        )
    if "da" in case.flags and rng.random() < 0.4:
        middle.append(
            pick(
                rng,
                [
                    "If {V} withdraws support, an evidence-led prosecution is viable: the 999 call "
                    "and first "
                    "account on BWV would be admissible as res gestae (s.118 CJA 2003).",
                    "This is a case that could proceed evidence-led if necessary, given the independent material.",
                ],
            )
        )
    rng.shuffle(middle)
    out += middle[: (rng.randint(0, 1), 3, 8)[case.size]]
    if not case.pre:
        post = post_charge_assessment(rng, case)
        if post:
            out.insert(rng.randint(0, 1), post)
    if rng.random() < 0.25:
        out.append(
            pick(
                rng,
                [
                    "Overall, the evidence is strong.",
                    "This is a strong case.",
                    "In summary the case is suitable for charge.",
                    "The evidence clearly supports the charge.",
                ]
                if not is_negative(case)
                else [
                    "The evidence is weak.",
                    "This is not a strong case.",
                    "Overall the case has significant difficulties.",
                ],
            )
        )
    return [case.f(s) for s in out]


def analysis_bare(rng: random.Random, case: Case) -> str:
    """Boilerplate standing in for analysis."""
    if case.decision in ("no_further_action", "discontinue", "offer_no_evidence"):
        options = [
            "The evidence is weak.",
            "Word against word.",
            "Not a strong case.",
            "The evidence is not sufficient.",
            "The case has significant difficulties.",
            "Evidence insufficient.",
            "The case cannot succeed.",
            "Weak case - see above.",
            "No reasonable prospects.",
        ]
    else:
        options = [
            "The evidence is strong and the case is suitable for charge.",
            "Strong case.",
            "The evidence is overwhelming.",
            "{V}'s account is credible.",
            "The evidence clearly supports the charge.",
            "No issues.",
            "See summary above.",
            "The case is straightforward.",
            "Good case.",
            "{D}'s account is not credible.",
            "The evidence speaks for itself.",
            "Evidence sufficient for charge.",
            "Clear evidence of the offence.",
            "Nothing further to add.",
            "Good evidence; straightforward.",
        ]
        if not case.pre:
            options += [
                "As per MG3.",
                "No change from the MG3.",
                "The case remains strong.",
                "Case is trial ready.",
                "See previous review.",
            ]
    text = pick(rng, options)
    if case.size == 2 and rng.random() < 0.6:
        return case.f(
            pick(
                rng,
                BARE_LONG[
                    "analysis_neg"
                    if case.decision in ("no_further_action", "discontinue", "offer_no_evidence")
                    else "analysis"
                ],
            )
        )
    if rng.random() < 0.3:
        text += " " + pick(
            rng,
            [
                "The account is supported by the evidence listed.",
                "{PW} is consistent.",
                "D denies it.",
                "All evidence supports the allegation.",
                "The witnesses support the allegation.",
            ],
        )
    return case.f(text)


# ---------------------------------------------------------------------------------------------
# Full Code Test
# ---------------------------------------------------------------------------------------------

EVID_BARE = [
    "Evidential stage: met.",
    "There is sufficient evidence to provide a realistic prospect of conviction.",
    "RPC - yes.",
    "The evidential stage is satisfied.",
    "Evidence sufficient.",
    "Realistic prospect of conviction: yes.",
    "Evidential test passed.",
    "Evidential: met.",
]
PI_BARE = [
    "Public interest: met.",
    "It is clearly in the public interest to prosecute.",
    "The public interest requires a prosecution.",
    "PI - yes.",
    "Prosecution is in the public interest.",
    "Public interest stage met.",
    "A prosecution is plainly required in the public interest.",
    "PI test passed.",
    "Public interest requires a prosecution.",
    "In the public interest to charge.",
]
CODE_BARE = {
    "charge": [
        "Full Code Test met.",
        "FCT met.",
        "Both stages of the Full Code Test are met.",
        "The Code test is passed.",
        "Code test met - charge.",
        "Evidential and public interest stages met.",
        "I am satisfied the Full Code Test is met.",
        "Code for Crown Prosecutors applied - test met.",
        "FCT passed on both limbs.",
        "Full Code Test satisfied.",
    ],
    "no_further_action": [
        "No realistic prospect of conviction.",
        "Evidential stage not met.",
        "Insufficient evidence - NFA.",
        "FCT not met.",
        "The evidential test is not passed.",
        "Not in the public interest.",
        "The Full Code Test is not met.",
    ],
    "continue": [
        "FCT remains met.",
        "The Code test continues to be met.",
        "No change to the Code test.",
        "The case continues to pass the Full Code Test.",
        "Full Code Test met.",
        "Both stages remain satisfied.",
    ],
    "discontinue": [
        "No longer a realistic prospect of conviction.",
        "The Full Code Test is no longer met.",
        "Not in the public interest to continue.",
        "Evidential stage no longer met.",
        "FCT not met - discontinue.",
    ],
    "offer_no_evidence": [
        "No RPC.",
        "The case can no longer proceed; FCT not met.",
        "Evidential stage not met.",
        "The Code test is no longer passed.",
    ],
    "accept_plea_lesser": [
        "The plea is acceptable and the Code test is met on the lesser offence.",
        "Plea acceptable.",
        "The lesser charge meets the Full Code Test.",
        "Acceptance of the plea is in the public interest.",
    ],
    "reduce_charge": [
        "The lesser charge meets the Full Code Test.",
        "FCT met on the amended charge.",
        "Code test applied - reduce.",
        "Evidential stage met for the lesser offence only.",
    ],
}
LIKELY_SENTENCE = {
    "summary": [
        "a community order",
        "a fine and compensation",
        "a short custodial sentence, possibly suspended",
    ],
    "either": [
        "a custodial sentence",
        "a suspended sentence at least",
        "a community order with requirements or custody",
        "custody, given the aggravating features",
    ],
    "indictable": [
        "a substantial custodial sentence",
        "a lengthy term of imprisonment",
        "several years' custody",
    ],
}


def evidential_reasoned(rng: random.Random, case: Case, rich: bool) -> str:
    """A reasoned evidential stage for the decision taken. ``rich`` allows engaging with the "
    "defence."""
    sup = support_phrases(rng, case, rng.randint(1, 3), short=case.reason in ("plea", "charge_level"))
    supported = join_list(sup) if sup else "the account of {W1}"
    r = case.reason
    if r in ("charge", "continue", "nfa_pi", "pi_changed"):
        text = pick(
            rng,
            [
                "{PW} gives a clear account of what happened, which is supported by " + supported + ".",
                "The evidence of {PW} is supported independently by " + supported + ".",
                "There is a realistic prospect of conviction: {PW}'s account is consistent and is "
                "corroborated by " + supported + ".",
                "An objective, impartial and reasonable {tribunal}, properly directed, is more "
                "likely than not "
                "to convict because {PW}'s account is supported by " + supported + ".",
                "The evidence is sufficient: " + supported + " support {PW}'s account of {D} {act_short}.",
            ],
        )
        rebuts = [t for k, t in ISSUES[case.issue]["rebut"] if k is None or case.has(k)]
        if rich and rebuts and rng.random() < 0.6:
            rebuts = [t for k, t in ISSUES[case.issue]["rebut"] if k is None or case.has(k)]
            text += (
                " "
                + pick(
                    rng,
                    [
                        "{D}'s likely defence of {defence} is answered by the evidence: ",
                        "As to {defence}: ",
                        "The defence of {defence} is unlikely to succeed: ",
                    ],
                )
                + lower_first(pick(rng, rebuts))
            )
        if r == "pi_changed":
            text += " That remains the position."
        elif rng.random() < 0.6:
            text += " " + pick(
                rng,
                [
                    "There is a realistic prospect of conviction.",
                    "The evidential stage is met.",
                    "I am satisfied the evidential stage is passed.",
                ],
            )
        return case.f(text)
    if r in ("nfa_evidential", "evidence_undermined"):
        lead = "" if r == "nfa_evidential" else pick(rng, ["In the light of {new_ev}, ", "Following {new_ev}, "])
        text = (
            lead
            + pick(
                rng,
                [
                    "the evidential stage is not met. ",
                    "there is not a realistic prospect of conviction. ",
                    "the evidence does not provide a realistic prospect of conviction. ",
                ],
            )
            + pick(rng, ISSUES[case.issue]["weak"])
            + " "
            + pick(
                rng,
                [
                    "A {tribunal} could not be sure of guilt on this evidence.",
                    "There is no other evidence capable of filling that gap.",
                    "Further enquiry is unlikely to cure this.",
                    "I have considered whether any further evidence could change this and none is identified.",
                ],
            )
        )
        if r == "nfa_evidential" and rng.random() < 0.6:
            text += " " + pick(
                rng,
                [
                    "The public interest stage does not arise.",
                    "Having reached that conclusion I do not go on to the public interest.",
                    "PI not considered as the evidential stage fails.",
                ],
            )
        return case.f(text[0].upper() + text[1:])
    if r == "v_withdrawn":
        return case.f(
            pick(
                rng,
                [
                    "{V} has made a retraction statement ({retract_date}) saying {v_sub} does not "
                    "support the "
                    "prosecution, though {v_sub} does not say the allegation was untrue. I have "
                    "considered an "
                    "evidence-led prosecution. Without {V}, the remaining evidence (" + supported + ") shows "
                    "the aftermath but not how the injury was caused, and the hearsay route is "
                    "weak as the first "
                    "account on BWV was given some time after the event. A witness summons would "
                    "be "
                    "inappropriate: {v_sub} has said {v_sub} will not attend voluntarily and the "
                    "remaining material is too thin. There is no longer a realistic "
                    "prospect of "
                    "conviction.",
                    "{V} no longer supports the case. The evidential stage depended on {v_pos} "
                    "account: "
                    + supported
                    + " does not by itself prove the assault. I have considered a summons and a "
                    "res gestae application; neither is appropriate on these facts. No RPC.",
                ],
            )
        )
    if r == "v_non_attendance":
        return case.f(
            pick(
                rng,
                [
                    "{V} did not attend the trial on {trial_date} despite being warned and a "
                    "summons being served; "
                    "the bench refused an adjournment as there have been two previous vacated "
                    "dates. A hearsay "
                    "application under s.116 is not available: there is no evidence that {V} is "
                    "absent through "
                    "fear. Without {V} there is no evidence of the assault itself, and so no "
                    "realistic prospect of "
                    "conviction.",
                    "{V} has failed to attend. WCU have been unable to contact {v_obj} since "
                    "{retract_date}. The "
                    "remaining evidence (" + supported + ") does not prove the offence without {v_pos} account, "
                    "and the court will not adjourn again. The evidential stage is no longer met.",
                ],
            )
        )
    if r == "witness_untraceable":
        return case.f(
            pick(
                rng,
                [
                    "{W1}, the only witness able to identify {D}, cannot be traced: the OIC has "
                    "visited the last "
                    "known address four times, checked DWP and PNC, and the phone is dead. The "
                    "remaining evidence "
                    "(" + supported + ") does not prove identity. No realistic prospect of conviction.",
                    "Without {W1}, whose evidence was the key support for {PW}, the case cannot be "
                    "proved. Efforts "
                    "to trace {W1} are recorded on the file and have failed. Evidential stage not "
                    "met.",
                ],
            )
        )
    if r == "undermining_material":
        return case.f(
            pick(
                rng,
                [
                    "Review of the third-party material has revealed {undermining}. That material "
                    "must be "
                    "disclosed and, once it is, a jury could not be sure of {PW}'s account on the "
                    "critical point. "
                    "There is no longer a realistic prospect of conviction.",
                    "The unused material includes {undermining}. It goes to the heart of {PW}'s "
                    "credibility on "
                    "the disputed issue, and with no independent support on that point the "
                    "evidential stage is "
                    "no longer met.",
                ],
            )
        )
    if r == "plea":
        lesser = case.off["lesser"]
        return case.f(
            pick(
                rng,
                [
                    "The evidence for "
                    + case.off["abbr"]
                    + " depends on proving {higher_point}, which rests on "
                    + supported
                    + " and is open to real challenge. {D}'s plea to "
                    + lesser[0]
                    + " admits the "
                    "core conduct. There is a realistic prospect of conviction on the lesser "
                    "offence and a real "
                    "risk of acquittal on the greater.",
                    "{D} has offered a plea to " + lesser[1] + ". The difference between the two offences is "
                    "{higher_point}; the evidence on that ({defence} is run) is finely balanced, "
                    "while the "
                    "admitted facts prove " + lesser[0] + " beyond doubt.",
                ],
            )
        )
    # charge_level
    lesser = case.off["lesser"]
    return case.f(
        pick(
            rng,
            [
                "On the evidence as it now stands, {higher_point} cannot be proved to the criminal "
                "standard: "
                + supported
                + " show {injury}, which the charging standard places at the level of "
                + lesser[0]
                + ". There is a realistic prospect of conviction for "
                + lesser[1]
                + ".",
                "The evidential stage is met for " + lesser[0] + " but not for " + case.off["abbr"] + ": "
                "{higher_point} is not supported by " + supported + ".",
            ],
        )
    )


def pi_factors(rng: random.Random, case: Case) -> list[str]:
    """Public interest factors from the facts of this case (for a prosecution)."""
    c, fl = case, case.flags
    out = [
        pick(
            rng,
            ["This is {serious}.", "The offence is serious: {serious}.", "Seriousness: {serious}."],
        )
    ]
    if "victimless" not in fl and "death" not in fl:
        minor_harm = case.ctx["injury"].startswith(("no ", "reddening", "a small", "red marks"))
        out.append(
            pick(
                rng,
                ["{V} suffered {injury}.", "Harm to the victim: {injury}."]
                + ([] if minor_harm else ["The harm caused is significant: {injury}."]),
            )
        )
    if "death" in fl:
        out.append("A life has been lost and the harm to {V}'s family is the gravest possible.")
    culp = ["{D} is an adult and was fully responsible for {d_pos} actions."]
    if case.off["cat"] in ("violence", "domestic_abuse", "public_order", "robbery"):
        culp.append("{D} was the aggressor.")
    if case.off["cat"] in ("drugs", "burglary", "fraud", "other"):
        culp.append("The offending involved planning and was for financial gain.")
    if "weapon" in fl:
        culp.append("{D} used {weapon}, which increases culpability.")
    if case.off["cat"] in ("fraud", "theft") or case.off["rel"] in (
        "carer",
        "family_friend",
        "parent",
    ):
        culp.append("{D} abused a position of trust.")
    if "youth_d" not in fl:
        out.append(pick(rng, culp))
    if "da" in fl:
        out.append(
            pick(
                rng,
                [
                    "The offence was committed in a domestic context, which the Code treats as increasing seriousness.",
                    "This is domestic abuse in the home, and CPS policy requires that to be reflected.",
                    "Domestic context; the offending has escalated.",
                ],
            )
        )
    if "elderly" in fl:
        out.append("{V} is {Vage} and was particularly vulnerable.")
    if "child" in fl:
        out.append("{V} was {Vage} and dependent on adults for {v_pos} care.")
    if "hate" in fl:
        out.append(
            pick(
                rng,
                [
                    "The offence was motivated by hostility based on race, a factor strongly in favour of prosecution.",
                    "Hate crime has a wider impact on the community and the victim was targeted because of race.",
                ],
            )
        )
    if "emergency" in fl:
        out.append("{V} is an emergency worker who was assaulted while doing {v_pos} job.")
    if case.off["cat"] in ("drugs", "weapons"):
        out.append(
            pick(
                rng,
                [
                    "There is a community impact statement for {town} describing the harm "
                    "caused by this kind of offending.",
                    "The impact on the community of {town} is significant.",
                ],
            )
        )
    n = pcs(case)
    out.append(
        c.f("{D} has {n_pcs} previous convictions, including {pc_type}.")
        if n
        else pick(
            rng,
            [
                "{D} is of previous good character; that is a factor I have weighed, but it is outweighed.",
                "{D} has no previous convictions, but the seriousness of the offence outweighs that.",
            ],
        )
    )
    if "youth_d" in fl:
        out.append(
            "{D} is {Dage}. I have considered the youth guidance, {d_pos} welfare and the impact "
            "of "
            "a prosecution on {d_pos} future, but an out-of-court disposal would not reflect the "
            "seriousness."
        )
    out.append(
        pick(
            rng,
            [
                "A prosecution is proportionate: the likely sentence is {likely}.",
                "Prosecution is a proportionate response; the likely sentence is {likely}.",
                "The cost of a prosecution is proportionate to the seriousness.",
            ],
        )
    )
    if rng.random() < 0.35:
        out.append(
            pick(
                rng,
                [
                    "I have found no factors against prosecution of any weight.",
                    "{D} mentions stress at the time, but there is no medical evidence that "
                    "{d_sub} was unwell and that factor carries little weight.",
                    "{V} supports a prosecution."
                    if "victimless" not in case.flags
                    else "There is no reason to depart from the usual approach.",
                ],
            )
        )
    keep = [
        out[0],
        *some(rng, out[1:-1], rng.randint(*((1, 2), (2, 3), (3, 5))[case.size])),
        out[-1],
    ]
    return [c.f(s) for s in keep]


def pi_reasoned(rng: random.Random, case: Case) -> str:
    """A reasoned public interest stage for the decision taken."""
    r = case.reason
    if r == "nfa_pi":
        return case.f(
            pick(
                rng,
                [
                    "However, a prosecution is not required in the public interest. {D} is {Dage}, "
                    "of previous good "
                    "character, admitted the offence and has offered to pay {V} compensation. The "
                    "offence is "
                    "at the lowest level of seriousness and a court would be likely to impose a "
                    "nominal penalty. "
                    "{V} has said {v_sub} does not want a prosecution. A community resolution is "
                    "the proportionate "
                    "outcome.",
                    "Public interest: the harm is low ({injury}), {D} has no previous convictions "
                    "and has shown "
                    "genuine remorse, and a prosecution would be disproportionate to the likely "
                    "nominal sentence. "
                    "The views of {V}, who wants the matter dealt with out of court, support that.",
                ],
            )
        )
    if r == "pi_changed":
        return case.f(
            pick(
                rng,
                [
                    "The public interest no longer requires a prosecution. Since charge {D} has "
                    "been sentenced to "
                    "{years} years' imprisonment for unrelated offences, and any additional "
                    "sentence for this "
                    "matter would be likely to be concurrent and nominal. {V} has been consulted "
                    "and does not "
                    "object. The cost of a trial is not proportionate.",
                    "Public interest: {D} has been diagnosed with a terminal illness (medical "
                    "report dated "
                    "{retract_date}). The offence, while unpleasant, caused {injury}; balanced "
                    "against {D}'s "
                    "condition and the limited sentence likely, a prosecution is no longer "
                    "proportionate.",
                ],
            )
        )
    if r == "plea":
        return case.f(
            pick(
                rng,
                [
                    "The plea is in the public interest: it reflects the criminality, gives the "
                    "court adequate "
                    "sentencing powers ({lesser_max}), spares {V} giving evidence, and {V} has "
                    "been consulted and "
                    "agrees with the approach.",
                    "Accepting the plea is proportionate. The sentencing range for the lesser "
                    "offence is "
                    "sufficient for the facts, the basis of plea accords with the prosecution "
                    "evidence, and "
                    + ("{V}'s views (supportive)" if "victimless" not in case.flags else "the OIC's views")
                    + " have been taken into account.",
                ],
            )
        )
    factors = pi_factors(rng, case)
    lead = pick(rng, ["", "Public interest: ", "As to the public interest, "])
    if lead.endswith(", ") and not factors[0].startswith(("This", "The ")):
        lead = "Public interest: "
    tail = pick(
        rng,
        [
            "A prosecution is required in the public interest.",
            "The public interest clearly requires a prosecution.",
            "Taking those factors together, prosecution is required.",
            "",
        ],
    )
    text = " ".join(factors) + (" " + tail if tail else "")
    return lead + (lower_first(text) if lead.endswith(", ") else text)


BARE_LONG = {
    "analysis": [
        "I have considered the evidence carefully. {V}'s account is credible and is supported by "
        "the other "
        "evidence in the case. {D}'s account is not credible. The evidence is sufficient to prove "
        "the "
        "offence and the case is {suitable}.",
        "Having read all of the material, I am satisfied that the evidence is strong. The "
        "witnesses are "
        "credible and there is nothing to undermine their accounts. The case is straightforward.",
        "The evidence set out above clearly supports the allegation. The account of {PW} is "
        "consistent with "
        "the other evidence and there are no significant issues. {D}'s denial does not undermine "
        "the case.",
        "This is a good case. The evidence is clear and supports each element of the offence. I do "
        "not "
        "consider that there are any weaknesses that need to be addressed.",
    ],
    "analysis_neg": [
        "I have considered all of the evidence carefully. Having done so, I do not consider that "
        "the "
        "evidence is sufficient. The case has significant difficulties and is unlikely to succeed.",
        "The evidence is not strong enough. There are problems with the case which mean it cannot proceed.",
    ],
    "strategy": [
        "The OIC is to progress the outstanding enquiries and submit a full file in due course. "
        "The case "
        "will be reviewed on receipt of the full file. Any further evidence should be submitted to "
        "the CPS.",
        "Police to complete any outstanding enquiries as appropriate. The file should be "
        "resubmitted when "
        "complete. I will review the case again at that stage.",
        "All necessary enquiries to be completed by the police. The case will progress in the "
        "usual way "
        "through the court timetable and will be kept under review.",
        "Standard case progression applies. The OIC should make any further enquiries that are "
        "necessary "
        "and update the CPS in due course.",
    ],
    "code": [
        "I have applied the Full Code Test in the Code for Crown Prosecutors. I am satisfied that "
        "there is "
        "sufficient evidence to provide a realistic prospect of conviction and that a prosecution "
        "is "
        "required in the public interest.",
        "The Code for Crown Prosecutors has been applied. The evidential stage is met and the "
        "public "
        "interest stage is met. A prosecution is therefore appropriate.",
        "I have considered the case against the Full Code Test. Both the evidential and the public "
        "interest stages are satisfied and the decision is made accordingly.",
    ],
    "disclosure": [
        "The police are reminded of their duties under the CPIA 1996 and the Code of Practice. The "
        "schedules "
        "should be completed and submitted with the full file. Disclosure will be dealt with in "
        "accordance "
        "with the Attorney General's Guidelines.",
        "The disclosure officer must comply with the CPIA and the Code of Practice. Schedules are "
        "to be "
        "provided in the usual way.",
        "Disclosure obligations are noted. The schedules will be reviewed when received and "
        "disclosure will "
        "be made in the usual way.",
    ],
    "victim": [
        "The victim and witnesses will be warned by the Witness Care Unit in the usual way. The "
        "Victims' "
        "Code applies. No particular issues have been identified at this stage.",
        "Witness care to be dealt with by the WCU as normal. No issues have been raised.",
        "The usual witness care arrangements apply. Nothing further is required at this stage.",
    ],
}


def consistent_bare(case: Case) -> list[str]:
    """Bare Code-test formulas that do not contradict the reason for the decision."""
    options = CODE_BARE[case.decision]
    if case.reason in (
        "nfa_evidential",
        "evidence_undermined",
        "v_withdrawn",
        "v_non_attendance",
        "witness_untraceable",
        "undermining_material",
    ):
        options = [t for t in options if "public interest" not in t.lower()] or options
    elif case.reason in ("nfa_pi", "pi_changed"):
        options = [
            t for t in options if "evidential" not in t.lower() and "RPC" not in t and "realistic" not in t.lower()
        ] or options
    return options


def code_parts(rng: random.Random, case: Case, flagged: bool, rich: bool) -> list[tuple[str, str]]:
    """(text, role) pieces of the Code test. Flagged: bare, or only one stage reasoned."""
    d, r = case.decision, case.reason
    needs_pi = r in ("charge", "continue", "nfa_pi", "pi_changed", "plea", "charge_level")
    if not flagged:
        pieces = [(evidential_reasoned(rng, case, rich), "code_evidential")]
        if rng.random() < 0.3:
            pieces.append((pick(rng, consistent_bare(case)), "other"))
        if needs_pi or rng.random() < 0.3:
            if needs_pi:
                pieces.append((pi_reasoned(rng, case), "code_public_interest"))
            elif r in (
                "v_withdrawn",
                "v_non_attendance",
                "witness_untraceable",
                "undermining_material",
                "evidence_undermined",
            ):
                pieces.append(
                    (
                        case.f(
                            pick(
                                rng,
                                [
                                    "Having concluded that the evidential stage is not met, the "
                                    "public interest does not "
                                    "arise, although I note {V}'s views have been obtained.",
                                    "The public interest stage does not need to be considered.",
                                ],
                            )
                        ),
                        "other",
                    )
                )
        return pieces
    modes = ["bare", "absent"]
    if needs_pi and r not in ("nfa_pi",):
        modes += ["evid_only", "evid_only"]
    if needs_pi and not rich:
        modes.append("pi_only")
    if r in ("nfa_pi", "pi_changed"):
        modes.append("evid_only")
    mode = pick(rng, modes)
    pi_against = [
        "Not in the public interest.",
        "NFA - not in the public interest to prosecute.",
        "Public interest stage not met.",
        "PI: no.",
        "The public interest does not require a prosecution.",
        "Not in the public interest to continue.",
    ]
    if mode == "absent":
        return []
    if mode == "bare":
        if r in ("nfa_pi", "pi_changed"):
            return [(pick(rng, pi_against), "code_bare")]
        if r in (
            "nfa_evidential",
            "evidence_undermined",
            "v_withdrawn",
            "v_non_attendance",
            "witness_untraceable",
            "undermining_material",
        ):
            return [(pick(rng, consistent_bare(case)), "code_bare")]
        if case.size == 2 and rng.random() < 0.6 and d in ("charge", "continue"):
            return [(pick(rng, BARE_LONG["code"]), "code_bare")]
        if rng.random() < 0.5:
            return [(pick(rng, CODE_BARE[d]), "code_bare")]
        return [(pick(rng, EVID_BARE), "code_bare"), (pick(rng, PI_BARE), "code_bare")]
    if mode == "evid_only":
        bare_pi = pi_against if r in ("nfa_pi", "pi_changed") else PI_BARE
        return [
            (evidential_reasoned(rng, case, rich), "code_evidential"),
            (pick(rng, bare_pi), "code_bare"),
        ]
    return [(pick(rng, EVID_BARE), "code_bare"), (pi_reasoned(rng, case), "code_public_interest")]


# ---------------------------------------------------------------------------------------------
# Case strategy and action plan
# ---------------------------------------------------------------------------------------------

GENERIC_ACTIONS = {
    None: [
        "take statements from the attending officers covering {PW}'s demeanour and first account",
        "conduct house-to-house enquiries on {street} for further witnesses",
        "obtain the CAD log and the 999 recording with a transcript",
        "complete the upgrade file (MG5, key statements, exhibits) for the PTPH",
        "obtain a statement from {W2n}, who was present but has not yet been spoken to",
        "review the scene photographs and produce a plan of the location",
        "trace and interview the second person seen with {D}",
    ],
    "identity": [
        "take a statement from {alibi_person} about the claimed alibi",
        "obtain the VIPER officer's notes and the first descriptions given",
        "obtain cell site and attribution evidence for {D}'s phone for the evening",
        "seize the {clothing} from {D}'s address and exhibit it against the CCTV stills",
    ],
    "self_defence": [
        "obtain {D}'s custody record and any photographs of injuries on arrest",
        "obtain the full unedited CCTV from before the first blow",
    ],
    "intent": [
        "obtain an opinion from the treating surgeon on the force required",
        "obtain the full sequence of CCTV showing {D}'s movements beforehand",
    ],
    "consent": [
        "obtain the full message history between {V} and {D} for the 48 hours after",
        "take a statement from the taxi driver who drove {V} home",
        "obtain the SARC examiner's statement",
    ],
    "dishonesty": [
        "obtain the remaining bank statements by production order",
        "interview {D} again about the specific transactions",
    ],
    "fabrication": [
        "take a statement from {W1} about {V}'s condition immediately afterwards",
        "obtain {V}'s GP records relating to the injuries (with consent)",
        "obtain the history of police call-outs to the address",
    ],
    "knowledge": [
        "obtain the drugs expert statement",
        "obtain attribution evidence for both phones",
        "obtain the fingerprint report on the inner packaging",
    ],
    "reasonable_excuse": [
        "take a statement from {D}'s claimed employer about the use of knives at work",
        "obtain the BWV of the stop and the search record",
    ],
    "causation": [
        "obtain the final collision investigation report and vehicle examination",
        "obtain the phone billing for {D}'s handset at the time of the collision",
        "canvass for dashcam footage from vehicles on {street}",
    ],
    "aggravation": [
        "take a statement from {W2n}, who was in the queue and may have heard the words",
        "obtain the audio from the shop's CCTV system if it records sound",
    ],
    "course_of_conduct": [
        "produce a schedule of contact from the phone download, cross-referenced to {V}'s diary",
        "obtain the record of the police warning given to {D}",
    ],
    "exploitation": [
        "obtain the bank records for all accounts controlled by {D}",
        "arrange interpreted ABE interviews with the other workers",
    ],
}


STOP_ACTIONS = [
    "serve the notice on the court and the defence",
    "de-warn the witnesses through the WCU",
    "retain the exhibits until any review period has expired",
    "update CMS and notify the court listing office",
    "return any seized property not needed as evidence",
]


def action_lines(rng: random.Random, case: Case, k: int, pool: list[str] | None = None) -> list[str]:
    """Numbered actions: what, who and by when."""
    if pool is None:
        pool = [pick(rng, EVIDENCE[kind]["cure"]) for kind in case.evidence if EVIDENCE[kind]["cure"]]
        pool += fit(case, GENERIC_ACTIONS[None]) + GENERIC_ACTIONS.get(case.issue, [])
        if pcs(case) and rng.random() < 0.6:
            pool.append("obtain {D}'s PNC, the memoranda of conviction and MG16 for a bad character application")
    chosen = some(rng, pool, k)
    out = []
    style = rng.randint(0, 3)
    for action in chosen:
        who = pick(rng, ["OIC", "{OIC}", "OIC", "{OICs}", "police", "{PCs}", "the OIC"])
        when = case.due(rng)
        if style == 0:
            out.append(f"{who} to {action} by {when}.")
        elif style == 1:
            out.append(f"{action[0].upper() + action[1:]} ({who}, by {when}).")
        elif style == 2:
            out.append(f"By {when}: {who} to {action}.")
        else:
            out.append(f"{action[0].upper() + action[1:]} - {who} - {when}.")
    return [case.f(a) for a in out]


def venue_plea(rng: random.Random, case: Case) -> list[str]:
    mode = case.off["mode"]
    out = []
    if mode == "indictable":
        out.append(
            pick(
                rng,
                [
                    "Indictable only; the case will be sent to {cc} under s.51 CDA 1998.",
                    "Venue: Crown Court (indictable only).",
                    "This must be sent to the Crown Court; PTPH at {cc}.",
                ],
            )
        )
    elif mode == "summary":
        out.append(
            pick(
                rng,
                [
                    "Summary only; trial in the magistrates' court.",
                    "Venue: {mc} (summary only).",
                    "This will be tried at {mc}.",
                ],
            )
        )
    else:
        out.append(
            pick(
                rng,
                [
                    "Either way. Given {serious}, the Sentencing Council guideline puts this above "
                    "the magistrates' "
                    "powers; I will invite the court to send it to the Crown Court.",
                    "Either way offence; suitable for summary trial. The magistrates' sentencing "
                    "powers are "
                    "adequate for the likely category under the guideline.",
                    "Venue: either way. Allocation - Crown Court, given the harm and the aggravating features.",
                    "Either way; on the guideline this is likely to fall within the magistrates' "
                    "powers, so I do "
                    "not oppose summary trial.",
                ],
            )
        )
    out.append(
        pick(
            rng,
            [
                "A not guilty plea is likely, with {defence} as the defence.",
                "I anticipate a NG plea; the trial issue will be {trial_issue}.",
                "Given the strength of the evidence an early guilty plea is possible, "
                "and full credit should be flagged.",
                "The defence are likely to contest {trial_issue}.",
                "Expect a NG plea at the first hearing on the basis of {defence}.",
            ],
        )
    )
    return [case.f(s) for s in out]


def trial_plan(rng: random.Random, case: Case) -> str:
    call = (
        ["{PW}"]
        + (["{W1}"] if case.has("w_statement") else [])
        + (["{PCs} (BWV and arrest)"] if case.has("bwv") else [])
    )
    read = [
        SHORT_NAMES[k] for k in case.evidence if k in ("medical", "photos", "forensic", "bank", "expert_drugs", "anpr")
    ]
    text = pick(
        rng,
        [
            "Trial strategy: call "
            + join_list(call)
            + "; "
            + (("read or agree " + join_list(read) + "; ") if read else "")
            + "play the key exhibits in "
            "chief. The Crown will rely on the consistency of {PW}'s account with the independent "
            "evidence.",
            "At trial the Crown will call "
            + join_list(call)
            + ". "
            + ("Continuity and " + join_list(read) + " can be dealt with by s.10 admissions. " if read else "")
            + "The issue for the "
            "tribunal will be {trial_issue}.",
            "The prosecution will present the case through " + join_list(call) + ", with agreed facts on "
            "continuity. The key exhibits are "
            + join_list([SHORT_NAMES[k] for k in case.evidence[:2]] or ["the statement"])
            + ".",
        ],
    )
    return case.f(text)


def applications(rng: random.Random, case: Case) -> list[str]:
    out = []
    if pcs(case):
        out.append(
            pick(
                rng,
                [
                    "Bad character: {D}'s previous convictions for {pc_type} are relevant to "
                    "propensity (gateway (d)); serve notice by {bc_date}.",
                    "Consider a bad character application (s.101(1)(d)) on the {pc_type} "
                    "convictions once the memoranda are obtained.",
                ],
            )
        )
    hearsay = [SHORT_NAMES[k] for k in ("call_999", "bwv") if case.has(k)]
    if hearsay and ("da" in case.flags or rng.random() < 0.3):
        out.append(
            pick(
                rng,
                [
                    "Hearsay: if {V} does not attend, apply to admit "
                    + join_list(hearsay)
                    + " as res gestae (s.118) and under s.114(1)(d).",
                    "Prepare a hearsay application (res gestae) for " + join_list(hearsay) + " as a fall-back.",
                ],
            )
        )
    return [case.f(s) for s in out]


def strategy_good(rng: random.Random, case: Case) -> tuple[list[str], list[str]]:
    """(actions, other strategy sentences). Forward-looking: who, what and by when; venue, plea, "
    "trial."""
    d = case.decision
    actions = action_lines(rng, case, rng.randint(*((2, 2), (2, 4), (3, 5))[case.size]))
    extra: list[str] = []
    if d == "charge" or d == "continue":
        if case.pre or case.review_kind == "initial" or rng.random() < 0.3:
            extra += venue_plea(rng, case)
        if rng.random() < 0.65:
            extra.append(trial_plan(rng, case))
        extra += applications(rng, case)
        if not case.pre:
            stage = {
                "initial": [
                    "First hearing on {fh_date}: ensure the IDPC is served and the case summary identifies the issues."
                    if case.off["mode"] == "summary"
                    else "PTPH on {ptph_date}: ensure the case summary, key evidence and draft "
                    "indictment are uploaded 7 days before."
                ],
                "dcs": [
                    "Respond to the DCS and any s.8 request by {due1}; agreed facts to be drafted."
                    if not case.labels.get("disclosure_not_addressed")
                    else "Agreed facts to be drafted by {due1}.",
                    "Further lines of inquiry raised by the DCS to be sent to the OIC today.",
                ],
                "new_evidence": [
                    "Serve the new material as additional evidence by {due1}.",
                    "Notice of additional evidence to be served; check the effect on the trial estimate.",
                ],
                "pretrial": [
                    "Trial on {trial_date}: witnesses to be warned now; certificate of trial "
                    "readiness to be completed after the actions above.",
                    "Counsel's brief to include this review; trial {trial_date}.",
                ],
            }
            extra.append(case.f(pick(rng, stage[case.review_kind])))
    elif d == "no_further_action":
        actions = actions[:3]
        extra.append(
            case.f(
                pick(
                    rng,
                    [
                        "If the outstanding material produces evidence that {D} was the person "
                        "responsible, the case "
                        "can be resubmitted for review.",
                        "Should a further witness or footage be found, the police may resubmit the "
                        "file; the decision "
                        "will then be reconsidered.",
                        "This advice is based on the present evidence; the lines of enquiry above "
                        "should be completed "
                        "before the file is closed, and any new material resubmitted.",
                    ],
                )
            )
        )
    elif d in ("discontinue", "offer_no_evidence"):
        actions = actions[:2] if is_negative(case) else action_lines(rng, case, 2, STOP_ACTIONS)
        extra.append(
            case.f(
                pick(
                    rng,
                    [
                        "Before the case is stopped, the OIC is to make a final check on the lines "
                        "above by {due1}; "
                        "if they produce anything new, the decision will be reviewed.",
                        "I have considered whether any alternative charge or further enquiry could "
                        "keep the case "
                        "going; none would cure the difficulty identified.",
                    ],
                )
            )
        )
        extra.append(
            case.f(
                pick(
                    rng,
                    [
                        "Notice of discontinuance (s.23(3)) to be served on the court and the defence by {due1}.",
                        "The court and defence to be notified by {due1}; the hearing on {trial_date} to be vacated.",
                    ]
                    if d == "discontinue"
                    else [
                        "Counsel to offer no evidence at the hearing on {trial_date} and invite a not guilty verdict.",
                        "Counsel to be instructed to offer no evidence on {trial_date}; the brief "
                        "to include this review.",
                    ],
                )
            )
        )
    elif d == "reduce_charge":
        extra.append(
            case.f(
                pick(
                    rng,
                    [
                        "Put the defence on notice of the amended charge by {due1} and invite an "
                        "indication of plea "
                        "at the next hearing.",
                        "Amend the charge at the next hearing; if a guilty plea is entered, "
                        "sentence can follow on the same day with a short sentencing note.",
                        "The trial on {trial_date} should be retained until a plea to the amended charge is entered.",
                    ],
                )
            )
        )
        if case.off["mode"] != "summary" and rng.random() < 0.6:
            extra.append(
                case.f(
                    "Venue: the amended charge is suitable for summary trial if no plea is "
                    "entered; "
                    "the magistrates' powers are adequate."
                )
            )
    else:
        extra.append(
            case.f(
                pick(
                    rng,
                    [
                        "Counsel to confirm acceptance at the hearing on {trial_date}. The basis "
                        "of plea must be in "
                        "writing and checked against the prosecution evidence; anything "
                        "inconsistent is to be rejected.",
                        "Amend the indictment/charge at the next hearing ({next_hearing}); the "
                        "defence to serve a written "
                        "basis of plea by {due1}.",
                    ],
                )
            )
        )
        extra.append(
            case.f(
                pick(
                    rng,
                    [
                        "Sentencing: put the case at the correct category under the guideline, "
                        "with the aggravating "
                        "features identified above.",
                        "Prepare a sentencing note identifying the guideline category, the "
                        "aggravating features and "
                        "the ancillary orders to be sought.",
                    ],
                )
            )
        )
    if rng.random() < 0.3:
        extra.append(
            case.f(
                pick(
                    rng,
                    [
                        "Bail to {due1}.",
                        "OIC to progress the above.",
                        "Further enquiries as appropriate beyond these.",
                        "Upgrade file to follow.",
                        "Review on receipt of the full file.",
                    ],
                )
            )
        )
    if case.size == 0 and len(extra) > 1:
        extra = extra[-1:] if d in ("discontinue", "offer_no_evidence") else some(rng, extra, rng.randint(0, 1))
    elif case.size == 1 and len(extra) > 3:
        extra = extra[:3]
    return actions, extra


def strategy_bare(rng: random.Random, case: Case) -> str:
    """Nothing forward-looking beyond a date or 'OIC to progress'."""
    if case.size == 2 and rng.random() < 0.6 and case.decision != "no_further_action":
        return case.f(pick(rng, BARE_LONG["strategy"]))
    options = [
        "OIC to progress.",
        "Action plan: OIC to progress.",
        "Further enquiries as appropriate.",
        "Bail to {due1}.",
        "RUI.",
        "Await full file.",
        "No further actions at this stage.",
        "Next hearing {next_hearing}.",
        "Case to proceed.",
        "OIC to make further enquiries.",
        "Obtain any CCTV.",
        "Upgrade file to follow.",
        "Police to action.",
        "Standard directions apply.",
        "OIC to submit full file in due course.",
        "Progress as normal.",
        "Nothing further.",
        "As above.",
    ]
    if not case.pre:
        options += [
            "Trial date set - no further actions.",
            "Trial {trial_date}.",
            "Await PTPH.",
            "List for trial.",
            "Case progression to monitor.",
        ]
    else:
        options = [o for o in options if "hearing" not in o]
    if case.decision == "no_further_action":
        options = [
            "Police to close the file.",
            "No further actions.",
            "File to be closed.",
            "RUI to be cancelled.",
            "OIC to inform the suspect.",
            "OIC to progress.",
            "NFA - close.",
            "Nothing further.",
            "OIC to update the crime report.",
        ]
    text = pick(rng, options)
    if rng.random() < 0.25:
        text += " " + pick(
            rng,
            [
                "Bail to {due1}.",
                "Review on receipt of full file.",
                "To be reviewed.",
                "Next hearing {next_hearing}.",
            ],
        )
    return case.f(text)


# ---------------------------------------------------------------------------------------------
# Disclosure / unused material
# ---------------------------------------------------------------------------------------------


def disclosure_items(rng: random.Random, case: Case) -> list[str]:
    """Specific unused items and the decision on each, drawn from the facts of the case."""
    fl, issue = case.flags, case.issue
    pool = [
        "The CAD log and crime report (rebuttable presumption material) record {V}'s first "
        "account; "
        "they are consistent with the statement and should be listed on the MG6C.",
        "Unedited BWV of {PCs}: nothing undermining; schedule as non-sensitive.",
        "PNC checks on the civilian witnesses are needed; any conviction going to credibility must "
        "be "
        "considered under the test.",
        "{W1} has a conviction for {w_conviction} ({w_conv_year}), which is capable of undermining "
        "{W1}'s credibility and should be disclosed.",
        "The MG6C is inadequate: items {item_a}-{item_b} are described only as 'notes' and 'misc'; "
        "return it "
        "with a request for proper descriptions and an MG6E.",
        "The MG6D lists intelligence about {D}'s associates; it does not undermine the case or "
        "assist the "
        "defence and is not disclosable.",
        "The officer's pocket notebook entries for {inc_date} should be scheduled; they include "
        "the "
        "first description given.",
    ]
    if issue == "identity":
        pool.append(
            "{V}'s first description in the CAD ('{descr}') differs from {D} in height; it assists "
            "the defence on identification and must be disclosed."
        )
        pool.append(
            "The VIPER officer's notes and the record of the first descriptions are capable of "
            "assisting the defence and should be disclosed."
        )
    if issue == "self_defence":
        pool.append(
            "The custody record shows {D} asked for treatment for a cut to the hand; that may "
            "support self-defence and should be disclosed."
        )
        pool.append(
            "{V}'s previous conviction for {w_conviction} is relevant to who was the aggressor and "
            "meets the test for disclosure."
        )
    if "da" in fl:
        pool.append(
            "Previous call-outs to the address (three in {year_prev}) include one where {V} was "
            "recorded as the aggressor; that is capable of assisting the defence and must be "
            "disclosed."
        )
        pool.append(
            "The DASH risk assessment is sensitive but its content should be reviewed for inconsistent accounts."
        )
    if "sexual" in fl or "child" in fl:
        pool.append(
            "Third-party material: the OIC should request {V}'s {third_party} under the protocol, "
            "with {v_pos} informed consent, limited to what is a reasonable line of inquiry; it "
            "must not be sought speculatively."
        )
        pool.append(
            "Counselling notes: {V} has had counselling since the incident. They are not to be "
            "requested unless there is a specific reason to believe they contain a previous "
            "inconsistent account; none is identified at present."
        )
    if "child" in fl:
        pool.append(
            "Social services and school records for {V} should be requested; the school records "
            "may show when the disclosure was first made and to whom."
        )
    if case.has("phone") or "sexual" in fl or "da" in fl:
        pool.append(
            "Digital material: the download of {phone_whose} phone is a reasonable line of inquiry "
            "limited to {phone_range}; the search terms and date range must be recorded in the "
            "DMD."
        )
        pool.append(
            "{V}'s phone should not be downloaded in full; a targeted examination of messages with "
            "{D} is proportionate. Record the rationale in the DMD."
        )
    if case.has("medical"):
        pool.append(
            "The full hospital notes should be obtained and reviewed; the history given to the "
            "triage nurse may differ from the statement."
        )
    if case.has("cctv"):
        pool.append(
            "The remaining CCTV from {cctv_alt}, viewed but not seized, must be recorded and "
            "retained; if it shows the start of the incident it may assist the defence."
        )
    if case.has("bank"):
        pool.append(
            "The remainder of the bank records (not relied on) must be scheduled; they may show "
            "payments consistent with {D}'s account."
        )
    if "victimless" in fl:
        pool.append(
            "The search record and any intelligence leading to the stop should be reviewed; the "
            "MG6D item relating to the source is sensitive and will not be disclosed, but I am "
            "satisfied it neither undermines nor assists."
        )
    return [case.f(s) for s in some(rng, pool, rng.randint(*((2, 2), (2, 3), (3, 4))[case.size]))]


def disclosure_framing(rng: random.Random, case: Case) -> tuple[list[str], str]:
    """Opening and continuing-duty sentences that frame the item-by-item decisions."""
    out = []
    if case.pre:
        out.append(
            pick(
                rng,
                [
                    "Unused material: the police should schedule the following and flag anything "
                    "that points away "
                    "from {D}.",
                    "I have considered the unused material listed on the MG6 schedules so far.",
                    "Disclosure: reasonable lines of inquiry must include those pointing away from {D}.",
                    "",
                    "",
                ],
            )
        )
    elif case.review_kind == "dcs":
        out.append(
            pick(
                rng,
                [
                    "I have reviewed the MG6C again against the DCS. The defence of {defence} "
                    "makes the following "
                    "items relevant:",
                    "Following the DCS, the schedules have been re-reviewed:",
                    "The DCS raises {defence}. Secondary disclosure:",
                ],
            )
        )
    else:
        out.append(
            pick(
                rng,
                [
                    "I have reviewed the MG6C and MG6D.",
                    "Initial disclosure:",
                    "Schedules reviewed item by item.",
                    "",
                ],
            )
        )
    tail = pick(
        rng,
        [
            "Disclosure will be kept under review as further material arrives, particularly after the DCS.",
            "The continuing duty applies; the disclosure officer must update the schedules as enquiries continue.",
            "A DMD is required for the Crown Court and should set out the approach to digital material."
            if case.off["mode"] != "summary"
            else "The disclosure officer should certify once all items are reviewed.",
            "The disclosure record sheet has been updated with these decisions.",
            "Any s.8 application will be considered when it is received.",
            "",
        ],
    )
    return [case.f(s) for s in out if s], case.f(tail)


def disclosure_good(rng: random.Random, case: Case) -> list[str]:
    head, tail = disclosure_framing(rng, case)
    out = (head if case.size else []) + disclosure_items(rng, case)
    if rng.random() < 0.3:
        out.append(
            case.f(
                pick(
                    rng,
                    [
                        "MG6C endorsed and returned with these decisions.",
                        "Schedules endorsed accordingly.",
                        "CPIA complied with so far, subject to the points above.",
                        "Otherwise the schedules are OK.",
                        "Nothing else of note on the MG6C.",
                    ],
                )
            )
        )
    if tail and (case.size or rng.random() < 0.4):
        out.append(tail)
    if case.decision in ("offer_no_evidence", "discontinue") and case.reason == "undermining_material":
        out.append(
            case.f(
                "The material at item {item_a} ({undermining}) will be disclosed to the defence "
                "with the notice, as it would have been at trial."
            )
        )
    return out


def disclosure_bare(rng: random.Random, case: Case, headed: bool) -> str:
    """A bare entry standing in for a disclosure assessment."""
    if case.size == 2 and rng.random() < 0.6:
        return case.f(pick(rng, BARE_LONG["disclosure"]))
    if headed:
        options = [
            "N/A",
            "N/A.",
            "-",
            "TBC",
            "See above.",
            "CPIA complied with.",
            "Schedules endorsed.",
            "Schedules OK.",
            "Nothing of note.",
            "No issues.",
            "MG6C/D endorsed and returned.",
            "Initial disclosure served.",
            "Standard.",
            "Considered.",
            "Continuing duty noted.",
            "To follow.",
            "As per schedules.",
            "Disclosure officer to comply with CPIA.",
            "None.",
        ]
    else:
        options = [
            "Disclosure: N/A.",
            "CPIA complied with.",
            "Schedules endorsed.",
            "Schedules OK.",
            "Unused: nothing of note.",
            "No disclosure issues.",
            "MG6C/D endorsed and returned.",
            "Disclosure - initial disclosure served.",
            "Disclosure: standard.",
            "Unused material considered.",
            "Continuing duty noted.",
            "Disclosure to follow.",
            "Unused: as per schedules.",
            "Disclosure officer to comply with CPIA.",
            "No unused.",
            "Disclosure: none.",
        ]
    return pick(rng, options)


# ---------------------------------------------------------------------------------------------
# Victim and witness needs
# ---------------------------------------------------------------------------------------------


def victim_items(rng: random.Random, case: Case) -> list[str]:
    """Needs of the victim and witnesses, from the facts of the case."""
    fl = case.flags
    pool: list[str] = []
    if "victimless" in fl:
        pool += [
            "There is no individual victim. The witnesses are police officers; their dates to "
            "avoid "
            "should be provided to the WCU with the upgrade file.",
            "{W1} has expressed concern about reprisals as {w1_sub} lives locally; {w1_sub} may "
            "qualify "
            "as an intimidated witness (s.17 YJCEA) and an application for screens should be "
            "considered.",
            "A community impact statement should be obtained from the neighbourhood team.",
            "The drugs expert's availability should be checked before any trial date is fixed."
            if case.off["key"] == "drugs"
            else "The officers' shift patterns should go to the WCU.",
        ]
        return [case.f(s) for s in some(rng, pool, rng.randint(2, 3))]
    if "death" in fl:
        pool += [
            "The family liaison officer is the point of contact for {fam}; the family are entitled "
            "to "
            "the enhanced service under the Victims' Code.",
            "{fam} should be offered a meeting to explain the charging decision and the court process.",
            "The family should be invited to make a victim personal statement (family impact "
            "statement) "
            "and asked whether they wish to read it in court.",
            "{W1} witnessed the collision and is distressed; WCU to arrange a pre-trial visit and consider live link.",
            "Reserved seating in court should be arranged for the family.",
        ]
        return [case.f(s) for s in some(rng, pool, rng.randint(2, 4))]
    if "abe" in fl or "young_v" in fl or "sexual" in fl:
        pool += [
            "{V}'s ABE interview should stand as {v_pos} evidence in chief (s.27 YJCEA).",
            "Apply for s.28 pre-recorded cross-examination; a ground rules hearing will be needed.",
            "{V} is supported by an ISVA from {isva_org}; the OIC should confirm {v_pos} wishes "
            "about "
            "screens or live link.",
            "Special measures: {V} is eligible as a complainant in a sexual offence (s.17(4)); "
            "{v_sub} would like to give evidence by live link from a remote site.",
        ]
    if "young_v" in fl or "child" in fl:
        pool += [
            "{V} is {Vage} and automatically eligible for special measures (s.16); an intermediary "
            "assessment should be requested given {v_pos} age and communication needs.",
            "A Registered Intermediary should be instructed before the ground rules hearing.",
        ]
    if "da" in fl:
        pool += [
            "{V} is eligible as an intimidated witness (s.17(4) YJCEA, domestic abuse); {v_sub} "
            "has "
            "asked for screens. Application to be made by {sm_date}.",
            "IDVA ({idva_org}) is engaged; DASH assessed as high risk and a MARAC referral has been made.",
            "Bail conditions: no contact with {V} directly or indirectly and not to attend {street}.",
            "On conviction (or acquittal) the court should be asked for a restraining order; the "
            "OIC "
            "should obtain {V}'s views on its terms and length.",
            "If bail conditions lapse, the police should consider a DVPN/DVPO to protect {V}.",
            "The children should be considered: a referral to children's services has been made.",
        ]
    if "hate" in fl:
        pool += [
            "{V} is entitled to the enhanced service under the Victims' Code as the victim of a hate crime.",
            "{V} is frightened to return to work; screens should be sought (s.17 intimidated witness).",
            "Seek a community impact statement and invite the court to apply the s.66 Sentencing Code uplift.",
        ]
    if "elderly" in fl:
        pool += [
            "{V} is {Vage} and has {health}; {v_sub} should give evidence by live link from home "
            "or a "
            "remote site, or a s.9 read if the evidence is not disputed.",
            "Early special measures meeting with {V} and {v_pos} family to be arranged by WCU.",
            "Consider a compensation order for the full loss; {V}'s family hold the bank records.",
        ]
    if "vulnerable" in fl:
        pool += [
            "{V} will need an interpreter ({lang}); WCU to book.",
            "An NRM referral has been made and {V} is supported by {support_org}.",
            "{V} fears reprisals against family in {country}; {v_sub} is eligible as an "
            "intimidated "
            "witness (s.17) and screens should be sought.",
            "Consider a Slavery and Trafficking Reparation Order on conviction.",
        ]
    if "emergency" in fl:
        pool += [
            "{V}'s welfare: blood test results are awaited; a VPS should be taken covering the anxiety caused.",
            "Duty rosters: {V}'s shift pattern to be passed to the WCU for dates to avoid.",
        ]
    pool += [
        "{V} should be offered the chance to make a VPS and asked whether {v_sub} wants to read it in court.",
        "Compensation: {V} has incurred {loss}; obtain receipts so a compensation order can be sought.",
        "Dates to avoid: {W1} is unavailable {avoid}; pass to the WCU.",
        "{W1} is nervous about giving evidence; the WCU should arrange a pre-trial visit.",
        "{V} lives close to {D}; bail conditions not to contact {v_obj} or enter {street} are needed.",
        "{W1} needs an interpreter ({lang}); the WCU should book one.",
        "A restraining order on conviction should be considered to protect {V}.",
        "{V} has been referred to Victim Support.",
    ]
    if not fl & {"sexual", "child", "da", "young_v"}:
        pool.append(
            "Special measures do not appear necessary, but the OIC should ask {V} whether {v_sub} wants screens."
        )
    # the first item of a category pool is its special-measures point; keep it for the cases
    # where an assessor would expect it, then add others
    core = [t for t in pool[:1] if fl & {"sexual", "child", "da", "young_v", "abe"}]
    rest = [t for t in pool if t not in core]
    k = rng.randint(*((2, 2), (2, 3), (3, 4))[case.size]) - len(core)
    return [case.f(s) for s in core + some(rng, rest, k)]


def victim_good(rng: random.Random, case: Case) -> list[str]:
    d = case.decision
    if d in ("no_further_action", "discontinue", "offer_no_evidence") and "victimless" in case.flags:
        return [
            case.f(
                pick(
                    rng,
                    [
                        "There is no individual victim. {W1} should be told of the outcome and "
                        "thanked; the officers' "
                        "dates to avoid can be released.",
                        "No identifiable victim; the civilian witness {W1}, who was "
                        "worried about reprisals, should be told of the outcome by the OIC in "
                        "person.",
                    ],
                )
            ),
            case.f("The neighbourhood team should be told so the community impact can be managed."),
        ]
    if d in ("no_further_action", "discontinue", "offer_no_evidence"):
        out = [
            case.f(
                pick(
                    rng,
                    [
                        "The OIC should tell {V} of the decision in person, explain the reasons "
                        "and the right to ask "
                        "for a review under the VRR scheme; a VCL letter will follow within "
                        "{vcl_days}.",
                        "{V} must be informed promptly (enhanced service: within 1 working day) "
                        "and offered a meeting; "
                        "the VCL letter must explain the decision in plain terms and the VRR "
                        "scheme.",
                        "Victim communication: OIC to speak to {V} {when_tell}, with the "
                        "{support_role} present "
                        "if {v_sub} wishes, and to explain the VRR.",
                    ],
                )
            )
        ]
        if "da" in case.flags or "sexual" in case.flags or case.off["rel"] in ("ex_partner", "partner"):
            out.append(
                case.f(
                    pick(
                        rng,
                        [
                            "Safeguarding: the risk to {V} remains; the OIC should update the "
                            "IDVA/ISVA and consider a "
                            "DVPO or a restraining order on acquittal (s.5A PHA 1997).",
                            "{V}'s safety must be reviewed before {D} is released from conditions; "
                            "refer to MARAC if "
                            "the risk has increased."
                            if "child" not in case.flags
                            else "Children's services must be told of the decision so that the "
                            "safety plan for {V} can "
                            "continue.",
                        ],
                    )
                )
            )
        elif "victimless" not in case.flags and rng.random() < 0.5:
            out.append(case.f("Signpost {V} to Victim Support."))
        return out
    items = victim_items(rng, case)
    if rng.random() < 0.3:
        items.append(
            case.f(
                pick(
                    rng,
                    fit(
                        case,
                        [
                            "No other issues.",
                            "WCU to warn witnesses.",
                            "No special measures needed for the officers.",
                            "Otherwise no issues.",
                            "Victims' Code: enhanced service applies.",
                        ],
                    ),
                )
            )
        )
    return items


def victim_bare(rng: random.Random, case: Case, headed: bool) -> str:
    if case.size == 2 and rng.random() < 0.6:
        return case.f(pick(rng, BARE_LONG["victim"]))
    if headed:
        options = [
            "No issues.",
            "None.",
            "N/A.",
            "Nil.",
            "-",
            "TBC",
            "Standard.",
            "None identified.",
            "WCU to warn witnesses.",
            "As per MG9.",
            "V informed.",
            "Victims' Code complied with.",
            "No special measures required.",
            "Nothing of note.",
        ]
    else:
        options = [
            "Victim: no issues.",
            "V&W: none.",
            "Special measures: N/A.",
            "Witness needs: none identified.",
            "VPS: n/a.",
            "No victim issues.",
            "Victim/witness: standard.",
            "Victim and witness issues: nil.",
            "WCU to warn witnesses.",
            "Witnesses: as per MG9.",
            "V informed.",
            "Victims' Code complied with.",
            "No special measures required.",
        ]
    return pick(rng, options)


# ---------------------------------------------------------------------------------------------
# Remaining case slots (post-charge events, orders, witnesses' needs)
# ---------------------------------------------------------------------------------------------

PC_TYPES = {
    "violence": ["violence", "ABH and affray", "assault"],
    "domestic_abuse": [
        "assaults on a previous partner",
        "breach of a restraining order",
        "common assault (domestic)",
    ],
    "drugs": ["possession with intent to supply", "drugs offences"],
    "theft": ["shop theft", "theft and fraud"],
    "burglary": ["dwelling burglary", "burglary and theft"],
    "robbery": ["robbery", "theft from the person"],
    "weapons": ["possession of a bladed article", "violence"],
    "public_order": ["public order offences", "affray"],
}
HIGHER = {
    "abh": "that the assault caused actual bodily harm",
    "abh_da": "that the injury was caused by a blow rather than a fall",
    "strangulation": "that pressure was applied to the neck",
    "coercive": "that the behaviour had a serious effect on {V}",
    "s20": "that the injury amounts to grievous bodily harm",
    "s18": "an intent to cause really serious harm",
    "robbery": "the use or threat of force",
    "burglary": "that {D} entered the house",
    "drugs": "intent to supply",
    "affray": "that a person of reasonable firmness would have feared for their safety",
    "racial": "the racial hostility",
    "stalking": "serious alarm or distress with a substantial adverse effect",
    "ddd": "that the driving was dangerous rather than careless",
    "arson": "recklessness as to whether life would be endangered",
}
ACT_SHORT = {
    "abh": "assaulting {v_obj}",
    "abh_da": "assaulting {v_obj}",
    "common_assault_da": "assaulting {v_obj}",
    "strangulation": "strangling {v_obj}",
    "coercive": "controlling {v_obj}",
    "s20": "causing {v_pos} injuries",
    "s18": "attacking {v_obj} with {weapon}",
    "rape": "having sex with {v_obj} without consent",
    "sexual_assault": "touching {v_obj}",
    "child_sexual": "sexually touching {v_obj}",
    "child_cruelty": "ill-treating {v_obj}",
    "robbery": "robbing {v_obj}",
    "burglary": "being the burglar",
    "theft": "taking the money",
    "shop_theft": "taking the goods",
    "fraud": "taking {v_pos} money",
    "drugs": "possessing the drugs",
    "affray": "taking part in the violence",
    "racial": "abusing {v_obj}",
    "stalking": "stalking {v_obj}",
    "ddd": "driving dangerously",
    "aew": "assaulting {v_obj}",
    "blade": "having the knife",
    "criminal_damage": "causing the damage",
    "arson": "starting the fire",
    "slavery": "controlling the workers",
    "manslaughter": "the fatal assault",
}
LESSER_MAX = {
    "assault by beating": "six months",
    "assault occasioning actual bodily harm": "five years",
    "unlawful wounding": "five years",
    "theft": "seven years",
    "handling stolen goods": "fourteen years",
    "possession of a controlled drug of Class A": "seven years",
    "threatening behaviour": "six months",
    "fear or provocation of violence": "six months",
    "harassment": "six months",
    "stalking": "six months",
    "causing death by careless driving": "five years",
    "arson": "life imprisonment",
}
NEW_EVIDENCE = {
    "continue": [
        "the forensic results, which confirm {D}'s DNA on {forensic_loc}",
        "further CCTV from {cctv_alt}",
        "a statement from {W2n}, who saw the incident from across the road",
        "the full phone download",
        "the final medical report",
    ],
    "evidence_undermined": [
        "a statement from {W2n} which supports {D}'s account",
        "forensic results which do not link {D} to the scene",
        "phone data placing {D} elsewhere at the time",
    ],
    "v_withdrawn": ["a retraction statement from {V}"],
    "pi_changed": ["information about {D}'s health"],
    "v_non_attendance": ["the WCU's report that {V} cannot be contacted"],
    "witness_untraceable": ["the OIC's report on the attempts to trace {W1}"],
    "undermining_material": ["the third-party records"],
    "plea": ["an offer of a plea to {lesser}"],
    "charge_level": ["the final medical report"],
}


def extra_slots(rng: random.Random, case: Case) -> None:
    """Slots that depend on the decision and review stage."""
    c, off = case.ctx, case.off
    n = 0 if rng.random() < 0.4 else rng.randint(2, 14)
    lesser = off.get("lesser") or ("", "")
    c.update(pronouns(rng.random() < 0.5, "w1"))
    c.update(pronouns(rng.random() < 0.5, "w2"))
    c.update(
        n_pcs=str(n),
        pc_type=pick(rng, PC_TYPES.get(off["cat"], ["violence", "dishonesty", "public order"])),
        pcs_text=f"{n} convictions" if n else "none recorded",
        act_short=ACT_SHORT[off["key"]],
        higher_point=HIGHER.get(off["key"], "the more serious element"),
        lesser=lesser[0],
        lesser_max=LESSER_MAX.get(lesser[0], "adequate")
        + (" imprisonment" if lesser[0] in LESSER_MAX and "life" not in LESSER_MAX[lesser[0]] else ""),
        likely=pick(rng, LIKELY_SENTENCE[off["mode"]]),
        new_ev=pick(
            rng,
            NEW_EVIDENCE.get(case.reason, NEW_EVIDENCE["continue"])
            + (
                ["footage from {cctv_alt} which shows {V} striking {D} first"]
                if case.reason == "evidence_undermined" and off["cat"] in VIOLENT
                else []
            ),
        ),
        suitable="suitable for charge" if case.pre else "should proceed",
        dcs_point=pick(
            rng,
            {
                "identity": [
                    "{d_sub} was elsewhere and names {alibi_person} as a witness",
                    "{d_sub} relies on CCTV from {cctv_alt} which has not been obtained",
                ],
                "self_defence": [
                    "{V} was the aggressor and had made threats earlier by text",
                    "{V} had a weapon",
                ],
                "intent": ["the injuries were caused by a fall", "the contact was accidental"],
            }.get(
                case.issue,
                [
                    "{V} has a motive to lie",
                    "the prosecution has not obtained all of the relevant material",
                    "the key evidence is unreliable and will be challenged",
                ],
            ),
        ),
        dcs_date=case.due(rng, -20, -5) if case.review_kind == "dcs" else case.due(rng, 14, 28),
        retract_date=case.due(rng, -14, -2),
        due1=case.due(rng, 3, 10),
        bc_date=case.due(rng, 14, 28),
        sm_date=case.due(rng, 10, 28),
        vcl_days=pick(rng, ["1 working day", "5 working days"]),
        undermining=pick(
            rng,
            [
                "counselling notes recording {V} saying {v_sub} could not remember whether {v_sub} had agreed",
                "messages from {V} to a friend the next day saying the injury was 'an accident really'",
                "a custody record showing {D} had a head injury consistent with being struck first",
                "a previous allegation by {V} against another person which {v_sub} later retracted",
            ],
        ),
        next_hearing=case.due(rng, 14, 45),
        interview_kind={
            "no_comment": "no comment",
            "prepared": "prepared statement",
            "account": "full account",
        }[case.interview],
        bail_status=pick(
            rng,
            [
                "Remanded in custody",
                "On conditional bail",
                "Bailed to the first hearing",
                "Postal requisition",
            ]
            if not case.pre
            else [
                "In custody (PACE clock running)",
                "On pre-charge bail",
                "RUI",
                "Voluntary attendance",
            ],
        ),
        w_conviction=pick(rng, ["theft", "fraud", "perverting the course of justice", "assault", "affray"]),
        w_conv_year=str(rng.randint(2012, 2022)),
        year_prev=str(rng.randint(2019, 2023)),
        item_a=str(rng.randint(3, 9)),
        item_b=str(rng.randint(10, 18)),
        descr=pick(
            rng,
            [
                "white male, 6ft, slim",
                "mixed race male, early 20s, tall",
                "male, stocky, bald, 40s",
                "male in a dark hoodie, about 5'6\"",
            ],
        ),
        third_party=pick(
            rng,
            [
                "GP records",
                "school records",
                "medical records relating to the incident",
                "social services records",
            ],
        ),
        isva_org=pick(rng, ["Safe Link", "the local Rape Crisis centre", "SARSAS", "Survivors Trust service"]),
        idva_org=pick(rng, ["Safer Places", "the local IDVA service", "Women's Aid", "Paladin"]),
        support_org=pick(rng, ["the Salvation Army", "Hope for Justice", "a specialist support worker"]),
        support_role=pick(
            rng,
            ["ISVA"]
            if "sexual" in case.flags
            else ["IDVA"]
            if "da" in case.flags
            else ["support worker", "family", "Victim Support volunteer"],
        ),
        when_tell="today" if case.pre else "before the hearing",
        health=pick(
            rng,
            [
                "limited mobility",
                "early dementia (capacity assessed as intact)",
                "heart problems",
                "hearing loss",
            ],
        ),
        lang=pick(rng, LANGUAGES),
        loss=pick(
            rng,
            [
                "dental costs of £640",
                "the cost of a replacement door (£480)",
                "lost earnings of two weeks",
                "repair costs of {amount}",
                "the loss of {amount}",
            ],
        ),
        avoid=pick(
            rng,
            [
                "12-26 May (holiday)",
                "in August",
                "on Mondays (childcare)",
                "until after surgery in the spring",
                "during school holidays",
            ],
        ),
        lawyer=f"{pick(rng, FEMALE + MALE)} {pick(rng, SURNAMES)}",
        sol=pick(
            rng,
            [
                "a duty solicitor",
                "Ms " + pick(rng, SURNAMES) + " (solicitor)",
                "a solicitor",
                "an appropriate adult and a solicitor",
            ],
        ),
        mins=str(rng.randint(12, 95)),
        n_occ=str(max(1, n - rng.randint(0, 4))),
        pc_year=str(rng.randint(2012, 2023)),
        urn=f"{rng.randint(1, 62):02d}{pick(rng, ['AA', 'BD', 'CE', 'DF', 'KL', 'YT', 'NR'])}"
        f"{rng.randint(10000, 99999)}{case.rev.year % 100 - rng.randint(0, 1):02d}",
    )


# ---------------------------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------------------------

HEADINGS = {
    "facts": [
        "Summary of facts",
        "Facts",
        "Summary",
        "Brief facts",
        "Circumstances",
        "Background",
        "The allegation",
        "Summary of the case",
        "MG5 summary",
    ],
    "evidence": [
        "Evidence",
        "Key evidence",
        "Evidence available",
        "Material reviewed",
        "Evidence relied on",
        "Evidence considered",
    ],
    "analysis": [
        "Case analysis",
        "Analysis",
        "Issues",
        "Case analysis and issues",
        "Assessment of the evidence",
        "Issues in the case",
        "Strengths and weaknesses",
        "Evidential analysis",
        "Assessment",
    ],
    "code": [
        "Full Code Test",
        "Code test",
        "Code for Crown Prosecutors",
        "FCT",
        "Reasons for decision",
        "Application of the Code",
        "The Code test",
    ],
    "evid": [
        "Evidential stage",
        "Evidential",
        "Realistic prospect of conviction",
        "Evidential test",
    ],
    "pi": ["Public interest", "Public interest stage", "PI", "Public interest test"],
    "disclosure": [
        "Disclosure",
        "Unused material",
        "Disclosure/Unused material",
        "Disclosure and unused material",
        "Unused material and disclosure",
        "CPIA / disclosure",
    ],
    "victim": [
        "Victim and witness issues",
        "Victims and witnesses",
        "Witness care",
        "Victim/witness needs",
        "Special measures and witness issues",
        "Victim issues",
        "Victim and witness care",
    ],
    "strategy": [
        "Action plan",
        "Trial strategy",
        "Case strategy",
        "Action plan and case strategy",
        "Further actions",
        "Next steps",
        "Strategy",
        "Actions",
        "Case progression",
    ],
    "decision_pre": ["Decision", "Charging decision", "Charge(s)", "Advice", "Outcome"],
    "decision_post": ["Review decision", "Outcome of review", "Decision", "Outcome"],
    "history": ["Procedural history", "Current position", "Case history", "Progress"],
}
NOTE_LABELS = {
    "facts": ["Facts:", "Allegation:", "Circs:"],
    "evidence": ["Evid:", "Evidence:"],
    "analysis": ["Issues:", "Assessment:", "Analysis:"],
    "code": ["FCT:", "Code:"],
    "evid": ["RPC:", "Evid stage:"],
    "pi": ["PI:"],
    "disclosure": ["Unused:", "Disc:", "Disclosure:"],
    "victim": ["V/W:", "Victim:", "VW needs:"],
    "strategy": ["Actions:", "AP:", "Plan:"],
    "decision_pre": ["Decision:", "Outcome:"],
    "decision_post": ["Decision:", "Outcome:"],
    "history": ["Hx:", "History:"],
}
REVIEW_TITLES = {
    "initial": ["Initial review", "Initial review (IDPC)", "Review for first hearing"],
    "dcs": ["Review following DCS", "Review on receipt of the defence statement", "DCS review"],
    "new_evidence": [
        "Review on receipt of new evidence",
        "Further review - new material",
        "Review (new evidence)",
    ],
    "pretrial": ["Pre-trial review", "Trial review", "Review before trial"],
}


@dataclass
class Block:
    """A run of sentences playing one role, rendered as a paragraph or as lines."""

    sentences: list[str]
    role: str
    kind: str = "para"  # para | lines | numbered
    label: str | None = None  # a sub-heading key ("evid", "pi") for the Code test


@dataclass
class Section:
    key: str
    blocks: list[Block]


def restatement(rng: random.Random, case: Case) -> list[str]:
    """Facts re-narrated where the analysis should be (weak analysis under its heading): the same
    kind of sentences the summary and the evidence list use, with no assessment."""
    lines = [line.lstrip("-*\u2022 ") for line in witness_summaries(rng, case)]
    out = [
        pick(
            rng,
            [
                "{PW} says that {D} {act}.",
                "The account of {PW} is that {D} {act}.",
                "{PW} states {D} {act}.",
            ]
            + ([] if "summaries" in case.filler else [lines[0]]),
        )
    ]
    out += some(rng, lines[1:], rng.randint(1, 3))
    if rng.random() < 0.7:
        out.append(interview_sentence(rng, case))
    return [case.f(s) for s in out]


def build_sections(rng: random.Random, case: Case, labels: dict[str, int], headed: set[str]) -> list[Section]:
    """The content of each section, decided by the labels; ``headed`` names the sections with a "
    "heading."""
    weak = labels["weak_case_analysis"]
    sections: list[Section] = []
    fill = case.filler
    facts = allegation_long(rng, case) if "long_facts" in fill else allegation_short(rng, case)
    fact_blocks = [Block(facts, "allegation")]
    if "request" in fill:
        fact_blocks.insert(0, Block([police_request(rng, case)], "other"))
    if "interview" in fill:
        fact_blocks.append(Block(interview_detail(rng, case), "allegation"))
    sections.append(Section("facts", fact_blocks))
    if not case.pre and "history" in fill and "history_told" not in case.ctx:
        sections.append(Section("history", [Block([procedural_history(rng, case)], "other")]))
    if "evidence" in fill or "summaries" in fill or rng.random() < 0.4:
        if "summaries" in fill:
            ev_blocks = [Block(witness_summaries(rng, case), "evidence_list", "lines")]
        else:
            ev = evidence_list(rng, case)
            ev_blocks = [Block(ev.split("\n"), "evidence_list", "lines" if "\n" in ev else "para")]
        if "pnc" in fill:
            ev_blocks.append(Block([pnc_text(rng, case)], "other"))
        sections.append(Section("evidence", ev_blocks))
    # good content sometimes goes without its heading; flagged content usually keeps one
    for key, concern in (
        ("analysis", "weak_case_analysis"),
        ("strategy", "no_case_strategy"),
        ("disclosure", "disclosure_not_addressed"),
        ("victim", "victim_witness_needs_not_addressed"),
        ("code", "code_test_unreasoned"),
    ):
        if not labels[concern] and rng.random() < 0.15:
            headed.discard(key)
    # analysis
    if not weak:
        sections.append(Section("analysis", [Block(analysis_good(rng, case), "analysis")]))
    else:
        mode = pick(rng, ["omit", "bare", "bare", "bare", "restate", "restate", "restate_bare"])
        blocks = []
        if mode.startswith("restate"):
            blocks.append(Block(restatement(rng, case), "allegation"))
        if mode.endswith("bare"):
            blocks.append(Block([analysis_bare(rng, case)], "analysis_bare"))
        if blocks:
            sections.append(Section("analysis", blocks))
    # Code test
    pieces = code_parts(rng, case, bool(labels["code_test_unreasoned"]), rich=not weak)
    code_blocks = []
    for text, role in pieces:
        label = {"code_evidential": "evid", "code_public_interest": "pi"}.get(role)
        if role == "code_bare" and len(pieces) == 2:
            label = "evid" if text in EVID_BARE else "pi"
        code_blocks.append(Block([text], role, label=label))
    sections.append(Section("code", code_blocks))
    sections.append(Section("decision", [Block([decision_text(rng, case)], "decision")]))
    # strategy
    if not labels["no_case_strategy"]:
        actions, extra = strategy_good(rng, case)
        blocks = [Block(actions, "strategy", "numbered")]
        if extra:
            stop = case.decision in ("discontinue", "offer_no_evidence")
            blocks.insert(1 if stop else rng.randint(0, 1), Block(extra, "strategy"))
        sections.append(Section("strategy", blocks))
    elif rng.random() < 0.8:
        sections.append(Section("strategy", [Block([strategy_bare(rng, case)], "strategy_bare")]))
    # disclosure
    if not labels["disclosure_not_addressed"]:
        sections.append(Section("disclosure", [Block(disclosure_good(rng, case), "disclosure")]))
    elif rng.random() < 0.8:
        sections.append(
            Section(
                "disclosure",
                [Block([disclosure_bare(rng, case, "disclosure" in headed)], "disclosure_bare")],
            )
        )
    # victims and witnesses
    if not labels["victim_witness_needs_not_addressed"]:
        sections.append(Section("victim", [Block(victim_good(rng, case), "victim_needs")]))
    elif rng.random() < 0.8:
        sections.append(Section("victim", [Block([victim_bare(rng, case, "victim" in headed)], "victim_needs_bare")]))
    return order_sections(rng, sections)


def police_request(rng: random.Random, case: Case) -> str:
    return case.f(
        pick(
            rng,
            [
                "The OIC requests a charging decision on {name} ({bail_lower}).",
                "Police request: advice on charge ({abbr}). Status: {bail_status}.",
                "File submitted by {OICn} on {stmt_date} seeking a charging decision.",
                "The file was submitted for a decision on {name}. Status: {bail_lower}.",
            ]
            if case.pre
            else [
                "The case is listed at {cc} for trial on {trial_date}; {D} is {bail_lower}.",
                "Current position: {D} is {bail_lower}; the next hearing is on {next_hearing}.",
                "This review was triggered by {review_trigger}.",
            ],
        )
    )


def interview_detail(rng: random.Random, case: Case) -> list[str]:
    """A fuller account of the interview, restated without assessment."""
    out = [
        pick(
            rng,
            [
                "{D} was interviewed on {arrest_date} with {sol} present; the interview lasted about {mins} minutes.",
                "Interview ({arrest_date}, {mins} mins, {sol} present).",
                "{D} was interviewed under caution on {arrest_date}.",
            ],
        )
    ]
    if case.interview == "no_comment":
        out.append(
            pick(
                rng,
                [
                    "{D} was asked about the account given by {PW}, the evidence of {W1} and "
                    "the exhibits. {D} made no comment to each question.",
                    "Each of the key points was put; the reply each time was 'no comment'.",
                    "Asked whether {d_sub} was {place}, {D} replied 'no comment'.",
                ],
            )
        )
    else:
        account = pick(rng, issue_accounts(case))
        out.append(case.f(account) + ".")
        out.append(
            pick(
                rng,
                [
                    "Asked why {PW} would say otherwise, {D} said {d_sub} did not know.",
                    "{D} was asked about {detail} and said {d_sub} could not remember.",
                    "{D} said {d_sub} had not spoken to anyone about it since.",
                    "{D} accepted that {d_sub} knows {V} but said they had not spoken for weeks.",
                ],
            )
        )
    return [case.f(t) for t in out]


def witness_summaries(rng: random.Random, case: Case) -> list[str]:
    """What each witness and exhibit says, listed (restatement, not assessment)."""
    lines = [
        pick(
            rng,
            [
                "{PWn} ({pw_role}): says that {D} {act}.",
                "{PW} - statement: describes how {D} {act}.",
                "{PWn}: gives an account that {D} {act}.",
            ],
        )
    ]
    summaries = {
        "w_statement": "{W1n} ({w1_role}): saw {w_saw}; describes {V} as {feeling}.",
        "cctv": "CCTV ({cctv_loc}): shows {cctv_shows}; clip from {clip}.",
        "bwv": "BWV ({PCn}): arrival at {time}; shows {bwv_shows}.",
        "call_999": "999 call ({time}): caller reports an incident {place}.",
        "medical": "{medical_desc}: {injury}.",
        "photos": "Photographs: {injury}.",
        "forensic": "Forensic: {forensic_desc}.",
        "phone": "Phone ({phone_whose}): {phone_shows}.",
        "id_procedure": "VIPER ({viper_date}): {W1} identified {D}.",
        "recovered": "Search: {recovered_items} recovered.",
        "anpr": "ANPR: {D}'s vehicle recorded on {street2}.",
        "bank": "Bank records: {n_tx} transactions, total {amount}, over {period}.",
        "expert_drugs": "Drugs expert (DC {expert}): quantity and packaging described.",
        "rti": "Collision investigator (PC {expert}): speed estimate {speed_low}-{speed} mph.",
    }
    lines += [summaries[k] for k in case.evidence]
    lines.append(
        pick(
            rng,
            [
                "{PCn}: attended, took the first account and arrested {D}.",
                "{OICn}: continuity of exhibits.",
                "Custody record: arrest {arrest_date}.",
            ],
        )
    )
    bullet = pick(rng, ["- ", "* ", "", "\u2022 "])
    case.ctx.setdefault("feeling", pick(rng, ["upset", "shaking", "in shock", "distressed"]))
    return [bullet + case.f(line) for line in lines]


def pnc_text(rng: random.Random, case: Case) -> str:
    if not pcs(case):
        return case.f(
            pick(
                rng,
                [
                    "PNC: {D} has no previous convictions or cautions.",
                    "{D} is of good character (PNC checked {rev_date}).",
                ],
            )
        )
    return case.f(
        pick(
            rng,
            [
                "PNC: {D} has {n_pcs} convictions from {n_occ} occasions, including {pc_type}; most recent {pc_year}.",
                "Antecedents: {n_pcs} previous convictions ({pc_type}), last in {pc_year}.",
            ],
        )
    )


def order_sections(rng: random.Random, sections: list[Section]) -> list[Section]:
    """Facts and evidence first; decision first or last; the rest in a mostly conventional order."""
    by_key = {s.key: s for s in sections}
    head = [k for k in ("facts", "history", "evidence") if k in by_key]
    if rng.random() < 0.15 and "evidence" in head:
        head.remove("evidence")
        head.insert(0, "evidence")
    middle = [k for k in ("analysis", "code", "strategy", "disclosure", "victim") if k in by_key]
    for _ in range(rng.randint(0, 2)):
        i = rng.randrange(len(middle))
        j = min(len(middle) - 1, i + 1)
        middle[i], middle[j] = middle[j], middle[i]
    where = rng.random()
    if where < 0.45:
        order = ["decision", *head, *middle]
    elif where < 0.75:
        pos = middle.index("code") + 1 if "code" in middle else 0
        order = [*head, *middle[:pos], "decision", *middle[pos:]]
    else:
        order = [*head, *middle, "decision"]
    return [by_key[k] for k in order if k in by_key]


@dataclass
class Writer:
    """Adds text to a DocBuilder with the draft's surface habits (typos, CRLF, doubled spaces)."""

    rng: random.Random
    builder: DocBuilder
    style: str
    newline: str = "\n"
    typo_rate: float = 0.0
    double_space: bool = False
    notes: bool = False
    started: bool = False

    def sep(self, gap: int = 2) -> None:
        if self.started:
            self.builder.add(self.newline * gap)

    def add(self, text: str, role: str | None) -> None:
        if self.notes and role not in ("heading", None):
            text = abbreviate(self.rng, text)
        text = cap(text)
        if self.typo_rate and role != "heading":
            text = add_typos(self.rng, text, self.typo_rate)
        if self.double_space:
            text = text.replace(". ", ".  ")
        text = text.replace("\n", self.newline)
        self.builder.add(text, role)
        self.started = True


def heading_text(rng: random.Random, key: str, case: Case, fmt: int, number: int) -> str:
    name = pick(
        rng,
        HEADINGS["decision_pre" if key == "decision" and case.pre else "decision_post" if key == "decision" else key],
    )
    if fmt == 1:
        return name.upper()
    if fmt == 2:
        return name + ":"
    if fmt == 3:
        return f"{number}. {name}"
    return name


_LABEL = re.compile(
    r"^(?:Decision|Outcome of review|Outcome|Review outcome|Advice|CHARGING DECISION|"
    r"Public interest|Evidential stage|Evidential|Full Code Test decision|Evidence|"
    r"Material submitted|Brief facts)\s*[:-]\s*"
)


def strip_label(text: str) -> str:
    """Drop a leading 'Decision:'-style label where the section already has a heading."""
    stripped = _LABEL.sub("", text)
    return stripped[0].upper() + stripped[1:] if stripped else text


def render_block(rng: random.Random, w: Writer, block: Block, para_split: bool = True) -> None:
    """Write one block: a paragraph (sometimes split in two), lines, or a numbered list."""
    sents = block.sentences
    if block.kind == "numbered":
        marker = rng.randint(0, 3)
        lines = [
            (f"{i}. " if marker == 0 else f"({chr(96 + i)}) " if marker == 1 else "- " if marker == 2 else f"{i}) ") + s
            for i, s in enumerate(sents, 1)
        ]
        w.add("\n".join(lines), block.role)
        return
    if block.kind == "lines":
        w.add("\n".join(sents), block.role)
        return
    if para_split and len(sents) >= 4 and rng.random() < 0.5:
        cut = rng.randint(2, len(sents) - 2)
        w.add(" ".join(sents[:cut]), block.role)
        w.sep(2 if rng.random() < 0.8 else 1)
        w.add(" ".join(sents[cut:]), block.role)
        return
    w.add(" ".join(sents), block.role)


def render_header(rng: random.Random, w: Writer, case: Case) -> None:
    c = case
    if w.style == "notes":
        lines = [
            pick(
                rng,
                ["PCD - {cat_up} - {abbr}", "{abbr} - {DS}", "MG3 note", "{review_title}"]
                if case.pre
                else ["{review_title} - {DS}", "{review_title}", "R v {Ds} - {abbr}"],
            ),
            pick(
                rng,
                [
                    "D: {DS} ({Dage}). V: {Vn} ({v_role}).",
                    "D {DS} ({Dage}); V {Vn}.",
                    "URN {urn}. D: {DS}.",
                ],
            ),
        ]
        w.add(c.f("\n".join(lines[: rng.randint(1, 2)])), "other")
        return
    if w.style == "prose":
        if rng.random() < 0.6:
            w.add(
                c.f(
                    pick(
                        rng,
                        [
                            "R v {Dn} - {review_title}",
                            "{review_title}: {Dn} ({Dage}) - {name}",
                            "URN {urn} - {Dn}",
                            "{review_title} - R v {Dn} ({abbr})",
                        ],
                    )
                ),
                "other",
            )
            w.sep()
        w.add(
            c.f(
                pick(
                    rng,
                    [
                        "I have reviewed the file submitted by {OIC} on {rev_date}.",
                        "I have considered the full file, including the key statements and the exhibits listed below.",
                        "The police seek advice on whether {Dn} should be charged with {name}.",
                        "I have read the papers and viewed the footage.",
                        "Request for a charging decision from {OIC}.",
                    ]
                    if case.pre
                    else [
                        "This is a {review_lower} of the case against {Dn} ({Dage}).",
                        "I have reviewed the case following {review_trigger}.",
                        "Review of the file against {Dn}, charged with {name}.",
                        "I have re-read the full file for this review.",
                    ],
                )
            ),
            "other",
        )
        return
    title = (
        pick(
            rng,
            [
                "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION",
                "Pre-charge decision (MG3)",
                "CHARGING ADVICE",
                "MG3 - Charging advice",
                "Pre-charge advice",
            ],
        )
        if case.pre
        else pick(rng, ["{review_title}", "R v {DS} - {review_title}", "{review_title_up}"])
    )
    meta = [
        "URN: {urn}",
        "Suspect: {DS} ({Dage})" if case.pre else "Defendant: {DS} ({Dage})",
        "Offence(s) considered: {name}" if case.pre else "Charge: {name}",
        "OIC: {OICn}",
        "Date of review: {rev_date}",
        "Court: {cc}" if not case.pre else "Custody/bail: {bail_status}",
    ]
    lines = [title, *some(rng, meta, rng.randint(1, 4))]
    w.add(c.f("\n".join(lines)), "other")


def render_footer(rng: random.Random, w: Writer, case: Case) -> None:
    if rng.random() < 0.45:
        w.sep()
        w.add(
            case.f(
                pick(
                    rng,
                    [
                        "Reviewing lawyer: {lawyer}, {rev_date}",
                        "{lawyer}\nSenior Crown Prosecutor",
                        "Reviewed by {lawyer} ({rev_date})",
                        "{lawyer} - CPS {town}",
                        "{lawyer}, Crown Prosecutor, {rev_date}",
                    ],
                )
            ),
            "other",
        )


def render(rng: random.Random, case: Case, sections: list[Section], w: Writer, headed: set[str]) -> None:
    """Write the sections in the draft's style."""
    fmt = rng.randint(0, 3)
    number = 0
    render_header(rng, w, case)
    for sec in sections:
        if not sec.blocks:
            continue
        if w.notes:
            for block in sec.blocks:
                if block.kind == "para" and len(block.sentences) > 1 and rng.random() < 0.7:
                    block.sentences = ["- " + t for t in block.sentences]
                    block.kind = "lines"
        has_heading = sec.key in headed
        w.sep(2 if not w.notes or rng.random() < 0.4 else 1)
        if has_heading and w.notes:
            label = pick(
                rng,
                NOTE_LABELS[
                    "decision_pre"
                    if sec.key == "decision" and case.pre
                    else "decision_post"
                    if sec.key == "decision"
                    else sec.key
                ],
            )
            w.add(label, "heading")
            w.builder.add(" " if sec.blocks[0].kind == "para" else w.newline)
        elif has_heading:
            number += 1
            head = heading_text(rng, sec.key, case, fmt, number)
            short = len(sec.blocks) == 1 and len(" ".join(sec.blocks[0].sentences).split()) <= 16
            w.add(head if head.endswith(":") or not short else head + ":", "heading")
            w.builder.add(" " if short and rng.random() < 0.6 else w.newline)
        for i, block in enumerate(sec.blocks):
            if i:
                w.sep(1 if w.notes or rng.random() < 0.5 else 2)
            sub_written = False
            if block.label and (has_heading or w.notes) and rng.random() < 0.7:
                sub = pick(rng, NOTE_LABELS[block.label] if w.notes else HEADINGS[block.label])
                w.add(sub if sub.endswith(":") else sub + ":", "heading")
                w.builder.add(" " if rng.random() < 0.7 else w.newline)
                sub_written = True
            if sub_written or (has_heading and not block.label and i == 0):
                block.sentences[0] = strip_label(block.sentences[0])
            render_block(rng, w, block, para_split=w.style != "notes")
    render_footer(rng, w, case)


def choose_headed(rng: random.Random, style: str, labels: dict[str, int]) -> set[str]:
    """Which sections get a heading. Independent of the labels by design."""
    keys = [
        "facts",
        "history",
        "evidence",
        "analysis",
        "code",
        "decision",
        "strategy",
        "disclosure",
        "victim",
    ]
    if style == "mg3":
        return {k for k in keys if rng.random() < (0.93 if k != "decision" else 0.7)}
    if style == "mixed":
        return {k for k in keys if rng.random() < 0.5}
    if style == "notes" and rng.random() < 0.5:
        return {k for k in keys if rng.random() < 0.8}
    return set()


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------

STYLES = [("mg3", 0.42), ("prose", 0.22), ("notes", 0.2), ("mixed", 0.16)]


def label_plan(n: int, rng: random.Random) -> list[tuple[str, dict[str, int]]]:
    """Doc types and labels: exactly FLAG_SHARE of each doc type flagged per concern, "
    "independently."""
    n_pre = round(n * PRE_SHARE)
    types = [PRE] * n_pre + [POST] * (n - n_pre)
    rng.shuffle(types)
    plan: list[dict[str, int]] = [{} for _ in range(n)]
    for doc_type in (PRE, POST):
        idx = [i for i, t in enumerate(types) if t == doc_type]
        for concern in CONCERNS:
            k = round(len(idx) * FLAG_SHARE)
            values = [1] * k + [0] * (len(idx) - k)
            rng.shuffle(values)
            for i, v in zip(idx, values, strict=True):
                plan[i][concern] = v
    return [(t, {c: plan[i][c] for c in CONCERNS}) for i, t in enumerate(types)]


def surface_ctx(rng: random.Random, case: Case) -> None:
    case.ctx["bail_lower"] = lower_first(case.ctx["bail_status"])
    title = (
        pick(rng, REVIEW_TITLES[case.review_kind])
        if not case.pre
        else pick(rng, ["Pre-charge review", "Charging advice", "MG3"])
    )
    trigger = {
        "pre": "the request for advice",
        "initial": "charge, ahead of the first hearing",
        "dcs": "service of the defence case statement",
        "new_evidence": "receipt of new material",
        "pretrial": "the listing of the trial",
    }[case.review_kind]
    start = case.inc - timedelta(days=rng.randint(120, 700))
    case.ctx.update(review_trigger=trigger, period_start=fmt_date(start, case.date_style))
    case.ctx.update(
        review_title=title,
        review_title_up=title.upper(),
        review_lower=title.lower(),
        name=case.off["name"],
        abbr=case.off["abbr"],
        cat_up=case.off["cat"].upper().replace("_", " "),
    )


FILLERS = ["long_facts", "request", "interview", "history", "evidence", "summaries", "pnc"]


def generate_review(rng: random.Random, doc_id: str, doc_type: str, labels: dict[str, int]) -> dict[str, Any]:
    """One labelled review. A target length is drawn independently of the labels and several drafts
    (different verbosity and label-neutral padding) are tried; the closest to the target is kept, so
    that length says nothing about the labels."""
    target = min(980.0, max(110.0, rng.gauss(440, 170)))
    weak = labels["weak_case_analysis"]
    case = build_case(rng, doc_type, labels)
    extra_slots(rng, case)
    surface_ctx(rng, case)
    style = weighted(rng, STYLES)
    headed = choose_headed(rng, style, labels)
    newline = "\r\n" if rng.random() < 0.07 else "\n"
    typo_rate = rng.choice([0.0, 0.0, 0.008, 0.015])
    double_space = rng.random() < 0.08
    best: tuple[float, dict[str, Any]] | None = None
    for _ in range(12):
        case.ctx.pop("history_told", None)
        case.size = rng.choice([0, 1, 2])
        fill_p = rng.choice([0.1, 0.35, 0.65, 0.9])
        case.filler = {f for f in FILLERS if rng.random() < fill_p}
        if rng.random() < (0.6 if weak else 0.45):
            case.filler.add("long_facts")
        attempt_headed = set(headed)
        sections = build_sections(rng, case, labels, attempt_headed)
        writer = Writer(
            rng,
            DocBuilder(),
            style,
            newline=newline,
            typo_rate=typo_rate,
            double_space=double_space,
            notes=style == "notes",
        )
        render(rng, case, sections, writer, attempt_headed)
        words = len(writer.builder.text.split())
        if not 100 <= words <= 1000:
            continue
        record = writer.builder.record(
            doc_id,
            doc_type,
            labels,
            source="generator",
            decision=case.decision,
            case_category=case.off["cat"],
        )
        gap = abs(words - target)
        if best is None or gap < best[0]:
            best = (gap, record)
        if gap < 30:
            break
    assert best is not None, doc_id
    return best[1]


def generate_reviews(n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` labelled reviews, deterministic for a given ``seed``."""
    rng = random.Random(seed)
    plan = label_plan(n, rng)
    records = []
    for i, (doc_type, labels) in enumerate(plan, 1):
        doc_rng = random.Random(rng.getrandbits(64))
        records.append(generate_review(doc_rng, f"gen-rev-{i:06d}", doc_type, labels))
    validate(records)
    return records


def balance(records: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Share of drafts flagged per concern, per doc type."""
    out: dict[str, dict[str, float]] = {}
    for doc_type in (PRE, POST):
        docs = [r for r in records if r["doc_type"] == doc_type]
        if docs:
            out[doc_type] = {c: sum(r["labels"][c] for r in docs) / len(docs) for c in CONCERNS}
    return out


def validate(records: list[dict[str, Any]]) -> None:
    """Unique ids, complete labels, offsets inside the text, and the label balance of the brief."""
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in records:
        assert set(r["labels"]) == set(CONCERNS), r["id"]
        assert r["spans"] == [], r["id"]
        for part in r["parts"]:
            assert 0 <= part["start"] < part["end"] <= len(r["text"]), (r["id"], part)
    if len(records) >= 100:
        for doc_type, shares in balance(records).items():
            for concern, share in shares.items():
                assert share >= 0.25 and 1 - share >= 0.35, (doc_type, concern, share)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1800)
    parser.add_argument("--seed", type=int, default=2)
    parser.add_argument("-o", "--output", type=Path, default=Path("data/corpus/generated_reviews.jsonl"))
    args = parser.parse_args(argv)
    records = generate_reviews(args.n, args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts = Counter(r["doc_type"] for r in records)
    print(f"wrote {len(records)} reviews to {args.output}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for doc_type, shares in balance(records).items():
        print(f"{doc_type} (n={counts[doc_type]}): " + ", ".join(f"{c} {s:.0%}" for c, s in shares.items()))
    print("decisions:", dict(Counter(r["meta"]["decision"] for r in records)))
    print("categories:", dict(Counter(r["meta"]["case_category"] for r in records)))


if __name__ == "__main__":
    main()
