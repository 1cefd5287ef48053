# ruff: noqa: RUF001
"""Compositional generator of labelled VCL letters (letters to victims).

Each letter is built from a sampled case (offence, people, places, dates), a sampled decision
and an independent plan for the six letter concerns of ``shared/domain/concerns.md``:
``missing_reasons``, ``unexplained_jargon``, ``lacks_empathy``, ``missing_vrr``,
``missing_meeting_offer`` and ``template_residue``.

Parts come from phrase banks (module-level tuples). Phrase templates use ``str.format`` fields
filled from the case (``{S}`` the suspect, ``{vic_was}`` "you were" / "Amelia was", ...), and two
special kinds of field:

* ``{T:key}`` renders the legal term ``TERMS[key]`` bare (an ``unexplained_jargon`` span), with a
  plain-English gloss (role ``jargon_gloss``) or replaced by plain words, as the plan asks;
* a merge field may be a :class:`Slot` that prints a left-in placeholder (a ``template_residue``
  span) the first time it is used.

Rendered text carries inline markers (see ``_MARK_RE``) that :meth:`LetterWriter.emit` turns into
tracked spans and roles on a :class:`~data.generator.builder.DocBuilder`, so offsets are exact.
Labels are derived from what was actually emitted and checked against the plan.

Usage::

    python -m data.generator.letters --n 1800 --seed 1 -o data/corpus/generated_letters.jsonl
    python -m data.generator.letters --n 400 --seed 17 --stock-share 1.0 --prefix gen-vst \\
        -o data/corpus/generated_stock.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from data.generator.builder import DocBuilder, add_typos, pick

LETTER_CONCERNS = (
    "missing_reasons",
    "unexplained_jargon",
    "lacks_empathy",
    "missing_vrr",
    "missing_meeting_offer",
    "template_residue",
)
VRR_DECISIONS = frozenset(
    {"no_further_action", "discontinue", "offer_no_evidence", "leave_on_file"}
)
MEETING_CATEGORIES = frozenset({"death", "sexual_offence", "child_abuse", "hate_crime"})
STOP_DECISIONS = VRR_DECISIONS
CHARGED_DECISIONS = frozenset(
    {"discontinue", "offer_no_evidence", "leave_on_file", "reduce_charge", "accept_plea_lesser"}
)
ALTER_DECISIONS = frozenset({"reduce_charge", "accept_plea_lesser"})

# --------------------------------------------------------------------------------------------
# Inline markers: J = bare jargon term (span), G = gloss (role jargon_gloss), R = residue (span)
# --------------------------------------------------------------------------------------------

_OPEN, _CLOSE = "\u27e6", "\u27e7"
_MARK_RE = re.compile("\u27e6([JGR])\\|(.*?)\u27e7", re.S)


def _mark(kind: str, text: str) -> str:
    return f"{_OPEN}{kind}|{text}{_CLOSE}"


def _strip_marks(text: str) -> str:
    return _MARK_RE.sub(lambda m: m.group(2), text)


# --------------------------------------------------------------------------------------------
# People and places (names of many backgrounds; towns, forces and streets are invented)
# --------------------------------------------------------------------------------------------

# background: (male first names, female first names, surnames as (male form, female form))
NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]] = {
    "british": (
        ("James", "Daniel", "Thomas", "Liam", "Connor", "Ryan", "Gareth", "Rhys", "Callum",
         "Jamie", "Stephen", "Paul", "Craig", "Lewis", "Ben", "Owen", "Mark", "Dean", "Kieran",
         "Nathan", "Aaron", "Scott", "Ewan", "Dylan", "Graham", "Shaun", "Luke", "Alan", "Kevin",
         "Iwan", "Declan", "Jordan", "Harry", "George"),
        ("Sarah", "Emma", "Laura", "Rebecca", "Chloe", "Megan", "Sian", "Rhiannon", "Kirsty",
         "Hannah", "Jodie", "Lauren", "Gemma", "Claire", "Amy", "Nicola", "Charlotte", "Katie",
         "Siobhan", "Eilidh", "Holly", "Leanne", "Joanne", "Bethan", "Carol", "Susan", "Tracey",
         "Natalie", "Abigail", "Ffion", "Niamh", "Lucy", "Ellie", "Margaret"),
        tuple((s, s) for s in (
            "Smith", "Jones", "Williams", "Taylor", "Davies", "Evans", "Roberts", "Hughes",
            "Walker", "Wright", "Robinson", "Thompson", "White", "Hall", "Green", "Clarke",
            "Lewis", "Harris", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
            "Morris", "Moore", "Baker", "Price", "Bennett", "Griffiths", "Pritchard", "Campbell",
            "Stewart", "MacDonald", "Fraser", "Reid", "Murphy", "O'Brien", "Byrne", "Doyle",
            "Kennedy", "McCarthy", "Quinn", "Gallagher", "Fletcher", "Holt", "Pearson", "Barker",
            "Marsh", "Fenwick", "Armstrong", "Lloyd", "Rees", "Llewellyn", "Crossley", "Whitaker",
            "Atherton", "Bramley", "Donnelly", "McLeod", "Sutcliffe", "Pryce", "Hargreaves")),
    ),
    "south_asian": (
        ("Mohammed", "Imran", "Amir", "Bilal", "Hamza", "Arjun", "Rohan", "Sanjay", "Vikram",
         "Harjit", "Gurpreet", "Kamran", "Adil", "Zain", "Rajesh", "Nikhil", "Tariq", "Asif",
         "Faisal", "Jaswinder", "Ravi", "Yasir"),
        ("Aisha", "Fatima", "Amina", "Priya", "Anjali", "Sunita", "Harpreet", "Simran", "Nazia",
         "Saima", "Ruksana", "Zara", "Nisha", "Kiran", "Shabana", "Mehreen", "Parveen", "Deepa",
         "Sana", "Jasleen", "Rekha", "Hafsa"),
        tuple((s, s) for s in (
            "Khan", "Ahmed", "Hussain", "Ali", "Patel", "Shah", "Iqbal", "Rahman", "Chowdhury",
            "Mahmood", "Akhtar", "Singh", "Sandhu", "Gill", "Bains", "Mistry", "Joshi", "Sharma",
            "Malik", "Aslam", "Qureshi", "Siddiqui", "Bhatti", "Dhillon", "Kapoor", "Uddin")),
    ),
    "black": (
        ("Chinedu", "Emeka", "Kwame", "Kofi", "Tunde", "Olu", "Jermaine", "Tyrone", "Marcus",
         "Delroy", "Abdi", "Mohamed", "Yusuf", "Samuel", "Joel", "Isaac", "Femi", "Segun",
         "Kojo", "Andre", "Winston", "Ibrahim"),
        ("Ngozi", "Chioma", "Adaeze", "Abena", "Ama", "Folake", "Yetunde", "Shanice", "Kezia",
         "Marcia", "Hodan", "Fadumo", "Grace", "Blessing", "Precious", "Tanisha", "Funmi", "Nia",
         "Esi", "Janelle", "Sade", "Amara"),
        tuple((s, s) for s in (
            "Okafor", "Okonkwo", "Adeyemi", "Adebayo", "Mensah", "Osei", "Boateng", "Asante",
            "Nwosu", "Igwe", "Francis", "Grant", "Abdi", "Farah", "Hassan", "Warsame",
            "Ogunleye", "Bello", "Agyeman", "Richards", "Henry", "Campbell", "Clarke", "Brown",
            "Williams", "Oduya", "Mbeki", "Kamara", "Sesay", "Adjei")),
    ),
    "east_asian": (
        ("Wei", "Jun", "Hao", "Minh", "Duc", "Kenji", "Daniel", "Tom", "Kevin", "Long"),
        ("Mei", "Li", "Lan", "Hoa", "Yuki", "Grace", "Jenny", "Linh", "Xin", "Annie"),
        tuple((s, s) for s in (
            "Chen", "Wong", "Li", "Zhang", "Lee", "Nguyen", "Tran", "Pham", "Lam", "Cheung",
            "Ho", "Tanaka", "Liu", "Yeung")),
    ),
    "east_european": (
        ("Piotr", "Tomasz", "Marek", "Andrei", "Mihai", "Lukas", "Jakub", "Dawid", "Bogdan",
         "Vasile", "Karol", "Arturs", "Oleksandr", "Darius"),
        ("Agnieszka", "Katarzyna", "Magdalena", "Ioana", "Elena", "Monika", "Alina", "Natalia",
         "Zuzana", "Ewa", "Olga", "Irina", "Justyna", "Daria"),
        (("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
         ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Popescu", "Popescu"),
         ("Ionescu", "Ionescu"), ("Horváth", "Horváth"), ("Petrov", "Petrova"),
         ("Kaczmarek", "Kaczmarek"), ("Kazlauskas", "Kazlauskienė"), ("Bondarenko", "Bondarenko"),
         ("Dumitru", "Dumitru"), ("Novák", "Nováková")),
    ),
    "other": (
        ("Mehmet", "Emre", "Nikos", "Andreas", "João", "Rui", "Omar", "Karim", "Reza", "Tiago",
         "Hassan", "Yiannis"),
        ("Elif", "Ayşe", "Eleni", "Maria", "Ana", "Layla", "Yasmin", "Shirin", "Beatriz",
         "Despina", "Noor", "Leila"),
        tuple((s, s) for s in (
            "Yilmaz", "Demir", "Kaya", "Georgiou", "Papadopoulos", "Santos", "Fernandes",
            "da Silva", "Costa", "Haddad", "Mansour", "Rostami", "Karimi", "Hosseini",
            "Christodoulou", "Öztürk", "Pereira")),
    ),
}
NAME_WEIGHTS = {"british": 55, "south_asian": 15, "black": 12, "east_asian": 4,
                "east_european": 8, "other": 6}

TOWNS = (
    "Ashcombe", "Millbrook", "Hatherley", "Wrexford", "Caldermoor", "Brinsley", "Kelham Bridge",
    "Thornbury Heath", "Easterby", "Morwick", "Galbridge", "Penhallow", "Stanbury", "Oakhurst",
    "Redford", "Lowther Green", "Barrowfield", "Elmsworth", "Dunmere", "Castleton Vale",
    "Harrowby", "Westerleigh", "Fenbury", "Gorsey Bank", "Radleigh", "Sutton Ashby", "Kingsmere",
    "Holbrook Cross", "Marlow Down", "Cwm Tirion", "Llanfair Isaf", "Brackley Moor",
    "Northam Quay", "Pelham St Mary", "Ravensworth", "Tollbridge", "Amberley Fields", "Saltmarsh",
    "Whitcombe", "Yarrowby", "Bryn Celyn", "Hollinsford",
)
COUNTIES = ("Wexmoor", "Northmarsh", "Ravensdale", "Ashmoor", "Severnvale", "Calderwick",
            "Eastmere", "Downland", "Glanmor", "Hollandshire")
STREETS = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
    "Queen Street", "Chapel Street", "Albert Road", "Market Place", "The Parade", "Orchard Way",
    "Beech Grove", "Larch Close", "Kingsway", "Canal Street", "Bridge Street", "Union Street",
    "Windsor Terrace", "Hollins Road", "Tannery Lane", "Foundry Street", "Heol y Felin",
    "St Mark's Road", "Cromwell Street", "Ferry Road", "Abbey Walk", "Goods Yard Lane",
)
PUB_NAMES = ("the Red Lion", "the Crown and Anchor", "the Wheatsheaf", "the Royal Oak",
             "the Swan", "the Railway Tavern", "the Plough", "the Black Horse", "the Feathers")
CLUBS = ("Envy nightclub", "the Pulse nightclub", "the Vaults bar", "Club Neon", "the Loft bar")
AREAS = (
    ("CPS Wessex", "wessex"), ("CPS North West", "northwest"), ("CPS Thames and Chiltern",
    "thameschiltern"), ("CPS London South", "londonsouth"), ("CPS London North",
    "londonnorth"), ("CPS Yorkshire and Humberside", "yorkshire"), ("CPS East Midlands",
    "eastmidlands"), ("CPS West Midlands", "westmidlands"), ("CPS Cymru-Wales", "cymruwales"),
    ("CPS South East", "southeast"), ("CPS East of England", "eastofengland"),
    ("CPS North East", "northeast"), ("CPS Mersey-Cheshire", "merseycheshire"),
    ("CPS South West", "southwest"),
)
UNITS = ("Victim Liaison Unit", "Magistrates' Court Unit", "Crown Court Unit",
         "Rape and Serious Sexual Offences Unit", "Complex Casework Unit", "Casework Hub")
BUILDINGS = ("Kestrel House", "Albion Court", "Riverside Chambers", "Lanyon House",
             "Wellington Place", "Priory House", "The Exchange", "Meridian Point",
             "Tŷ Gwyn", "Sovereign House", "Clarendon Court")
PROSECUTOR_TITLES = (
    "Crown Prosecutor", "Senior Crown Prosecutor", "Senior Crown Prosecutor",
    "Senior Specialist Prosecutor", "District Crown Prosecutor", "Deputy Chief Crown Prosecutor",
    "Senior District Crown Prosecutor", "Crown Advocate", "Specialist Prosecutor",
)
RANKS = ("DC", "DC", "PC", "DS", "Detective Constable", "Police Constable", "Detective Sergeant")
PLATFORMS = ("Instagram", "Facebook", "Snapchat", "TikTok", "WhatsApp", "X (formerly Twitter)")
HOSPITAL_FORMS = ("{t} General Hospital", "the Royal {t} Infirmary", "{t} University Hospital",
                  "{t} Community Hospital")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# --------------------------------------------------------------------------------------------
# Legal terms and abbreviations a victim would not know.
# term: the bare form (a span when left unexplained); paren: a gloss that fits in brackets or
# after a dash; expl: a gloss sentence that can follow the sentence using the term; plain: words
# that can replace the term in the same sentence.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    term: str
    paren: str
    expl: str
    plain: str


TERMS: dict[str, Term] = {
    "nfa": Term("NFA", "no further action, meaning that no one will be charged",
                "'NFA' stands for 'no further action': it means that no one will be charged.",
                "no further action"),
    "nfad": Term("NFA'd", "closed with no further action",
                 "This means it has been closed with no further action, so no one will be "
                 "charged.", "closed with no further action"),
    "s23": Term("discontinued under section 23", "formally stopped by the prosecution",
                "In other words, the prosecution has formally stopped the case.",
                "formally stopped"),
    "notice_disc": Term("notice of discontinuance",
                        "a formal notice telling the court that the case is being stopped",
                        "This is a formal notice telling the court and the defence that the "
                        "case has been stopped.", "formal notice that the case is being stopped"),
    "one": Term("offered no evidence", "told the court that we would not be continuing",
                "This means that we told the court we would not be presenting any evidence, so "
                "the case could not continue.", "told the court that we would not be continuing"),
    "acquittal": Term("formal acquittal", "a verdict of not guilty",
                      "This means the court has recorded a verdict of not guilty.",
                      "not guilty verdict"),
    "lie_on_file": Term("lie on file", "stay on the court record without going to trial",
                        "This means there will be no trial, but the charges are not dismissed: "
                        "they cannot be restarted without the court's permission.",
                        "stay on the court record without a trial"),
    "rpc": Term("realistic prospect of conviction",
                "that a court is more likely than not to find the person guilty",
                "(A realistic prospect of conviction means that a court is more likely than "
                "not to find the person guilty.)",
                "reasonable chance that a court would convict"),
    "fct": Term("Full Code Test", "the two-part test every prosecutor must apply",
                "This is the test every prosecutor must apply: is there enough evidence, and is "
                "a prosecution needed in the public interest?", "test that prosecutors must apply"),
    "evid_fct": Term("evidential stage of the Full Code Test",
                     "the part of the test that asks whether there is enough evidence for a "
                     "court to be likely to convict",
                     "That is the part of the test that asks whether there is enough evidence "
                     "for a court to be likely to convict.",
                     "requirement that there must be enough evidence to convict"),
    "pi_stage": Term("public interest stage",
                     "the part of the test that asks whether a prosecution is needed in the "
                     "public interest",
                     "That is the part of the test that asks whether a prosecution is needed in "
                     "the public interest.", "public interest part of the test"),
    "evidential_test": Term("evidential test", "whether there is enough evidence to convict",
                            "The evidential test asks whether there is enough evidence for a "
                            "court to be likely to convict.", "requirement for enough evidence"),
    "cpia": Term("CPIA", "the law on what the prosecution must share with the defence",
                 "(The CPIA is the law that says what material must be shared with the "
                 "defence.)", "law on sharing material with the defence"),
    "unused": Term("unused material",
                   "material gathered by the police that the prosecution does not rely on",
                   "That is material the police gathered which the prosecution does not rely on.",
                   "other material gathered by the police"),
    "abe": Term("ABE interview", "the video-recorded interview with specially trained officers",
                "This is the video-recorded interview with specially trained officers.",
                "video-recorded interview"),
    "bad_char": Term("bad character application",
                     "a request to let the jury hear about the suspect's past behaviour",
                     "That is a request to the court to let the jury hear about the suspect's "
                     "previous convictions or behaviour.",
                     "request to the court to hear about the suspect's past behaviour"),
    "hearsay": Term("hearsay application",
                    "a request to read a witness's statement without the witness attending",
                    "This is a request to the court to allow a statement to be read when the "
                    "witness does not attend.", "request to read the statement in court"),
    "s9": Term("s.9 statement", "a written statement that can be read to the court",
               "This is a written statement that can be read out in court.",
               "written statement"),
    "ptph": Term("PTPH", "the first hearing at the Crown Court",
                 "This is the first hearing at the Crown Court, where the defendant is asked to "
                 "plead.", "first hearing at the Crown Court"),
    "dcs": Term("DCS", "the defence statement setting out the defendant's case",
                "(The DCS is the document in which the defence set out the defendant's case.)",
                "defence statement"),
    "rasso": Term("RASSO", "rape and serious sexual offences",
                  "RASSO stands for rape and serious sexual offences.",
                  "rape and serious sexual offences"),
    "vrr": Term("VRR", "Victims' Right to Review", "VRR stands for Victims' Right to Review.",
                "Victims' Right to Review"),
    "idva": Term("IDVA", "Independent Domestic Violence Adviser",
                 "(An IDVA is an Independent Domestic Violence Adviser.)",
                 "domestic abuse adviser"),
    "isva": Term("ISVA", "Independent Sexual Violence Adviser",
                 "(An ISVA is an Independent Sexual Violence Adviser.)",
                 "sexual violence adviser"),
    "turnbull": Term("Turnbull", "the court's rules for testing identification evidence",
                     "These are the rules courts use to decide whether identification "
                     "evidence is reliable.", "court's"),
    "crimpr": Term("Crim PR", "the Criminal Procedure Rules, which govern how cases are run",
                   "These are the Criminal Procedure Rules, which set out how criminal cases "
                   "must be run.", "court rules"),
    "cps_direct": Term("CPS Direct", "the CPS out-of-hours charging service",
                       "This is the CPS service that gives charging advice out of hours.",
                       "the CPS out-of-hours charging service"),
    "mg3": Term("MG3", "the form on which the charging decision is recorded",
                "(The MG3 is the form on which the prosecutor records the decision.)",
                "charging decision form"),
    "oic": Term("OIC", "the officer in charge of the investigation",
                "(The OIC is the officer in charge of the investigation.)",
                "officer in charge of the investigation"),
    "bwv": Term("BWV", "body-worn video, filmed on the officers' cameras",
                "BWV is the video recorded on the officers' body cameras.",
                "body-worn camera"),
    "nolle": Term("nolle prosequi", "an order from the Attorney General stopping a case",
                  "This is an order from the Attorney General that stops a case.",
                  "formal order from the Attorney General stopping the case"),
    "bound_over": Term("bound over", "made to promise the court to keep the peace",
                       "This means promising the court to keep the peace, with a sum of money "
                       "at risk if the promise is broken.", "made to promise to keep the peace"),
    "s18": Term("s.18", "section 18: causing really serious harm with intent",
                "Section 18 is the offence of causing really serious harm with intent.",
                "causing grievous bodily harm with intent"),
    "s20": Term("s.20 GBH", "inflicting really serious harm, without the intent to do so",
                "This is inflicting really serious harm without intending to.",
                "inflicting grievous bodily harm"),
    "s47": Term("s.47 ABH", "assault causing an injury",
                "(ABH means an assault causing an injury, such as bruising or a cut.)",
                "assault occasioning actual bodily harm"),
    "s39": Term("s.39 common assault", "an assault causing no real injury",
                "This is an assault that causes no real injury.", "assault by beating"),
    "s4": Term("s.4 POA", "threatening behaviour that makes someone fear violence",
               "This is threatening behaviour that causes someone to fear violence.",
               "threatening behaviour"),
    "s5": Term("s.5 POA", "abusive behaviour likely to cause alarm or distress",
               "This is behaviour likely to cause harassment, alarm or distress.",
               "disorderly behaviour"),
    "s4a_pha": Term("s.4A PHA", "stalking involving fear of violence",
                    "This is the offence of stalking involving fear of violence.",
                    "stalking involving fear of violence"),
    "s2a": Term("s.2A PHA", "stalking", "This is the offence of stalking.", "stalking"),
    "s1rta": Term("s.1 RTA", "causing death by dangerous driving",
                  "This is the offence of causing death by dangerous driving.",
                  "causing death by dangerous driving"),
    "s2b": Term("s.2B RTA", "causing death by careless driving",
                "This is the offence of causing death by careless driving.",
                "causing death by careless driving"),
    "s29": Term("s.29 CDA", "the racially or religiously aggravated form of the offence",
                "This is the racially or religiously aggravated form of the offence.",
                "racially aggravated assault"),
    "s66": Term("s.66 uplift", "an increase in sentence because of hostility",
                "This means the judge can increase the sentence because of hostility.",
                "longer sentence for hostility"),
    "indictment": Term("indictment", "the formal list of charges at the Crown Court",
                       "This is the formal document listing the charges at the Crown Court.",
                       "list of charges"),
    "summary_only": Term("summary only", "only the magistrates' court can deal with it",
                         "This means only the magistrates' court can deal with it, and a case "
                         "must be started within six months.",
                         "one that only the magistrates' court can deal with"),
    "either_way": Term("either way", "it can be heard in either the magistrates' court or the "
                       "Crown Court", "That means it can be dealt with in either court.",
                       "one that can be heard in either court"),
    "committal": Term("committal", "sending the case up to the Crown Court",
                      "This means sending the case to the Crown Court.",
                      "transfer to the Crown Court"),
    "sine_die": Term("adjourned sine die", "adjourned with no date fixed",
                     "This means it was adjourned without a new date being fixed.",
                     "adjourned with no new date fixed"),
    "threshold": Term("Threshold Test", "a test used to charge early when more evidence is "
                      "expected", "This is a test used to charge someone early while more "
                      "evidence is gathered.", "early charging test"),
    "mg6c": Term("MG6C", "the police list of other material gathered in the investigation",
                 "(The MG6C is the police list of other material they gathered.)",
                 "police list of other material"),
    "s28": Term("section 28", "recording cross-examination before the trial",
                "This means the questioning is recorded before the trial.",
                "pre-recorded questioning"),
    "special_measures": Term("special measures", "help such as screens or a video link",
                             "These are arrangements such as screens or a video link to help "
                             "witnesses give evidence.", "help such as screens or a video link"),
    "res_gestae": Term("res gestae", "something said in the heat of the moment",
                       "This means words spoken in the heat of the moment, which a court can "
                       "sometimes hear even if the speaker does not give evidence.",
                       "evidence of what was said in the heat of the moment"),
    "newton": Term("Newton hearing", "a hearing where the judge decides disputed facts",
                   "That is a hearing where the judge decides disputed facts before sentence.",
                   "hearing to decide the disputed facts"),
    "basis_plea": Term("basis of plea", "the written account of what the defendant admits",
                       "This is the defendant's written account of what he or she admits.",
                       "account of what was admitted"),
    "ccp": Term("CCP", "the Chief Crown Prosecutor, the most senior prosecutor in the area",
                "(The CCP is the most senior prosecutor in the area.)",
                "Chief Crown Prosecutor"),
    "dpp": Term("DPP", "the Director of Public Prosecutions, the head of the CPS",
                "(The DPP is the head of the CPS.)", "Director of Public Prosecutions"),
    "mens_rea": Term("mens rea", "the state of mind the law requires, such as intention",
                     "This is the state of mind, such as intention, that the law requires.",
                     "necessary intention"),
    "pace": Term("PACE", "the Police and Criminal Evidence Act, which sets the rules for "
                 "interviews", "PACE is the law that sets the rules for police interviews.",
                 "the rules on police interviews"),
    "s78": Term("s.78 PACE", "the court's power to exclude unfair evidence",
                "This is the court's power to exclude evidence that would be unfair.",
                "the court's power to exclude unfair evidence"),
    "no_comment": Term("no comment interview", "an interview in which no questions were answered",
                       "This means that no questions were answered in the interview.",
                       "police interview without answering any questions"),
    "wcu": Term("WCU", "the Witness Care Unit", "(The WCU is the Witness Care Unit.)",
                "Witness Care Unit"),
    "vps": Term("VPS", "victim personal statement, telling the court how the crime affected you",
                "(A VPS is a statement telling the court how the crime has affected you.)",
                "victim personal statement"),
    "goodyear": Term("Goodyear indication", "an indication from the judge about sentence",
                     "That is when the judge indicates the maximum sentence on a guilty plea.",
                     "formal indication from the judge about sentence"),
    "fciu": Term("FCIU", "the police Forensic Collision Investigation Unit",
                 "(The FCIU is the police Forensic Collision Investigation Unit.)",
                 "police collision investigation team"),
    "rtc": Term("RTC", "road traffic collision", "RTC means road traffic collision.",
                "road traffic collision"),
    "sarc": Term("SARC", "sexual assault referral centre",
                 "(A SARC is a sexual assault referral centre.)",
                 "sexual assault referral centre"),
    "mg5": Term("MG5", "the police summary of the case",
                "(The MG5 is the police summary of the case.)", "police case summary"),
    "pcd": Term("PCD", "pre-charge decision", "PCD stands for pre-charge decision.",
                "charging decision"),
    "samm": Term("SAMM", "Support After Murder and Manslaughter",
                 "SAMM stands for Support After Murder and Manslaughter.",
                 "Support After Murder and Manslaughter"),
    "vlu": Term("VLU", "Victim Liaison Unit", "(The VLU is our Victim Liaison Unit.)",
                "Victim Liaison Unit"),
    "abuse_process": Term("abuse of process", "so unfair that it should be stopped",
                          "That means an argument that the case is so unfair it should be "
                          "stopped.", "unfair use of the court process"),
    "tic": Term("TICs", "other offences admitted and taken into account at sentence",
                "These are other offences admitted and taken into account at sentence.",
                "other offences taken into account"),
    "cjsm": Term("CJSM", "secure email", "(CJSM is a secure email system.)", "secure"),
    "counts": Term("count", "charge", "A count is one charge on the list of charges.", "charge"),
}

CORE_TERMS = frozenset({
    "nfa", "nfad", "s23", "one", "acquittal", "lie_on_file", "rpc", "fct", "evid_fct", "cpia",
    "abe", "bad_char", "s9", "ptph", "dcs", "rasso", "vrr", "idva", "isva", "turnbull",
    "hearsay", "bound_over", "oic", "bwv", "mg3", "indictment", "summary_only", "committal",
    "sine_die", "special_measures", "unused", "vps",
})

# Standalone sentences that each use one term (top-up for jargon letters; glossed hard
# negatives elsewhere). (term key, template, categories or None, decision group or None,
# reason-like: only where the letter has real reasons)
JARGON_SENTENCES: tuple[tuple[str, str, frozenset[str] | None, str | None, bool], ...] = (
    ("nfa", "The police have recorded the outcome as {T:nfa}.", None, "nfa", False),
    ("nfad", "The file has now been {T:nfad} and returned to the police.", None, "nfa", False),
    ("cpia", "All material in the case was reviewed in accordance with the {T:cpia}.",
     None, None, False),
    ("unused", "The {T:unused} was also considered before the decision was made.",
     None, None, False),
    ("abe", "I have watched {vic_poss} {T:abe} in full.",
     frozenset({"sexual_offence", "child_abuse"}), None, False),
    ("bad_char", "I also considered whether a {T:bad_char} could be made.", None, None, False),
    ("hearsay", "I considered whether a {T:hearsay} could be made.", None, "charged", False),
    ("s9", "The doctor who treated {vic_obj} has provided a {T:s9}.", frozenset(
        {"violence", "domestic_abuse", "hate_crime", "sexual_offence", "child_abuse", "death",
         "motoring"}), None, False),
    ("ptph", "At the {T:ptph} on {date2}, {S} pleaded not guilty.", None, "crown", False),
    ("dcs", "After the {T:dcs} was received, the police carried out further enquiries.",
     None, "charged", False),
    ("rasso", "The case has been reviewed by a specialist {T:rasso} prosecutor.",
     frozenset({"sexual_offence", "child_abuse"}), None, False),
    ("turnbull", "I have considered the identification evidence in the light of the "
     "{T:turnbull} guidelines.", None, None, True),
    ("crimpr", "The defence have been notified as required by the {T:crimpr}.", None,
     "charged", False),
    ("cps_direct", "The case was first considered by a lawyer at {T:cps_direct} on "
     "{report_date}.", None, None, False),
    ("mg3", "My reasons are recorded on the {T:mg3}, which has been sent to the police.",
     None, None, False),
    ("oic", "The {T:oic}, {oic}, has been told about this decision.", None, None, False),
    ("bwv", "I have viewed the {T:bwv} footage from the officers who attended.",
     None, None, False),
    ("nolle", "It was not necessary to ask for a {T:nolle}.", None, "crown", False),
    ("indictment", "The charge will now be removed from the {T:indictment}.", None, "crown",
     False),
    ("either_way", "The offence is {T:either_way}, and the magistrates decided the case should "
     "be heard at the Crown Court.", None, "crown", False),
    ("committal", "The case had been listed for {T:committal} on {date2}.", None, "charged",
     False),
    ("sine_die", "Before this decision, the case had been {T:sine_die}.", None, "charged", False),
    ("threshold", "{S} was charged under the {T:threshold} while further enquiries were made.",
     None, "charged", False),
    ("mg6c", "I have also reviewed the {T:mg6c} provided by the police.", None, None, False),
    ("s28", "An application for {T:s28} had been granted.",
     frozenset({"sexual_offence", "child_abuse"}), "charged", False),
    ("special_measures", "{Vic_had} been granted {T:special_measures} for the trial.",
     None, "charged", False),
    ("res_gestae", "I considered whether the 999 call could be admitted as {T:res_gestae}.",
     frozenset({"domestic_abuse", "violence", "hate_crime"}), None, False),
    ("newton", "A {T:newton} will not be needed.", None, "plea", False),
    ("basis_plea", "The {T:basis_plea} was accepted after careful consideration.",
     None, "plea", False),
    ("ccp", "This decision has been approved by the {T:ccp}.", None, None, False),
    ("dpp", "The decision is in line with the {T:dpp}'s guidance on cases of this kind.",
     None, None, False),
    ("mens_rea", "We could not prove the {T:mens_rea} for the more serious offence.",
     None, "alter", True),
    ("pace", "{S} was interviewed under caution in accordance with {T:pace}.",
     None, None, False),
    ("s78", "The defence had applied to exclude part of the evidence under {T:s78}.",
     None, "charged", False),
    ("no_comment", "{S} gave a {T:no_comment}.", None, None, False),
    ("wcu", "The {T:wcu} will keep you informed of any hearing dates.", None, "alter", False),
    ("vps", "Your {T:vps} will be put before the court.", None, "alter", False),
    ("goodyear", "Following a {T:goodyear}, {S} changed {his_S} plea.", None, "plea", False),
    ("fciu", "I have read the {T:fciu} report in full.", frozenset({"death_road", "motoring"}),
     None, False),
    ("rtc", "I have considered all of the evidence gathered after the {T:rtc} on {inc_date}.",
     frozenset({"death_road", "motoring"}), None, False),
    ("sarc", "The samples taken at the {T:sarc} have been examined.",
     frozenset({"sexual_offence"}), None, False),
    ("mg5", "I have read the {T:mg5} and all of the witness statements.", None, None, False),
    ("pcd", "The {T:pcd} was made on {decision_date}.", None, "nfa", False),
    ("abuse_process", "The defence had argued that the case was an {T:abuse_process}.",
     None, "charged", False),
    ("tic", "{S} also asked for two other offences to be dealt with as {T:tic}.",
     None, "plea", False),
    ("cjsm", "A copy of this letter has been sent to the police by {T:cjsm} email.",
     None, None, False),
    ("counts", "The remaining {T:counts} will not be pursued.", None, "alter", False),
    ("evidential_test", "In short, the {T:evidential_test} is not met.", None, "stop", False),
    ("rpc", "I do not consider that there is a {T:rpc}.", None, "stop", False),
    ("fct", "The case has been reviewed against the {T:fct}.", None, None, False),
    ("evid_fct", "The case has been kept under review against the {T:evid_fct}.", None,
     "charged", False),
    ("acquittal", "The court has now recorded a {T:acquittal}.", None, "one", False),
    ("bound_over", "At the same hearing, {S} was {T:bound_over} for twelve months.",
     frozenset({"domestic_abuse", "public_order", "harassment_stalking", "violence"}), "one",
     False),
    ("vrr", "A leaflet explaining {T:vrr} is enclosed.", None, "stop", False),
    ("idva", "Your {T:idva} has been kept informed throughout.",
     frozenset({"domestic_abuse"}), None, False),
    ("isva", "Your {T:isva} has been told about this decision.",
     frozenset({"sexual_offence", "child_abuse"}), None, False),
    ("s47", "The case was first charged as {T:s47}.", frozenset({"violence", "domestic_abuse"}),
     "charged", False),
    ("summary_only", "The offence is {T:summary_only}.", None, "nfa", False),
    ("hearsay", "A {T:hearsay} was considered for the statement of {W}.", None, "one", False),
)

# --------------------------------------------------------------------------------------------
# Offences. ``incident`` sentences show the offence (role case_type); ``stop`` lists the reason
# kinds (keys of REASONS) that fit a decision to stop; ``alters`` the lesser charges a case can
# be reduced to, or a plea to which can be accepted, with the reasons that explain it.
# who: direct (letter to the victim), parent (to a parent about a child), bereaved (to the
# family of someone who died), historic (to an adult about abuse in childhood).
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Alter:
    lesser: str
    reasons: tuple[str, ...]
    abbr: str | None = None
    max_sentence: str = "five years' imprisonment"


@dataclass(frozen=True)
class Offence:
    key: str
    category: str
    name: str
    incident: tuple[str, ...]
    stop: tuple[str, ...]
    alters: tuple[Alter, ...] = ()
    abbr: str | None = None
    who: str = "direct"
    what: str = "what happened to you on {inc_date}"
    extra: dict[str, str] = field(default_factory=dict)
    summary_only: bool = False
    weight: float = 1.0


OFFENCES: tuple[Offence, ...] = (
    # ---------------------------------------------------------------- death
    Offence(
        "death_dangerous", "death", "causing death by dangerous driving",
        ("{D_full} died on {inc_date} after being struck by a car driven by {S} on {road}, "
         "{town}.",
         "On {inc_date}, {D_rel}, {D_full}, was hit by a van driven by {S} at the junction of "
         "{road} and {street}, and died at the scene.",
         "{D_full} was killed on {inc_date} when {he_D} was struck by a car driven by {S} while "
         "crossing {road} in {town}."),
        ("collision_nfa", "medical_episode", "driver_ident"),
        (Alter("causing death by careless driving", ("dangerous_careless",), "s2b",
               "five years' imprisonment"),),
        abbr="s1rta", who="bereaved", what="the death of {D_full}", weight=1.4),
    Offence(
        "death_careless", "death", "causing death by careless driving",
        ("{D_full} died on {inc_date} after {he_D} was hit by a car driven by {S} while "
         "cycling on {road}.",
         "On {inc_date} {D_full} was knocked down on a pedestrian crossing on {road}, {town}, "
         "by a car driven by {S}, and died in hospital two days later."),
        ("collision_nfa", "medical_episode"), abbr="s2b", who="bereaved",
        what="the death of {D_full}", weight=0.8),
    Offence(
        "manslaughter", "death", "manslaughter",
        ("{D_full} died in hospital on {date2} after being punched outside {venue} in {town} "
         "on {inc_date}.",
         "On {inc_date}, {D_full} was assaulted during an argument on {street}, {town}; {he_D} "
         "fell, struck {his_D} head and died the following day."),
        ("causation", "self_defence_death", "inconsistent_witnesses", "new_material"),
        who="bereaved", what="the death of {D_full}", weight=1.0),
    Offence(
        "murder", "death", "murder",
        ("{D_full} was fatally stabbed at an address on {street}, {town}, on {inc_date}.",
         "{D_full} died on {inc_date} from a stab wound received during a fight at {his_D} "
         "flat in {town}."),
        ("self_defence_death", "new_material"),
        (Alter("manslaughter", ("diminished",), None, "life imprisonment"),
         Alter("manslaughter", ("no_intent_kill",), None, "life imprisonment")),
        who="bereaved", what="the death of {D_full}", weight=1.0),
    # ---------------------------------------------------------------- sexual offences
    Offence(
        "rape", "sexual_offence", "rape",
        ("You told the police that {S} raped you at {his_S} flat in {town} on {inc_date}.",
         "You reported to the police that on {inc_date}, after a night out in {town}, {S} raped "
         "you at your home.",
         "You reported that {S}, whom you had been seeing for a few weeks, raped you on "
         "{inc_date}."),
        ("consent", "consent_memory", "sex_forensic", "witness_no_show_sex"),
        who="direct", weight=1.4),
    Offence(
        "sexual_assault_train", "sexual_offence", "sexual assault",
        ("You reported that on {inc_date} a man touched you sexually on a train between {town} "
         "and {town2}.",
         "You told the police that you were sexually assaulted by a man standing behind you on "
         "a crowded train on {inc_date}."),
        ("sex_cctv_train", "ident", "alibi"),
        who="direct", extra={"did_what": "touched you"}, weight=0.6),
    Offence(
        "sexual_assault", "sexual_offence", "sexual assault",
        ("You told the police that {S} sexually assaulted you at {venue} in {town} on "
         "{inc_date}.",
         "You reported that {S}, a colleague, touched you sexually at a work event at {venue} on "
         "{inc_date}."),
        ("sex_cctv_venue", "inconsistent_witnesses", "witness"),
        (Alter("assault by beating", ("sex_assault_common",), "s39", "six months' "
               "imprisonment"),),
        who="direct", extra={"did_what": "touched you"}, weight=0.8),
    Offence(
        "assault_penetration", "sexual_offence", "assault by penetration",
        ("You reported that {S} sexually assaulted you at a house party in {town} on "
         "{inc_date}.",),
        ("consent_memory", "sex_forensic"),
        (Alter("sexual assault", ("pen_plea",), None, "ten years' imprisonment"),),
        who="direct", extra={"venue": "the party"}, weight=0.7),
    Offence(
        "intimate_images", "sexual_offence", "sharing intimate images without consent",
        ("You reported that intimate images of you were shared on {platform} without your "
         "consent in {month} {inc_year}.",
         "You told the police that {S}, your former partner, posted private sexual images of "
         "you online in {month} {inc_year}."),
        ("digital_msgs", "shared_account"), who="direct", weight=0.7),
    Offence(
        "exposure", "sexual_offence", "exposure",
        ("You reported that on {inc_date} a man exposed himself to you in {park} in {town}.",),
        ("ident", "cctv", "alibi"), who="direct",
        extra={"did_what": "was responsible", "venue": "the café at the park entrance"},
        weight=0.5),
    # ---------------------------------------------------------------- child abuse
    Offence(
        "csa_historic", "child_abuse", "indecent assault",
        ("You told the police that {S} sexually abused you when you were a child, between "
         "{y1} and {y2}, when {he_S} was {S_role}.",
         "You reported that you were sexually abused by {S}, {S_role}, over several years in "
         "the {decade}."),
        ("time_elapsed", "age_health", "records_lost"), who="historic",
        what="what you told the police happened to you as a child", weight=1.1),
    Offence(
        "csa_current", "child_abuse", "sexual activity with a child",
        ("{C}, who is {C_age}, told {C_her} teacher that {S} had touched {C_her} sexually at "
         "{his_S} home in {town}.",
         "In {month} {inc_year}, {C} told you that {S} had sexually abused {C_her} while "
         "{he_S} was looking after {C_her}."),
        ("child_abe", "inconsistent_child"), who="parent",
        what="what {C} told the police", weight=1.0),
    Offence(
        "child_cruelty", "child_abuse", "child cruelty",
        ("{C}, who is {C_age}, was taken into care on {inc_date} after concerns about the way "
         "{C_she} was being treated at home by {S}.",
         "The police investigated how {C} was treated by {S} between {month} and {month2} "
         "{inc_year}."),
        ("child_medical", "child_evidence_gap"),
        (Alter("assault by beating", ("child_injury_level",), "s39",
               "six months' imprisonment"),),
        who="parent", what="the way {C} was treated", weight=0.8),
    Offence(
        "child_abh", "child_abuse", "assault occasioning actual bodily harm",
        ("On {inc_date}, {C}, who is {C_age}, was found to have bruising that {C_she} said was "
         "caused by {S}.",
         "{C} told {C_his} school on {inc_date} that {S} had hit {C_her} with a belt."),
        ("child_medical", "child_abe"),
        (Alter("assault by beating", ("child_injury_level",), "s39",
               "six months' imprisonment"),),
        abbr="s47", who="parent", what="the injuries to {C}", weight=0.8),
    Offence(
        "grooming", "child_abuse", "attempting to meet a child following sexual grooming",
        ("{C}, who is {C_age}, was contacted on {platform} by an adult who arranged to meet "
         "{C_her} in {town} in {month} {inc_year}.",),
        ("digital_child",), who="parent", what="the messages sent to {C}", weight=0.5),
    # ---------------------------------------------------------------- hate crime
    Offence(
        "ra_assault", "hate_crime", "racially aggravated assault",
        ("On {inc_date} you were assaulted outside {venue} in {town} by a man who shouted "
         "racist abuse at you.",
         "You reported that on {inc_date} {S} punched you and used racist language while you "
         "were working at {venue}."),
        ("ident", "cctv", "witness", "self_defence"),
        (Alter("assault by beating", ("hostility_unproven",), "s39",
               "six months' imprisonment"),),
        abbr="s29", extra={"hostility": "racist", "hostility_basis": "race"}, weight=1.3),
    Offence(
        "religious_harassment", "hate_crime", "religiously aggravated harassment",
        ("You reported that over several months {S}, your neighbour, left notes and shouted "
         "abuse about your faith.",
         "You told the police that {S}, who lives on your street, repeatedly shouted abuse about "
         "your religion at you and your family."),
        ("witness", "one_incident", "inconsistent_witnesses"),
        (Alter("harassment", ("hostility_unproven",), None, "six months' imprisonment"),),
        extra={"hostility": "anti-Muslim", "hostility_basis": "religion",
               "did_what": "shouted the abuse"}, weight=0.6),
    Offence(
        "religious_online", "hate_crime", "sending religiously aggravated threatening messages",
        ("You told the police that you were sent abusive messages about your faith on "
         "{platform} between {month} and {month2} {inc_year}.",),
        ("digital_msgs", "shared_account"),
        extra={"hostility": "anti-Muslim", "hostility_basis": "religion"}, weight=0.4),
    Offence(
        "homophobic_assault", "hate_crime",
        "assault occasioning actual bodily harm (treated as a homophobic hate crime)",
        ("On {inc_date} you were attacked on {street}, {town}, by two men who shouted "
         "homophobic abuse at you and your partner.",
         "You reported that {S} assaulted you outside {venue} on {inc_date} after making "
         "homophobic comments."),
        ("ident", "cctv", "alibi", "inconsistent_witnesses"),
        (Alter("assault by beating", ("injury_level",), "s39", "six months' imprisonment"),),
        extra={"hostility": "homophobic", "hostility_basis": "sexual orientation"},
        weight=1.0),
    Offence(
        "disability_theft", "hate_crime", "theft (treated as a disability hate crime)",
        ("You reported that {S}, who had been helping you with shopping, took money from your "
         "bank account between {month} and {month2} {inc_year}.",),
        ("bank_records",),
        extra={"hostility": "disablist", "hostility_basis": "disability"}, weight=0.6),
    Offence(
        "ra_public_order", "hate_crime", "racially aggravated threatening behaviour",
        ("You reported that on {inc_date} {S} shouted racist threats at you and your children "
         "outside your home on {street}.",),
        ("witness", "ident", "inconsistent_witnesses"),
        (Alter("threatening behaviour", ("hostility_unproven",), "s4",
               "six months' imprisonment"),),
        extra={"hostility": "racist", "hostility_basis": "race",
               "did_what": "shouted the threats"}, weight=0.6),
    Offence(
        "transphobic_comms", "hate_crime",
        "sending threatening messages (treated as a transphobic hate crime)",
        ("You reported that you were sent threatening transphobic messages on {platform} in "
         "{month} {inc_year}.",),
        ("digital_msgs", "shared_account"),
        extra={"hostility": "transphobic", "hostility_basis": "gender identity"}, weight=0.5),
    # ---------------------------------------------------------------- domestic abuse
    Offence(
        "da_abh", "domestic_abuse", "assault occasioning actual bodily harm",
        ("You reported that on {inc_date} {S}, {relationship}, assaulted you at your home in "
         "{town}, causing {injury}.",
         "On {inc_date} police were called to your home after {S}, {relationship}, hit you."),
        ("victim_withdrew", "counter_allegation", "medical"),
        (Alter("assault by beating", ("injury_level",), "s39", "six months' imprisonment"),),
        abbr="s47", weight=1.3),
    Offence(
        "coercive", "domestic_abuse", "controlling or coercive behaviour",
        ("You told the police that {S}, {relationship}, controlled your money, your phone and "
         "who you could see over a number of years.",),
        ("pre_2015", "victim_withdrew"), weight=0.8),
    Offence(
        "strangulation", "domestic_abuse", "non-fatal strangulation",
        ("You reported that on {inc_date} {S}, {relationship}, put {his_S} hands around your "
         "neck during an argument at your home.",),
        ("victim_withdrew", "medical_strangle"),
        (Alter("assault by beating", ("strangle_plea",), "s39", "six months' imprisonment"),),
        weight=0.8),
    Offence(
        "breach_nmo", "domestic_abuse", "breach of a non-molestation order",
        ("You reported that {S} contacted you repeatedly in {month} {inc_year}, although a "
         "court order banned {him_S} from doing so.",),
        ("not_served", "digital_calls"), weight=0.6),
    Offence(
        "da_common", "domestic_abuse", "assault by beating",
        ("You reported that on {inc_date} {S}, {relationship}, pushed you into a door at your "
         "home.",),
        ("time_limit", "victim_withdrew", "counter_allegation"), abbr="s39",
        summary_only=True, weight=0.7),
    # ---------------------------------------------------------------- violence
    Offence(
        "abh", "violence", "assault occasioning actual bodily harm",
        ("On {inc_date} you were punched outside {venue} in {town}, causing {injury}.",
         "You were assaulted at {venue} in {town} on {inc_date} and suffered {injury}."),
        ("cctv", "ident", "self_defence", "inconsistent_witnesses", "medical", "alibi",
         "mental_health"),
        (Alter("assault by beating", ("injury_level",), "s39", "six months' imprisonment"),),
        abbr="s47", weight=1.3),
    Offence(
        "gbh18", "violence", "causing grievous bodily harm with intent",
        ("On {inc_date} you were attacked on {street}, {town}, and suffered {injury}.",
         "You were seriously injured in an attack outside {venue} in {town} on {inc_date}."),
        ("ident", "cctv", "self_defence", "forensic"),
        (Alter("inflicting grievous bodily harm", ("intent_s18",), "s20",
               "five years' imprisonment"),),
        abbr="s18", extra={"injury": "a fractured jaw"}, weight=1.0),
    Offence(
        "gbh20", "violence", "inflicting grievous bodily harm",
        ("You were injured in a fight at {venue} in {town} on {inc_date} and suffered "
         "{injury}.",),
        ("self_defence", "inconsistent_witnesses", "cctv"),
        (Alter("assault occasioning actual bodily harm", ("gbh_to_abh",), "s47",
               "five years' imprisonment"),),
        abbr="s20", extra={"injury": "a cut above your eye that needed stitches"}, weight=0.8),
    Offence(
        "common_assault", "violence", "assault by beating",
        ("You reported that on {inc_date} {S} pushed you and slapped you during an argument "
         "on {street}.",),
        ("time_limit", "witness", "self_defence"), abbr="s39", summary_only=True, weight=0.7),
    Offence(
        "aew", "violence", "assault on an emergency worker",
        ("On {inc_date}, while you were on duty as a {ew_role} in {town}, you were struck by "
         "{S}.",),
        ("aew_accident", "mental_health"), weight=0.6),
    Offence(
        "spiking", "violence", "administering a poison or noxious thing",
        ("You reported that your drink was spiked at {venue} in {town} on {inc_date}.",),
        ("tox_negative", "ident", "cctv"), extra={"did_what": "spiked your drink"},
        weight=0.5),
    # ---------------------------------------------------------------- property and others
    Offence(
        "robbery", "robbery", "robbery",
        ("On {inc_date} your {item} was taken from you on {street}, {town}.",
         "You were robbed of your {item} near {venue} in {town} on {inc_date}."),
        ("ident", "cctv", "alibi", "forensic"),
        (Alter("theft", ("robbery_theft",), None, "seven years' imprisonment"),),
        extra={"item": "mobile phone", "did_what": "took the phone"}, weight=1.0),
    Offence(
        "burglary", "burglary", "burglary",
        ("Your home on {street}, {town}, was broken into on {inc_date} and your {item} were "
         "taken.",
         "On {inc_date} someone broke into your house in {town} while you were away and took "
         "your {item}."),
        ("forensic_burglary", "forensic", "ident", "alibi", "cctv"),
        (Alter("handling stolen goods", ("burglary_handling",), None,
               "fourteen years' imprisonment"),),
        extra={"item": "laptop and jewellery", "did_what": "broke in",
               "item_examined": "glove found in the garden"}, what="the burglary at your home",
        weight=1.0),
    Offence(
        "aggravated_burglary", "burglary", "aggravated burglary",
        ("On {inc_date} two men forced their way into your home in {town}.",),
        ("ident", "forensic"),
        (Alter("burglary", ("agg_burg",), None, "fourteen years' imprisonment"),),
        extra={"did_what": "forced their way in", "item_examined": "door frame"},
        what="the burglary at your home", weight=0.5),
    Offence(
        "theft_van", "theft", "theft",
        ("Tools worth about {amount} were taken from your van on {street}, {town}, on "
         "{inc_date}.",
         "Your van on {street} was broken into on {inc_date} and power tools worth {amount} "
         "were taken."),
        ("cctv", "forensic", "ident"),
        (Alter("handling stolen goods", ("burglary_handling",), None,
               "fourteen years' imprisonment"),),
        extra={"did_what": "took the tools", "item": "power tools",
               "item_examined": "screwdriver left in the van door"}, what="the theft",
        weight=0.6),
    Offence(
        "theft_employee", "theft", "theft by an employee",
        ("You reported that {S}, who worked for you, took {amount} from the business between "
         "{month} and {month2} {inc_year}.",),
        ("till_records",), what="the money taken from your business", weight=0.4),
    Offence(
        "fraud_romance", "fraud", "fraud by false representation",
        ("You reported that you were persuaded to transfer {amount} to a person you met "
         "online, who said they needed the money for medical treatment.",
         "You reported that you were called by someone claiming to be from your bank and "
         "persuaded to move {amount} into another account."),
        ("fraud_mule", "fraud_abroad"), what="the money you lost", weight=0.7),
    Offence(
        "fraud_trader", "fraud", "fraud by false representation",
        ("You told the police that {S} took {amount} from you for building work that was "
         "never finished.",),
        ("civil_dispute",), what="the money you paid for the building work", weight=0.4),
    Offence(
        "cuckooing", "drugs", "being concerned in supplying class A drugs",
        ("You told the police that {S} and others took over your flat in {town} and used it to "
         "sell drugs.",),
        ("drugs_fear", "forensic"),
        (Alter("possession of class A drugs", ("drugs_possession",), None,
               "seven years' imprisonment"),),
        extra={"item_examined": "drug wraps found in the kitchen"},
        what="what happened at your flat", weight=0.5),
    Offence(
        "threatening", "public_order", "threatening behaviour",
        ("You reported that on {inc_date} {S} threatened you outside {venue} in {town}.",),
        ("time_limit", "witness", "inconsistent_witnesses"),
        (Alter("disorderly behaviour", ("s4_to_s5",), "s5", "a fine"),),
        abbr="s4", summary_only=True, extra={"did_what": "made the threats"}, weight=0.7),
    Offence(
        "affray", "public_order", "affray",
        ("You were caught up in a fight involving several men outside {venue} on {inc_date}.",),
        ("cctv", "ident", "inconsistent_witnesses"), extra={"did_what": "started the fight"},
        weight=0.4),
    Offence(
        "criminal_damage", "criminal_damage", "criminal damage",
        ("Your car was damaged outside your home on {street}, {town}, on {inc_date}.",
         "The windows of your shop on {street} were smashed on {inc_date}."),
        ("cctv", "ident", "compensation", "forensic"),
        extra={"did_what": "caused the damage", "item_examined": "brick found at the scene",
               "amount": "£450"},
        what="the damage to your property", weight=0.8),
    Offence(
        "arson", "criminal_damage", "arson with intent to endanger life",
        ("A fire was started in the bin store of your block of flats in {town} on "
         "{inc_date}.",),
        ("cctv", "forensic"),
        (Alter("arson", ("arson_endanger",), None, "life imprisonment"),),
        extra={"did_what": "started the fire", "item_examined": "lighter found nearby"},
        what="the fire at your flats", weight=0.4),
    Offence(
        "stalking", "harassment_stalking", "stalking involving fear of violence",
        ("You reported that {S}, {relationship}, followed you, waited outside your workplace "
         "and sent you hundreds of messages between {month} and {month2} {inc_year}.",),
        ("digital_msgs", "digital_calls", "victim_withdrew"),
        (Alter("stalking", ("stalking_fear",), "s2a", "six months' imprisonment"),),
        abbr="s4a_pha", weight=0.9),
    Offence(
        "harassment", "harassment_stalking", "harassment",
        ("You reported that you received abusive calls and messages from {S} over several "
         "weeks in {month} {inc_year}.",),
        ("digital_calls", "digital_msgs", "one_incident", "time_limit"), summary_only=True,
        weight=0.8),
    Offence(
        "threats_online", "harassment_stalking", "sending threatening messages",
        ("You reported that you were sent messages on {platform} threatening to hurt you in "
         "{month} {inc_year}.",),
        ("digital_msgs", "shared_account"), weight=0.7),
    Offence(
        "serious_injury_driving", "motoring", "causing serious injury by dangerous driving",
        ("On {inc_date} you were seriously injured when a car driven by {S} hit you on "
         "{road}, {town}.",),
        ("collision_injury", "medical_episode"),
        (Alter("careless driving", ("dangerous_careless_injury",), None, "a fine"),),
        weight=0.8),
    Offence(
        "knife_threat", "weapons", "threatening a person with a bladed article",
        ("You reported that on {inc_date} {S} pointed a knife at you on {street}, {town}.",),
        ("weapon_not_found", "ident", "cctv"),
        (Alter("possession of a bladed article", ("threat_blade",), None,
               "four years' imprisonment"),),
        extra={"did_what": "held the knife", "item_examined": "knife recovered nearby"},
        weight=0.7),
    Offence(
        "witness_intimidation", "other", "intimidating a witness",
        ("You reported that {S} approached you in {town} on {inc_date} and warned you not to "
         "give evidence in another case.",),
        ("witness", "alibi"), extra={"did_what": "approached you"}, weight=0.4),
    Offence(
        "computer_misuse", "other", "unauthorised access to computer material",
        ("You reported that someone accessed your email and social media accounts without "
         "your permission in {month} {inc_year}.",),
        ("login_records",), weight=0.3),
)

CATEGORY_WEIGHTS = {
    "death": 10, "sexual_offence": 14, "child_abuse": 11, "hate_crime": 13,
    "domestic_abuse": 10, "violence": 10, "robbery": 4, "burglary": 5, "theft": 3, "fraud": 4,
    "drugs": 1.5, "public_order": 3, "criminal_damage": 3, "harassment_stalking": 5,
    "motoring": 2.5, "weapons": 2, "other": 1,
}
DECISION_WEIGHTS = {
    "no_further_action": 25, "discontinue": 22, "offer_no_evidence": 12, "leave_on_file": 6,
    "reduce_charge": 35, "accept_plea_lesser": 33,
}

# --------------------------------------------------------------------------------------------
# Case-specific reasons. Each kind has several phrasings built from the case's facts.
# who: "any" or "direct" (addresses the victim as "you"); when: "stop", "charged" (a stop
# decision after charge), "nfa", "lof", "alter"; kind: "E" evidential or "P" public interest;
# group: two reasons are combined only when their groups agree (identity with identity, account
# with account; "both" and "pi" go with either; "solo" stands alone).
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    texts: tuple[str, ...]
    who: str = "any"
    when: str = "stop"
    kind: str = "E"
    group: str = "account"  # identity | account | both | pi | solo: which reasons combine


REASONS: dict[str, Reason] = {
    "cctv": Reason((
        "The police collected CCTV footage from {venue}, but the camera covering the {spot} was "
        "not working that night. The footage from the other cameras does not show the incident "
        "itself, so it cannot help a court decide who {did_what}.",
        "I have watched the CCTV footage from {street} several times. It was recorded at night, "
        "the picture is grainy, and it is not possible to see the face of the person involved "
        "clearly enough to say that it was {S}.",
        "The CCTV shows a group of people near the {spot} at the relevant time, but at the "
        "moment that matters the view is blocked by a parked van, and it does not show who "
        "{did_what}.",
        "Unfortunately the CCTV from {venue} had been recorded over before the police were able "
        "to collect it. There is therefore no footage of what happened, and the case depends on "
        "the accounts of the people who were there, which do not agree.",
    ), group="both"),
    "ident": Reason((
        "The person responsible was seen only briefly, in poor light, with a hood up. At the "
        "identification procedure on {date2}, {vic_was} not able to pick anyone out, and there "
        "is no other evidence linking {S} to what happened.",
        "The only evidence that {S} was involved is a description of {S_noun} in a dark jacket "
        "and jeans. That description would fit many people in {town}, and when {S} was arrested "
        "three days later nothing was found at {his_S} home to connect {him_S} to the offence.",
        "{W} picked out {S} at an identification procedure, but told the officer {W_she} was "
        "only about 60 per cent sure. {W_She} saw the incident from across the road, at night, "
        "for a few seconds. A court must treat identification evidence like this with great "
        "caution, and I do not think it could be sure that {W_she} was right.",
        "The registration number written down at the scene does not belong to {S}'s car, and "
        "the car it does belong to was off the road for repairs that week. Nothing else places "
        "{S} on {street} that night.",
    ), group="identity"),
    "alibi": Reason((
        "{S} told the police that {he_S} was at work in {town2} at the time. The police checked "
        "this: {his_S} employer's records and the CCTV at {his_S} workplace show {him_S} "
        "arriving before 6pm and not leaving until after 11pm.",
        "Records from {S}'s mobile phone place it in {town2}, several miles away, throughout "
        "the evening, and {his_S} bank card was used in a shop there twenty minutes before the "
        "incident.",
        "{S} says {he_S} was at a family party that evening. Four people have made statements "
        "confirming this, and a photograph taken at the party is time-stamped 9.14pm, a few "
        "minutes before the incident.",
    ), group="identity"),
    "witness": Reason((
        "The only independent witness, {W}, has told the police that {W_she} no longer wishes "
        "to give evidence, and {W_she} has since moved abroad. Without {W_poss} account, there "
        "is nothing to support {vic_poss} account of how the incident started.",
        "The police have tried many times to trace {W}, who saw what happened, including visits "
        "to {W_poss} last known address, but {W_she} cannot be found. {W_Poss} evidence is "
        "essential because {W_she} is the only person who saw it who was not involved.",
        "When {W} was asked for a full statement, {W_she} explained that {W_she} had not "
        "actually seen who {did_what}; {W_she} arrived afterwards and saw {S} standing nearby. "
        "That is not enough to prove that {S} was responsible.",
    )),
    "medical": Reason((
        "The hospital notes from {hospital} record bruising to the face and a small cut to the "
        "lip. The doctor could not say how those injuries were caused, and {S} says they "
        "happened when {vic} fell. Nothing else would allow a court to decide "
        "between the two accounts.",
        "The medical evidence does not match the description of the assault: the doctor who "
        "examined {vic_obj} found a single bruise to the upper arm and no other injury. The "
        "defence would rely on that difference, and I think a court would have real doubts.",
        "An independent medical expert has looked at the X-rays and says that the fracture "
        "could have been caused by a fall rather than a blow. A court would have to be sure "
        "that {S} caused it, and this evidence means that it could not be.",
    )),
    "inconsistent_witnesses": Reason((
        "The two people who saw what happened give different accounts on important points. "
        "{W} says {S} was holding a bottle; {W2} says {his_S} hands were empty and that {he_S} "
        "was pushed first. The defence would rely on those differences, and a court would be "
        "unable to say which account is right.",
        "There are important differences between what the witnesses told the officers on the "
        "night, which was recorded on the officers' cameras, and what they said in their later "
        "statements, about where {S} was standing and what was said. Those differences would "
        "leave a court unsure about what happened.",
    )),
    "forensic": Reason((
        "The forensic scientist was not able to obtain a DNA profile from the {item_examined}, "
        "and no fingerprints were found. There is therefore no scientific evidence linking {S} "
        "to the offence.",
        "The DNA found on the {item_examined} is a mixture from at least three people. The "
        "scientist has said that she cannot tell whether {S} is one of them, so the result "
        "does not help to prove the case.",
    ), group="identity"),
    "forensic_burglary": Reason((
        "{S}'s fingerprint was found on the outside of the kitchen window. However, {he_S} says "
        "{he_S} cleaned the windows of houses on your street as part of {his_S} job, and the "
        "company {he_S} worked for has confirmed that {he_S} did so in {month}. A fingerprint "
        "cannot be dated, so it does not prove that {he_S} was there on the day of the "
        "burglary.",
        "The only evidence against {S} is {his_S} DNA on a cigarette end found in your garden. "
        "The garden can be reached from a public footpath, and the scientist cannot say when "
        "the cigarette was left there.",
    ), group="identity"),
    "self_defence": Reason((
        "{S} says {he_S} was defending {himself_S} because {he_S} believed {he_S} was about to "
        "be attacked. The footage shows that the argument had already become physical before "
        "the punch was thrown, and I do not think a court could be sure that {he_S} was not "
        "acting in self-defence.",
        "The witnesses describe both people pushing each other before {vic_was} struck. A court "
        "would have to be sure that {S} was not acting in self-defence, and on the evidence "
        "available I do not believe it could be.",
    )),
    "counter_allegation": Reason((
        "{S} says that you attacked {him_S} first, and {he_S} had a scratch to {his_S} neck "
        "when the officers arrived. There were no other witnesses, and the footage from the "
        "officers' cameras begins after the incident had ended. A court would be left with two "
        "opposing accounts and nothing to help it decide between them.",
        "When {he_S} was interviewed, {S} said that {he_S} had only been trying to leave the "
        "flat and that you were injured when you both fell. The photographs of the kitchen and "
        "the medical notes are consistent with either account.",
    ), who="direct"),
    "victim_withdrew": Reason((
        "When you spoke to {oic} on {date2}, you said you did not want the case to go ahead "
        "and did not wish to give evidence. I thought carefully about whether we could continue "
        "without you, using the other evidence the police had gathered. However, that "
        "evidence does not show what happened, and {S} denies it, so a court could not "
        "decide what happened without hearing from you.",
        "You have told the police that you no longer support the prosecution. I considered "
        "whether it would be right to require you to come to court. Because the other evidence "
        "is limited to what you told the police, and given what you told the officer about "
        "your health, I decided that it would not be right to do so.",
    ), who="direct"),
    "digital_msgs": Reason((
        "The messages were sent from an account on {platform} that uses a false name. The "
        "company that runs {platform} has not provided the information that would show who set "
        "up the account, and without it the messages cannot be linked to {S}.",
        "The police examined {S}'s phone and laptop but found no trace of the account that "
        "posted the material, and the internet records the police obtained point to a public "
        "Wi-Fi network used by hundreds of people.",
    ), group="identity"),
    "digital_calls": Reason((
        "The calls and texts came from a pay-as-you-go number that is not registered to anyone. "
        "When {S}'s own phone was examined, it showed no contact with {vic_poss} number, and "
        "the phone used has never been found.",
        "The phone records show calls to {vic_poss} number from a withheld number, but the "
        "network provider could not say who the number belonged to, and nothing on {S}'s phone "
        "links {him_S} to it.",
    ), group="identity"),
    "login_records": Reason((
        "The logins to your accounts came from an internet connection shared by a block of "
        "flats, and the provider could not say which household used it at the time. Nothing "
        "found on {S}'s devices shows that {he_S} accessed your accounts.",
    ), who="direct", group="identity"),
    "till_records": Reason((
        "The till records show the shortfalls, but four members of staff used the same till "
        "login during those weeks, and the shop's CCTV covers only the door. The evidence does "
        "not show that it was {S}, rather than one of the others, who took the money.",
    ), group="identity"),
    "shared_account": Reason((
        "The posts were made from an account that {S} says was shared with two other people, "
        "and the platform's records show it being used from three different devices. I do not "
        "think a court could be sure that it was {S} who posted them.",
        "The account belongs to {S}, but {he_S} says {his_S} phone was stolen in {month} and has "
        "produced the crime reference number {he_S} was given when {he_S} reported it. There is "
        "no evidence that contradicts this.",
    ), group="identity"),
    "one_incident": Reason((
        "The law on harassment requires conduct on at least two occasions. The police have "
        "been able to recover messages from only one evening; the earlier messages you "
        "described were deleted and could not be recovered from either phone.",
        "Apart from the incident on {inc_date}, the police have not been able to find evidence "
        "of the other occasions you described, and harassment needs a pattern of behaviour "
        "that can be proved.",
    ), who="direct"),
    "time_limit": Reason((
        "The law says that a prosecution for {offence} must be started in court within six "
        "months of the incident. By the time the police file reached us on {date2}, that time "
        "limit had already passed, so a prosecution is no longer possible. The police have been "
        "told about the delay.",
        "Because {offence} is {T:summary_only}, a prosecution had to begin within six months of "
        "the incident on {inc_date}. That period had passed before the file was sent to us, so "
        "the law does not allow a prosecution.",
    ), when="nfa", group="solo"),
    "mental_health": Reason((
        "{S} has since been diagnosed with a serious mental illness and is detained in hospital "
        "under the Mental Health Act. The psychiatric reports say that {he_S} is likely to stay "
        "there for a long time and that, even if {he_S} were convicted, a court would be likely "
        "to make the same kind of hospital order that is already in place.",
        "Two psychiatrists have reported that {S} was suffering from a severe psychotic illness "
        "at the time and is now receiving treatment in a secure hospital. A prosecution would "
        "add little to the protection that is already in place.",
    ), kind="P", group="pi"),
    "age_health": Reason((
        "{S} is now {S_age} and has been diagnosed with advanced dementia. Two doctors have "
        "reported that {he_S} cannot understand the proceedings or follow the evidence, which "
        "means that {he_S} could not fairly be put on trial.",
        "Medical reports show that {S}, who is {S_age}, has a terminal illness and is not "
        "expected to live more than a few months. {He_S} is too unwell to attend court or to "
        "take part in a trial.",
    ), kind="P", group="pi"),
    "time_elapsed": Reason((
        "The events took place between {y1} and {y2}. Since then, the records that might have "
        "shown when {S} lived at the address have been destroyed, and two people who could "
        "have given evidence about that time have died. {S} denies the allegations, and without "
        "any supporting evidence a court could not fairly decide what happened so long ago.",
        "You told the police about a number of incidents, but {S} has produced documents "
        "showing that {he_S} was working abroad for most of {y1} and {y2}, which is when you "
        "believe most of them happened. The police have not been able to find anyone who can "
        "confirm when {he_S} returned.",
    ), who="direct"),
    "records_lost": Reason((
        "The children's home where you lived closed in the 1990s, and its records, including "
        "the staff rotas that would show who was working there, could not be found. Without "
        "them it is not possible to prove that {S} was working there at the times you "
        "describe.",
    ), who="direct"),
    "consent": Reason((
        "The central question in this case is whether {S} reasonably believed that you "
        "consented. {He_S} accepts that sexual activity took place but says that you agreed to "
        "it. There were no other witnesses, and no messages or medical evidence that would help "
        "a jury decide between the two accounts. A jury would have to be sure that {he_S} did "
        "not reasonably believe you consented, and I do not think that, on this evidence, it "
        "could be.",
        "{S} told the police that what happened was consensual. The messages {he_S} sent you "
        "the next morning, which you showed the police, refer to the evening but do not contain "
        "an admission, and the friend you spoke to that night did not see what happened. The "
        "evidence therefore comes down to two different accounts, with nothing independent to "
        "help a jury choose between them.",
    ), who="direct"),
    "consent_memory": Reason((
        "You told the police that you have no memory of part of the evening after leaving "
        "{venue}. That is not unusual, but it means the only account of what happened later "
        "that night comes from {S}, who says that you were awake and agreed. The messages "
        "recovered "
        "from both phones do not contradict {his_S} account.",
        "The toxicology results show that you had drunk a large amount of alcohol, and you have "
        "said you cannot remember how you got to {S}'s flat. The law says that a person who is "
        "too drunk to choose cannot consent, but a jury would have to be sure of your condition "
        "at the time, and no one who saw you later that night has been traced.",
    ), who="direct"),
    "sex_forensic": Reason((
        "The samples taken at the {T:sarc} did not provide any forensic evidence. That is not "
        "unusual when a report is made some days later, but it means there is no scientific "
        "evidence to support either account.",
        "The forensic examination of your clothing found no DNA from {S}. {He_S} denies any "
        "contact, and without scientific or independent evidence a jury would be left with two "
        "conflicting accounts.",
    ), who="direct"),
    "sex_cctv_train": Reason((
        "The CCTV from the carriage shows {S} standing behind you, but other passengers block "
        "the camera's view of what happened, and no one else saw anything.",
        "The footage from the train shows the carriage was crowded. It shows {S} near you, but "
        "not what happened, and none of the other passengers the police traced saw it.",
    ), who="direct", group="both"),
    "sex_cctv_venue": Reason((
        "The CCTV from {venue} shows {S} near you, but the crowd blocks the view of the moment "
        "you describe, and your friends did not see it happen.",
    ), who="direct", group="both"),
    "witness_no_show_sex": Reason((
        "Your friend {W}, who spoke to you shortly after it happened, was an important "
        "witness. {W_She} has told the police that {W_she} will not give evidence, and {W_poss} "
        "earlier statement cannot be read to the court without {W_her} attending.",
    ), who="direct", when="charged"),
    "inconsistent_child": Reason((
        "{C} has given two accounts, one when {C_she} first told an adult and one in the video "
        "interview. They differ about where and when this happened, and {S} was working away "
        "on the dates "
        "{C} remembers. A jury would have to be sure, and those differences would make that "
        "very difficult.",
    )),
    "child_abe": Reason((
        "When {C} was interviewed on video by specially trained officers, {C_she} was not able "
        "to talk about what had happened and said {C_she} did not want to. I have watched the "
        "interview carefully. Without an account from {C}, and with no medical or other "
        "evidence, there is nothing a court could rely on to decide what happened.",
        "I have watched {C}'s {T:abe} carefully. {C} described being upset at {S}'s home but "
        "did not describe any of the events that {C_she} first told you about, and said {C_she} "
        "did not want to say any more. With no other evidence, a court could not be sure what "
        "happened.",
    )),
    "child_medical": Reason((
        "The paediatrician who examined {C} found bruising to {C_his} back and arm, but could "
        "not say whether it was caused deliberately or by an accident of the kind that is "
        "common at {C_his} age. Both adults in the home deny causing it, and the evidence does "
        "not show which of them, if either, was responsible.",
        "The medical experts disagree about how the fracture to {C}'s arm was caused. The "
        "expert instructed by the defence says it could have happened during a fall from a "
        "sofa, and our own expert accepts that this cannot be ruled out.",
    )),
    "child_evidence_gap": Reason((
        "The health visitor's records show that {C} was gaining weight and attending "
        "appointments throughout the period, and the doctors' reports do not show that the "
        "conditions at home caused {C_her} any lasting harm. The law requires proof that the "
        "neglect was wilful and likely to cause unnecessary suffering or injury to health.",
    )),
    "digital_child": Reason((
        "The account that contacted {C} was registered with a false name and an email address "
        "that has since been deleted. The company that runs {platform} has not been able to "
        "provide information linking it to {S}, and nothing found on {S}'s devices connects "
        "{him_S} to it.",
    )),
    "collision_nfa": Reason((
        "The police collision investigator examined the scene, the vehicles and dashcam footage "
        "from a following car. The report concludes that {S} was driving within the 30mph "
        "limit, and that {D} came into {his_S} path about one and a half seconds before the "
        "impact, which was too short a time for any driver to stop. On that "
        "evidence a court could not find that {S}'s driving was careless, let alone dangerous.",
        "The collision investigator's report, which I have read in full, found that {S} was "
        "travelling at 28mph in a 30mph zone, had {his_S} lights on and was not using {his_S} "
        "phone. The investigator concluded that a careful driver in the same position would "
        "not have been able to avoid the collision.",
    ), when="stop"),
    "collision_injury": Reason((
        "The collision investigator concluded that {S} was driving within the speed limit and "
        "that the traffic lights were showing green for {him_S}. A witness at the bus stop "
        "confirms this. The evidence does not show that {his_S} driving fell below the "
        "standard of a careful driver.",
    )),
    "medical_episode": Reason((
        "The medical evidence shows that {S} had a seizure at the wheel moments before the "
        "collision. {He_S} had no history of seizures and had not been warned by any doctor "
        "that {he_S} might have one, so {he_S} could not have known that it was unsafe to "
        "drive.",
        "The evidence of two doctors is that {S} lost consciousness because of an undiagnosed "
        "heart condition shortly before the collision. Someone who is unconscious is not "
        "driving in the legal sense, and there was nothing that should have warned {him_S}.",
    ), group="solo"),
    "driver_ident": Reason((
        "Two men were in the car and each says the other was driving. DNA from both of them "
        "was found on the driver's airbag, and no witness saw who got out of the driver's "
        "seat. A court would have to be sure which of them was driving, and the evidence does "
        "not allow that.",
    )),
    "causation": Reason((
        "The post-mortem examination found that {D} had a serious heart condition that no one "
        "knew about. The pathologist could not say whether the single blow caused {D_poss} "
        "heart to fail or whether it would have happened anyway, and without that a court could "
        "not be sure that {S} caused {D_poss} death.",
        "The two pathologists who examined {D} disagree about the cause of death. One believes "
        "the fall caused the bleed on the brain; the other says it may have been caused by a "
        "medical condition. A jury would have to be sure, and that is not possible when the "
        "experts disagree.",
    )),
    "self_defence_death": Reason((
        "{S} says that {D} attacked {him_S} with a bottle and that {he_S} was defending "
        "{himself_S}. A witness who lives opposite saw the start of the struggle and supports "
        "that account, and {S} had a cut to {his_S} head. The prosecution would have to prove "
        "that {he_S} was not acting in self-defence, and I do not think a jury could be sure "
        "of that.",
    )),
    "medical_strangle": Reason((
        "The paramedic and the doctor who saw you that night found no marks to your neck, and "
        "you did not lose consciousness. {S} denies putting {his_S} hands on your neck, and "
        "there is no other evidence, such as a 999 call or a witness, of what happened in the "
        "flat.",
    ), who="direct"),
    "fraud_mule": Reason((
        "The money you paid was sent to a bank account in {S}'s name. {S} says a man {he_S} met "
        "online paid {him_S} £200 for the use of {his_S} bank card, and the bank's records show "
        "that the money was withdrawn at cash machines in {town2} at times when {S} was at "
        "college in {town}. There is no evidence that {he_S} knew the money came from a fraud.",
    ), group="identity"),
    "fraud_abroad": Reason((
        "The bank account that received your money was opened with a stolen identity, and the "
        "person who contacted you has been traced only to an internet address outside the UK. "
        "The authorities there have not replied to requests for help, so there is no way of "
        "bringing that person before a court here.",
    ), group="identity"),
    "civil_dispute": Reason((
        "Having looked at the contract, the invoices and the messages between you, I am "
        "satisfied that {S} did carry out some of the work, and that the disagreement is about "
        "the quality and cost of that work. To prove fraud, a court would have to be sure that "
        "{S} was dishonest from the start, and the evidence does not show that. The dispute is "
        "one for the civil courts.",
    ), group="solo"),
    "bank_records": Reason((
        "The bank statements show the withdrawals, but they were made using a card that three "
        "people had access to, and the cash machines used have no cameras. The evidence does "
        "not show which of those people made them.",
    ), group="identity"),
    "compensation": Reason((
        "{S}, who is 17 and has never been in trouble before, has paid {amount} for the repairs "
        "and has written a letter of apology, which the police can pass on to you if you want "
        "it. {He_S} has also agreed to take part in a programme run by the youth offending "
        "team. A prosecution would be unlikely to lead to more than a small fine.",
    ), kind="P", group="pi"),
    "drugs_fear": Reason((
        "The drugs found in your flat were destroyed in error before they could be tested for "
        "fingerprints, and the phone seized from {S} had been reset. Nothing else found by the "
        "police links {him_S} to the drugs.",
    ), group="identity"),
    "aew_accident": Reason((
        "The footage from the officers' cameras shows that {S} appeared to be having a seizure "
        "while {he_S} was being restrained, and that {his_S} arm struck you as {he_S} fell. I "
        "do not think a court could be sure that it was deliberate.",
    ), who="direct"),
    "tox_negative": Reason((
        "The blood and urine samples were taken more than 24 hours after you became unwell, and "
        "the laboratory found no trace of any drug. That does not mean you were not spiked, "
        "but it means we cannot prove that a substance was given to you or who gave it.",
    ), who="direct"),
    "not_served": Reason((
        "The non-molestation order had not been personally served on {S} before the messages "
        "were sent, and there is no evidence that {he_S} knew about its terms. The law requires "
        "proof that {he_S} knew about the order.",
    ), group="solo"),
    "pre_2015": Reason((
        "Most of the behaviour you described happened before 29 December 2015, when the offence "
        "of controlling or coercive behaviour came into force, and the law cannot be applied to "
        "conduct before that date. The incidents after that date, on their own, are not enough "
        "to prove the offence.",
    ), who="direct", group="solo"),
    "weapon_not_found": Reason((
        "No knife was found when {S} was arrested a few minutes later, and a search of the area "
        "did not find one. The CCTV shows {S} with something in {his_S} hand, but it is not "
        "possible to say what it was.",
    ), group="identity"),
    "new_material": Reason((
        "Shortly before the trial, the police obtained {S}'s phone records, which show {his_S} "
        "phone in {town2} at the time of the offence. This evidence has been shared with the "
        "defence, and it means we can no longer prove that {he_S} was the person responsible.",
        "During preparation for the trial, the police found notes made by an officer at the "
        "scene which had not been shared with the defence. They record {W} saying that {W_she} "
        "did not see who started the fight, which is different from {W_poss} statement. I have "
        "had to share those notes, and they seriously weaken the case.",
    ), when="charged", group="both"),
    "witness_no_show": Reason((
        "On the morning of the trial, {W}, the only independent witness, did not come to court. "
        "The police went to {W_poss} home but could not find {W_her}. The court refused "
        "our request to move the trial to another date, and without {W_poss} evidence we "
        "could not continue.",
    ), when="one", group="both"),
    "already_sentenced": Reason((
        "{S} was sentenced at {court_cc} on {date2} to {n_years} years' imprisonment for a "
        "series of other offences, including {other_offence}. Even if {S} were convicted in "
        "your case, the judge indicated that any further sentence would be likely to run at "
        "the same time as the one {he_S} is already serving, and a trial would have meant "
        "{vic} giving evidence.",
        "{S} pleaded guilty last month to {other_offence} against another person and is now "
        "serving a prison sentence of {n_years} years, with a restraining order that prevents "
        "{him_S} from contacting {vic_obj}. The judge told us that a conviction in this case "
        "would not add to the overall sentence.",
    ), when="lof", kind="P", group="pi"),
    # ---------------------------------------------------------------- alter / plea
    "intent_s18": Reason((
        "To prove the more serious charge, we would have to show that {S} intended to cause "
        "really serious harm. The CCTV shows a single punch, with no weapon, after which {S} "
        "walked away. I do not believe a court would find that intention proved, but the new "
        "charge still reflects that {he_S} caused {injury}.",
        "The medical evidence confirms {injury}, which is really serious harm. What we cannot "
        "prove is that {S} intended it: the blow was struck once, during a scuffle, and {S} "
        "called an ambulance straight away.",
    ), when="alter"),
    "injury_level": Reason((
        "The photographs taken on the night show redness to {vic_poss} neck and arm, but by the "
        "time {vic} saw a doctor two days later there was no visible injury. The more serious "
        "charge requires an injury that is more than minor and short-lived, so a court would be "
        "more likely to convict of assault by beating, which still recognises that {vic_was} "
        "assaulted.",
        "The medical notes record a small graze and tenderness that had gone within a few days. "
        "The law treats an assault causing injury of that kind as assault by beating, and that "
        "offence reflects the evidence better.",
    ), when="alter"),
    "gbh_to_abh": Reason((
        "The medical evidence is that the cut needed four stitches and has healed well. That is "
        "a real injury, but it falls short of the really serious harm that the more serious "
        "charge requires.",
    ), when="alter"),
    "robbery_theft": Reason((
        "To prove robbery we must show that force was used, or threatened, in order to steal. "
        "The CCTV shows {S} snatching the phone from your hand and running off; the push you "
        "described happened afterwards, as {he_S} ran past, and was not used to take the phone. "
        "The evidence therefore supports theft, with the push dealt with as a separate "
        "assault.",
    ), when="alter"),
    "burglary_handling": Reason((
        "{S} was found with the stolen {item} two days later. There is no evidence placing "
        "{him_S} at the scene, and {he_S} says {he_S} bought the items from a man in a pub. The "
        "evidence supports a charge of handling stolen goods, which is a serious offence in "
        "its own right, rather than {offence}.",
    ), when="alter"),
    "agg_burg": Reason((
        "No weapon was found, and neither you nor the neighbour who saw the men leave saw one. "
        "To prove aggravated burglary, we must show that a weapon was carried at the time.",
    ), who="direct", when="alter"),
    "hostility_unproven": Reason((
        "Although you heard {S} use {hostility} language, none of the other witnesses, "
        "including the staff standing nearby, heard those words, and the CCTV has no sound. "
        "A court would have to be sure the words were said. The offence itself is proved by "
        "the other evidence, and the judge can still increase the sentence if satisfied that "
        "{S} was hostile because of {hostility_basis}.",
        "The recording you made on your phone captures {S}'s threats but not the {hostility} "
        "words that came before them, and {W}, who was with you, did not hear them. I am "
        "satisfied that the basic offence can be proved, but not the aggravated form of it.",
    ), who="direct", when="alter"),
    "diminished": Reason((
        "Two psychiatrists, one of them instructed by the prosecution, agree that at the time "
        "{S} was suffering from a severe psychotic illness which substantially affected {his_S} "
        "ability to understand what {he_S} was doing. In those circumstances the law says that "
        "the correct verdict is manslaughter on the grounds of diminished responsibility, not "
        "murder. {S} still faces a very long sentence or an indefinite hospital order.",
    ), when="alter"),
    "no_intent_kill": Reason((
        "The pathologist found a single stab wound to {D_poss} thigh, which cut a major artery. "
        "To prove murder we must prove that {S} intended to kill or to cause really serious "
        "harm. The wound was to the leg, not the body, and was caused during a struggle in "
        "which {S} was also injured, so I do not think a jury could be sure of that intention. "
        "Manslaughter recognises that {S} unlawfully caused {D_poss} death.",
    ), when="alter"),
    "dangerous_careless": Reason((
        "The collision investigator's report concludes that {S} was travelling at 34mph in a "
        "30mph limit and pulled out of the junction without seeing {D}, with a low sun directly "
        "in front of {him_S}. Driving is dangerous in law only where it falls far below the "
        "standard of a careful driver; this was a serious error, but a court would be likely "
        "to see it as careless rather than dangerous driving.",
    ), when="alter"),
    "dangerous_careless_injury": Reason((
        "The collision investigator found that {S} looked away from the road to adjust the "
        "satnav for about two seconds. That was a serious lapse, but a court would be likely "
        "to find it careless rather than far below the standard of a careful driver, which is "
        "what dangerous driving requires.",
    ), when="alter"),
    "stalking_fear": Reason((
        "To prove the more serious offence, the law requires evidence that "
        "{S}'s behaviour caused you to fear, on at least two occasions, that violence would be "
        "used against you. The messages were abusive but did not threaten violence, so the "
        "evidence supports the offence of stalking, which still carries a prison sentence.",
    ), who="direct", when="alter"),
    "threat_blade": Reason((
        "No one other than you saw the knife being pointed, and the CCTV shows {S} holding "
        "something but not what it was. {He_S} admits having the knife in {his_S} pocket, which "
        "is a serious offence in its own right and usually leads to a prison sentence.",
    ), who="direct", when="alter"),
    "arson_endanger": Reason((
        "The fire was started in the bin store at 3am. The fire investigator's report shows "
        "that it did not spread beyond the bins, and there is no evidence that {S} knew anyone "
        "was in the flats above. To prove the more serious offence we would have to show that "
        "{he_S} intended, or saw the risk, that lives would be put in danger.",
    ), when="alter"),
    "pen_plea": Reason((
        "You told the officers in your video interview that, because of how quickly it "
        "happened, you could not be certain about one part of what {S} did, and the forensic "
        "evidence does not help on that point. {His_S} guilty plea to sexual assault means "
        "{he_S} is convicted of a sexual offence and will have to register with the police as "
        "a sex offender.",
    ), who="direct", when="alter"),
    "sex_assault_common": Reason((
        "The CCTV shows {S} grabbing your arm, but the touching you described is hidden by "
        "other people, and none of your friends saw it. {S} admits grabbing you, and the "
        "evidence clearly proves that assault.",
    ), who="direct", when="alter"),
    "strangle_plea": Reason((
        "The officers' photographs do not show any marks to your neck, and the paramedic who "
        "came recorded no injuries. {S} has admitted pushing you against the wall, and that "
        "admission can be proved beyond doubt; whether {his_S} hands were on your neck is "
        "disputed and would depend on your evidence alone.",
    ), who="direct", when="alter"),
    "child_injury_level": Reason((
        "The paediatrician found two small bruises on {C}'s arm, which had faded within a few "
        "days. The more serious charge requires an injury that is more than minor, and the "
        "evidence fits assault by beating, which still marks that {C} was assaulted.",
    ), when="alter"),
    "drugs_possession": Reason((
        "The drugs found on {S} were in a single bag, with no scales, cash or phone messages "
        "showing they were for sale. That supports possession rather than supplying drugs.",
    ), when="alter"),
    "s4_to_s5": Reason((
        "The words {S} used were abusive, but the evidence does not show that {he_S} intended "
        "you to fear that violence would be used, which is what the more serious offence "
        "requires.",
    ), who="direct", when="alter"),
}

# Supplementary sentences after an alter/plea reason (only with a real reason)
PLEA_BENEFIT = (
    "{S}'s guilty plea means that {he_S} now has a conviction for {lesser} and will be sentenced "
    "for it, and it also means that {vic} will not have to give evidence at a trial.",
    "The maximum sentence for {lesser} is {max_sentence}, which gives the judge enough power "
    "to reflect what happened.",
    "I also took into account that a trial would have meant {vic} giving evidence about what "
    "happened, and that a guilty plea gives certainty of a conviction.",
)
PLEA_BENEFIT_BEREAVED = (
    "{S}'s guilty plea means that {he_S} now has a conviction for {lesser} and will be "
    "sentenced for it, and that your family will not have to go through a trial.",
    "The maximum sentence for {lesser} is {max_sentence}, which gives the judge enough power "
    "to reflect the seriousness of what happened.",
)

# --------------------------------------------------------------------------------------------
# Decision sentences (role decision). Templates with {T:OFF} / {T:LESS} need offence
# abbreviations; COLD_DECISIONS are curt and also carry the role cold.
# --------------------------------------------------------------------------------------------

DECISIONS: dict[str, tuple[str, ...]] = {
    "no_further_action": (
        "I have decided that {S} should not be charged with any offence in relation to {what}.",
        "After careful consideration, I have concluded that {S} will not be charged.",
        "I am writing to let you know that {S} will not be charged with {offence}.",
        "My decision is that there will be no prosecution of {S} for {offence}.",
        "Having reviewed all of the evidence the police sent to us, I have decided that {S} "
        "will not face any criminal charges.",
        "I have advised the police that no further action should be taken against {S}.",
        "The police asked us to decide whether {S} should be charged with {offence}, and I have "
        "decided that {he_S} should not be.",
        "I have decided that there is not enough evidence to charge {S}, and so {he_S} will not "
        "be prosecuted.",
        "The outcome of my review is {T:nfa} in respect of {S}.",
        "The case against {S} has been {T:nfad}.",
    ),
    "discontinue": (
        "I have decided to stop the case against {S}.",
        "I am writing to tell you that the prosecution of {S} for {offence} has been stopped.",
        "I have made the difficult decision to end the case against {S}.",
        "We will not be continuing with the case against {S}, and the charge of {offence} has "
        "been dropped.",
        "I have decided that the case against {S} cannot continue, and I have told the court "
        "and {his_S} solicitors.",
        "Having reviewed the case again, I have decided that the charge of {offence} against "
        "{S} should not go any further.",
        "The proceedings against {S} have been {T:s23}.",
        "I have sent a {T:notice_disc} to the court and to {S}'s solicitors.",
        "The charge of {offence} against {S} has been {T:s23}.",
    ),
    "offer_no_evidence": (
        "At {court} on {hearing_date}, the prosecution told the court that we would not be "
        "continuing with the case, and {S} was found not guilty.",
        "On {hearing_date}, I told the judge at {court} that the prosecution would not be "
        "presenting any evidence against {S}, and as a result {S} was formally found not "
        "guilty.",
        "The case against {S} came to an end at {court} on {hearing_date}, when we told the "
        "court that we could no longer continue and a verdict of not guilty was recorded.",
        "I am writing to tell you that the case against {S} ended at {court} on "
        "{hearing_date}: we told the court that we would not continue, and {S} was found not "
        "guilty.",
        "On {hearing_date} at {court}, the prosecution {T:one} against {S}.",
        "At {court} on {hearing_date} we {T:one}, and {S} was found not guilty.",
        "The prosecution {T:one} at {court} on {hearing_date}, which resulted in a "
        "{T:acquittal}.",
    ),
    "leave_on_file": (
        "At {court} on {hearing_date}, the judge agreed to our request that the charges against "
        "{S} in this case should {T:lie_on_file}.",
        "I asked the court on {hearing_date} to allow the charge of {offence} against {S} to "
        "{T:lie_on_file}, and the judge agreed.",
        "The charges against {S} relating to {what} were ordered to {T:lie_on_file} at {court} "
        "on {hearing_date}.",
        "At {court} on {hearing_date}, the judge agreed that the charges against {S} should be "
        "kept on the court record but not taken to trial. They cannot be restarted without "
        "the court's permission.",
    ),
    "reduce_charge": (
        "I have decided to change the charge against {S} from {offence} to {lesser}.",
        "The charge of {offence} has been replaced with a charge of {lesser}.",
        "I am writing to let you know that {S} will now face a charge of {lesser}, rather than "
        "{offence}.",
        "After reviewing the evidence, I have reduced the charge against {S} from {offence} to "
        "the less serious offence of {lesser}.",
        "{S} will no longer be prosecuted for {offence}; instead {he_S} will face a charge of "
        "{lesser}.",
        "The charge against {S} has been reduced from {T:OFF} to {T:LESS}.",
        "I have amended the charge against {S} from {T:OFF} to {T:LESS}.",
    ),
    "accept_plea_lesser": (
        "At {court} on {hearing_date}, {S} pleaded guilty to {lesser}. We accepted that plea, "
        "which means there will be no trial for {offence}.",
        "{S} offered to plead guilty to {lesser}, and I decided to accept that plea rather "
        "than go to trial on the charge of {offence}.",
        "I am writing to explain why we accepted {S}'s guilty plea to {lesser} instead of "
        "continuing with the charge of {offence}.",
        "On {hearing_date}, {S} admitted {lesser}, and the prosecution accepted that plea. The "
        "charge of {offence} will not go to trial.",
        "On {hearing_date}, {S} pleaded guilty to {T:LESS}, and the prosecution accepted the "
        "plea instead of proceeding on {T:OFF}.",
        "A plea of guilty to {lesser} was accepted on a written {T:basis_plea}, and the charge "
        "of {offence} will not proceed.",
    ),
}
COLD_DECISIONS: dict[str, tuple[str, ...]] = {
    "no_further_action": (
        "No further action will be taken against {S} in relation to your allegation.",
        "Your allegation against {S} has been reviewed and will not be proceeded with.",
        "The file submitted by the police has been reviewed and no charges are authorised.",
    ),
    "discontinue": (
        "I have taken the decision not to continue with the charge of {offence} in relation "
        "to you.",
        "The case against {S} has been terminated.",
        "Proceedings against the defendant have ceased.",
    ),
    "offer_no_evidence": (
        "The prosecution was ended at {court} on {hearing_date} and the defendant was free to "
        "leave.",
        "The case was terminated at court on {hearing_date}.",
    ),
    "leave_on_file": (
        "The charges in relation to you will {T:lie_on_file}.",
        "The matter relating to you will not proceed to trial.",
    ),
    "reduce_charge": (
        "The charge in relation to you has been amended to {lesser}.",
        "The charge has been reduced to {lesser}.",
    ),
    "accept_plea_lesser": (
        "The defendant's plea to {lesser} was accepted in relation to you.",
        "A plea to {lesser} has been accepted and the case will proceed to sentence.",
    ),
}

# --------------------------------------------------------------------------------------------
# Generic formulas (role reason_generic): the whole explanation when reasons are missing, or a
# summary after real reasons.
# --------------------------------------------------------------------------------------------

GENERIC_STOP_E = (
    "I have concluded that there is insufficient evidence to provide a {T:rpc}.",
    "Having reviewed the evidence, I am not satisfied that there is a {T:rpc}.",
    "This is because there is not enough evidence for the case to continue.",
    "Unfortunately, the evidence is not strong enough.",
    "The case does not meet the {T:fct}.",
    "The case does not pass the {T:evid_fct}.",
    "This decision has been made in accordance with the Code for Crown Prosecutors.",
    "Due to evidential difficulties, the case cannot proceed.",
    "There were problems with the evidence which meant that the case could not continue.",
    "After careful consideration of all the material, I have concluded that the legal test "
    "for a prosecution is not met.",
    "The {T:evidential_test} is not met.",
    "There is insufficient evidence to proceed.",
    "The evidence available does not support a prosecution.",
)
GENERIC_STOP_P = (
    "It is no longer in the public interest to continue with the prosecution.",
    "I have decided that a prosecution is not required in the public interest.",
    "The case does not pass the {T:pi_stage}.",
    "Having considered all the circumstances, a prosecution is not needed in the public "
    "interest.",
)
GENERIC_ALTER = (
    "Having reviewed the evidence, I am satisfied that {lesser} is the appropriate charge.",
    "The new charge better reflects the evidence in the case.",
    "This decision was taken in accordance with the Code for Crown Prosecutors and the "
    "relevant charging guidance.",
    "I consider that the lesser charge is more appropriate.",
    "There is not a {T:rpc} for {offence}.",
    "The evidence supports the lesser charge.",
)
GENERIC_PLEA = (
    "I considered that the plea was acceptable in all the circumstances.",
    "The plea was considered appropriate having regard to the evidence as a whole.",
    "Having reviewed the file, I decided that the plea should be accepted.",
    "The plea was accepted after careful consideration of the evidence.",
    "Accepting the plea was the right course in this case.",
    "The court agreed that the plea was appropriate.",
    "I am satisfied that the plea reflects the seriousness of the offending.",
)
GENERIC_LOF = (
    "I concluded that it was not in the public interest to proceed to trial.",
    "It was decided that a trial was no longer necessary.",
    "A trial was not considered to be in the public interest.",
    "Having reviewed the case, I decided that this was the appropriate course.",
    "This was considered the most appropriate way of dealing with the case.",
    "The court agreed that this was the right course.",
)
SUMMARY_E = (
    "For these reasons, I have concluded that there is not a {T:rpc}.",
    "This means that the case does not meet the {T:fct}.",
    "I have therefore concluded that the evidence is not strong enough for the case to "
    "continue.",
    "For these reasons, the {T:evidential_test} is not met.",
    "Taking all of this into account, there is not enough evidence to continue.",
)
SUMMARY_P = (
    "For these reasons, I decided that a prosecution is not needed in the public interest.",
    "In those circumstances a prosecution is not required in the public interest.",
    "I have therefore decided that it would not be right to continue.",
    "The case therefore does not pass the {T:pi_stage}.",
    "Taking all of this into account, a prosecution is not in the public interest.",
)
SUMMARY_ALTER = (
    "For these reasons, I am satisfied that {lesser} is the right charge.",
    "I am satisfied that the new charge properly reflects what the evidence can prove.",
    "This is why I decided that accepting the plea was the right course.",
)
PADDING_NO_REASONS = (
    "I have carefully considered all the evidence in this case, including the witness "
    "statements, the medical evidence and the CCTV footage.",
    "In reaching my decision I read the police file and considered all of the material "
    "provided to me.",
    "I have looked at this case very carefully and considered all of the available evidence.",
    "The decision was taken after a full review of the file.",
    "I have reviewed the statements and the other material submitted by the police.",
)

# --------------------------------------------------------------------------------------------
# Empathy (role empathy) with a condition on the case, and cold or blaming wording (role cold)
# --------------------------------------------------------------------------------------------

EMPATHY: tuple[tuple[str, str], ...] = (
    ("I appreciate that this is not the outcome you were hoping for, and I am sorry to be "
     "giving you this news.", "any"),
    ("I understand how upsetting this decision will be, particularly after everything you "
     "have been through.", "any"),
    ("I know this is not the news you wanted, and I realise this letter may be difficult to "
     "read.", "any"),
    ("I recognise how distressing the events of {inc_date} were for {vic_obj}, and I am sorry "
     "that this letter brings further disappointment.", "not_death"),
    ("Please accept my sincere condolences on the death of {D}.", "death"),
    ("I am very sorry for the loss of {D_rel}, {D}, and I know that nothing in this letter "
     "can lessen that.", "death"),
    ("I know that the loss of {D} has been devastating for you and your family.", "death"),
    ("I am sorry that this decision adds to what has already been a terribly difficult time "
     "for your family.", "death"),
    ("I recognise the courage it took to report what happened to you, and I want to thank "
     "you for the help you have given the police.", "direct"),
    ("This decision does not mean that you were not believed.", "believed"),
    ("I want to be clear that this decision is not a judgement on whether you told the "
     "truth.", "believed"),
    ("I realise that you may feel let down by this decision, and I am sorry.", "any"),
    ("I know you may feel that the new charge does not reflect what happened to you.",
     "alter_direct"),
    ("I understand that you may be disappointed that {S} will not stand trial for "
     "{offence}.", "plea"),
    ("No one should be targeted because of who they are, and I am sorry that this happened "
     "to you.", "hate"),
    ("I can only imagine how hard the last few months have been for you.", "any"),
    ("Thank you for your patience while the case was being reviewed; I know the wait has "
     "been difficult.", "any"),
    ("I want to assure you that I did not take this decision lightly, and that I have thought "
     "carefully about the effect it will have on you.", "any"),
    ("I am sorry that you have had to wait so long for a decision.", "any"),
    ("I appreciate how frightening it must have been to be treated in this way by someone "
     "you were close to.", "da"),
    ("I am so sorry that {C} has been through this, and I know how worrying it has been for "
     "you as a parent.", "parent"),
    ("I understand that what happened has affected your confidence and your daily life.",
     "direct"),
    ("It took real courage to speak about events from so long ago, and I am sorry that I "
     "cannot give you the outcome you hoped for.", "historic"),
    ("Losing money in this way is very distressing, and I understand how strongly you feel "
     "about it.", "fraud"),
    ("Your home should be the place where you feel safest, and I know this has affected you "
     "deeply.", "burglary"),
    ("I know how much you wanted {S} to answer in court for what happened.", "stop"),
    ("Please be assured that your safety and wellbeing matter to us.", "any"),
)
EMPATHY_CLOSING = (
    "Once again, I am sorry that I cannot give you better news.",
    "I know this is a great deal to take in, and please do not hesitate to contact us.",
    "I wish you and your family well for the future.",
    "I am sorry again that this letter brings news you did not want to hear.",
    "Thank you again for everything you have done to help with this case.",
    "I hope this letter has helped you to understand my decision, even if you do not agree "
    "with it.",
)
EMPATHY_OPENING = (
    "I am sorry to have to write to you with disappointing news.",
    "I know you have been waiting to hear from us, and I am sorry that the news is not better.",
    "Before I explain my decision, I want to acknowledge how difficult this process has been "
    "for you.",
    "I appreciate that receiving this letter may be upsetting.",
    "I am writing with news that I know will be unwelcome, and I am sorry for that.",
    "I wanted to write to you personally to explain a decision that I know will be hard to "
    "hear.",
)
COLD: tuple[tuple[str, str], ...] = (
    ("The matter is now closed.", "closed"),
    ("This office now considers the matter closed and will not enter into further "
     "correspondence about it.", "no_contact"),
    ("Please do not contact this office about this decision.", "no_contact"),
    ("Please note that the CPS will not respond to further letters about this case.",
     "no_contact"),
    ("You failed to attend court on {hearing_date} despite being warned to do so, and as a "
     "result the case could not proceed.", "reasonish_attend"),
    ("As you withdrew your support for the prosecution, there was no option but to stop the "
     "case.", "reasonish_withdraw"),
    ("Had the incident been reported sooner, it is likely that more evidence would have been "
     "available.", "reasonish"),
    ("The inconsistencies in your account were a significant factor.", "reasonish"),
    ("It is noted that you had been drinking on the evening in question.", "reasonish"),
    ("Your allegation has been considered by a lawyer.", "generic"),
    ("You may wish to reflect on the circumstances that led to the incident.", "generic"),
    ("It should be noted that the CPS acts on behalf of the public and not on behalf of "
     "individual complainants.", "generic"),
    ("The decision is final.", "final"),
    ("This letter is for information only.", "generic"),
    ("The CPS is not in a position to discuss the evidence with complainants.", "no_meeting"),
    ("Any concerns about your safety are a matter for the police, not the CPS.", "generic"),
    ("If you are dissatisfied, you will need to take this up with the police.", "generic"),
    ("You will appreciate that the CPS deals with a very large number of cases.", "generic"),
    ("I trust this clarifies the position.", "generic"),
    ("Any further queries should be put in writing.", "generic"),
    ("You should take steps to avoid further contact with {S}.", "generic"),
    ("The complainant's wishes are not determinative.", "generic"),
)

# Stock sympathy (role stock_sympathy): a hedged formula about the decision that says nothing of
# what the victim went through. One of these in an otherwise procedural letter is not empathy (the
# letter still lacks it); beside real acknowledgement it is harmless. Used only with ``--stock-share``
# (data/corpus/generated_stock.jsonl); its own role, so that the role model does not learn it as
# "other" (docs/model.md, session 7).
STOCK_SYMPATHY = (
    "It is recognised that this decision may be a disappointment to you.",
    "You may well be disappointed by this result.",
    "I am aware that this may not be the decision you had hoped for.",
    "We realise that this outcome may not be what you wanted.",
    "I accept that you may feel unhappy about this decision.",
    "It is appreciated that you may not agree with this decision.",
    "This may not be the result you anticipated.",
    "I recognise that this outcome may be disappointing.",
    "Your co-operation with the prosecution is acknowledged with thanks.",
    "Thank you for your help to date.",
    "Thank you for bearing with us while the file was considered.",
    "We thank you for the assistance you have given.",
    "You may be unhappy to receive this letter.",
    "The CPS understands that you may have wanted a different decision.",
    # the formula halves of three EMPATHY sentences, without what made them personal
    "I appreciate that this is not the outcome you were hoping for.",
    "Thank you for your patience while the case was being reviewed.",
    "I realise that you may feel let down by this decision.",
)

# --------------------------------------------------------------------------------------------
# Victims' Right to Review (role vrr: right + how + by when; role vrr_partial otherwise)
# --------------------------------------------------------------------------------------------

VRR_INTRO = (
    "If you disagree with my decision, you have the right to ask for it to be reviewed under "
    "the Victims' Right to Review scheme.",
    "You have the right to ask the CPS to look at this decision again. This is known as the "
    "{T:vrr} scheme.",
    "Under the Victims' Right to Review scheme, you can ask us to review this decision.",
    "If you are unhappy with this decision, you can ask for it to be reviewed.",
    "You are entitled to ask for this decision to be reviewed under the {T:vrr} scheme.",
    "If you think my decision is wrong, you can ask for a review.",
    "You can ask for my decision to be looked at again by another prosecutor.",
)
VRR_WARM = (
    "I understand that you may not agree with my decision, and you are entitled to have it "
    "looked at again.",
    "I would not want you to feel that you have no say in this.",
    "I realise you may feel strongly that this decision is wrong, and that is completely "
    "understandable.",
    "It is important to me that you know what you can do if you disagree.",
)
VRR_WHAT = (
    "A different prosecutor, who has not been involved in the case, will look at the "
    "evidence afresh and decide whether my decision was right.",
    "The review will be carried out by a prosecutor who has had no previous involvement with "
    "the case.",
    "You do not have to give reasons for your request, but it would help us to know why you "
    "disagree.",
)
VRR_WHAT_RESTART = (
    "If the reviewing prosecutor decides that my decision was wrong, the case may be "
    "restarted.",
    "If the review finds that the decision was wrong, the prosecution can be started again.",
)
VRR_WHAT_ONE = (
    "Because {S} has been found not guilty, the case cannot be restarted, even if the review "
    "finds the decision was wrong. If that happens, you will receive a full explanation and an "
    "apology.",
    "Please be aware that, as {S} has now been found not guilty, a review cannot reopen the "
    "case, but it will tell you whether the decision was right, and we will apologise if it "
    "was not.",
)
VRR_HOW = (
    "by email to {vrr_email}",
    "by telephoning the Victim Liaison Unit on {phone}",
    "by writing to the Victim Liaison Unit at {unit_addr_inline}",
    "by completing the online form on the CPS website (www.cps.gov.uk)",
)
VRR_HOW_BULLET = (
    "By email: {vrr_email}",
    "By telephone: {phone} (Monday to Friday, 9am to 5pm)",
    "By post: Victim Liaison Unit, {unit_addr_inline}",
    "Online: using the form on the CPS website, www.cps.gov.uk",
)
VRR_WHEN = (
    "within 10 working days of the date of this letter",
    "by {vrr_date}",
    "within ten working days, that is by {vrr_date}",
    "as soon as possible, and in any event within 10 working days of receiving this letter",
    "no later than {vrr_date}",
)
VRR_LATE = (
    "If you need more time, please contact us before that date.",
    "Requests made more than three months after the decision will only be considered in "
    "exceptional circumstances.",
    "If you ask for a review after that date, we will still consider it, but requests made "
    "more than three months after this letter are unlikely to be accepted.",
)
VRR_PARTIAL = (
    "If you disagree with this decision, you may be able to ask for a review.",
    "You have the right to request a review of this decision under the Victims' Right to "
    "Review scheme.",
    "Information about the Victims' Right to Review scheme can be found on the CPS website.",
    "You may be entitled to ask for this decision to be reviewed.",
    "Victims have the right to ask for a review of certain decisions not to prosecute.",
    "This decision can be reviewed under the {T:vrr} scheme if you are not happy with it.",
    "If you would like the decision to be reviewed, please contact the Victim Liaison Unit on "
    "{phone}.",
    "You can ask for a review of this decision by emailing {vrr_email}.",
)
VRR_NOT_APPLICABLE = {
    "reduce_charge": (
        "The Victims' Right to Review scheme does not apply to a decision to change a charge, "
        "but if you have any concerns about what I have decided, please contact me.",
        "Because the case is continuing on a different charge, this is not a decision that can "
        "be reviewed under the Victims' Right to Review scheme. I am, however, happy to explain "
        "it further.",
    ),
    "accept_plea_lesser": (
        "A decision to accept a guilty plea is not covered by the Victims' Right to Review "
        "scheme, but I am happy to explain my decision further if that would help.",
    ),
}
COMPLAINTS = (
    "If you are not satisfied with how we have dealt with you, please tell us; details of our "
    "complaints procedure are on our website.",
    "Comments about the service you have received can be sent to our Feedback and Complaints "
    "team.",
    "If you are unhappy with the service you have received from the CPS, you can make a "
    "complaint through the feedback and complaints page of our website.",
    "If you wish to comment on the way this case was handled, please write to our Feedback "
    "and Complaints team at the address above.",
)

# --------------------------------------------------------------------------------------------
# Meeting offers (role meeting_offer), support services (role support)
# --------------------------------------------------------------------------------------------

MEETING_WARM = (
    "I would like to offer you the opportunity to meet me, so that I can explain my decision "
    "in more detail and answer any questions you may have.",
    "If you would find it helpful, I would be happy to meet {meet_who} to talk through this "
    "decision.",
    "Because of the nature of this case, I would like to offer to meet you, in person or by "
    "video call if you prefer, to explain the decision.",
    "I appreciate that a letter cannot answer all of your questions. I would be glad to meet "
    "you to explain my decision face to face; you are welcome to bring a friend, relative or "
    "support worker with you.",
    "I would like to offer you a meeting to go through the reasons for my decision. It can take "
    "place at our office, somewhere else that suits you, or by telephone.",
    "You are welcome to meet me to discuss this decision. If you would like to, please contact "
    "{vlo} on {phone} and we will arrange a time that suits you.",
    "I would be very willing to meet {meet_who} to explain this decision in person, if that "
    "would help.",
)
MEETING_BEREAVED = (
    "As part of our commitment to bereaved families, I would like to offer to meet you and "
    "your family to explain the decision and answer any questions you have.",
    "I would like to offer to meet you, and any members of {D}'s family who wish to attend, to "
    "explain my decision and to listen to your concerns.",
)
MEETING_NEUTRAL = (
    "A meeting with the prosecutor can be arranged on request. Requests should be made to the "
    "Victim Liaison Unit on {phone}.",
    "You may request a meeting to discuss this decision by contacting this office.",
    "The reviewing lawyer is available to meet with you to explain the decision. Please contact "
    "{vlu_email} to arrange this.",
    "If you wish to meet the prosecutor, please contact this office within 14 days of the date "
    "of this letter.",
    "In line with CPS policy, a meeting can be offered in this case. Please telephone {phone} "
    "if you wish to take this up.",
)
MEETING_FOLLOW = (
    "You are welcome to bring someone with you for support.",
    "There is no need to decide straight away; the offer remains open.",
    "A meeting would not change the decision itself, but I hope it would help you to "
    "understand it.",
    "Please let {vlo} know on {phone} if you would like to meet, and we will find a date that "
    "suits you.",
    "If you would prefer, the meeting can take place by video call.",
)

# service: (warm sentence, neutral sentence, condition)
SUPPORT: tuple[tuple[str, str, str], ...] = (
    ("Victim Support is an independent charity that can help you whether or not you want to "
     "talk about the case. You can call them free on 08 08 16 89 111 or visit "
     "www.victimsupport.org.uk.",
     "Victim Support: 08 08 16 89 111, www.victimsupport.org.uk.", "any"),
    ("If it would help to talk to someone, Victim Support offer free and confidential support "
     "on 08 08 16 89 111.",
     "Victim Support can be contacted on 08 08 16 89 111.", "any"),
    ("Your {T:isva}, {supporter}, knows about this decision and is there to support you.",
     "Your {T:isva} has been informed of this decision.", "sexual"),
    ("Rape Crisis England & Wales offer free support on 0808 500 2222, and you can contact "
     "them at any time.",
     "Rape Crisis England & Wales: 0808 500 2222.", "sexual"),
    ("Your {T:idva}, {supporter}, has been told about this decision and can talk it through "
     "with you.",
     "Your {T:idva} has been notified of the decision.", "da"),
    ("The National Domestic Abuse Helpline is open 24 hours a day on 0808 2000 247 if you "
     "need to talk to someone or are worried about your safety.",
     "National Domestic Abuse Helpline: 0808 2000 247.", "da"),
    ("{T:samm} offer support to families bereaved by homicide, and can be reached on 0121 472 "
     "2912.",
     "{T:samm}: 0121 472 2912.", "homicide"),
    ("Brake, the road safety charity, runs a helpline for families bereaved by road crashes on "
     "0808 8000 401.",
     "Brake helpline: 0808 8000 401.", "road_death"),
    ("The NSPCC can offer advice and support to you and your family on 0808 800 5000, and "
     "Childline is there for {C} on 0800 1111.",
     "NSPCC: 0808 800 5000. Childline: 0800 1111.", "parent"),
    ("NAPAC, which supports adults who were abused as children, can be contacted on 0808 801 "
     "0331.",
     "NAPAC: 0808 801 0331.", "historic"),
    ("Stop Hate UK provide a confidential helpline on 0800 138 1625 if you would like support.",
     "Stop Hate UK: 0800 138 1625.", "hate"),
    ("The National Stalking Helpline can give you advice on staying safe on 0808 802 0300.",
     "National Stalking Helpline: 0808 802 0300.", "stalking"),
    ("The Witness Service can support you if you decide to go to court for the sentencing "
     "hearing; the {T:wcu} can put you in touch with them.",
     "The Witness Service can be contacted through the {T:wcu}.", "court"),
)
SUPPORT_INTRO_WARM = (
    "You do not have to deal with this on your own.",
    "If you would like support, there are people who can help.",
    "Please do reach out for support if you need it.",
    "I know that you may want to talk to someone about this decision.",
    "Support is available to you, whatever you decide to do next.",
)
SUPPORT_INTRO_NEUTRAL = (
    "Details of support organisations are set out below.",
    "Support services:",
    "Contact details for support agencies are as follows.",
    "The following organisations may be able to assist.",
)

# --------------------------------------------------------------------------------------------
# Other parts (role other unless stated)
# --------------------------------------------------------------------------------------------

OPENINGS = (
    "I am writing to tell you about a decision I have made in the case against {S}.",
    "I am the prosecutor responsible for the case against {S}, and I am writing to explain a "
    "decision I have made.",
    "My name is {prosecutor} and I am a {ptitle} with the Crown Prosecution Service (CPS). I "
    "am writing to you about {what}.",
    "I am writing to let you know the outcome of the CPS review of {what}.",
    "I am a lawyer with the Crown Prosecution Service, and I have been responsible for "
    "reviewing the evidence in this case.",
    "This letter is to inform you of the decision taken in this case.",
    "I am writing to explain an important decision about {what}.",
    "I have now completed my review of the case against {S}, and I am writing to let you know "
    "what I have decided.",
)
OPENINGS_CHARGED = (
    "You will recall that {S} was charged with {offence} following the incident on "
    "{inc_date}.",
    "I am writing about the case against {S}, which was due to be heard at {court}.",
)
OPENINGS_NFA = (
    "The police asked the Crown Prosecution Service to decide whether {S} should be charged "
    "after the report made on {report_date}.",
    "The police sent us the file on {S} on {date2} and asked for a decision on whether "
    "{he_S} should be charged.",
)
OPENINGS_PARENT = (
    "I am writing to you as {C}'s parent about the case against {S}.",
    "I am writing to you about {what}, and about the case against {S}.",
)
OPENINGS_BEREAVED = (
    "I am writing to you as {D}'s family about the case against {S}.",
    "I am the prosecutor dealing with the case arising from {D}'s death, and I am writing to "
    "tell you about a decision I have made.",
)
CPS_ROLE = (
    "I should explain that the CPS is separate from the police: the police investigate, and we "
    "decide whether the evidence is strong enough for a case to go to court.",
    "As a prosecutor, I have to look at the evidence objectively and decide whether it is strong "
    "enough for a court to be likely to convict.",
    "The Crown Prosecution Service (CPS) decides whether a person should be charged with a "
    "criminal offence and, if so, presents the case in court. We are independent of the "
    "police.",
    "It is the job of the CPS to decide whether there is enough evidence to charge someone "
    "and whether a prosecution is in the public interest, and to keep cases under review.",
    "Prosecutors have a duty to keep every case under review, and to stop a case if the "
    "evidence is no longer strong enough.",
)
CODE_EXPLAIN = (
    "All prosecutors have to follow the Code for Crown Prosecutors. It says that we can only "
    "take a case to court if there is enough evidence and a prosecution is needed in the public "
    "interest; if either is missing, the case cannot go ahead.",
    "The Code for Crown Prosecutors, which all prosecutors must follow, has two parts: whether "
    "the evidence is strong enough, and whether a prosecution is in the public interest.",
    "When deciding whether a case should go to court, every prosecutor must apply the Code for "
    "Crown Prosecutors. There are two stages. First, is there enough evidence for a court to "
    "be more likely than not to convict? Second, if there is, is a prosecution needed in the "
    "public interest? Both stages must be met.",
    "Prosecutors must follow the Code for Crown Prosecutors, which means that a case can only "
    "go ahead if there is enough evidence to give a reasonable chance of a conviction and if "
    "a prosecution is in the public interest.",
    "The test I must apply is set out in the Code for Crown Prosecutors. I must be satisfied "
    "that a court is more likely than not to convict on the evidence, and that a prosecution "
    "is needed in the public interest.",
)
HISTORY_CHARGED = (
    "{S} was charged by the police on {charge_date} and has been on bail since then.",
    "At the first hearing, {S} indicated a plea of not guilty.",
    "{S} was charged on {charge_date} and first appeared at {court_mc} on {date2}. {He_S} "
    "pleaded not guilty, and a trial was fixed for {trial_date}.",
    "{S} was charged with {offence} and has denied it throughout.",
    "Since {S} was charged, the police have continued to gather evidence, and the case has "
    "been reviewed at each stage.",
    "The case was sent to {court_cc}, where {S} pleaded not guilty on {date2}.",
)
HISTORY_NFA = (
    "The police sent us their file for a charging decision after interviewing {S}.",
    "{S} attended a voluntary interview at the police station on {date2} and gave a prepared "
    "statement denying the allegation.",
    "{S} was arrested on {date2} and interviewed by the police. {He_S} denied the offence.",
    "{S} was interviewed by the police on {date2} and answered all of the questions put to "
    "{him_S}, denying any wrongdoing.",
    "The police carried out a number of enquiries, including taking statements from "
    "witnesses and collecting CCTV, before sending the file to us.",
)
WHAT_NEXT: dict[str, tuple[str, ...]] = {
    "no_further_action": (
        "The police will let {S} know about this decision.",
        "The officer in the case will contact you to discuss what this means for you.",
        "{S} has been told by the police that {he_S} will not face charges.",
        "If new evidence becomes available in the future, the police can ask us to look at "
        "the case again.",
        "Any bail conditions placed on {S} have now ended. If you are worried about your "
        "safety, please contact the police on 101, or on 999 in an emergency.",
    ),
    "discontinue": (
        "The court and {S}'s solicitors have been told of this decision, and {S} no longer has "
        "to attend court.",
        "You will not be asked to give evidence, and the Witness Care Unit has been told.",
        "The police will return any property you gave them as evidence.",
        "This means that the trial on {trial_date} will not go ahead, and you will not need "
        "to attend.",
        "Any bail conditions on {S} have now ended. If you are concerned about your safety, "
        "please contact the police on 101, or 999 in an emergency.",
    ),
    "offer_no_evidence": (
        "Because {S} has been found not guilty, {he_S} cannot be prosecuted again for this "
        "offence except in very rare circumstances.",
        "Any bail conditions on {S} ended when the case finished. If you feel unsafe, please "
        "call the police on 999 in an emergency or 101 otherwise.",
        "The Witness Care Unit has been told that the case has ended.",
        "You do not need to do anything further, and you will not be asked to attend court.",
    ),
    "leave_on_file": (
        "The charges cannot be restarted without the court's permission.",
        "You will not need to attend court in this case.",
        "{S} will continue to serve the sentence already imposed.",
        "The Witness Care Unit has been told that there will be no trial.",
    ),
    "reduce_charge": (
        "The case will next be heard at {court} on {hearing_date}. The Witness Care Unit will "
        "keep you informed about what happens and whether you will be needed as a witness.",
        "{S} will be asked to enter a plea to the new charge at {court} on {hearing_date}.",
        "If {S} pleads not guilty to the new charge, there will be a trial, and the Witness Care "
        "Unit will let you know the date.",
        "If {S} is convicted, I will ask the court to consider a restraining order to protect "
        "{protect_who}.",
    ),
    "accept_plea_lesser": (
        "{S} will be sentenced at {court} on {sentence_date}. You are welcome to attend, and "
        "the Witness Care Unit can arrange for someone to go with you.",
        "If you would like your victim personal statement to be read to the court, or to read "
        "it yourself, please let the Witness Care Unit know.",
        "I will ask the court to consider making a restraining order to protect {protect_who}.",
    ),
}
LONG_EXTRAS = (
    "Under the Code of Practice for Victims of Crime (the Victims' Code), you are entitled to be "
    "told about decisions like this one and to have them explained. This letter is part of that "
    "commitment.",
    "In reaching my decision I read the statements of all of the witnesses, looked at the "
    "photographs and other exhibits, and considered the account {S} gave to the police.",
    "I have also discussed the case with the officer in charge of the investigation, {oic}, "
    "before making my decision.",
    "A prosecutor must be fair and objective, and must not let personal views about anyone "
    "involved affect a decision. I have tried to apply those principles carefully in this case.",
    "The police will keep a record of this decision, and it can be taken into account if there "
    "are any further incidents.",
    "If you would like a copy of this letter in a different format, such as large print, or in "
    "Welsh, please let us know.",
    "I want to explain the decision as fully as I can, so that you understand how it was "
    "reached.",
    "Please keep this letter, as you may want to refer to it later.",
)
CONTACT = (
    "You can reach the Victim Liaison Unit on {phone} if you have any questions.",
    "If anything in this letter is not clear, please ring {vlo} on {phone}.",
    "If you have any questions about this letter, please contact {vlo} in the Victim Liaison "
    "Unit on {phone} or by email at {vlu_email}.",
    "Please get in touch if anything in this letter is unclear. You can contact me through the "
    "Victim Liaison Unit on {phone}.",
    "If you would like to discuss this letter, you can call us on {phone} between 9am and 5pm, "
    "Monday to Friday.",
    "Our contact details are at the top of this letter.",
    "If you need this letter in another language or format, please let us know on {phone}.",
)
CONTACT_INSERT = (
    "If you email us, please insert the reference number {urn} in the subject line.",
    "When you write to us, please insert our reference, {urn}, at the top of your letter.",
)
ENCLOSURES = ("Enc. Victim Support leaflet", "[Enclosure: Victims' Right to Review leaflet]",
              "Enclosed: information leaflet", "cc: {police}")
HEADINGS = {
    "decision": ("The decision", "My decision", "What has been decided", "Decision"),
    "reasons": ("Why I made this decision", "Reasons for my decision", "The reasons",
                "Why the case cannot continue"),
    "vrr": ("Your right to ask for a review", "Victims' Right to Review",
            "If you disagree with the decision"),
    "meeting": ("Offer of a meeting", "Meeting with the prosecutor", "Meeting"),
    "support": ("Support available to you", "Help and support", "Support"),
    "next": ("What happens next", "Next steps"),
}

# --------------------------------------------------------------------------------------------
# Template residue: placeholders for merge fields, drafting instructions, stock paragraphs
# that do not fit the case
# --------------------------------------------------------------------------------------------

SLOT_RESIDUE: dict[str, tuple[str, ...]] = {
    "A": ("[Victim name]", "<<Title>> <<Surname>>", "[Name]", "{{victim_name}}",
          "[NAME OF VICTIM]", "Mr/Mrs/Ms [surname]", "XXXX"),
    "S": ("<<Defendant>>", "[Defendant name]", "[SUSPECT NAME]", "<<defendant_full_name>>",
          "XXXX", "[name of accused]"),
    "letter_date": ("[insert date]", "XX/XX/XXXX", "[Date]", "DD/MM/YYYY", "<<date_of_letter>>"),
    "hearing_date": ("[insert date]", "XX/XX/XXXX", "[date of hearing]", "<<hearing_date>>"),
    "court": ("{{court}}", "[court name]", "[insert court]", "<<Court>>"),
    "oic": ("[officer name]", "<<officer_in_case>>", "[Name of officer]"),
    "trial_date": ("[trial date]", "XX/XX/XXXX", "<<trial_date>>"),
    "prosecutor": ("[Name of prosecutor]", "[Lawyer name]", "<<Prosecutor>>", "[Your name]"),
    "phone": ("[insert telephone number]", "0XXXX XXXXXX", "[tel]", "<<VLU phone>>"),
    "urn": ("[URN]", "XXXXXXXXXXX", "<<URN>>"),
    "inc_date": ("[date of offence]", "XX/XX/XXXX", "[insert date]"),
}
INSTRUCTIONS = (
    "[Amend as necessary]",
    "<<Insert reasons in plain English>>",
    "[ADD SUPPORT ORGANISATIONS]",
    "(use for NFA only)",
    "Para B – case stopped before trial",
    "[If applicable]",
    "**Check name and address before sending**",
    "Delete as appropriate:",
    "[Delete as appropriate]",
    "(choose one paragraph)",
    "NB: only include the next paragraph if the victim is entitled to a meeting.",
    "*Remove this paragraph if no support worker*",
    "[Insert case-specific reasons here – plain English]",
    "DRAFTING NOTE: check the review deadline before sending.",
    "OPTION A – use where the suspect was interviewed:",
    "[Para 3: explain the decision. Do not use legal terms.]",
    "<<Insert support services paragraph>>",
    "[Use this paragraph for bereaved families only]",
    "Select: he / she / they",
    "VCL template 3 – decision to stop (v2.1)",
    "[If a meeting is offered, insert details here]",
    "(Paragraph for guilty plea cases – delete if not applicable)",
    "TEXT IN RED TO BE REMOVED BEFORE SENDING",
    "[Check whether the victim has asked for contact by email]",
    "Optional paragraph – see guidance note 4",
)
# (text, condition the paragraph contradicts)
STOCK_MISFITS: tuple[tuple[str, str], ...] = (
    ("Your victim personal statement will be read to the court before sentence is passed.",
     "stop"),
    ("If the defendant is convicted, the court may order them to pay you compensation.",
     "stop"),
    ("Because no one will be prosecuted, you will not be needed as a witness.", "alter"),
    ("We recognise that crimes motivated by hostility towards a person's identity have a "
     "particular impact on victims and communities.", "not_hate"),
    ("The defendant has pleaded guilty and the case has been adjourned for sentence. You do "
     "not need to attend the sentencing hearing, but you are welcome to do so.", "stop"),
    ("The Witness Care Unit will contact you shortly about attending the trial. It is "
     "important that you attend court to give your evidence.", "stop"),
    ("The court made a restraining order, which means that the defendant must not contact "
     "you directly or indirectly.", "stop"),
    ("I am pleased to tell you that the defendant was convicted after a trial and will be "
     "sentenced at a later date.", "stop"),
    ("As no charges will be brought, any property seized by the police will be returned to "
     "its owner.", "alter"),
    ("As the case has now ended, the bail conditions imposed on the defendant no longer "
     "apply.", "alter"),
    ("Please accept my condolences on the loss of your loved one.", "not_death"),
    ("As the victim of a sexual offence, you are entitled to lifelong anonymity, which means "
     "that nothing may be published that could identify you.", "not_sexual"),
    ("Your Independent Domestic Violence Adviser has been informed of this decision.",
     "not_da"),
    ("As the parent of a child witness, you can ask for your child to give evidence from "
     "behind a screen.", "not_child"),
)

# --------------------------------------------------------------------------------------------
# The case: offence, decision, people, places and dates
# --------------------------------------------------------------------------------------------

CROWN_CATEGORIES = frozenset({"death", "sexual_offence", "child_abuse", "robbery", "drugs"})
CROWN_OFFENCES = frozenset({"gbh18", "gbh20", "aggravated_burglary", "arson", "stalking",
                            "knife_threat", "fraud", "serious_injury_driving", "burglary"})
HISTORIC_ROLES = (
    ("your swimming coach", "swimming club"), ("a teacher at your school", "school"),
    ("a family friend", None), ("your stepfather", None), ("your uncle", None),
    ("a youth leader at the church you attended", "church youth club"),
    ("a member of staff at the children's home where you lived", "children's home"),
    ("your football coach", "football club"),
)
DA_RELATIONSHIPS_M = ("your partner", "your former partner", "your husband",
                      "your ex-husband", "your boyfriend at the time")
DA_RELATIONSHIPS_F = ("your partner", "your former partner", "your wife",
                      "your girlfriend at the time")
EW_ROLES = ("paramedic", "police officer", "nurse in the emergency department", "firefighter",
            "prison officer")
INJURIES = ("a broken nose", "a fractured cheekbone", "bruising to your face and a cut above "
            "your eye", "a broken wrist", "two broken ribs", "a cut to your head that needed "
            "stitches")
OTHER_OFFENCES = ("robbery", "a serious assault on another person", "a series of burglaries",
                  "supplying drugs", "fraud against elderly victims")
OTHER_OFFENCES_SEXUAL = ("sexual offences against another person",
                         "sexual offences against two other children")
AMOUNTS = ("£760", "£1,250", "£2,450", "£4,800", "£9,300", "£18,000", "£31,500", "£640")
NUM_WORDS = ("four", "five", "six", "seven", "eight", "nine", "10", "11", "12", "13", "14", "15")


@dataclass
class Person:
    first: str
    last: str
    gender: str  # "m" or "f"
    title: str
    background: str = "british"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def formal(self) -> str:
        return f"{self.title} {self.last}"


def make_person(rng: random.Random, gender: str | None = None, titled: bool = True,
                surname: str | None = None, background: str | None = None) -> Person:
    background = background or rng.choices(list(NAME_WEIGHTS),
                                           weights=list(NAME_WEIGHTS.values()))[0]
    males, females, surnames = NAME_POOLS[background]
    gender = gender or rng.choice("mf")
    first = pick(rng, males if gender == "m" else females)
    male_last, female_last = surnames[rng.randrange(len(surnames))]
    while male_last == first:
        male_last, female_last = surnames[rng.randrange(len(surnames))]
    last = surname or (male_last if gender == "m" else female_last)
    if gender == "m":
        title = "Dr" if rng.random() < 0.03 else "Mr"
    else:
        title = rng.choices(("Ms", "Mrs", "Miss", "Dr"), weights=(50, 33, 14, 3))[0]
    return Person(first, last, gender, title if titled else "", background)


def pronouns(gender: str, suffix: str) -> dict[str, str]:
    he, him, his, himself = (("he", "him", "his", "himself") if gender == "m"
                             else ("she", "her", "her", "herself"))
    return {f"he_{suffix}": he, f"He_{suffix}": he.capitalize(), f"him_{suffix}": him,
            f"his_{suffix}": his, f"His_{suffix}": his.capitalize(),
            f"himself_{suffix}": himself}


def fmt_date(d: dt.date, style: str) -> str:
    if style == "numeric":
        return d.strftime("%d/%m/%Y")
    if style == "ordinal":
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suffix} {MONTHS[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def weekday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def add_working_days(d: dt.date, n: int) -> dt.date:
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def postcode(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUWXY"
    return (f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1, 29)} "
            f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}")


@dataclass
class Case:
    offence: Offence
    decision: str
    alter: Alter | None
    ctx: dict[str, Any]
    reasons: tuple[str, ...]  # reason kinds that fit this case and decision

    @property
    def category(self) -> str:
        return self.offence.category

    @property
    def who(self) -> str:
        return self.offence.who


def reasons_for(offence: Offence, decision: str, alter: Alter | None,
                has_place: bool) -> tuple[str, ...]:
    """The reason kinds that fit this offence and decision."""
    if decision in ALTER_DECISIONS:
        keys = alter.reasons if alter else ()
    elif decision == "leave_on_file":
        keys = ("already_sentenced",)
    else:
        keys = offence.stop
        if (decision in ("discontinue", "offer_no_evidence") and offence.who == "direct"
                and offence.category != "death"):
            keys = (*keys, "new_material", "witness_no_show")
    out = []
    for key in keys:
        reason = REASONS[key]
        if reason.who == "direct" and offence.who not in ("direct", "historic"):
            continue
        if key == "records_lost" and not has_place:
            continue
        allowed = {
            "stop": decision in STOP_DECISIONS and decision != "leave_on_file",
            "charged": decision in ("discontinue", "offer_no_evidence"),
            "one": decision == "offer_no_evidence",
            "nfa": decision == "no_further_action",
            "lof": decision == "leave_on_file",
            "alter": decision in ALTER_DECISIONS,
        }[reason.when]
        if allowed:
            out.append(key)
    return tuple(out)


def compatible(a: str, b: str) -> bool:
    """Whether two reason kinds can be given together without contradicting each other."""
    ga, gb = REASONS[a].group, REASONS[b].group
    if "solo" in (ga, gb):
        return False
    return "pi" in (ga, gb) or "both" in (ga, gb) or ga == gb


def choose_case(rng: random.Random) -> tuple[Offence, str, Alter | None]:
    category = rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0]
    offences = [o for o in OFFENCES if o.category == category]
    offence = rng.choices(offences, weights=[o.weight for o in offences])[0]
    decisions = dict(DECISION_WEIGHTS)
    if not offence.alters:
        decisions.pop("reduce_charge")
        decisions.pop("accept_plea_lesser")
    if category == "death":
        decisions.pop("leave_on_file")
    while True:
        decision = rng.choices(list(decisions), weights=list(decisions.values()))[0]
        alter = pick(rng, offence.alters) if decision in ALTER_DECISIONS else None
        if reasons_for(offence, decision, alter, True):
            return offence, decision, alter
        decisions.pop(decision)


def build_ctx(rng: random.Random, offence: Offence, decision: str,
              alter: Alter | None) -> dict[str, Any]:
    """Merge fields for one case: people, places, dates, contact details."""
    date_style = rng.choices(("plain", "ordinal", "numeric"), weights=(80, 13, 7))[0]
    letter = weekday(dt.date(2019, 1, 7) + dt.timedelta(days=rng.randrange(0, 2360)))
    while (letter.month, letter.day) in ((12, 25), (12, 26), (1, 1)):
        letter = weekday(letter + dt.timedelta(days=1))
    incident = letter - dt.timedelta(days=rng.randint(70, 800))
    report = incident + dt.timedelta(days=rng.choice((0, 0, 1, 2, 5, 12)))
    date2 = report + dt.timedelta(days=rng.randint(3, max(4, (letter - report).days - 3)))
    charge = report + dt.timedelta(days=rng.randint(10, max(11, (date2 - report).days)))
    if decision == "reduce_charge":
        hearing = weekday(letter + dt.timedelta(days=rng.randint(14, 60)))
    else:
        hearing = weekday(letter - dt.timedelta(days=rng.randint(1, 6)))
        while hearing >= letter:
            hearing = weekday(hearing - dt.timedelta(days=3))
    trial = weekday(letter + dt.timedelta(days=rng.randint(20, 120)))
    if decision == "offer_no_evidence":
        trial = hearing
    sentence = weekday(letter + dt.timedelta(days=rng.randint(21, 45)))
    decision_day = weekday(letter - dt.timedelta(days=rng.randint(0, 3)))
    if decision_day > letter:
        decision_day = letter

    def d(x: dt.date) -> str:
        return fmt_date(x, date_style)

    sexual = offence.category in ("sexual_offence", "child_abuse")
    s_gender = "m" if (sexual or rng.random() < 0.85) else "f"
    suspect = make_person(rng, s_gender)
    victim = make_person(rng)
    area, slug = pick(rng, AREAS)
    town, town2, unit_town, court_town, cc_town = rng.sample(TOWNS, 5)
    street = pick(rng, STREETS)
    county = pick(rng, COUNTIES)
    prosecutor = make_person(rng, titled=False)
    vlo = make_person(rng, titled=False)
    oic = make_person(rng, titled=False)
    w1, w2 = make_person(rng), make_person(rng)
    ctx: dict[str, Any] = {
        "S": suspect.full, "S_caps": f"{suspect.first} {suspect.last.upper()}",
        "S_last": suspect.formal, "S_noun": "a man" if s_gender == "m" else "a woman",
        "S_age": str(rng.randint(78, 93)),
        **pronouns(s_gender, "S"),
        "A": victim.formal, "A_full": f"{victim.title} {victim.full}", "A_first": victim.first,
        "town": town, "town2": town2, "street": street,
        "venue": rng.choice((pick(rng, PUB_NAMES), pick(rng, CLUBS), f"the Co-op on {street}",
                             f"{town} bus station", f"the takeaway on {street}",
                             f"{town} railway station")),
        "spot": pick(rng, ("entrance", "car park", "bus stop", "side of the building",
                           "taxi rank")),
        "park": pick(rng, ("Victoria Park", "the recreation ground", f"{town} Country Park",
                           "the park off " + street)),
        "road": rng.choice((f"the A{rng.randint(30, 699)}", f"the B{rng.randint(1000, 6999)}",
                            street, "Ferry Road", "the ring road")),
        "hospital": pick(rng, HOSPITAL_FORMS).format(t=rng.choice((town, town2))),
        "court_mc": f"{court_town} Magistrates' Court", "court_cc": f"{cc_town} Crown Court",
        "police": f"{county} {pick(rng, ('Police', 'Constabulary', 'Police'))}",
        "oic": f"{pick(rng, RANKS)} {oic.full}",
        "W": w1.full, "W2": w2.full,
        "W_she": "he" if w1.gender == "m" else "she", "W_She": "He" if w1.gender == "m"
        else "She", "W_her": "him" if w1.gender == "m" else "her",
        "W_poss": "his" if w1.gender == "m" else "her",
        "W_Poss": "His" if w1.gender == "m" else "Her",
        "inc_date": d(incident), "report_date": d(report), "date2": d(date2),
        "charge_date": d(charge), "hearing_date": d(hearing), "trial_date": d(trial),
        "sentence_date": d(sentence), "decision_date": d(decision_day),
        "letter_date": d(letter), "vrr_date": d(add_working_days(letter, 10)),
        "inc_year": str(incident.year), "month": MONTHS[(incident.month - 1) % 12],
        "month2": MONTHS[min(incident.month + rng.randint(1, 4), 12) - 1],
        "urn": (f"{rng.randint(1, 99):02d}{rng.choice('ABCDEFGHJKLMNPRSTWY')}"
                f"{rng.choice('ABCDEFGHJKLMNPRSTWY')}{rng.randint(0, 99999):05d}"
                f"{incident.year % 100:02d}"),
        "police_ref": f"{rng.choice('CDKLR')}{rng.randint(100000, 999999)}/{incident.year % 100}",
        "phone": rng.choice((f"0300 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                             f"01632 {rng.randint(900000, 999999)}",
                             f"020 {rng.randint(3000, 8999)} {rng.randint(1000, 9999)}")),
        "area": area, "unit": pick(rng, UNITS),
        "vlu_email": f"{pick(rng, ('vlu', 'victimliaison', 'vlu.enquiries'))}.{slug}@cps.gov.uk",
        "vrr_email": f"{pick(rng, ('vlu', 'review', 'victimsreview'))}.{slug}@cps.gov.uk",
        "unit_addr_inline": (f"{pick(rng, BUILDINGS)}, {rng.randint(1, 120)} "
                             f"{pick(rng, STREETS)}, {unit_town} {postcode(rng)}"),
        "unit_town": unit_town,
        "prosecutor": prosecutor.full, "ptitle": pick(rng, PROSECUTOR_TITLES),
        "vlo": vlo.full, "supporter": make_person(rng, "f").full,
        "v_addr": f"{rng.randint(1, 140)} {pick(rng, STREETS)}",
        "v_town": rng.choice((town, town2)), "v_pc": postcode(rng),
        "n_years": str(rng.randint(4, 14)), "amount": pick(rng, AMOUNTS),
        "other_offence": pick(rng, OTHER_OFFENCES_SEXUAL if sexual else OTHER_OFFENCES),
        "platform": pick(rng, PLATFORMS), "injury": pick(rng, INJURIES),
        "item": pick(rng, ("bicycle", "handbag", "laptop", "car keys", "mobile phone")),
        "did_what": "struck the blow",
        "item_examined": pick(rng, ("bottle found at the scene", "cap left at the scene",
                                    "door handle", "jacket recovered nearby")),
        "ew_role": pick(rng, EW_ROLES),
        "relationship": pick(rng, DA_RELATIONSHIPS_M if s_gender == "m"
                             else DA_RELATIONSHIPS_F),
        "hostility": "hostile", "hostility_basis": "who you are",
        "meet_who": "you", "protect_who": "you", "offence": offence.name,
        "Offence": offence.name[0].upper() + offence.name[1:],
        "lesser": alter.lesser if alter else "", "max_sentence": alter.max_sentence if alter
        else "",
    }
    ctx["Lesser"] = ctx["lesser"][:1].upper() + ctx["lesser"][1:]
    ctx["court"] = ctx["court_cc"] if (offence.category in CROWN_CATEGORIES
                                       or offence.key in CROWN_OFFENCES) else ctx["court_mc"]
    ctx.update({"vic": "you", "Vic": "You", "vic_was": "you were", "Vic_was": "You were",
                "vic_poss": "your", "Vic_poss": "Your", "vic_obj": "you", "vic_had": "you had",
                "Vic_had": "You had", "D": "", "D_rel": "", "D_poss": "", "D_full": "",
                "C": "", "C_she": "", "C_her": "", "C_his": "", "C_age": ""})
    ctx.update(pronouns("m", "D"))
    if offence.who == "parent":
        child = make_person(rng, titled=False, surname=victim.last,
                            background=victim.background)
        c_name = child.first
        ctx.update({"C": c_name, "C_age": pick(rng, NUM_WORDS),
                    "C_she": "he" if child.gender == "m" else "she",
                    "C_her": "him" if child.gender == "m" else "her",
                    "C_his": "his" if child.gender == "m" else "her",
                    "vic": c_name, "Vic": c_name, "vic_was": f"{c_name} was",
                    "Vic_was": f"{c_name} was", "vic_poss": f"{c_name}'s",
                    "Vic_poss": f"{c_name}'s", "vic_obj": c_name, "vic_had": f"{c_name} had",
                    "Vic_had": f"{c_name} had", "meet_who": "you and your family",
                    "protect_who": f"you and {c_name}"})
    elif offence.who == "bereaved":
        relation = pick(rng, ("son", "daughter", "husband", "wife", "partner", "brother",
                              "sister", "father", "mother"))
        d_gender = "f" if relation in ("daughter", "wife", "sister", "mother") else "m"
        if relation == "partner":
            d_gender = rng.choice("mf")
        same_name = relation != "partner" and not (relation == "wife" and rng.random() < 0.2)
        deceased = make_person(rng, d_gender, titled=False,
                               surname=victim.last if same_name else None,
                               background=victim.background if same_name else None)
        ctx.update({"D": deceased.first, "D_full": deceased.full, "D_rel": f"your {relation}",
                    "D_poss": f"{deceased.first}'s", **pronouns(d_gender, "D"),
                    "meet_who": "you and your family", "protect_who": "you and your family",
                    "vic": deceased.first, "Vic": deceased.first,
                    "vic_was": f"{deceased.first} was", "Vic_was": f"{deceased.first} was",
                    "vic_poss": f"{deceased.first}'s", "Vic_poss": f"{deceased.first}'s",
                    "vic_obj": deceased.first, "vic_had": f"{deceased.first} had",
                    "Vic_had": f"{deceased.first} had"})
        if relation in ("son", "daughter") and rng.random() < 0.4:
            ctx["A"] = f"Mr and Mrs {victim.last}"
            ctx["A_full"] = f"Mr and Mrs {victim.last}"
    elif offence.who == "historic":
        role, place = pick(rng, HISTORIC_ROLES)
        y1 = rng.randint(1972, 2004)
        ctx.update({"S_role": role, "S_place": place or "", "y1": str(y1),
                    "y2": str(y1 + rng.randint(1, 5)), "decade": f"{y1 // 10 * 10}s"})
    ctx.setdefault("S_role", "")
    ctx.setdefault("S_place", "")
    for key in ("y1", "y2", "decade"):
        ctx.setdefault(key, "")
    for key, value in offence.extra.items():
        ctx[key] = value
    ctx["what"] = offence.what.format_map(ctx)
    return ctx


def make_case(rng: random.Random) -> Case:
    offence, decision, alter = choose_case(rng)
    ctx = build_ctx(rng, offence, decision, alter)
    reasons = reasons_for(offence, decision, alter, bool(ctx["S_place"]))
    return Case(offence, decision, alter, ctx, reasons)


# --------------------------------------------------------------------------------------------
# The plan: which concerns this letter has, and how it is written
# --------------------------------------------------------------------------------------------


@dataclass
class Plan:
    missing_reasons: bool
    jargon: bool
    jargon_k: int
    gloss_p: float
    emp_mode: str  # warm | flat | cold | mixed
    vrr_mode: str  # full | partial | none (eligible); na_mention | na_none (not eligible)
    meeting: bool
    residue: bool
    residue_n: int
    verbosity: str  # curt | short | medium | long | xlong
    headings: bool
    bullets: bool
    typo_rate: float
    crlf: bool
    double_space: bool
    stock: bool = False  # one stock-sympathy formula (role other) in the letter (``--stock-share``)


def make_plan(rng: random.Random, case: Case) -> Plan:
    eligible = case.decision in VRR_DECISIONS
    if eligible:
        vrr_mode = rng.choices(("full", "partial", "none"), weights=(50, 22, 28))[0]
    else:
        vrr_mode = rng.choices(("na_none", "na_mention"), weights=(85, 15))[0]
    needs_meeting = case.category in MEETING_CATEGORIES
    lacks = rng.random() < 0.42
    emp_mode = rng.choices(("flat", "cold", "mixed"), weights=(42, 43, 15))[0] if lacks else "warm"
    jargon = rng.random() < 0.42
    residue = rng.random() < 0.37
    missing_reasons = rng.random() < 0.42
    # Letters that leave things out are shorter; shift their length class up (and complete
    # letters' down) so that length says nothing about the labels.
    order = ("curt", "short", "medium", "long", "xlong")
    verbosity = rng.choices(order, weights=(9, 18, 48, 19, 6))[0]
    gaps = (missing_reasons, emp_mode in ("flat", "cold"), eligible and vrr_mode != "full")
    step = sum(rng.random() < 0.5 for gap in gaps if gap)
    step -= sum(rng.random() < 0.3 for gap in gaps if not gap)
    verbosity = order[min(4, max(0, order.index(verbosity) + step))]
    return Plan(
        missing_reasons=missing_reasons,
        jargon=jargon,
        jargon_k=rng.choices((1, 2, 3), weights=(40, 38, 22))[0],
        gloss_p=rng.choice((0.0, 0.35, 0.6, 0.85)),
        emp_mode=emp_mode,
        vrr_mode=vrr_mode,
        meeting=rng.random() < (0.35 if needs_meeting else 0.12),
        residue=residue,
        residue_n=rng.choices((1, 2, 3), weights=(50, 35, 15))[0],
        verbosity=verbosity,
        headings=rng.random() < 0.3,
        bullets=rng.random() < 0.3,
        typo_rate=0.0 if rng.random() < 0.7 else rng.uniform(0.004, 0.013),
        crlf=rng.random() < 0.05,
        double_space=rng.random() < 0.12,
    )

# --------------------------------------------------------------------------------------------
# Merge-field helpers used by str.format_map
# --------------------------------------------------------------------------------------------


class Slot:
    """A merge field that was left unfilled the first time it is printed (template residue)."""

    def __init__(self, value: str, residue: str) -> None:
        self.value = value
        self.residue = residue
        self.fired = False

    def __format__(self, spec: str) -> str:
        if not self.fired:
            self.fired = True
            return _mark("R", self.residue)
        return self.value

    def __str__(self) -> str:
        return self.value


class _TermField:
    """``{T:key}`` in a template: renders a legal term through the writer's jargon policy."""

    def __init__(self, writer: LetterWriter) -> None:
        self.writer = writer

    def __format__(self, spec: str) -> str:
        return self.writer.term(spec)


@dataclass
class Block:
    kind: str  # lines | para | bullets
    items: list[tuple[str, tuple[str, ...]]]


_CLEANUPS = ((" –.", "."), (" –,", ","), (",.", "."), (",,", ","), ("..", "."), (" ,", ","))


class LetterWriter:
    """Writes one letter for a case according to a plan."""

    def __init__(self, rng: random.Random, case: Case, plan: Plan) -> None:
        self.rng = rng
        self.case = case
        self.plan = plan
        self.blocks: list[Block] = []
        self.used_terms: set[str] = set()
        self.bare = 0
        self.force: str | None = None
        self.pending: list[str] = []
        self.allow_expl = True
        self.ctx: dict[str, Any] = dict(case.ctx)
        self.ctx["T"] = _TermField(self)
        self.salutation_cold = plan.emp_mode in ("cold", "mixed") and rng.random() < 0.3
        self.chosen_reasons: list[str] = []

    # ---------------------------------------------------------------- rendering

    @property
    def decision(self) -> str:
        return self.case.decision

    def term(self, spec: str) -> str:
        """Render a term bare (a jargon span), glossed or in plain words."""
        key = {"OFF": self.case.offence.abbr,
               "LESS": self.case.alter.abbr if self.case.alter else None}.get(spec, spec)
        assert key, spec
        t = TERMS[key]
        mode = self.force
        if mode is None:
            if key in self.used_terms:
                mode = "plain"
            elif (self.plan.jargon and self.bare < self.plan.jargon_k
                  and self.rng.random() < 0.55):
                mode = "bare"
            elif self.rng.random() < self.plan.gloss_p:
                mode = "gloss"
            else:
                mode = "plain"
        self.used_terms.add(key)
        if mode == "bare":
            self.bare += 1
            return _mark("J", t.term)
        if mode == "plain":
            return t.plain
        style = self.rng.choice(("paren", "paren", "dash", "expl", "expl"))
        if style == "expl" and not self.allow_expl:
            style = "paren"
        if style == "paren":
            return f"{t.term} ({_mark('G', t.paren)})"
        if style == "dash":
            return f"{t.term} – {_mark('G', t.paren)} –"
        self.pending.append(t.expl)
        return t.term

    def f(self, template: str, force: str | None = None, allow_expl: bool = True) -> str:
        """Fill a template from the case; glosses that follow the sentence are appended."""
        self.force, self.allow_expl, self.pending = force, allow_expl, []
        text = template.format_map(self.ctx)
        for old, new in _CLEANUPS:
            text = text.replace(old, new)
        if text.endswith(" –"):
            text = text[:-2]
        for expl in self.pending:
            text += " " + _mark("G", expl)
        self.force, self.allow_expl, self.pending = None, True, []
        return text

    def para(self, *items: tuple[str, tuple[str, ...]] | None) -> None:
        kept = [i for i in items if i]
        if kept:
            self.blocks.append(Block("para", kept))

    def lines(self, *items: tuple[str, tuple[str, ...]] | None) -> None:
        kept = [i for i in items if i]
        if kept:
            self.blocks.append(Block("lines", kept))

    def heading(self, part: str) -> None:
        if self.plan.headings:
            self.blocks.append(Block("lines", [(pick(self.rng, HEADINGS[part]), ())]))

    def size(self, curt: Any, short: Any, medium: Any, long: Any, xlong: Any = None) -> Any:
        """The value for this letter's length class."""
        return {"curt": curt, "short": short, "medium": medium, "long": long,
                "xlong": long if xlong is None else xlong}[self.plan.verbosity]

    def chance(self, p_curt: float, p_short: float, p_medium: float, p_long: float) -> bool:
        p = self.size(p_curt, p_short, p_medium, p_long, 1.0)
        return self.rng.random() < p

    # ---------------------------------------------------------------- conditions

    def warm(self) -> bool:
        return self.plan.emp_mode == "warm"

    def fits(self, condition: str) -> bool:
        c, who, dec = self.case.category, self.case.who, self.decision
        return {
            "any": True,
            "not_death": c != "death",
            "death": c == "death",
            "homicide": c == "death" and self.case.offence.key in ("manslaughter", "murder"),
            "road_death": c == "death" and self.case.offence.key.startswith("death_"),
            "direct": who in ("direct", "historic"),
            "believed": who in ("direct", "historic") and c in (
                "sexual_offence", "domestic_abuse", "child_abuse", "hate_crime",
                "harassment_stalking"),
            "alter_direct": dec in ALTER_DECISIONS and who == "direct",
            "plea": dec == "accept_plea_lesser",
            "hate": c == "hate_crime",
            "da": c == "domestic_abuse",
            "sexual": c == "sexual_offence" or (c == "child_abuse" and who == "historic"),
            "parent": who == "parent",
            "historic": who == "historic",
            "fraud": c == "fraud",
            "burglary": c == "burglary",
            "stalking": c == "harassment_stalking",
            "court": dec in ALTER_DECISIONS,
            "stop": dec in STOP_DECISIONS and c != "death",
        }[condition]

    def misfit(self, condition: str) -> bool:
        c, dec = self.case.category, self.decision
        return {
            "stop": dec in STOP_DECISIONS,
            "alter": dec in ALTER_DECISIONS,
            "not_death": c != "death",
            "not_sexual": c not in ("sexual_offence", "child_abuse"),
            "not_da": c != "domestic_abuse",
            "not_child": c != "child_abuse",
            "not_hate": c != "hate_crime",
        }[condition]

    # ---------------------------------------------------------------- parts

    def header(self) -> None:
        rng, v = self.rng, self.plan.verbosity
        style = rng.choices(("full", "short", "none"),
                            weights=self.size((10, 30, 60), (20, 40, 40), (45, 35, 20),
                                              (60, 30, 10), (85, 15, 0)))[0]
        if self.case.category in ("sexual_offence", "child_abuse") and rng.random() < 0.5:
            self.ctx["unit"] = "Rape and Serious Sexual Offences Unit"
        elif self.ctx["unit"] == "Rape and Serious Sexual Offences Unit":
            self.ctx["unit"] = "Victim Liaison Unit"
        if style == "full":
            self.lines(("Crown Prosecution Service", ()), (self.f("{area} – {unit}"), ()),
                       (self.f("{unit_addr_inline}"), ()),
                       (self.f(pick(rng, ("Tel: {phone}", "Telephone: {phone}"))), ())
                       if rng.random() < 0.7 else None,
                       (self.f("Email: {vlu_email}"), ()) if rng.random() < 0.5 else None)
        elif style == "short":
            first = pick(rng, ("{area}", "{area} | {unit}", "{area}, {unit_town} office"))
            self.lines((self.f(first), ()),
                       (self.f("{unit}"), ()) if "unit}" not in first and rng.random() < 0.4
                       else None)
        ref = pick(rng, ("Our ref: {urn}", "Ref: {urn}", "URN: {urn}", "Our reference: {urn}",
                         "[Ref: {urn}]", "Our ref: {urn} (please quote in any reply)"))
        date_line = pick(rng, ("Date: {letter_date}", "{letter_date}", "Date: {letter_date}"))
        items = [(self.f(ref), ())]
        if rng.random() < 0.25:
            items.append((self.f("Your ref: {police_ref}"), ()))
        if rng.random() < 0.5:
            items.insert(0, (self.f(date_line), ()))
        else:
            items.append((self.f(date_line), ()))
        self.lines(*items)
        if rng.random() < (0.15 if v == "curt" else 0.4):
            address = [(self.f("{A_full}"), ()), (self.f("{v_addr}"), ()),
                       (self.f("{v_town}"), ()), (self.f("{v_pc}"), ())]
            if rng.random() < 0.25:
                address.insert(0, (pick(rng, ("PRIVATE AND CONFIDENTIAL", "Private and "
                                              "confidential", "By email only")), ()))
            self.lines(*address)

    def salutation(self) -> tuple[str, tuple[str, ...]]:
        if self.salutation_cold:
            return pick(self.rng, ("Dear Sir/Madam,", "Dear Sir or Madam,")), ("cold",)
        if self.case.who in ("direct", "historic") and self.rng.random() < 0.07:
            return self.f("Dear {A_first},"), ()
        return self.f("Dear {A},"), ()

    def subject(self) -> tuple[str, tuple[str, ...]]:
        rng, dec = self.rng, self.decision
        options = []
        if dec == "no_further_action":
            options += ["Re: Your report of {offence} – {inc_date}",
                        "Police investigation: {offence}, {town}", "Suspect: {S}",
                        "Decision on whether to charge {S}", "RE: {S_caps} – {Offence}"]
        else:
            options += ["R v {S_caps}", "Re: R v {S_caps} – {Offence}",
                        "{S} – charge of {offence}", "Case against {S}",
                        "Prosecution of {S} – {court}", "R v {S_caps} ({urn})"]
            if self.case.offence.abbr:
                options.append("RE: {S_caps} – {T:OFF}")
        if self.case.category == "death":
            options += ["The death of {D_full}", "R v {S_caps} – the death of {D_full}"]
        text = self.f(pick(rng, options), allow_expl=False)
        if (text.startswith("Re: ") and " R v " not in text and rng.random() < 0.3
                and _MARK_RE.search(text) is None):
            text = text.upper()
        has_offence = any(w in _strip_marks(text).lower() for w in (
            self.case.offence.name.lower(), "death of", "charge of")) or "J|" in text
        return text, ("case_type",) if has_offence else ()

    def opening(self) -> None:
        rng, case = self.rng, self.case
        options = list(OPENINGS)
        if case.who == "parent":
            options += OPENINGS_PARENT
        if case.who == "bereaved":
            options += OPENINGS_BEREAVED * 2
        if self.decision in CHARGED_DECISIONS:
            options += OPENINGS_CHARGED
        if self.decision == "no_further_action":
            options += OPENINGS_NFA
        items: list[tuple[str, tuple[str, ...]] | None] = []
        third_party = case.who in ("parent", "bereaved")
        if self.warm() and rng.random() < 0.2:
            items.append((self.f(pick(rng, EMPATHY_OPENING)), ("empathy",)))
        if self.chance(0.15, 0.4, 1, 1) or third_party:
            items.append((self.f(pick(rng, options)), ("other",)))
        if self.chance(0.25, 0.45, 0.75, 0.85) or (third_party and rng.random() < 0.8):
            items.append((self.f(pick(rng, case.offence.incident)), ("case_type",)))
        self.para(*items)
        if self.chance(0.0, 0.0, 0.15, 0.45):
            self.para((self.f(pick(rng, CPS_ROLE)), ("other",)))

    def decision_sentence(self) -> tuple[str, tuple[str, ...]]:
        rng, dec = self.rng, self.decision
        if self.plan.emp_mode in ("cold", "mixed") and rng.random() < 0.3:
            return self.f(pick(rng, COLD_DECISIONS[dec])), ("decision", "cold")
        options = [t for t in DECISIONS[dec]
                   if ("{T:OFF}" not in t or self.case.offence.abbr)
                   and ("{T:LESS}" not in t or (self.case.alter and self.case.alter.abbr))]
        return self.f(pick(rng, self.prefer_terms(options))), ("decision",)

    def prefer_terms(self, options: list[str] | tuple[str, ...]) -> list[str] | tuple[str, ...]:
        """Lean towards templates that use a legal term (bare in jargon letters, else glossed)."""
        with_terms = [t for t in options if "{T:" in t]
        p = 0.5 if self.plan.jargon else 0.25
        return with_terms if with_terms and self.rng.random() < p else options

    def specific_reasons(self) -> list[tuple[str, tuple[str, ...]]]:
        rng = self.rng
        n = self.size(1, 1, rng.choice((1, 1, 2)), rng.choice((2, 2, 3)), 3)
        pool = list(self.case.reasons)
        kinds = [pool.pop(rng.randrange(len(pool)))]
        while len(kinds) < n:
            fitting = [k for k in pool if all(compatible(k, c) for c in kinds)]
            if not fitting:
                break
            kinds.append(fitting[rng.randrange(len(fitting))])
            pool.remove(kinds[-1])
        self.chosen_reasons = kinds
        out = [(self.f(pick(rng, REASONS[k].texts)), ("reason_specific",)) for k in kinds]
        if self.decision in ALTER_DECISIONS and rng.random() < 0.5:
            bank = PLEA_BENEFIT_BEREAVED if self.case.who == "bereaved" else PLEA_BENEFIT
            if self.decision == "reduce_charge":
                bank = tuple(b for b in bank if "plea" not in b)
            if bank:
                out.append((self.f(pick(rng, bank)), ("reason_specific",)))
        if rng.random() < 0.4:
            if self.decision in ALTER_DECISIONS:
                bank = SUMMARY_ALTER
            elif all(REASONS[k].kind == "P" for k in kinds):
                bank = SUMMARY_P
            else:
                bank = SUMMARY_E
            out.append((self.f(pick(rng, bank)), ("reason_generic",)))
        return out

    def generic_reasons(self) -> list[tuple[str, tuple[str, ...]]]:
        rng, dec = self.rng, self.decision
        style = rng.choices(("generic", "none", "padding"), weights=(60, 17, 23))[0]
        if style == "none":
            return []
        if dec == "reduce_charge":
            bank = GENERIC_ALTER
        elif dec == "accept_plea_lesser":
            bank = GENERIC_PLEA
        elif dec == "leave_on_file":
            bank = GENERIC_LOF
        else:
            bank = GENERIC_STOP_E + GENERIC_STOP_P if rng.random() < 0.5 else GENERIC_STOP_E
        out = []
        if style == "padding":
            out.append((self.f(pick(rng, PADDING_NO_REASONS)), ("other",)))
        first = pick(rng, self.prefer_terms(bank))
        out.append((self.f(first), ("reason_generic",)))
        if dec in STOP_DECISIONS and dec != "leave_on_file" and rng.random() < 0.25:
            other = GENERIC_STOP_P if first in GENERIC_STOP_E else GENERIC_STOP_E
            out.append((self.f(pick(rng, other)), ("reason_generic",)))
        return out

    def empathy_sentences(self, n: int) -> list[tuple[str, tuple[str, ...]]]:
        options = [t for t, cond in EMPATHY if self.fits(cond)]
        picked = self.rng.sample(options, min(n, len(options)))
        return [(self.f(t), ("empathy",)) for t in picked]

    def cold_sentences(self, n: int, blaming: bool = False) -> list[tuple[str, tuple[str, ...]]]:
        plan, dec = self.plan, self.decision
        options = []
        for text, tag in COLD:
            if tag == "no_contact" and (plan.vrr_mode == "full" or plan.meeting):
                continue
            if tag in ("final", "closed") and plan.vrr_mode in ("full", "partial"):
                continue
            if tag == "no_meeting" and plan.meeting:
                continue
            if tag.startswith("reasonish") and plan.missing_reasons:
                continue
            if tag == "reasonish_attend" and (dec != "offer_no_evidence"
                                              or self.case.who != "direct"):
                continue
            if tag == "reasonish_withdraw" and "victim_withdrew" not in self.chosen_reasons:
                continue
            if "drinking" in text and self.case.category not in ("sexual_offence", "violence"):
                continue
            if "your account" in text and self.case.who not in ("direct", "historic"):
                continue
            if blaming and tag not in ("generic", "reasonish", "reasonish_attend",
                                       "reasonish_withdraw", "closed", "no_contact"):
                continue
            options.append(text)
        picked = self.rng.sample(options, min(n, len(options)))
        return [(self.f(t), ("cold",)) for t in picked]

    def jargon_topup(self, final: bool = False) -> list[tuple[str, tuple[str, ...]]]:
        """Standalone term sentences: bare up to the plan's count, else one glossed."""
        plan, case, dec = self.plan, self.case, self.decision
        road = case.offence.key.startswith("death_")
        groups = {
            None: True, "nfa": dec == "no_further_action", "charged": dec in CHARGED_DECISIONS,
            "crown": dec in CHARGED_DECISIONS and case.ctx["court"] == case.ctx["court_cc"],
            "plea": dec == "accept_plea_lesser", "alter": dec in ALTER_DECISIONS,
            "stop": dec in STOP_DECISIONS, "one": dec == "offer_no_evidence",
        }
        options = [
            (key, tpl) for key, tpl, cats, group, reasonish in JARGON_SENTENCES
            if key not in self.used_terms and (cats is None or case.category in cats
                                               or (road and "death_road" in cats))
            and groups[group] and not (reasonish and plan.missing_reasons)
            and not (case.who == "bereaved" and ("{vic" in tpl or "{Vic" in tpl))
            and (key != "summary_only" or case.offence.summary_only)
        ]
        if final:
            need = 1 if plan.jargon and self.bare == 0 else 0
            force = "bare"
        elif plan.jargon:
            # leave room for terms met later (review scheme, advisers) now and then
            need = max(0, plan.jargon_k - self.bare - (self.rng.random() < 0.35))
            force = "bare"
        else:
            need = 1 if self.rng.random() < 0.35 else 0
            force = "gloss"
        picked: list[str] = []
        while len(picked) < need and options:
            weights = [3 if key in CORE_TERMS else 1 for key, _ in options]
            _, tpl = options.pop(self.rng.choices(range(len(options)), weights=weights)[0])
            picked.append(tpl)
        return [(self.f(tpl, force=force), ("other",)) for tpl in picked]

    def what_next(self) -> list[tuple[str, tuple[str, ...]]]:
        bank = list(WHAT_NEXT[self.decision])
        n = self.size(1, 1, 1, self.rng.choice((1, 2)), 2)
        return [(self.f(t), ("other",)) for t in self.rng.sample(bank, min(n, len(bank)))]

    def vrr(self) -> None:
        rng, plan, dec = self.rng, self.plan, self.decision
        if plan.vrr_mode == "full":
            self.heading("vrr")
            intro = [(self.f(pick(rng, VRR_INTRO)), ("vrr",))]
            if self.warm() and rng.random() < 0.3:
                intro.insert(0, (self.f(pick(rng, VRR_WARM)), ("vrr", "empathy")))
            what_bank = VRR_WHAT + (VRR_WHAT_ONE if dec == "offer_no_evidence"
                                    else VRR_WHAT_RESTART)
            if dec == "offer_no_evidence":
                what = [(self.f(pick(rng, VRR_WHAT_ONE)), ("vrr",))]
            elif self.chance(0.0, 0.3, 0.6, 0.9):
                what = [(self.f(pick(rng, what_bank)), ("vrr",))]
            else:
                what = []
            when = pick(rng, VRR_WHEN)
            late = ([(self.f(pick(rng, VRR_LATE)), ("vrr",))] if self.chance(0, 0, 0.3, 0.5)
                    else [])
            if plan.bullets and plan.verbosity != "curt" and rng.random() < 0.6:
                self.para(*intro, *what)
                how = rng.sample(VRR_HOW_BULLET, rng.randint(2, 4))
                self.blocks.append(Block("lines", [(self.f(pick(rng, (
                    "You can ask for a review in any of these ways:",
                    "To ask for a review, please contact us:"))), ("vrr",))]))
                self.blocks.append(Block("bullets", [(self.f(h), ("vrr",)) for h in how]))
                self.para((self.f(f"Please make your request {when}."), ("vrr",)), *late)
                return
            how_parts = rng.sample(VRR_HOW, rng.randint(1, 3))
            how = (", ".join(how_parts[:-1]) + " or " + how_parts[-1]) if len(how_parts) > 1 \
                else how_parts[0]
            core = pick(rng, (
                f"To ask for a review, please contact us {how} {when}.",
                f"Your request should be made {when}. You can contact us {how}.",
                f"Please let us know {when} if you would like a review. You can do this {how}.",
                f"If you would like a review, please tell us {how}, {when}.",
            ))
            self.para(*intro, *what, (self.f(core), ("vrr",)), *late)
        elif plan.vrr_mode == "partial":
            items = [(self.f(pick(rng, VRR_PARTIAL)), ("vrr_partial",))]
            if rng.random() < 0.35:
                items.append((self.f(pick(rng, VRR_WHAT)), ("vrr_partial",)))
            self.para(*items)
        elif plan.vrr_mode == "na_mention":
            self.para((self.f(pick(rng, VRR_NOT_APPLICABLE[dec])), ("other",)))
        if plan.vrr_mode in ("none", "na_none", "partial") and rng.random() < 0.2:
            self.para((self.f(pick(rng, COMPLAINTS)), ("other",)))

    def meeting(self) -> None:
        rng = self.rng
        if not self.plan.meeting:
            return
        self.heading("meeting")
        if self.warm() and rng.random() < 0.8:
            bank = MEETING_WARM + (MEETING_BEREAVED * 2 if self.case.who == "bereaved" else ())
            items = [(self.f(pick(rng, bank)), ("meeting_offer",))]
            if rng.random() < 0.4:
                items.append((self.f(pick(rng, MEETING_FOLLOW)), ("meeting_offer",)))
        else:
            items = [(self.f(pick(rng, MEETING_NEUTRAL)), ("meeting_offer",))]
        self.para(*items)

    def support(self) -> None:
        rng = self.rng
        options = [(w, n) for w, n, cond in SUPPORT if self.fits(cond)]
        specific = [o for o in options if o not in (SUPPORT[0][:2], SUPPORT[1][:2])]
        general = [o for o in options if o not in specific]
        k = self.size(1, 1, rng.choice((1, 2)), rng.choice((2, 3)), 3)
        picked = rng.sample(specific, min(k, len(specific)))
        if len(picked) < k or rng.random() < 0.4:
            picked.append(pick(rng, general))
        warm = self.warm()
        self.heading("support")
        texts = [(self.f(w if warm else n), ("support",)) for w, n in picked]
        intro = pick(rng, SUPPORT_INTRO_WARM if warm else SUPPORT_INTRO_NEUTRAL)
        if self.plan.bullets and len(texts) > 1 and rng.random() < 0.6:
            self.lines((self.f(intro), ("support",)))
            self.blocks.append(Block("bullets", texts))
        elif rng.random() < 0.4:
            self.para((self.f(intro), ("support",)), *texts)
        else:
            self.para(*texts)

    def closing(self) -> None:
        rng = self.rng
        items = []
        if rng.random() < (0.3 if self.plan.verbosity == "curt" else 0.8):
            items.append((self.f(pick(rng, CONTACT)), ("other",)))
        if rng.random() < 0.12:
            items.append((self.f(pick(rng, CONTACT_INSERT)), ("other",)))
        if self.warm() and rng.random() < 0.35:
            items.append((self.f(pick(rng, EMPATHY_CLOSING)), ("empathy",)))
        self.para(*items)
        cold = self.plan.emp_mode in ("cold", "mixed")
        if self.salutation_cold or (cold and rng.random() < 0.3):
            sign = "Yours faithfully,"
        else:
            sign = pick(rng, ("Yours sincerely,", "Yours sincerely,", "Kind regards,"))
        if rng.random() < 0.15:
            sig = [(self.f("{vlo}"), ()), ("Victim Liaison Officer", ()),
                   (self.f("on behalf of {prosecutor}, {ptitle}"), ())]
        else:
            sig = [(self.f("{prosecutor}"), ()), (self.f("{ptitle}"), ()),
                   (self.f("{area}"), ())]
        self.lines((sign, ()), *sig)
        if rng.random() < 0.15:
            self.lines((self.f(pick(rng, ENCLOSURES)), ()))

    # ---------------------------------------------------------------- residue

    def plan_residue(self) -> list[tuple[str, str]]:
        """Turn some merge fields into Slots; return instructions and misfit paragraphs."""
        rng, plan = self.rng, self.plan
        if not plan.residue:
            return []
        slots = ["letter_date", "urn", "prosecutor", "S", "S"]
        if not self.salutation_cold:
            slots += ["A", "A"]
        if self.decision in ("offer_no_evidence", "leave_on_file", "accept_plea_lesser"):
            slots += ["court", "hearing_date"]
        extras: list[tuple[str, str]] = []
        for _ in range(plan.residue_n):
            kind = rng.choices(("slot", "instr", "stock"), weights=(50, 32, 18))[0]
            if kind == "slot" and slots:
                slot = pick(rng, slots)
                slots = [s for s in slots if s != slot]
                self.ctx[slot] = Slot(str(self.ctx[slot]), pick(rng, SLOT_RESIDUE[slot]))
            elif kind == "stock":
                options = [t for t, cond in STOCK_MISFITS if self.misfit(cond)]
                extras.append(("stock", pick(rng, options)))
            else:
                extras.append(("instr", pick(rng, INSTRUCTIONS)))
        return extras

    def place_residue(self, extras: list[tuple[str, str]], first_body: int) -> None:
        rng = self.rng
        for kind, text in extras:
            if kind == "stock":
                pos = rng.randint(first_body + 1, len(self.blocks) - 1)
                self.blocks.insert(pos, Block("para", [(_mark("R", text), ())]))
            elif rng.random() < 0.3 and len(self.blocks) > first_body:
                # instruction left at the end of a paragraph
                paras = [b for b in self.blocks[first_body:] if b.kind == "para"]
                if paras:
                    pick(rng, paras).items.append((_mark("R", text), ()))
                    continue
                self.blocks.insert(first_body, Block("lines", [(_mark("R", text), ())]))
            else:
                pos = rng.randint(max(1, first_body - 1), len(self.blocks) - 1)
                self.blocks.insert(pos, Block("lines", [(_mark("R", text), ())]))

    # ---------------------------------------------------------------- the letter

    def compose(self) -> None:
        rng, plan, dec = self.rng, self.plan, self.decision
        curt = plan.verbosity == "curt"
        extras = self.plan_residue()
        self.header()
        salutation = self.salutation()
        subject = self.subject() if rng.random() < (0.6 if curt else 0.85) else None
        if subject and rng.random() < 0.3:
            self.lines(subject)
            self.lines(salutation)
        else:
            self.lines(salutation)
            if subject:
                self.lines(subject)
        first_body = len(self.blocks)
        self.opening()
        if self.chance(0.0, 0.05, 0.3, 0.6):
            bank = HISTORY_NFA if dec == "no_further_action" else (
                HISTORY_CHARGED if dec in CHARGED_DECISIONS else ())
            if bank:
                picked = rng.sample(bank, self.size(1, 1, 1, 1, 2))
                self.para(*[(self.f(t), ("other",)) for t in picked])

        # the decision, its reasons, empathy or coldness, what happens next
        decision = self.decision_sentence()
        reasons = self.generic_reasons() if plan.missing_reasons else self.specific_reasons()
        empathy: list[tuple[str, tuple[str, ...]]] = []
        cold: list[tuple[str, tuple[str, ...]]] = []
        if plan.emp_mode == "warm":
            n = self.size(1, 1, rng.choice((1, 2)), rng.choice((2, 3)), 3)
            empathy = self.empathy_sentences(n)
        elif plan.emp_mode == "cold":
            cold = self.cold_sentences(rng.choice((1, 1, 2)))
        elif plan.emp_mode == "mixed":
            empathy = self.empathy_sentences(1)
            cold = self.cold_sentences(rng.choice((1, 2)), blaming=True)
        if plan.stock:
            stock = (self.f(pick(rng, STOCK_SYMPATHY)), ("stock_sympathy",))
            if empathy:
                empathy.insert(rng.randint(0, len(empathy)), stock)
            else:
                cold.append(stock)
        rng.shuffle(empathy)
        rng.shuffle(cold)
        decision_para = [decision]
        if empathy and rng.random() < 0.6:
            decision_para.insert(0 if rng.random() < 0.5 else 1, empathy.pop())
        if cold and rng.random() < 0.4:
            decision_para.append(cold.pop())
        wants_next = (self.chance(0.1, 0.25, 0.55, 0.8)
                      or (dec in ALTER_DECISIONS and not curt and rng.random() < 0.6))
        next_items = self.what_next() if wants_next else []

        # jargon sentences go where a drafter would put them
        own: list[tuple[str, tuple[str, ...]]] = []
        for sentence in self.jargon_topup():
            target = rng.choice(("decision", "reasons", "reasons", "next", "own"))
            if target == "decision":
                decision_para.append(sentence)
            elif target == "reasons" and reasons:
                reasons.insert(rng.randint(0, len(reasons)), sentence)
            elif target == "next" and next_items:
                next_items.append(sentence)
            else:
                own.append(sentence)

        self.heading("decision")
        code = self.chance(0.0, 0.0, 0.15, 0.4)
        specific = [r for r in reasons if "reason_specific" in r[1]]
        bullet_reasons = plan.bullets and len(specific) >= 2 and rng.random() < 0.6
        if plan.headings or bullet_reasons or code or rng.random() < 0.45:
            self.para(*decision_para)
            if code:
                self.para((self.f(pick(rng, CODE_EXPLAIN)), ("other",)))
            if reasons:
                self.heading("reasons")
            if bullet_reasons:
                rest = [r for r in reasons if r not in specific]
                self.lines((pick(rng, ("My reasons are as follows:", "In summary:",
                                       "The main reasons are:")), ()))
                self.blocks.append(Block("bullets", specific))
                self.para(*rest)
            else:
                self.para(*reasons)
        else:
            self.para(*decision_para, *reasons)
        self.para(*own)
        if empathy and rng.random() < 0.6:
            self.para(empathy.pop())
        if cold and rng.random() < 0.5:
            self.para(cold.pop())
        if self.chance(0.0, 0.0, 0.2, 0.75):
            extras_bank = [t for t in LONG_EXTRAS
                           if not (self.case.category == "death" and "incidents" in t)]
            for extra in rng.sample(extras_bank, self.size(1, 1, 1, rng.choice((1, 2)), 3)):
                self.para((self.f(extra), ("other",)))
        if next_items:
            self.heading("next")
            self.para(*next_items)

        # review right, meeting, support
        order = ["vrr", "meeting", "support"]
        if rng.random() < 0.3:
            rng.shuffle(order)
        support_p = self.size(0.1, 0.45, 0.75, 0.9, 1.0)
        for part in order:
            if part == "vrr":
                self.vrr()
            elif part == "meeting":
                self.meeting()
            elif rng.random() < support_p:
                self.support()
        if empathy or cold:
            self.para(*empathy, *cold)
        self.para(*self.jargon_topup(final=True))
        self.closing()
        self.place_residue(extras, first_body)
        if plan.residue and not any(_OPEN + "R|" in m for b in self.blocks for m, _ in b.items):
            self.blocks.insert(first_body, Block("lines", [(_mark("R", pick(
                rng, INSTRUCTIONS)), ())]))

    # ---------------------------------------------------------------- emission

    def _plain(self, b: DocBuilder, text: str, typo: bool) -> None:
        if text:
            if typo and self.plan.typo_rate:
                text = add_typos(self.rng, text, self.plan.typo_rate)
            b.add(text)

    def emit(self, b: DocBuilder, markup: str, roles: tuple[str, ...], typo: bool,
             nl: str) -> None:
        """Append marked-up text: markers become spans and gloss parts; roles cover it all."""
        markup = markup.replace("\n", nl)
        start, pos = b.length, 0
        pieces_from = len(b.parts)
        for m in _MARK_RE.finditer(markup):
            self._plain(b, markup[pos:m.start()], typo)
            kind, body = m.group(1), m.group(2)
            if kind == "J":
                b.add_span(body, "unexplained_jargon")
            elif kind == "G":
                b.add(body, "jargon_gloss")
            else:
                b.add_span(body, "template_residue", "residue")
            pos = m.end()
        self._plain(b, markup[pos:], typo)
        text = "".join(b.parts[pieces_from:])
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if trail > lead:
            for role in roles:
                b.roles.append({"role": role, "start": start + lead, "end": start + trail})

    def build(self) -> DocBuilder:
        rng, plan = self.rng, self.plan
        b = DocBuilder()
        nl = "\r\n" if plan.crlf else "\n"
        bullet = pick(rng, ("• ", "- ", "* ", "– ", "•\t"))
        for i, block in enumerate(self.blocks):
            if i:
                b.add(nl * 2 if rng.random() < 0.97 else nl * 3)
            for j, (markup, roles) in enumerate(block.items):
                if block.kind == "para":
                    if j:
                        b.add("  " if plan.double_space and rng.random() < 0.6 else " ")
                    self.emit(b, markup, roles, True, nl)
                else:
                    if j:
                        b.add(nl)
                    if block.kind == "bullets":
                        b.add(bullet)
                    self.emit(b, markup, roles, block.kind == "bullets", nl)
        b.roles.sort(key=lambda r: (r["start"], r["end"]))
        return b


# --------------------------------------------------------------------------------------------
# Labels, generation, validation
# --------------------------------------------------------------------------------------------


def derive_labels(record: dict[str, Any]) -> dict[str, int]:
    """The six letter labels, read off what the letter actually contains."""
    roles = {p["role"] for p in record["parts"]}
    concerns = {s["concern"] for s in record["spans"]}
    meta = record["meta"]
    return {
        "missing_reasons": int("reason_specific" not in roles),
        "unexplained_jargon": int("unexplained_jargon" in concerns),
        "lacks_empathy": int("empathy" not in roles or "cold" in roles),
        "missing_vrr": int(meta["decision"] in VRR_DECISIONS and "vrr" not in roles),
        "missing_meeting_offer": int(meta["case_category"] in MEETING_CATEGORIES
                                     and "meeting_offer" not in roles),
        "template_residue": int("template_residue" in concerns),
    }


def planned_labels(case: Case, plan: Plan) -> dict[str, int]:
    return {
        "missing_reasons": int(plan.missing_reasons),
        "unexplained_jargon": int(plan.jargon),
        "lacks_empathy": int(plan.emp_mode != "warm"),
        "missing_vrr": int(case.decision in VRR_DECISIONS and plan.vrr_mode != "full"),
        "missing_meeting_offer": int(case.category in MEETING_CATEGORIES and not plan.meeting),
        "template_residue": int(plan.residue),
    }


def generate_letter(rng: random.Random, doc_id: str, stock_share: float = 0.0) -> dict[str, Any]:
    """One labelled letter; retried with another length if it falls outside 70-900 words.

    With ``stock_share``, that share of letters carries one stock-sympathy formula: a warm letter
    beside its real empathy (still warm), a flat one as its only gesture (still lacking empathy),
    a cold or mixed one beside its cold wording. The plans are drawn as without it.
    """
    case = make_case(rng)
    plan = make_plan(rng, case)
    if stock_share and rng.random() < stock_share:
        plan.stock = True
    for _ in range(6):
        writer = LetterWriter(rng, case, plan)
        writer.compose()
        builder = writer.build()
        words = len(builder.text.split())
        if 70 <= words <= 900:
            break
        order = ("curt", "short", "medium", "long", "xlong")
        step = -1 if words > 900 else 1
        plan.verbosity = order[min(4, max(0, order.index(plan.verbosity) + step))]
    meta = {"source": "generator", "decision": case.decision, "case_category": case.category}
    record = builder.record(doc_id, "vcl_letter", {}, **meta)
    record["labels"] = derive_labels(record)
    assert record["labels"] == planned_labels(case, plan), (doc_id, record["labels"], plan)
    return record


def generate_letters(n: int, seed: int, stock_share: float = 0.0, prefix: str = "gen-vcl") -> list[dict[str, Any]]:
    """``n`` labelled VCL letters, deterministic for ``seed`` (ids ``{prefix}-000001`` on)."""
    out = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        out.append(generate_letter(rng, f"{prefix}-{i + 1:06d}", stock_share))
    return out


def validate(records: list[dict[str, Any]], check_balance: bool = True) -> dict[str, float]:
    """Check ids, labels and spans; return the rate of each concern."""
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in records:
        assert r["doc_type"] == "vcl_letter"
        assert set(r["labels"]) == set(LETTER_CONCERNS), r["id"]
        assert r["meta"]["source"] == "generator", r["id"]
        for span in r["spans"]:
            assert r["text"][span["start"]:span["end"]] == span["text"], (r["id"], span)
        for part in r["parts"]:
            assert 0 <= part["start"] < part["end"] <= len(r["text"]), (r["id"], part)
        for concern in ("unexplained_jargon", "template_residue"):
            has_span = any(s["concern"] == concern for s in r["spans"])
            assert has_span == bool(r["labels"][concern]), (r["id"], concern)
        assert _OPEN not in r["text"] and _CLOSE not in r["text"], r["id"]
        assert r["labels"] == derive_labels(r), r["id"]
    rates = {c: sum(r["labels"][c] for r in records) / len(records) for c in LETTER_CONCERNS}
    if check_balance:
        for concern, rate in rates.items():
            assert 0.25 <= rate <= 0.65, (concern, rate)
    return rates


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1800)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path,
                        default=Path("data/corpus/generated_letters.jsonl"))
    parser.add_argument("--stock-share", type=float, default=0.0,
                        help="share of letters with one stock-sympathy formula (see generate_letter)")
    parser.add_argument("--prefix", default="gen-vcl", help="id prefix")
    args = parser.parse_args(argv)
    records = generate_letters(args.n, args.seed, args.stock_share, args.prefix)
    rates = validate(records, check_balance=args.n >= 500)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    words = sorted(len(r["text"].split()) for r in records)
    print(f"wrote {len(records)} letters to {args.output}")
    print(f"words: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")
    for concern, rate in rates.items():
        print(f"  {concern:24s} present {rate:6.1%}  absent {1 - rate:6.1%}")
    for key in ("decision", "case_category"):
        counts = Counter(r["meta"][key] for r in records)
        print(f"{key}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main()
