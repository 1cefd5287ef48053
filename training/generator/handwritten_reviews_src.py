"""Hand-written prosecutors' reviews (pre-charge MG3 advice and post-charge reviews).

Each review below was written by hand, one at a time, to read like a different prosecutor
writing about a different case. They sit beside the generated corpus as a check on variety.

Labels follow ../../../shared/domain/concerns.md (the five review concerns). ``flags`` is a
string of the concerns that are PRESENT (flagged 1); every other concern is 0:

    W = weak_case_analysis            S = no_case_strategy
    C = code_test_unreasoned          D = disclosure_not_addressed
    V = victim_witness_needs_not_addressed

Rebuild the corpus file with:

    python training/generator/handwritten_reviews_src.py

which writes data/corpus/handwritten_reviews.jsonl (ids hw-rev-0001 ... in the order below).
The file is append-only: add new reviews at the end so existing ids do not move.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

CONCERNS = {
    "W": "weak_case_analysis",
    "S": "no_case_strategy",
    "C": "code_test_unreasoned",
    "D": "disclosure_not_addressed",
    "V": "victim_witness_needs_not_addressed",
}
DOC_TYPES = {"pre": "pre_charge_review", "post": "post_charge_review"}
DECISIONS = {
    "charge", "no_further_action", "discontinue", "offer_no_evidence",
    "leave_on_file", "reduce_charge", "accept_plea_lesser", "continue",
}
CATEGORIES = {
    "death", "sexual_offence", "child_abuse", "hate_crime", "domestic_abuse", "violence",
    "robbery", "burglary", "theft", "fraud", "drugs", "public_order", "criminal_damage",
    "harassment_stalking", "motoring", "weapons", "other",
}

REVIEWS: list[dict] = []


def rev(doc: str, decision: str, category: str, flags: str, text: str) -> None:
    """Register one hand-written review. ``flags``: letters of the concerns present."""
    assert doc in DOC_TYPES, doc
    assert decision in DECISIONS, decision
    assert category in CATEGORIES, category
    assert set(flags) <= set(CONCERNS), flags
    body = textwrap.dedent(text).strip("\n")
    REVIEWS.append(
        {
            "doc_type": DOC_TYPES[doc],
            "text": body,
            "labels": {name: int(code in flags) for code, name in CONCERNS.items()},
            "spans": [],
            "meta": {"source": "handwritten", "decision": decision, "case_category": category},
        }
    )


def records() -> list[dict]:
    out = []
    for i, r in enumerate(REVIEWS, start=1):
        out.append({"id": f"hw-rev-{i:04d}", **r})
    return out


def write(path: Path | None = None) -> Path:
    root = Path(__file__).resolve().parents[2]
    path = path or root / "data" / "corpus" / "handwritten_reviews.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


# ---------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------

rev("pre", "charge", "violence", "", """
    MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION
    Suspect: Liam CORRIGAN (31)
    Offence considered: wounding with intent, s.18 OAPA 1861; alternative s.20

    Summary
    On Saturday 14 October 2023 at about 23:40 in the Red Lion, Stockport, the suspect struck Daniel Ashworth (V, 27) to the left side of the face with a pint glass after a disagreement at the bar about a spilt drink. V suffered a 6cm laceration running from the temple to the cheekbone, closed with 14 stitches at Stepping Hill; the surgeon's notes record that a permanent scar is likely. The suspect left the pub but was named by door staff and arrested at home two hours later with a cut to his right palm.

    Evidence
    - V s.9: describes words exchanged, then the suspect "swinging his arm with the glass in it". V did not see the glass until impact.
    - W1 (barmaid Ellie Shaw) and W2 (door supervisor Kyle Mensah). W2 knows the suspect as a regular and names him; W1 saw him pick the glass up off the bar "before he went over".
    - CCTV from the bar camera (viewed by OIC, clip 23:38:10-23:40:55): shows the suspect take a glass from the bar, walk about 5 metres to V and strike in a single overarm movement. Quality good.
    - Medical statement (Dr Patel) and photographs of the injury.
    - Interview: says V pushed him first and he "lashed out", forgetting the glass was in his hand. Self-defence.

    Analysis
    Identity is not in issue; the suspect accepts he struck V. The live issues are (1) self-defence and (2) intent.

    On self-defence the CCTV is the strongest evidence we have: there is no push visible before he crosses to V, and walking over from the bar with the glass already in hand is hard to square with a spontaneous reaction. W1's account that he picked the glass up "before he went over" supports this. The weakness is that the camera angle loses V's hands for about two seconds as the suspect arrives, and the defence will say the push happened then. Even on that footing, answering a push by striking a man's face with a glass is very unlikely to be found reasonable force.

    On intent, the s.18 case rests on the deliberate arming with the glass, the overarm blow to the head and the absence of anything on the footage that provoked it. The defence will say the blow was reckless at most and that s.20 is the right charge. I consider a jury could properly infer an intent to cause really serious harm from the use of a glass against the face, and the laceration is a serious wound in its own right. The s.20 alternative should go on the indictment so the jury is not faced with all or nothing.

    He has two previous convictions for violence (2016 ABH in a pub, 2019 common assault). The 2016 matter is similar in its circumstances and I will consider a bad character application (gateway (d), propensity to violence in drink) once the PNC and memorandum of conviction are obtained.

    Charging decision
    Charge: wounding with intent contrary to s.18 OAPA 1861 (s.20 to be added as an alternative count on the indictment).
    Evidential stage: met. The CCTV, two independent witnesses and the medical evidence prove the wound and the act; identity is admitted; the claim of self-defence is contradicted by the footage and by W1; intent can properly be inferred from the use of the glass against V's face. The gap in the footage is a weakness but does not in my view take the prospect below realistic.
    Public interest: a prosecution is required. A weapon was used, in a public place late at night, causing serious injury with likely permanent scarring. The suspect is an adult with relevant previous convictions. V supports the prosecution and I can identify no factor tending against it.

    Unused material
    The OIC must retain and schedule the full CCTV download from all eight cameras (not only the bar clip), the BWV of the arresting officers (his comments on arrest may bear on the self-defence claim), the 999 call and CAD, and the door staff incident log. The footage covering the two-second gap must be viewed frame by frame; anything showing contact by V before the blow is capable of assisting the defence and must be described clearly on the MG6C. The custody record and photographs of the suspect's hand injury are relevant to his account and should also be listed. PNC checks on V and the civilian witnesses to be done and any convictions dealt with on the MG6C/MG6D.

    Victim and witnesses
    V is anxious about the scar and about seeing the suspect locally. He does not need special measures but should be offered screens if he asks, and the WCU should raise this at the needs assessment. OIC to take a VPS before the PTPH covering the effect of the scarring. W1 still works at the Red Lion and the suspect drinks there; OIC to check whether there has been any approach and to report any intimidation. On conviction ask for compensation for the injury. A restraining order is not sought at present as there is no ongoing connection, but review this if W1 reports contact.

    Action plan
    1. Full CCTV download and viewing log - OIC - key clip for first hearing, full schedule by 10/11/23.
    2. Surgeon's statement confirming permanence of scarring - 28 days.
    3. PNC and memoranda of conviction for 2016 and 2019 - in time for the bad character notice after PTPH.
    4. VPS - before PTPH.
    Venue: indictable only, sent to the Crown Court. Expect a not guilty plea to s.18 with a possible indication on s.20. Any s.20 offer to come back to me; it should not be accepted until the full footage has been reviewed.
""")

rev("pre", "charge", "domestic_abuse", "SD", """
    PCD - DA - ABH / strangulation
    D: Marcus TELFORD. V: Jade Telford (wife).
    Facts: 03/02/24 argument at home over D's phone. D grabbed V by throat against kitchen wall, then punched R side of face. V ran to neighbour (W1) who rang 999. Injuries: swollen R cheek, red marks to neck - photographed by PC Reid at scene.
    Evidence: V s.9 (supportive, given same night); W1 s.9 - V arrived "shaking and crying", said "he's strangled me"; BWV of attending officers - V visibly distressed, repeats account, neck marks visible; 999 call; injury photos. D interview: denies any grip to neck, says V slapped him and he pushed her away, face injury caused when she fell against the worktop.
    Assessment: good DA case. V's account consistent from 999 call through to s.9. Independent support from W1 and BWV (first account within minutes - res gestae route if V later disengages). Neck marks are not consistent with D's "push" account at all. Cheek injury more open to his version, but V describes a punch clearly and said nothing about a fall to officers or W1. D had no injuries and did not mention being slapped to officers on arrest (BWV) - first raised in interview. Self-defence not credible on this evidence.
    Charge selection: V describes hands round her neck, "couldn't breathe for a few seconds" - s.75A SCA 2015 (intentional strangulation) reflects that conduct better than ABH; ABH s.47 for the punch/facial injury.
    Charges: (1) intentional strangulation s.75A Serious Crime Act 2015; (2) ABH s.47 OAPA.
    FCT: evidential - met for both; V's consistent account, W1 and BWV, photographs; D's version does not explain the neck marks. PI - strongly in favour. DA in the home, strangulation is a recognised high-risk indicator (DASH high, MARAC referral made), two children (6 and 9) upstairs at the time. No factors against.
    Victim: V high risk. IDVA (Safer Places) engaged. Apply for special measures - screens, V has asked for them - s.17 YJCEA fear and distress. VPS to be taken. Bail: no contact direct/indirect, not to attend home address. On conviction seek RO. If bail conditions lapse consider DVPN/DVPO.
""")

rev("pre", "no_further_action", "sexual_offence", "D", """
    Charging decision: No further action - evidential stage not met.

    This is a referral for advice on an allegation of rape by M (complainant, 22) against K (suspect, 24), both students at the same university. They met at a house party on 9 September 2023. M says she went to K's room to sleep because she was too drunk to get a taxi home, and woke to find him having intercourse with her. K, in a prepared statement followed by an answered interview, says they kissed at the party, went upstairs together, and that she was awake and participating throughout; he produced messages from the following afternoon.

    I have considered the whole file including the ABE, the early complaint evidence and the messages from both phones. There is no toxicology: M reported five days later.

    The central issue is consent, and specifically capacity and reasonable belief. Points that support M: she told her flatmate (W1) the next morning that she "didn't know what happened" and was upset; W1 describes her as unusually withdrawn for several days; M's account of her drinking (eight or nine drinks over five hours plus vodka from a bottle passed round) is partly supported by two other guests who describe her as "really drunk" at about 1am.

    The difficulty is the evidence about the period in the room. Two guests (W2, W3) saw M and K walking upstairs together at around 1:30; W3 says M was "laughing, holding his hand, walking fine". Nobody describes M as incapable at that point. The messages the next day are the greatest difficulty: at 14:12 M wrote to K "last night was fun x, hope your head is better than mine" and they exchanged further friendly messages that afternoon. M explains in her ABE that she sent it because she was confused and did not want to believe what had happened. That is entirely understandable and I have approached the messages with the guidance on myths and stereotypes firmly in mind; delayed or ambiguous responses are common in genuine complainants. But a jury would hear them alongside W3's description, and there is no evidence independent of M about her state in the room. Her own account is that she has no memory between going up the stairs and waking, so she cannot herself say whether she consented or what K could reasonably have believed.

    Taking the evidence as a whole, I am not satisfied that a jury could be sure that M lacked capacity to consent, or that K did not reasonably believe she consented. There is not a realistic prospect of conviction. Having reached that conclusion I do not go on to the public interest.

    I have asked whether any further inquiry could change this. The reasonable lines of inquiry have been completed: party guests, both phone downloads, Snapchat data, and the doorbell camera at the house, which shows nothing of the room. M mentioned a friend (Chloe) she thought she texted at about 3am; the download shows no message at that time and the OIC has spoken to Chloe, who received nothing. I can identify no outstanding line. If new evidence emerges, in particular any witness to M's condition after 1:30, the case should be resubmitted.

    M has had ISVA support throughout. The OIC should tell her of the decision in person with the ISVA present if she wishes, and make sure she knows of her right to ask for a review under the VRR scheme. A VCL letter will follow from this office offering a meeting to explain the decision.
""")

rev("post", "continue", "robbery", "WC", """
    Initial review - R v Tyler Brooks (18) - robbery

    The defendant is charged with robbery of a mobile phone and £20 cash from a 16 year old boy, Harvey, on the towpath by the Grand Union canal at about 4.15pm on 21 November. Harvey was walking home from college when two males approached; one of them, said to be the defendant, asked to "borrow" his phone, then put a hand in Harvey's jacket pocket and told him to "give it up or get shanked". Harvey handed over the phone and his wallet, £20 was taken and the wallet was thrown into the canal. The second male has not been identified. The defendant was arrested three days later when stopped in Kenton with a phone matching the description, which Harvey has since identified as his from the case and the lock-screen photo. The evidence is Harvey's ABE interview, a statement from his mother about his condition when he got home, the arresting officers' statements, the phone, a VIPER procedure at which Harvey picked out the defendant, and the defendant's interview, in which he answered no comment.

    The case remains suitable for continuation and the Full Code Test is met.

    For the PTPH: indictable only, sent. A not guilty plea is expected. I have asked the OIC to obtain the CCTV from the Tesco Express on the approach to the towpath (by 12 January) and cell site and attribution for the defendant's own phone for the afternoon (by 26 January), and to make further attempts to identify the second male from the footage.

    Unused: the MG6C is incomplete. It does not list Harvey's first description in the 999 call or the VIPER officer's notes; both need to be checked against the defendant's appearance and disclosed if they differ. The report of a similar robbery on the same towpath two days later may undermine and must be scheduled and considered once the OIC has established whether it is linked.

    Harvey is 16 and is eligible for special measures as a child witness. His ABE should stand as his evidence in chief and he should be cross-examined by live link; the application to be made by the PTPH. He is frightened of the defendant, who lives on a neighbouring estate, and the bail conditions not to contact Harvey or enter Moor Lane should remain. Witness care to arrange a pre-trial visit. VPS from Harvey and his mother.
""")

rev("post", "accept_plea_lesser", "violence", "", """
    Review before trial - R v Okafor - plea to s.20 offered

    Background. D is indicted with s.18 wounding (count 1) and s.20 (count 2, alternative) arising from a fight outside a takeaway in Luton on 3 June last year, in which V (Shane Dolan) suffered a fractured eye socket and a laceration needing surgery. Trial fixed for 4 March. Yesterday defence counsel indicated D will plead guilty to count 2 on the basis that he punched V twice and V's head struck the kerb when he fell, with no intention to cause really serious harm.

    Assessment. The evidence that D caused the injuries is strong (CCTV, and D now admits the punches). The real issue at trial was always intent. Our case on intent was the number of blows and W2's (Amir's) account that D kicked V's head while he was on the floor. That kick was the core of the s.18 case. Since the DCS two things have undermined it: (i) the enhanced CCTV from the takeaway (served in January) shows D stepping over V and walking away - the movement W2 describes as a kick is at best ambiguous and the defence expert says the foot does not make contact; (ii) the maxillofacial surgeon's supplementary statement says the orbital fracture is "more consistent" with a fall against a kerb than with a kick. Without the kick the case is two punches in a confrontation that V began by pushing D (V accepts this in his s.9). I do not think a jury is now likely to be sure of intent, though the s.20 case (the punches caused the fall and some harm was plainly foreseeable) is strong.

    Decision. Accept the plea to s.20 on the basis offered, which matches the evidence as it now stands; we will offer no evidence on count 1 once the plea is entered. The basis is consistent with the footage so no Newton hearing is needed. The sentencing powers for s.20 (maximum 5 years) are adequate for the conduct: no weapon, a single incident, serious injury - likely category 2 under the guideline. A conviction for s.20 reflects the seriousness of what the evidence now shows and is in the public interest; it also spares V a trial at which he would be cross-examined about his own first push, which he has told witness care he dreads.

    Victim. I spoke to V by phone with the witness care officer on 19 February and explained why we are accepting the plea. He was disappointed but understood, and said what mattered was that D was convicted. His VPS (dated November) will be updated to cover the surgery and his time off work. We will seek compensation for loss of earnings (he has supplied payslips). Witness care to stand the witnesses down once the plea is entered.

    Disclosure. The enhanced CCTV and the supplementary medical evidence have been served. The MG6C was re-reviewed after the DCS (24/01) and the items requested in the s.8 letter (W2's earlier account to the takeaway owner) were disclosed. Nothing further undermines or assists; continuing duty noted.

    Next steps. Counsel to confirm the basis in writing; D to be arraigned on count 2 at the mention on 28 February; PSR likely; prosecution sentencing note to address harm and compensation.
""")

rev("pre", "charge", "burglary", "SDV", """
    MG3. Burglary dwelling s.9(1)(b). D: Connor WEBB.
    Rear kitchen window of 14 Alma Rd forced overnight 5-6 May while the occupiers (elderly couple) slept upstairs; laptop, handbag and car keys taken, car left. D's fingerprint (R thumb) recovered from the inside face of the window pane - SFR1 confirms ident. D in interview: no comment. No connection to the address; occupiers do not know him.
    Decision: charge. Evidential stage - the mark is on the inside of the glass, so it could only have been left by someone reaching through or climbing in, not a passer-by. Absent any explanation from D (and he gave none when he had the chance) a jury can safely infer he was the burglar; adverse inference available. PI - night-time burglary of an occupied home, elderly victims, D has 3 previous for dwelling burglary. Prosecution clearly required.
""")

rev("pre", "charge", "drugs", "CV", """
    Charging advice - PWITS Class A (cocaine) + possession of criminal property
    Ss: Jordan PIKE (22)
    Summary: stop of VW Golf on A580 28/01/24 (ANPR marker - vehicle linked to county lines intel). Pike driver and sole occupant. Search: 23 wraps cocaine (11.2g total) in centre console, £1,340 cash in rolls in jacket, 2 phones (iPhone + Nokia "burner"). Interview: prepared statement - drugs for personal use, cash from job as a labourer.
    Analysis: possession not realistically in dispute (sole occupant, driver, console within reach, and the prepared statement accepts they are his). The issue is intent to supply. For us: 23 individual deals of consistent weight (~0.5g); burner phone; cash in mixed notes in rolls; no paraphernalia for use in car or on him. Against: quantity modest, may be argued as a bulk buy for personal use; he may produce payslips. Burner download is the key - if it shows bulk "flare" messages typical of a line this becomes very strong. Drugs expert statement needed on packaging/value/use. On the evidence as it stands there is a realistic prospect of conviction for PWITS: packaging and the burner with the cash go well beyond personal use. If the download shows nothing, reconsider (simple possession as alternative).
    Cash: s.329 POCA - he will need to show a legitimate source; OIC to get employer/bank records.
    Decision: charge PWITS (s.5(3) MDA 1971) and s.329 POCA. FCT met. Public interest requires a prosecution.
    Action plan:
    - Burner phone download (Cellebrite) - priority - by 26/02.
    - Drugs expert s.9 - by 26/02.
    - Bank/employer enquiries re cash - 4 weeks.
    - Fingerprints on wraps - only if he later denies possession.
    Disclosure: ANPR marker/intel to go on MG6D (sensitive) - do not reveal source; flag to me if the reason for the stop is put in issue. iPhone - he says it has messages about his labouring work; not downloaded so far. That is a reasonable line of inquiry that may assist the defence: download, review, schedule. Custody record and search record on MG6C.
    Venue: Crown Court. Expect NG or an offer of a plea to simple possession - not acceptable on current evidence.
""")

rev("post", "discontinue", "theft", "V", """
    Review - R v Donna Hale - theft from shop (x2) - decision: discontinue (s.23 POA 1985)

    D is charged with two thefts from Boots, Castle Street, on 2 and 9 August (cosmetics, £186 and £212). The case depended on identification by the store detective (W1), who viewed CCTV of both incidents and recognised D from previous incidents, and on the CCTV itself. At the first hearing D pleaded not guilty; her defence (per the PET form) is that she is not the person on the footage and has never been in that branch.

    On review for trial I asked for the CCTV to be served. The OIC has now confirmed that the only copy was saved on a USB stick held by the store, the store's system overwrote the original after 30 days, and the USB cannot be found following a change of manager. The police did not take their own copy and no stills were produced.

    Without the footage the prosecution case is W1's recognition, but W1 did not see D in the store on either date - she recognised her from the CCTV only. Her evidence is therefore evidence of what the footage showed, and the footage no longer exists: the court could not assess the quality of the images, and W1's statement says nothing about how long she viewed it, its quality or what features she recognised. I do not think a court would admit that recognition evidence in the face of a s.78 PACE application, and even if it did it could not properly be tested against the Turnbull guidance. There is no other evidence: no forensics, no recovered property, and D was not interviewed until November and made no admissions. There is no realistic prospect of conviction on either charge.

    I have considered whether anything can cure this: the store's other branch (Market Square) does not share a system; there is no card transaction; no other member of staff saw the thief. No reasonable line of inquiry remains.

    Decision: discontinue both charges under s.23 POA 1985. Notice to be served on the court and defence by 17 January, before the trial listing of 24 January. The loss of the footage should be recorded on the MG6C; the defence already know (the PET form asked for the CCTV). I am referring the failure to secure the footage to the police liaison manager for feedback to the unit.
""")

rev("pre", "charge", "harassment_stalking", "WSC", """
    MG3 CHARGING ADVICE
    Offence: stalking involving serious alarm or distress, s.4A PHA 1997
    Suspect: Gareth LOWE, 46. Complainant: Rachel Ibbotson, 39.

    Background and chronology
    V and the suspect were colleagues at a logistics firm in Wakefield. They had a brief relationship from March to June 2023, which V ended.
    - 28/06/23: V ends the relationship by text. Suspect replies with 40+ messages that evening, some pleading, some abusive ("you'll regret making a fool of me").
    - July 2023: suspect waits by V's car in the work car park on at least four occasions (V's diary; W2, colleague Sam Pritchard, saw two of these).
    - 02/08/23: V reports to HR. Suspect moved to another shift.
    - 15/08/23 to 20/10/23: three Instagram accounts in different names follow V, her sister and her 15 year old daughter. Messages to the daughter: "how's your mum doing, tell her I miss her".
    - 22/09/23: suspect's car seen by V's neighbour (W3) parked opposite V's house at 2am. Doorbell footage shows a male matching the suspect walking up the drive and looking through the front window.
    - 11/10/23: flowers left on V's windscreen with a card, "I'm always watching over you".
    - 17/10/23: V reports to police. Suspect arrested 20/10/23.
    - Interview: admits messaging after the break-up and admits leaving the flowers. Says he went to V's house on 22/09 "to return her things" and denies looking through the window. Denies creating the Instagram accounts.
    V has moved her daughter to stay with her parents and has had a security camera fitted. She has seen her GP for anxiety and has had time off work.

    Evidence: V s.9 and diary, W2 s.9, W3 s.9, doorbell footage, screenshots of messages and Instagram accounts, Instagram subscriber returns, GP records, interview.

    Decision
    Charge stalking contrary to s.4A PHA 1997. The test is met.

    Unused material
    The defence will want V's full message history with the suspect to show the context of the relationship. The OIC downloaded V's phone on the consent-based, proportionate approach (March to October 2023, messages with the suspect only). Reviewed: it includes messages from V in July asking him to return a coat, which he may say explains his visit to the house - capable of assisting the defence, to be scheduled and disclosed. The HR investigation file from the employer (third party material) contains his grievance alleging V spread rumours about him at work; also potentially assisting, list on the MG6C. Instagram returns: two of the three accounts attribute to an email address in his name; the third is unattributed, which is disclosable. GP records were sought for harm only - not to be disclosed wholesale; review for relevance.

    Victim
    V is eligible for special measures as a complainant of stalking (intimidated witness, s.17 YJCEA) and has asked for screens. VPS taken 30/10/23. Bail: no contact direct or indirect including social media, not to enter Elm Grove. On conviction (or acquittal) seek a restraining order protecting V and her daughter. A stalking protection order was considered and is not needed while bail conditions are in place. The daughter should not be called; V can produce the screenshots.
""")

rev("post", "continue", "hate_crime", "DV", """
    Post-DCS review. R v Kelly MARSH. Racially aggravated s.4A POA 1986 (s.31 CDA 1998). Trial 12/06, Leeds MC.

    DCS served 02/05. D accepts being at the bus stop and shouting at V (Mr Hussain, bus driver) but says (1) she was provoked by V refusing to let her board with her dog; (2) she did not say "P*** go back home" - she says she said "pack it in and go back home", meaning drive on; (3) her words were not motivated by hostility to race.

    Issues:
    (1) Provocation is not a defence to s.4A, it is mitigation. The questions are intent to cause HAD and whether V was caused HAD. V's s.9 is clear that he was shaken and distressed and had to end his shift early; the depot log supports that.
    (2) The words - now the central issue. Our evidence: V's s.9; W1 (passenger Mrs Carol Dean, unconnected to either party) who heard the slur clearly; on-bus CCTV with audio. I have listened to the audio: the slur itself is partly masked by engine noise but "go back home" and D's tone are clear, and W1's account is unprompted and specific. D's new version sits badly with W1, and "pack it in" does not fit the first syllable on the audio, though that is for the court. In interview she said she "couldn't remember" what she said, which undermines the account now given.
    (3) Aggravation: s.28(1)(a) CDA - it is enough that D demonstrated hostility based on race at the time; motivation need not be proved. A racial slur with "go back home" demonstrates hostility. If the court is not sure about the slur, it can convict of the basic s.4A offence.

    FCT remains met. Evidential - independent W1 plus audio, D's shifting account. Public interest - racially aggravated abuse of a transport worker doing his job; CPS hate crime policy applies; D has a previous conviction for s.5 POA (2021) with a racial element. Prosecution clearly required.

    Actions:
    - Enhanced audio: OIC to ask force digital unit to clean up 11:42:06-11:42:20 - by 22/05.
    - Serve transcript and agreed clip - by 29/05.
    - Bad character notice (2021 conviction, gateway (d), also relevant to hostility) - serve by 16/05.
    - Trial: V and W1 live; OIC to produce the CCTV. Time estimate 3 hours.
""")

rev("pre", "no_further_action", "criminal_damage", "CSDV", """
    Advice - criminal damage s.1(1) CDA 1971 - suspect Ethan WARD (14)
    Allegation: 30/04, S and two friends kicked a panel of the wooden bus shelter on Dene Road, cracking it; damage £240 (council estimate). Seen by resident W1 who knows S from the estate. S admits in interview (appropriate adult present) that he kicked the panel "once, for a laugh", says the others did most of it.
    Evidence sufficient: clear admission plus W1's recognition; intent/recklessness plainly made out by deliberate kicking.
    Decision: NFA. Not in the public interest to prosecute.
""")

rev("post", "offer_no_evidence", "domestic_abuse", "", """
    Trial review - R v Dean Harris - assault by beating (DA), s.39 CJA 1988 - trial 14 March, Northampton MC

    Position. V (Stacey Cole, ex-partner) made a retraction statement on 27 February saying she does not support the prosecution and will not attend. She now says the bruise to her upper arm was caused when D grabbed her to stop her falling down the stairs during the argument, and that she exaggerated to police because she was angry. She has been spoken to by the OIC and separately by the IDVA; both record that she is clear in her wishes and gives no indication of pressure from D, though I note they have resumed contact since bail conditions ended.

    I have considered whether the case can proceed without her or by compelling her, applying the CPS DA guidance.

    1. Evidence-led prosecution. The BWV captures V 15 minutes after the 999 call; she says "he grabbed my arm and threw me into the bannister", is crying and points to her arm. That is capable of admission as res gestae (s.118 CJA 2003) given the timing and her distress. But it would be the only evidence of an assault. There are no independent witnesses, D's account in interview (he grabbed her to stop her falling) is the same as her new account, and the bruise is consistent with either version. The court would also hear the retraction, which assists the defence and has been disclosed. Realistically a court could not be sure from a short BWV clip alone that the grab was an assault rather than the protective act both of them now describe.
    2. Witness summons. If V is summonsed and gives evidence in line with the retraction, we could apply to treat her as hostile and put her earlier account to her (s.119 CJA 2003). But her retraction is detailed and plausible, not a bare refusal, and a court would very probably accept her sworn evidence. Summonsing her also risks real damage to her engagement with support services. It is not proportionate and not likely to lead to a conviction.
    3. Hearsay under s.116 is not available: she is not in fear (she says so and nothing suggests otherwise) and she is available.

    Conclusion. On the evidence as it now stands there is no realistic prospect of conviction. The evidential stage is no longer met and we will offer no evidence. I will ask for the case to be listed before 14 March if the court can accommodate it so that witnesses are not kept waiting.

    Victim safety. The withdrawal does not remove the risk. DASH was medium. The IDVA will stay engaged; the OIC is to make sure V knows how to report any further incident and to update the MARAC coordinator. I have considered a restraining order on acquittal (s.5A PHA 1997); there is no evidence of harassment since the incident and V is opposed, so I will not apply, but the advocate at court should know V's position in case the court raises it. VCL letter to V within one working day (enhanced service) explaining the decision and what happens next.

    Disclosure. Retraction statement disclosed 28/02 as it assists the defence. MG6C otherwise reviewed at PTPH; nothing further. No outstanding defence requests.

    Action: OIC informed 01/03. Advocate's instructions updated.
""")

rev("pre", "charge", "motoring", "WV", """
    PRE-CHARGE - dangerous driving s.2 RTA 1988 / failing to stop s.163
    Suspect: Kieran DOYLE, 20.
    Circs: 18/03/24 approx 22:15 police tried to stop a black Audi A3 in Chelmsford on a no-insurance marker. Vehicle failed to stop; pursuit authorised, lasting 4 minutes over 3.1 miles through residential streets, reaching 70mph in a 30 limit, through two red lights at the Springfield Rd junction, mounting the pavement on Rainsford Rd so that a pedestrian (W3) had to jump out of the way. Audi abandoned in Melbourne Ave, driver ran off. Suspect arrested nearby 20 minutes later by dog unit, sweating, with the Audi key fob in his pocket. Interview: no comment.
    Evidence: pursuit officers PC Grant and PC Oduya s.9 + in-car video; W3 s.9; dog handler s.9; key fob; DVLA/insurance checks; suspect's DNA taken, airbag/steering wheel swabs submitted.

    Code test
    Evidential: the in-car video shows the manner of driving throughout and is sufficient to prove driving falling far below the standard of a competent and careful driver; identification from the key fob and the arrest nearby. Realistic prospect of conviction.
    PI: dangerous driving in a built-up area at night, a pedestrian was put in real danger, suspect has a previous for no insurance. Prosecution needed; no factors against.
    Charges: dangerous driving; no insurance; failing to stop for police (s.163).

    Action plan
    1. DNA results from steering wheel swabs - chase, by 15/04.
    2. ANPR / CCTV on Melbourne Ave - OIC by 15/04.
    3. Collision investigator not required, no collision.
    4. Venue: either way. Suitable for MC but consider Crown Court given the pavement mounting; he may elect. Disqualification and extended retest to be sought.

    Disclosure
    Pursuit logs, control room audio, pursuit authorisation record and tactical adviser's notes on MG6C. Dog unit tracking log - the track lost the scent for a period, which may assist the defence on ID: schedule and review. No sensitive material anticipated.
""")

rev("post", "continue", "sexual_offence", "S", """
    Pre-trial review. R v Piotr Nowak - sexual assault s.3 SOA 2003. Trial listed 8 July, Isleworth CC.

    The complainant (Amira, 19) says that on the 18:05 Waterloo-Reading service on 12 January, D, standing behind her in a crowded vestibule, pressed his groin against her buttocks repeatedly for several minutes and put his hand on her hip under her coat. She moved away, he followed, and she photographed him and reported to a BTP officer at Staines. D in interview accepts being in the vestibule and that there was contact because the train was packed, but denies any deliberate or sexual touching and denies touching her hip.

    Assessment. Identity is not in issue. The case turns on whether the touching was intentional and sexual. Strengths: A's account is detailed and she reported within 20 minutes; she describes D following her when she moved away, which is difficult to reconcile with accidental contact; W1 (a passenger, Mr Grant) saw A move along the vestibule and D move after her, and noticed she "looked really uncomfortable". The GWR CCTV has now been reviewed: it shows the vestibule crowded at Clapham but noticeably less so after Richmond, which is when A says the hand on the hip happened. That undercuts the defence explanation of unavoidable contact. Weaknesses: W1 did not see any touching; the CCTV angle does not show D's hands; A's first account to the BTP officer did not mention the hip, which she describes in her statement the next day. The defence will make much of that, but it is a common and explicable gap in a brief platform account and the officer's notebook records her as very distressed. On balance the evidential stage remains met: a jury could be sure that deliberate, repeated contact continuing after she moved away was sexual.

    Public interest: sexual touching of a young woman on public transport is serious and caused her real distress (she has stopped using that service). D is of previous good character, which goes to sentence but does not outweigh the seriousness. Prosecution remains required.

    Disclosure. Post-DCS review completed 20/05. The defence asked for A's phone messages that evening; refused, as there is no reasonable basis to believe they contain anything relevant beyond the photograph and her text to her mother ("some creep on the train"), which has been served. BTP officer's notebook (first account) served as capable of assisting the defence on the hip point. Full GWR CCTV run scheduled and offered for viewing. Nothing sensitive.

    Witnesses. A is an eligible complainant (s.17(4) YJCEA) and has chosen to give evidence by live link from the witness suite; order made at PTPH. VPS taken 10/02 and she wishes to read it herself if there is a conviction. WCU report she is anxious; ISVA support offered and declined; Witness Service pre-trial visit booked. W1 available on the listed dates.
""")

rev("pre", "charge", "child_abuse", "W", """
    CHARGING DECISION - RASSO
    Suspect: Callum PRICE (23)
    Complainant: Child A (14 at the time)
    Offences: sexual activity with a child, s.9 SOA 2003 x2

    Summary of allegation
    Child A met the suspect through a gaming platform in spring 2023. They moved to Snapchat, where she told him she was in Year 9. He arranged to meet her in the park near her school on 3 June 2023, drove her to his flat, and sexual intercourse took place. He met her again on 17 June and intercourse took place in his car. It came to light when A's mother found messages on A's iPad in July and called the police.

    Evidence available
    - ABE interview of Child A (07/08/23), 1hr 12min.
    - Mother's s.9 (finding the messages, A's distress).
    - Screenshots of Snapchat messages from the iPad, including messages about "meeting up" and "you're so mature for 14".
    - Download of the suspect's phone - Snapchat data partially recovered.
    - ANPR placing the suspect's Corsa near the park on both dates.
    - No medical/forensic evidence (delay).
    - Interview: prepared statement denying any sexual contact; accepts chatting online, says he thought she was 17.

    Decision: charge 2 x s.9 SOA 2003 (penetration - indictable only).
    Evidential stage: the ABE account is detailed and is supported by the messages and by the ANPR on both dates. Realistic prospect of conviction.
    Public interest: very serious offending against a child, with grooming features, a significant age gap (9 years), contact made online. Prosecution required. Child A and her family support a prosecution.

    Action plan
    1. Full Snapchat return via law enforcement request - OIC by 30/11 - to recover deleted messages.
    2. Cell site for the suspect's phone on both dates - 4 weeks.
    3. A describes a red throw on the sofa and a fish tank in the flat - OIC to photograph the flat (warrant if needed) - 2 weeks.
    4. Sent to the Crown Court. Bail with conditions: no unsupervised contact with under-18s, devices to be disclosed to police.
    5. Plan for s.28 pre-recorded cross-examination - raise at PTPH.

    Disclosure
    - A's iPad and phone: DMD to be completed. Full downloads, reviewed by targeted key words and date range. Any messages with others about the suspect or about her age must be reviewed as capable of undermining or assisting.
    - Third party: school and children's social care records - request and review for anything relevant (an account given to school staff, any previous complaint), applying the third party material protocol.
    - CAID / previous referrals to be checked.

    Victim and witness needs
    - Child A is eligible for special measures as under 18: ABE as evidence in chief, s.28 pre-recorded cross-examination, live link. A has ADHD (mother's statement) - Registered Intermediary assessment to be requested by OIC.
    - Child ISVA referral made. VPS from A and from her mother.
    - On conviction: SHPO, notification requirements, restraining order.
""")

# ---------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------

rev("post", "continue", "domestic_abuse", "SC", """
    INITIAL REVIEW (post-charge) - R v Adam Fenwick - controlling or coercive behaviour s.76 SCA 2015; ABH s.47
    First hearing: Bradford MC, 9 January (bail).

    Summary. V (Nicola, 34) and D were together for six years and have a son aged 4. V alleges that from about 2021 until she left in October 2023 D controlled her finances (her wages paid into an account in his sole name, an allowance of £20 a week), tracked her phone with Life360 and demanded photographs to prove where she was, stopped her seeing her sister, and regularly called her "useless" and "a fat embarrassment" in front of their son. On 2 October 2023 he pushed her into the door frame as she tried to leave with the boy, cutting her eyebrow (the ABH).

    Analysis. It is a good case, but it depends heavily on V, and the defence will say this is a relationship that broke down into a bitter dispute over the child (there are family proceedings). The pattern of behaviour is corroborated in several independent ways: (a) the bank records show V's salary paid into D's account from March 2021 and a recurring £20 transfer back to her, which is hard to explain as an ordinary arrangement; (b) the Life360 data from V's phone shows him checking her location many times a day, and the WhatsApp messages contain repeated demands for "proof pics"; (c) V's sister (W1) describes V cutting off contact and a call in which D could be heard shouting at V to "get off the phone to that bitch"; (d) V's GP notes record an appointment in 2022 at which she disclosed a "controlling partner" - an early complaint that predates the family proceedings and answers any suggestion of recent invention. The serious effect element is proved by V's account of fearing violence on at least two occasions and by the substantial adverse effect on her day-to-day life (stopped going to the gym, lost contact with family, signed off work in 2023 per the GP records).

    In interview D said V agreed to the finances because she was "bad with money" and that the tracking was mutual. That is partly true: the download shows V also had D on Life360. But there are no "proof pic" demands from her, and the one-sided nature of the messages undermines his account. On the ABH, the cut is photographed; D says she walked into the door; V's account is supported by the 999 call made within ten minutes, in which she is crying and says "he pushed me into the door".

    I am satisfied the case should continue. Full Code Test met.

    Disclosure. The family proceedings are the main third party issue. The defence will seek V's statements to Cafcass and in the family court. OIC to seek disclosure from the family court under the protocol; I will review anything obtained for inconsistency with V's account. The download of V's phone was targeted (2021-2023, messages with D and W1); the DMD records the search terms and parameters and the approach must be explained to the defence in the initial disclosure letter. The messages showing V also tracked D assist the defence and must be disclosed. GP records reviewed: the 2022 entry will be served as evidence; the rest is not relevant.

    Victim. V is an eligible complainant for special measures; she wants to give evidence behind screens and does not want D to see her - apply at the first hearing. IDVA (Staying Put) in place. VPS taken. Bail: no contact with V save through solicitors about child arrangements, not to attend her address. Restraining order to be sought on conviction. OIC to make sure the family court knows of the bail conditions.
""")

rev("pre", "charge", "robbery", "WD", """
    MG3 - Robbery (s.8 TA 1968) + possession of bladed article
    S: Jamal OSEI (19)
    V: Tomasz Wojcik (35), delivery rider.
    01/12/23 20:50 Hanover St, Bristol. V delivering food; S approached, face partly covered by a snood, produced a kitchen knife, said "bike, now". V handed over e-bike (£1,800) and phone. S rode off.
    Evid: V s.9 + description; W1 (resident) s.9 saw male with knife from her window; CCTV from corner shop showing a male on the bike; S arrested 04/12/23 riding the bike (tracked via the delivery company's GPS); knife recovered from S's rucksack on arrest; interview - no comment.
    Decision: charge robbery and possession of a bladed article in a public place (s.139 CJA 1988).
    Code: Evidential - S found with the stolen bike 3 days later and a knife matching V's description (black handle, 8" blade); V and W1 both describe a knife; CCTV. Realistic prospect. PI - armed robbery of a lone delivery worker, knife used to threaten, high value property; prosecution required. S's age (19) not a factor against given the seriousness.
    Action plan: 1. V to attend VIPER - within 14 days. 2. GPS data from the delivery company - 21 days. 3. Search S's address for the snood, DNA if found. 4. CCTV enhancement/stills - 14 days.
    Venue - indictable only, Crown Court. Remand: oppose bail - risk of further offences.
    Victim: V shaken, off work 2 weeks and lost income (can't work without the bike - now returned). VPS. Compensation for phone (not recovered). V is a Polish speaker - interpreter needed for court. Special measures not sought.
""")

rev("pre", "no_further_action", "fraud", "SDV", """
    Allegation of fraud by false representation (s.2 Fraud Act 2006) - suspect Darren Mills, sole trader (DM Roofing). Referral from Kent Police for a charging decision.

    The complainant, Mrs Elaine Foster (71), paid Mr Mills a deposit of £4,500 in April 2023 for a new flat roof on her garage extension after he knocked on her door and said he had noticed loose tiles. He attended once, removed the old felt, left a tarpaulin and did not return. After repeated calls he stopped answering. She reported to Trading Standards and then to the police in August.

    The question is whether there is sufficient evidence that Mr Mills was dishonest when he took the deposit - that he never intended to do the work - as opposed to running a business that failed to deliver. In interview he said he bought materials (he produces a builders' merchant receipt for £1,120 dated two days after the deposit), that he fell from a ladder on another job in May and could not work for several weeks (he has a hospital discharge letter), and that he then ran out of money. He accepts he owes Mrs Foster money and says he has offered to repay at £200 a month.

    Pointing to dishonesty: the doorstep approach, the size of the deposit relative to the job (about 60%), and his failure to answer calls. Against: the receipt, the partial work, the genuine injury, no similar complaint anywhere (Trading Standards hold none, police checks negative), and his business account shows ordinary trading rather than a pattern of taking deposits and disappearing. The doorstep approach is concerning but is consistent with a small trader looking for work.

    A jury would have to be sure he had no intention of doing the work when he made the representation. On this material that is not a realistic conclusion; the evidence is at least as consistent with a genuine but failed contract, and his explanation is supported by documents. The evidential stage is not met. NFA.

    This is properly a matter for the civil courts. Trading Standards may wish to consider whether the doorstep contract complied with the consumer cancellation regulations; that is for them.
""")

rev("post", "reduce_charge", "violence", "V", """
    Review following receipt of medical evidence - R v Nathan Crowe - charged s.20 OAPA 1861 - proposed amendment to s.47 ABH

    D was charged on the strength of the A&E triage note recording a "suspected fractured jaw" after he punched V (his housemate, Owen Reilly) during an argument about rent on 12 August. The consultant's statement and the CT report, received on 22 November, show no fracture: V had significant soft tissue swelling, a chipped tooth and a 2cm laceration inside the lip which healed without stitches.

    The s.20 charge rested on the fracture. Without it the injuries are properly ABH, not really serious harm: a chipped tooth, swelling and a minor laceration fall within ABH on the charging standard. The inner lip laceration technically breaks both layers of skin, but keeping a s.20 "wounding" charge on that basis alone would overstate the case. The s.47 charge properly reflects the harm and the court's powers are the same (maximum 5 years).

    The evidence of the assault itself is unaffected. D accepts one punch but says V came at him with a frying pan. V denies that, and W1 (the third housemate) says V was standing by the cooker holding a pan "because he was cooking" but did not raise it. So D's self-defence account has some factual basis and is the live issue. There remains a realistic prospect of conviction: even on D's account V did not swing the pan, and W1 describes D crossing the room to punch V. Prosecution remains in the public interest - a punch to the face causing injury in a shared home, and D received a caution for assault in 2021.

    Action:
    1. Amend to s.47 at the hearing on 6 December; on the amended charge the case is suitable for summary trial and I will invite the court to accept jurisdiction.
    2. Serve the consultant's statement and CT report.
    3. Self-defence is the trial issue and W1 is the key witness: OIC to take a further statement from W1 on where the pan was and how far D crossed the room, by 29 November.

    Disclosure: the triage note (suspected fracture) stays on the MG6C and the defence should be told of the revised medical position now, as it is capable of assisting them on the level of charge. I have re-read the schedule and nothing else undermines.
""")

rev("pre", "charge", "weapons", "SCDV", """
    Poss bladed article s.139 CJA 1988. S: Ryan HUGHES (24). Stopped 14/02 22:30 Market St, Wigan after report of male waving a knife. Lock knife (3.5" blade) in waistband. Interview: carries it for work as a plasterer, forgot it was there. Not credible - not at work (Sunday night, town centre, had been drinking) and told arresting officer at scene "it's for protection" (BWV). Lock knife is not a folding pocketknife so the 3" exemption doesn't help him; needs good reason/lawful authority - none. CHARGE. FCT met.
""")

rev("post", "continue", "sexual_offence", "", """
    R v Daniel Ruiz - rape x2 (s.1 SOA 2003) - review following Defence Statement
    Trial: Snaresbrook CC, w/c 17 February 2025 (fixed, 4 days). Counsel: Ms Okonjo.

    1. The DCS
    Served 11 October. The defence is consent. D says that after the complainant (Ellie, 26) invited him back to her flat following drinks with mutual friends on 30 March, they had consensual intercourse twice; that she was "fine" the next morning and made him breakfast; and that she made the allegation after learning from a friend that he had a girlfriend. He asks for: (a) E's counselling notes; (b) all messages between E and the friend who told her about the girlfriend (Ms Sade Ali); (c) E's Instagram messages with D; (d) the 999 call and CAD.

    2. Effect on the case
    This is the defence anticipated at charge and it does not change the evidential assessment, but it sharpens two issues.
    (a) Motive to fabricate. The timeline matters. E's first complaint was to her flatmate (W2) at 11:10 on 31 March (W2's statement, and E's WhatsApp to her: "can you come home I need to talk to you, something bad happened"). The download of E's phone shows the first message from Sade about the girlfriend was at 15:47 that day. The complaint therefore predates the suggested motive by more than four hours. This is a strong point for the Crown and should be put in an agreed timeline.
    (b) The breakfast. E accepts in her ABE that she made D toast "because I didn't know what else to do, I just wanted him to leave without any trouble". The defence will rely on it heavily. The judge's direction on the varied reactions to trauma will be needed; I do not consider expert evidence necessary.
    The rest of the evidence remains strong: bruising to E's inner thighs recorded at the SARC on 31 March (consistent with, though not diagnostic of, force), her distress as seen by W2, and D's message at 13:02 on 31 March: "sorry about last night, I got carried away, I thought you wanted it". The DCS (para 9) says this was an apology for being "too drunk and loud". The message is open to argument but on its natural reading supports E.
    There remains a realistic prospect of conviction on both counts. The public interest plainly requires a prosecution: rape is among the most serious offences, E supports the prosecution, and nothing in D's circumstances (31, no previous convictions) tells against it.

    3. Disclosure decisions on the DCS requests
    (a) Counselling notes. E began counselling in May, after her ABE. Nothing in the DCS suggests the notes contain anything inconsistent with her account, and the request as framed is speculative. Given the consent defence, however, I asked the OIC to ask E (through her ISVA) whether she had discussed the events with the counsellor; she has, in general terms. Applying the guidance on third party material, I will request the notes from the service with E's informed agreement, for review only; I will review them personally and disclose only what meets the test. If E does not agree I will record that and tell the defence we do not hold them, leaving them to seek a witness summons if they wish.
    (b) Messages E/Sade. The relevant messages (31 March from 15:47) have been reviewed and are disclosable: they go to the alleged motive and, although they help us on timing, the defence are entitled to them. To be disclosed with the timeline.
    (c) Instagram messages E/D: already in evidence (exhibit DW/4).
    (d) 999 call/CAD: E did not call 999; she reported through 101 on 1 April. The 101 recording and CAD are on the MG6C and are disclosed.
    Updated MG6C and disclosure letter to the defence by 1 November. The DMD has been updated to explain the search parameters used on E's phone (25 March to 10 April; contacts D, W2 and Sade; key words).

    4. s.41 YJCEA
    The DCS (para 6) refers to "previous sexual contact" between E and D in 2023, which E denies. If the defence wish to rely on it they must apply under s.41; I will oppose unless it falls within s.41(3)(c). Counsel to note.

    5. Complainant and witnesses
    E has a live link direction from a screened witness room (made at PTPH) and has chosen to pre-record her cross-examination under s.28; the s.28 hearing is listed on 13 December. ISVA support (Rape Crisis) remains in place. Her VPS was taken in May and she should be offered the chance to update it before trial. W2 has work commitments in February; WCU to confirm availability and warn.

    6. Actions
    - Disclosure letter and updated MG6C - CPS/OIC - 1 November.
    - Counselling notes: OIC to seek E's informed agreement through the ISVA - 25 October; CPS review within 7 days of receipt.
    - Agreed timeline from the phone download - counsel - for the s.28 hearing.
    - No bad character or hearsay applications.
    - WCU to confirm W2's availability - 1 November.
""")

rev("pre", "charge", "public_order", "CV", """
    Affray (s.3 POA 1986) - 3 suspects - Jake ROWE, Liam ROWE (brothers), Tyrone BAPTISTE.
    Circs: 03:05 Sun 22/10 outside Pryzm nightclub taxi rank. Fight between two groups after a push in the queue. Council CCTV (good quality, colour) shows Jake R throwing 4-5 punches at a male who has never been identified or come forward; Liam R kicking a male on the floor; Baptiste throwing a bottle which smashes near the taxi queue. Members of the public scatter; taxi marshal (W1) seen pulling a young woman away.
    Interviews: Jake - self-defence, other group started it and he was protecting his brother. Liam - no comment. Baptiste - admits throwing the bottle, "it was stupid, I was drunk", says he did not aim at anyone.
    Analysis: affray needs no identifiable victim - the question is whether the conduct would cause a person of reasonable firmness present to fear for their safety. CCTV shows the fight spilling across the rank and people scattering; W1 says she was "terrified". Jake's self-defence is not supported by the footage for the later punches: the other male is backing away with hands raised when the last three land. Liam's kick to a man on the ground is the most serious conduct and cannot be self-defence. Baptiste's admission plus footage is enough. ID: all three named by door staff who know them; CCTV matched to custody images by OIC - recognition statements needed, Code D compliant.
    Charge all three with affray. Evidential stage met. Public interest in favour.
    Plan: (1) OIC recognition statements to Code D - 14 days. (2) Continue efforts to identify the male punched/kicked (media appeal); if found consider ABH for Liam. (3) Venue: either way. MC suitable for Jake and Baptiste; Liam - consider CC given the kick to the head. Expect NG from Jake (self-defence); trial issue is the footage, which should be served in full with a timed sequence of events.
    Unused: full council CCTV (all cameras 02:50-03:20), door staff log, BWV of responding officers, three 999 calls - MG6C. Any information on the unidentified male (e.g. hospital attendance) to be pursued and scheduled.
""")

rev("post", "discontinue", "burglary", "D", """
    Review - R v Kyle Baines - burglary (non-dwelling) - decision to discontinue

    The charge arises from a break-in at the Oakfield Allotments storage container on the night of 2-3 March, from which tools worth about £3,000 were stolen. The only evidence linking Mr Baines is his DNA on a cigarette end found on the ground about two metres from the forced container door. He was charged on the DNA match and his no comment interview.

    His defence statement says he is the son-in-law of a plot holder and regularly helped on plot 14, where he smoked. The OIC has confirmed with the allotment secretary that he has been seen on site a number of times over the winter, including in late February. The cigarette end was found on a communal path next to the container, used by all plot holders. There is no way to date the deposit: the forensic scientist confirms the profile says nothing about when the cigarette was discarded, and the end was not examined for weathering.

    A cigarette end on a communal path at a site he legitimately visited is not capable of proving that he was the burglar. It places him at the allotments at some time, which he admits. There is nothing else: no property recovered, no CCTV, no telephony, no witnesses. The evidential stage is not met and the case must be discontinued under s.23 POA 1985.

    Could this be cured? I considered cell site data for the night, but his phone was not seized and the number attributed to him is pay-as-you-go and unregistered. The OIC has no further line of inquiry that could realistically put him at the container that night, and further work would not be proportionate.

    Victim: the allotment association chair (Mr Pearson) should be told by the OIC before the notice is served, and a VCL letter will explain that the evidence could not show when the cigarette was left, and that he may ask for a review. The tools have not been recovered; OIC to keep the crime open for any new information.

    Action: s.23 notice to court and defence by 20 May.
""")

rev("pre", "charge", "death", "SD", """
    MG3 - CHARGING ADVICE - CAUSING DEATH BY CARELESS DRIVING (s.2B RTA 1988)
    Suspect: Helen GARSIDE (58). Deceased: Arthur Nolan (82).

    Summary
    At about 16:20 on 9 January 2024 the suspect was driving her Toyota Yaris along Chapel Lane, Ormskirk (30mph limit, dry, light fading) when she struck Mr Nolan, who was crossing on the zebra crossing outside the post office. He was thrown onto the bonnet and suffered head injuries from which he died in hospital on 12 January. The suspect stopped at once, rang 999 and gave first aid. She said at the scene "I just didn't see him, the sun was in my eyes". Breath test negative. Same account in interview.

    The evidence and the issues
    The collision investigator (PC Hartley) puts her speed at 27-31mph from the vehicle damage and throw distance, so she was not speeding. The issue is whether failing to see a pedestrian on a marked zebra crossing was driving below the standard of a competent and careful driver.
    - W1 (Mrs Kaur, waiting on the other side) says Mr Nolan had walked about a third of the way across before he was hit; he was wearing a dark coat and walked slowly with a stick.
    - Dashcam from the car behind (W2) shows the Yaris approaching the crossing with no reduction in speed. Mr Nolan is visible on the crossing for about 3 seconds before impact. The low sun is visible and there is noticeable glare.
    - Her eyesight was tested after the collision and meets the standard; she was wearing her glasses. No phone use (download shows no activity 16:10-16:25).

    Sun glare is a real factor and the defence will rely on it, but a competent and careful driver approaching a zebra crossing in low sun is expected to slow until they can see the crossing is clear; the Highway Code says as much about dazzle. Mr Nolan was on the crossing and visible from the following car for 3 seconds; she did not brake until after impact. That is in my judgement clearly careless driving, but not dangerous: a momentary failure by a driver otherwise driving properly and within the limit. s.2B is the right charge; s.1 is not supported.

    Full Code Test
    Evidential: realistic prospect of conviction for s.2B for the reasons above. Causation is clear - the post-mortem gives head injuries from the impact as the cause of death, so the driving was more than a minimal cause.
    Public interest: a death has been caused. Her good character, remorse and immediate help are relevant to sentence but do not outweigh the public interest where a pedestrian was killed on a crossing. Mr Nolan's family support a prosecution, and nothing in her health or circumstances makes prosecution disproportionate. Prosecution required.

    Decision: charge causing death by careless driving, s.2B RTA 1988.

    Family
    Mr Nolan's daughter (Mrs Clare Doyle) is the family's point of contact, supported by the FLO (PC Bains). She should be told of the decision personally by the FLO before the suspect is charged, and offered a meeting with me under the bereaved families scheme to explain the charge, in particular why it is careless rather than dangerous driving. Family impact statement to be taken in time for sentence. Enhanced service throughout.
    W1 is 77 and was very distressed by what she saw; WCU to assess her needs at the first opportunity.
""")

rev("pre", "charge", "hate_crime", "WCV", """
    Religiously aggravated criminal damage, s.30 CDA 1998. Suspect: Mark ELLISON (44).

    On 17/09/24 at about 01:30 graffiti was sprayed on the front wall and doors of the Jamia Masjid, Brook Street, reading "NO MOSQUES" with a swastika and an anti-Muslim slur. Removal cost £1,850 (contractor's quote). Mosque CCTV shows a male in a grey hoodie spraying; the suspect was recognised from the footage by PC Lyons, who knows him. A red spray can was recovered from the suspect's garden bin during a search, and there is red paint on his right trainer. In interview he denied involvement.

    Evidence: mosque CCTV; PC Lyons' recognition statement; search record and exhibits (can, trainers); contractor's quote; statement of the mosque secretary (Mr Rafiq).

    Charge: religiously aggravated criminal damage. Code test passed. Public interest requires prosecution.

    Action plan: forensic comparison of the paint on the trainer with the graffiti - 4 weeks; Code D recognition records - 7 days; hate crime flag on file; venue - either way, MC suitable, he may elect.

    Unused: full CCTV download including footage before and after; search log; BWV of search officers; a record of PC Lyons' previous dealings with the suspect (the basis of the recognition) must be made and scheduled, as it goes to the quality of the recognition.
""")

rev("post", "accept_plea_lesser", "drugs", "SDV", """
    R v Aaron Pitt. Charged PWITS Class B (cannabis), 412g. Defence offer plea to simple possession (s.5(2) MDA).
    Facts: warrant at D's flat 11/07; 412g cannabis in a holdall in the wardrobe, digital scales in the kitchen, £600 cash. D's account: heavy user who buys in bulk to save money.
    Evidence: search officers' statements, drugs ID, scales, cash, interview.
    Decision: accept plea to possession. The PWITS case was always inferential and has weakened: the quantity is at the lower end of what can be bulk personal use; the scales showed no residue on testing; the phone download showed no drug-related messages; there were no deal bags or tick lists. D has medical evidence of chronic pain and a previous conviction for possession only, which fits his account. A jury is unlikely to be sure of intent to supply; the realistic prospect on PWITS is now marginal at best, whereas possession is admitted. The plea reflects the criminality the evidence can prove, the court's powers are adequate, and it avoids a 2-day trial on a weak count. Public interest satisfied by conviction for possession.
""")

rev("pre", "charge", "other", "CD", """
    MG3 - Modern Slavery Act 2015, s.1 (servitude / forced or compulsory labour) and s.2 (arranging travel with a view to exploitation)
    Suspects: (1) Vasile DUMITRU (41) (2) Elena DUMITRU (38)
    Potential victims: four Romanian men, PV1-PV4, aged 23-52, working at D1's car wash (Sparkle Hand Car Wash, Dudley Rd).

    Summary
    Following an NRM referral by a Salvation Army outreach worker, police executed warrants at the car wash and at 88 Foundry St on 20 June 2024. The four men were found living in the house: two rooms, mattresses on the floor, no heating. They worked seven days a week, 8am to 7pm, and say they were paid £20 a day "after deductions" for rent, food and the cost of their travel to the UK, which D1 had arranged. D2 held their passports "for safekeeping"; the passports were found in a locked drawer at Foundry St with D2's bank cards.

    Evidence
    Video-recorded interviews of PV1-PV4 with a Romanian interpreter; positive NRM reasonable grounds decisions for all four; the passports; the car wash cash book (handwritten, recording "deductions"); flight bookings on D1's card for all four, made 3-5 months before they arrived; bank records showing minimal payments; D1's interview - the men were employees, free to leave, and owed him money he was recovering; D2 - no comment.

    Analysis
    Under s.1 the question is whether D held V in servitude or required forced or compulsory labour, judged on all the circumstances including the person's vulnerability (s.1(3)-(4)). Strengths: retention of the passports; "debt" deductions that made leaving impossible (PV2 calculates his debt grew rather than shrank); the living conditions and hours; and the cash book in D1's handwriting recording the deductions - strong documentary support. PV1 and PV3 describe D1 threatening to "tell your families" and report them to immigration if they left. Weaknesses: PV4 left for a week in May and came back, and the defence will say he was free to go; PV4 explains he had nowhere else to go and no passport, which itself points to compulsion. PV2 has a previous conviction in Romania for theft, which will go to credibility. All four need interpreters and their accounts of the amounts paid differ somewhat.
    s.2: the flights were booked by D1 intending that the men would work for him on arrival; messages on PV1's phone ("you come work for me, I pay the ticket, you pay me back") support this.
    D2: holding the passports and collecting "rent" is direct evidence of her knowing participation as a joint principal.

    Decision: charge both with s.1 (four counts, one per PV) and D1 with s.2 (four counts). Evidential stage met for the reasons above. The public interest is clearly in favour of prosecution.

    Action plan
    1. Financial investigation - confiscation and slavery and trafficking reparation orders to be pursued; restraint order application within 7 days to prevent dissipation (D1 has property in Romania).
    2. Downloads of D1's and D2's phones - 6 weeks.
    3. Handwriting expert on the cash book - only if D1 denies writing it.
    4. Statements from the Salvation Army outreach worker and the landlord of 88 Foundry St - 21 days.
    5. Indictable only. Oppose bail - D1 has strong links abroad.
    6. Trial estimate 8-10 days; refer for allocation to the Complex Casework Unit.

    Victims and witnesses
    All four are vulnerable and intimidated witnesses; as victims of slavery they are eligible for special measures as of right. Apply for the video-recorded interviews as evidence in chief, live link and screens. They are in safe house accommodation under the NRM support contract; the OIC must keep in contact and the WCU must coordinate availability with the support provider. Romanian interpreters at every stage. Consider whether any PV has committed offences as a result of the exploitation (s.45 defence) - none is a suspect at present. Slavery and trafficking prevention orders and reparation orders on conviction.
""")

rev("post", "continue", "theft", "WSCV", """
    Initial review. R v Shannon LACEY (29). Theft by employee x3 (s.1 TA 1968). First appearance Wolverhampton MC 2 May.
    D was a care assistant at Beechwood Care Home. Between January and March 2024 she is alleged to have stolen a gold ring, £150 cash and a bank card from Mrs Violet Hayes (91), a resident with dementia, and to have used the card for two contactless payments (£42.50 and £38.10) at a petrol station. Evidence: statement of the home manager; statement of Mrs Hayes's son (items missing, card use); bank statement; petrol station CCTV showing a woman in a care home tunic using a card at the till; the rota showing D on shift on the relevant dates; interview - D denies theft, says she has never been to that petrol station.
    Case remains suitable. Code test met.
    Unused material listed on MG6C: rota, CCTV from the home corridor (nothing relevant), staff interviews by the manager, and the manager's internal investigation report. The report records that another carer (Carer B) also had access to Mrs Hayes's room and had been the subject of an earlier complaint; that is capable of undermining the prosecution case and must be disclosed.
""")

rev("pre", "no_further_action", "harassment_stalking", "", """
    Request for charging advice - harassment (s.2 PHA 1997) - suspect Owen Briggs

    The complainant, Ms Tara Lindqvist, reports more than sixty abusive messages between January and April 2024 from a series of anonymous Instagram and TikTok accounts, calling her a "home-wrecker" and threatening to "tell everyone at the school gates what you are". She believes they come from Mr Briggs, her former partner's brother, with whom she fell out at a family party in December. He denies it and allowed police to examine his phone; nothing relevant was found.

    What the evidence shows. The subscriber returns do not attribute any of the accounts to Mr Briggs: three were registered to disposable email addresses, and the IP addresses resolve to a mobile network's shared address pool that cannot be narrowed to a device. The messages use a phrase ("you'll get what's coming, Tars") that the complainant says only the Briggs family use, but her former partner, his mother and his sister use it too, and she accepts the sister also dislikes her. The messages refer to the December party, which about thirty people attended. Nothing places any message on Mr Briggs's devices.

    The case therefore rests on the complainant's belief and a turn of phrase shared by several people. A court could not be sure that Mr Briggs sent the messages and there is no realistic prospect of conviction. The evidential stage is not met.

    Have all reasonable lines of inquiry been followed? Two remain that might change the picture, and they should be completed before the case is closed: (1) a production order to the network for the subscriber behind the IP address at the time of the four messages on 14 March - the provider says it may be able to narrow the range (OIC to apply by 31 May); (2) an account from the complainant's former partner, who has not been spoken to (by 31 May). If either points to Mr Briggs, or to anyone else, the file should come back to me. Otherwise NFA stands.

    The unused material (the subscriber returns, the negative phone examination, the complainant's account of the sister's hostility) must be retained under the CPIA. If the case is resubmitted against anyone, the material pointing to other family members would have to be considered as capable of assisting a defence.

    The complainant is frightened and has changed her route to the school. Even though no charge can be brought now, the OIC should (a) give her safety advice and tell her how to report any further messages, (b) refer her to the local victim service, (c) explain that she can apply for a non-molestation order in the family court against whoever is identified, and (d) make sure she knows of her right to ask for a review of this decision. A VCL letter will follow from this office.
""")

rev("post", "offer_no_evidence", "violence", "S", """
    R v Leon Marsh - assault on an emergency worker (s.1 Assaults on Emergency Workers (Offences) Act 2018) - trial Coventry MC 5 September - review following service of complete BWV

    D is alleged to have headbutted PC Kaur during his arrest outside his flat on 4 April. PC Kaur's and PC Deane's statements describe D lunging forward and striking PC Kaur's cheek with his forehead as he was being handcuffed. D says the contact was accidental: he was being pushed forward against the car and his head moved when his arm was forced up.

    The BWV from PC Deane's camera, not served at charge and only uploaded in full in August, shows the handcuffing from behind. D is bent forward over the bonnet with PC Kaur to his left. As his right arm is pulled up behind him his head jerks sideways and up and makes contact with PC Kaur's cheek. There is no lunge; his body is pinned against the car throughout. PC Kaur's camera was not activated.

    The offence requires an assault - the intentional or reckless application of force. On the footage the contact appears to be caused by his arm being forced behind him, and I do not think a court could be sure he intended or foresaw it. The officers' accounts of a lunge are not supported by the footage, which is the best evidence of what happened, and relying on them would expose the officers to damaging cross-examination. There is no longer a realistic prospect of conviction.

    Decision: offer no evidence.

    PC Kaur suffered a bruised cheek and it was a distressing incident for her. She should be told personally, through the OIC's supervisor, that the decision turns on what the footage shows and not on any doubt about her injury, and she is entitled to a letter explaining it. The footage has been served on the defence (it plainly assists them) and the late upload has been raised with the force disclosure champion.
""")

# ---------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------

rev("pre", "charge", "violence", "WS", """
    CHARGING ADVICE

    Suspect: Paul Henshaw (52), self-employed electrician
    Complainant: Imran Chaudhry (36)
    Offence: assault occasioning actual bodily harm, s.47 OAPA 1861

    Account of events

    On the morning of Thursday 6 June 2024, at about 08:10, Mr Chaudhry was driving his Ford Focus along the A6 in Kibworth towards Leicester, taking his daughter to school. He says the suspect's white Transit van had been driving very close behind him for about a mile, flashing its lights. At the junction with Station Street the lights turned red and Mr Chaudhry stopped. The suspect got out of the van, walked to Mr Chaudhry's door and shouted at him to "learn to f***ing drive". Mr Chaudhry lowered his window to reply and the suspect reached in and punched him twice to the left side of the face, then went back to his van. Mr Chaudhry's daughter (9) was in the back seat and was screaming.

    Mr Chaudhry noted the registration, took his daughter to school, then went to the Leicester Royal Infirmary, where he was found to have a cut to the inside of his cheek and bruising around the left eye socket; no fracture. Police photographed the injuries on 7 June.

    A witness, Ms Gemma Lowry, was in the car behind the van at the junction. She saw "a man in a hi-vis jacket" get out of the van, go to the Focus and "lean in to the window", then go back. She did not see any punches but saw the man "jabbing" with his arm. She noted the time from her dashboard clock.

    The van is registered to Henshaw Electrical Ltd, of which the suspect is the sole director. He was interviewed on 20 June. He said he was driving the van that morning, that the Focus had been driving erratically and braking suddenly in front of him, and that he went to the car to "have a word". He said Mr Chaudhry swore at him first and "grabbed my arm through the window", and that he "pushed him off". He denied punching him.

    Officers spoke to the daughter with her mother present; she said "the man hit daddy", but it was decided not to take a statement from her.

    Dashcam: the Focus has none. Ms Lowry's car has a front-facing dashcam; she did not realise it had recorded until after she gave her statement. The footage now provided shows the suspect at the Focus window for about 8 seconds with his arm moving into the car. The view is partly blocked by the Focus's headrest.

    The suspect has no previous convictions and one caution for a public order offence in 2009.

    Decision

    Charge s.47 ABH. The evidential stage is met on Mr Chaudhry's account, the medical evidence and the dashcam footage showing the suspect's arm inside the car. It is in the public interest to prosecute: an unprovoked attack on a driver in front of his young daughter on the school run, causing injury; road rage of this kind causes real public concern, and the caution, though old, is relevant.

    Unused material

    Ms Lowry's statement was taken before she found the dashcam footage and says she did not see any punches; both the statement and the footage go on the schedule and her statement must be disclosed as it is capable of assisting the defence. The daughter's words to officers are on their BWV and must be retained and listed; they are relevant and are likely to be disclosable. The 999 call (if any was made - Mr Chaudhry reported by 101 from the hospital) and the CAD to be scheduled.

    Victim and witnesses

    Mr Chaudhry says he and his daughter have both been anxious about driving that route since. The daughter should not be asked to give evidence; her welfare is the priority and her account adds little to the dashcam. Mr Chaudhry does not need special measures but witness care should check whether he would like to see the court in advance. VPS to be taken covering the effect on him and his daughter. Compensation for the injury to be requested on conviction.
""")

rev("post", "continue", "burglary", "W", """
    PTPH review - R v Ashley DUNN - burglary dwelling (s.9(1)(b)) + fraud by false rep x3 (card use)
    Facts: 14/08 daytime burglary 7 Rowan Close, Hull - side door insecure, V (Mrs J Armitage, 68) in her back garden. Handbag taken from kitchen. V's bank card used at Spar 30 mins later (£28.40, £31.00) and Shell garage (£45).
    Evidence: V s.9; Spar CCTV - male in black North Face jacket using the card; Shell CCTV - same; D arrested 20/08 wearing a black North Face jacket; OIC recognition (knows D); bank records; D no comment.
    FCT: evidential - CCTV of the card being used within 30 mins of the burglary by a man recognised as D, wearing the same jacket on arrest; realistic prospect on all counts. PI - dwelling burglary while elderly V at home, D on licence for burglary at the time (released June). Prosecution required.
    Plan / PTPH:
    - Check whether this is a third domestic burglary (s.314 SA 2020 minimum term) - OIC to confirm PNC before PTPH.
    - Plea: NG expected on the burglary; frauds to be seen.
    - Outstanding: house-to-house Rowan Close (any sighting) - OIC by 10/10; no forensic examination of the side door was done and it is now too late; cell site for D's phone (seized) - download and cell site if NG, 6 weeks.
    - Bad character notice (4 dwelling burglaries, propensity) - within 14 days of NG plea.
    - Stage 1 served by 04/10.
    Disclosure: MG6C received and adequate. Items: CAD; OIC's recognition record (Code D - record of the circumstances in which the OIC knows D to be disclosed); full Spar/Shell CCTV; custody record. BWV on arrest - D said "I found the card on the floor" - significant statement, to be served as evidence. Nothing undermining found.
    V/W: V is 68, lives alone and is very shaken - locks changed, daughter staying with her. If entry and loss are agreed her s.9 can be read; WCU to ask about her needs and whether she wants to attend. VPS taken 22/08. Compensation for handbag and cash (£60) on conviction.
""")

rev("pre", "charge", "domestic_abuse", "WDV", """
    MG3 Charging Decision
    Offences: threats to kill (s.16 OAPA 1861); criminal damage (s.1(1) CDA 1971)
    Suspect: Kevin LYNCH (39). Victim: Sarah Lynch (37), estranged wife.

    Summary: the couple separated in March. On 9 May at 21:30 the suspect went to V's address and banged on the door; when V refused to open it he kicked in the glass panel (£320 damage) and shouted "I'll f***ing kill you, I'll burn this house down with you in it". V's neighbour (W1) heard the threat and called police. Officers found the suspect in the front garden and arrested him. In interview he admitted the damage and said he had been drinking and "said things I didn't mean".

    Evidence: V s.9, W1 s.9, photographs of the door, BWV of the arrest, 999 recording (V can be heard, with a male voice shouting in the background), interview.

    Charging decision: charge threats to kill (s.16) and criminal damage.
    Evidential: V and W1 both heard the threat; 999 call captures the shouting; damage admitted; realistic prospect.
    Public interest: serious DA incident, threat to burn the house with V inside, suspect attended at night after separation; prosecution required in line with DA policy. His remorse does not outweigh this.

    Action plan
    1. Enhance 999 audio to establish the words - digital unit - 21 days.
    2. Previous DA call-outs to the address (2 in 2023, no further action) - obtain CAD and BWV - 14 days - for a possible bad character application.
    3. Remand in custody (further offences); alternatively strict bail.
    4. Venue: s.16 is either way - Crown Court suitable given seriousness. Expect G to the damage, NG to s.16.
""")

rev("post", "accept_plea_lesser", "hate_crime", "", """
    Review - R v Stuart Pembury - racially aggravated ABH (s.29 CDA 1998) - plea offered to racially aggravated common assault

    At the PTPH the defence indicated a guilty plea to racially aggravated common assault (s.29(1)(c)), accepting the racial abuse, if the ABH is not pursued. Trial is listed for three days from 10 March.

    The facts: D, in the queue at a Newcastle chip shop on 2 November, called V (Mr Adebayo, 44, a nurse born in Nigeria) a "monkey" and told him to "go back to Africa", then shoved him in the chest so that he fell back against the counter. V's back was sore and he grazed his elbow; he saw his GP two days later, who recorded "muscular back pain, minor graze". He has needed no further treatment.

    The aggravation is the important part of this case and the plea admits it. The question is whether the injury amounts to ABH. The GP's note is the only medical evidence: a graze and soreness that resolved within a week. On the charging standard, a minor graze and short-lived pain would normally be charged as common assault. The racial aggravation is a serious feature, but it is already reflected in the aggravated offence the plea admits. A jury may well regard these injuries as no more than transient, and we would be running a three-day trial on the level of harm alone. The maximum for racially aggravated common assault is 2 years and the guideline uplift for racial hostility will apply, so the court's powers are adequate. The plea reflects the criminality, including the hostility, in full, and accepting it is in the public interest.

    V: I met V with the witness care officer after the PTPH. He said what mattered most was that D admitted calling him those names and that the court recognises it was racist. He is content with the plea. He wishes to make an updated VPS about the effect on him: he avoids that area now and his children have been upset. We will ask for compensation for his torn jacket (£85) and the injury, and for a restraining order: D lives two streets away and shouted at V in the street again in December (reported, no further action). The sentencing note will ask the court to state in open court that the offence was aggravated by racial hostility (s.66 Sentencing Act 2020) so it is recorded.

    Disclosure: initial disclosure included the December report (capable of assisting the defence on the background, since D says V "started it") and the chip shop CCTV (no audio). No DCS was served. The case will resolve on plea, but the duty of disclosure continues until it concludes.

    Next steps: counsel to confirm acceptance in writing by 14 January; D to be re-arraigned at the mention on 20 January, when we will offer no evidence on the ABH count; PSR; CPS sentencing note on uplift, compensation and the restraining order by 24 January.
""")

rev("pre", "no_further_action", "child_abuse", "WCDV", """
    Historical allegation - indecent assault (s.14 SOA 1956) - complainant now 41 - suspect her step-grandfather (78)
    C reported in March 2024 that between 1991 and 1993, when she was 8-10, her step-grandfather (S) touched her over and under her clothing on visits to his house in Scunthorpe. First disclosure to her husband in 2019, to a counsellor in 2022. Video interview 12/04/24.
    S interviewed under caution 20/06/24. Denies. Says he barely saw C as a child because of a family falling-out.
    C's mother (W1) says C stayed at S's house "most weekends" during that period. C's aunt (W2) says the families did not speak between 1990 and 1995.
    Decision: NFA at this stage - insufficient evidence.
    Further lines of inquiry:
    1. C's counselling records (2022) for any account of the abuse - with C's consent - OIC.
    2. C's primary school records (any concerns noted 1991-93) - council archives - OIC - 8 weeks.
    3. Statement from C's husband re the 2019 disclosure.
    4. Other family members who can speak to contact between the families (W1 and W2 conflict) - e.g. C's brother.
    Resubmit when complete.
""")

rev("post", "continue", "fraud", "V", """
    Case review - R v Gavin Stroud and Lee Minshull - conspiracy to defraud - post-PTPH review, Southwark CC, trial fixed 14 October 2025 (est. 15 days)

    1. Allegation
    Between 2019 and 2022 the defendants ran Greenbridge Capital Ltd, selling "carbon credit" and "green bond" investments by cold calling. About 140 investors paid in £3.9m in total. The prosecution case is that the products were worthless or non-existent, that investors were told returns of 8-12% were guaranteed and backed by an insurance policy that did not exist, and that the money went to earlier investors, staff commissions (up to 40%) and the defendants' personal spending.

    2. Evidence and issues
    The financial evidence is strong and largely documentary. The forensic accountant (Ms Tanaka) traces 71% of investor funds to commissions, payments to the defendants and "returns" to earlier investors; only £212,000 was spent on any carbon credits at all. The insurance certificate sent to investors is a forgery: the syndicate named confirms no policy existed. Call recordings recovered from the company's VoIP system show sales staff reading from scripts approved by Stroud that promise guaranteed returns.

    Stroud's DCS (2 May) says he was a genuine businessman who believed the carbon market would rise, that Minshull procured the insurance certificate without his knowledge, and that the scripts were "aspirational". Minshull's DCS says he was an employee following Stroud's instructions without knowing the products were not genuine. These are cut-throat defences. For us the key is that each defendant's knowledge can be proved independently of the other:
    - Stroud: an email approving the certificate wording ("make it look proper") to the designer who produced it (11 March 2020, GT/112). His personal spending from the company account (£640,000 including a Range Rover and school fees) is incompatible with an honest belief in the business.
    - Minshull: a director from 2020 who signed accounts recording "investments" the accountant shows did not exist, and received £380,000 in "consultancy" payments; WhatsApp to a sales agent: "don't let them ask about the insurance, just close".
    The weakness is the investors' evidence. Recollection of exactly what they were told varies, and some say they did not rely on the guarantee. We will not call all 140: a representative sample of 12 has been chosen, with the remaining losses proved by schedule.

    3. Code test
    The evidential stage is met for both defendants for the reasons in section 2: the documents and recordings prove the falsity of the representations and each defendant's knowledge without depending on investor recollection. Public interest: a large, deliberate fraud on the public with substantial loss, some investors losing pensions, and high culpability for both; prosecution plainly required.

    4. Case strategy
    - Present the case through the accountant's report, an edited compilation of 20 calls (transcripts to be agreed), the syndicate's witness and the sample investors.
    - Agreed facts on company structure, bank accounts and the accountant's tracing - draft to defence by 30 June. Defence accountant's report directed by 31 July.
    - Hearsay: business records (s.117 CJA 2003) for the VoIP logs and bank records - notice by 30 May.
    - Cut-throat: counsel to advise on the use of each defendant's DCS and interview against the other; severance unlikely.
    - Restraint order in place over Stroud's property; confiscation timetable at sentence.

    5. Disclosure
    A disclosure management document was served at PTPH. The unused material is about 1.4 million documents from the company servers. Search terms were partly agreed with the defence; their additional terms (including "Minshull instruction") have been accepted. Block-listed MG6C schedules served; the OIC has confirmed the categories reviewed. Communications between the two defendants (relevant to the cut-throat) are being reviewed as a priority, due 30 June. Third party: the FCA holds a file on an earlier complaint about Greenbridge (2020), requested by the defence; request sent to the FCA on 15 May. Further review after the defence accountant reports.
""")

rev("pre", "no_further_action", "drugs", "D", """
    MG3 - production of cannabis (s.4(2)(a) MDA 1971) and abstracting electricity (s.13 TA 1968)
    Suspect: Van Thanh NGUYEN (gives age as 19 - no documents)

    Police found a cannabis factory in all three bedrooms of 22 Cranbourne Rd, Derby, on 11 April: 312 plants at various stages, a bypassed meter, and the suspect in the house, locked in from outside (front door padlocked externally, back windows boarded). He was sleeping on a mattress in the kitchen. He said through an interpreter that he was brought to the UK in a lorry, owed $20,000 to the people who brought him, and was told to water the plants in return for food; he had been there about four months and was not allowed out.

    The evidence of production is not the problem: he was found tending a large grow and admits watering the plants. The questions are whether he has a defence under s.45 Modern Slavery Act 2015, and whether prosecution is in the public interest if he is a victim of trafficking.

    s.45: for an adult, he must have been compelled to do the act, the compulsion must be attributable to slavery or exploitation, and a reasonable person in the same situation with his relevant characteristics must have had no realistic alternative. In his favour: he was locked in; the debt bondage account; no documents, no English, no money and no phone; and his age is uncertain - if he is under 18 the compulsion element does not apply at all. The NRM referral was made by officers on 11 April and a positive reasonable grounds decision followed on 24 April; the conclusive grounds decision is awaited.

    Applying the CPS guidance on suspects who may be victims of trafficking, I consider a court would be likely to find the s.45 defence made out on the present evidence, so there is no realistic prospect of conviction. Even if that were wrong, prosecuting a trafficked person for an offence committed as a direct consequence of his trafficking would not be in the public interest here: no violence, a role at the very bottom of the chain, and clear compulsion.

    Decision: no further action against this suspect. If the conclusive grounds decision is negative, or new evidence undermines his account, the file may be resubmitted.

    The investigation into those responsible should continue:
    1. Age assessment - local authority referral made; chase.
    2. The padlock to be examined for fingerprints/DNA; the landlord and the person who signed the tenancy (name "Tran", six months paid in cash) to be identified - OIC, 28 days.
    3. Electricity supplier statement on the bypass and the loss.
    4. With his consent and a legal adviser present, a debrief through the Modern Slavery Unit for intelligence on the group.

    He is in a reception centre under the NRM support contract and safeguarding continues. He must have an interpreter for all contact and his solicitor should be told of this decision.
""")

rev("post", "discontinue", "violence", "D", """
    Review - R v Gordon Birch (84) - assault by beating (s.39 CJA 1988) - public interest review

    D is charged with assaulting a care worker (Ms Pinto) at his home on 8 July by slapping her face while she was helping him to wash. The evidence is straightforward: Ms Pinto's account, the agency's incident log made that day, and a red mark seen by her colleague. D was interviewed with an appropriate adult and said he did not remember.

    Since charge the defence have served a report from D's consultant psychiatrist (Dr Mehta, 3 October) confirming moderate to severe Alzheimer's disease, progressive since 2022, and giving the opinion that at the time D was likely to have been confused and frightened by personal care, and that he is not now fit to follow proceedings. I asked for and have received the GP summary, which supports the diagnosis and timeline. I have no reason to doubt the report.

    Evidential stage: on Ms Pinto's evidence and the log there is a realistic prospect of proving the act. But his culpability - whether he had any intent or recklessness - is very doubtful given the diagnosis, and fitness to plead would have to be determined; at best there could be a finding of fact under s.4A Criminal Procedure (Insanity) Act 1964, with very limited disposals.

    Public interest: this is the decisive stage. His culpability is very low given significant mental ill-health; prosecution is likely to harm his health; the harm to Ms Pinto was minor and transient (a red mark, no treatment). Prosecution would not be proportionate, and the risk of repetition is being managed by the care arrangements: he now has two carers for personal care and a behaviour support plan. Against that, assaults on care workers are serious and Ms Pinto was upset. But a prosecution would achieve nothing that the care arrangements have not already achieved.

    Decision: discontinue under s.23 POA 1985 on public interest grounds.

    Ms Pinto: the OIC has explained the position to her and she said she "never wanted him punished, just for it not to happen again". She will receive a VCL letter explaining the decision and her right to ask for a review. Her employer should be told that the decision is not a judgement on her account.

    Actions: s.23 notice by 20 October; OIC to inform the care agency; adult social care already informed of the incident and the care plan changes.
""")

rev("pre", "charge", "motoring", "WC", """
    Charging advice. Causing serious injury by dangerous driving, s.1A RTA 1988.
    Suspect: Bradley KEMP (27). Injured party: Ms Lucy Harding (33), cyclist.

    On 19/05/24 at 17:40 on the B1040 near Whittlesey the suspect's Mitsubishi L200 pickup overtook a tractor on a bend and collided head on with Ms Harding, who was cycling the other way. She suffered fractures to the pelvis and femur and a brain injury; she was in hospital for 7 weeks and is still in rehabilitation.

    Evidence obtained: collision investigation report (overtaking on a bend with limited forward visibility, estimated speed 58mph, 60 limit); statement of the tractor driver (W1); photographs; Ms Harding's statement (limited memory); consultant orthopaedic surgeon's statement; interview (accepts overtaking, says he had a clear view and the cyclist "came out of nowhere"); vehicle examination (no defects); phone download (no use at the time).

    Decision: charge s.1A. Full Code Test met. It is in the public interest.

    Action plan
    1. Further statement from W1 on whether he waved the suspect past - by 30 September.
    2. Updated medical/prognosis statement - by 31 October.
    3. Either way offence; expect Crown Court. Disqualification (minimum 2 years) and extended retest.
    4. Trial issue will be the manner of driving; CI to attend.

    Unused: the CI's working notes and all scene photographs; W1's first account to the PC at scene; 999 calls; Ms Harding's Strava data (speed and position, obtained with her consent) - may be relevant to the defence suggestion she was in the middle of the road - schedule and review. No sensitive material.

    Victim: Ms Harding has a brain injury and limited memory. She should be assessed for an intermediary; special measures (live link; s.16 YJCEA, physical/mental impairment). Her partner supports her and should be kept informed by WCU. VPS when she is able - her partner may provide one in the meantime. Compensation: ascertain uninsured losses.
""")

rev("post", "continue", "child_abuse", "WSD", """
    Initial Review - R v Chantelle Moss & Jordan Fry - child cruelty (neglect), s.1 Children and Young Persons Act 1933
    Children: A (4) and B (22 months).

    On 3 March, after a referral from A's nursery (A arriving hungry, in the same clothes for a week, and with an untreated burn to her hand), police and social workers visited the flat. The children were alone; the defendants came back 40 minutes later saying they had "popped to the shop". The flat was filthy, with dog faeces on the floor, no food in the fridge and a mouldy mattress in the children's room. B had severe nappy rash with open sores. Both children were taken into police protection and medically examined: A's burn was about 10 days old and infected; B was below the 2nd centile for weight.

    Evidence: nursery manager's statement and records; social worker's statement; attending officers' statements and BWV; photographs of the flat; paediatrician's report (Dr Sandhu); interviews - Moss said she was struggling and depressed; Fry said the children were Moss's responsibility and he was "only staying there".

    The case is suitable to continue. Evidential stage: the paediatrician's findings and the condition of the flat captured on BWV; realistic prospect against both. Public interest: serious neglect causing actual harm to two very young children over a period; both are now in foster care; prosecution required. Moss's depression is relevant, but she cancelled two health visitor appointments and there is nothing to suggest her illness prevented her from asking for help.

    Witnesses: the nursery manager is anxious about giving evidence against a parent she still sees (Moss lives near the nursery); WCU to refer for screens if she wants them. The children will not be witnesses. The children's social worker or foster carer to provide a statement of the impact on the children. A restraining order is not appropriate while family proceedings are under way; contact is controlled by the care plan.
""")

rev("pre", "charge", "criminal_damage", "", """
    PCD - arson reckless as to whether life endangered (s.1(2)(b), (3) CDA 1971)
    Suspect: Dale PRITCHARD (35). Owner of the car and occupant of the house: Ms Leanne Cox (31), his ex-partner; her children are 7 and 11.

    What happened. At 02:47 on 4 August Ms Cox's Ford Fiesta was set alight on her drive at 19 Mill Lane, Rotherham, about 1.5 metres from the front of the house, where she and her children were asleep. The fire spread to the porch and blistered the front door before SYFR put it out. A neighbour's doorbell camera shows a figure in a dark hoodie pouring liquid from a bottle over the bonnet at 02:44, lighting it and running towards the ginnel. The suspect and Ms Cox separated in June; in July he sent her messages including "you'll get what's coming" and "enjoy your car while you've got it". He was arrested at 07:10 at his flat and his trainers and hoodie were seized. In interview he said he was at home asleep all night.

    Assessment.
    - Identity is the issue. The doorbell footage shows no face. Linking the suspect: (i) motive and the threatening messages, especially "enjoy your car while you've got it" (12 July), which is strikingly specific; (ii) cell site - his phone used a mast covering Mill Lane at 02:38 and 02:51, but the same mast covers his own flat 0.8 miles away, so this is consistent with his account and neutral rather than a strength; (iii) the fire investigator found petrol was the accelerant and his trainers have gone for petrol residue testing (awaited); (iv) the build on the footage is similar, but I do not recommend gait analysis - the science is weak and such evidence is often excluded.
    - His account that he was asleep is contradicted by his own phone, which shows WhatsApp activity at 02:31 and 02:55; he will have to explain that. Ms Cox can think of no one else with any grievance against her.
    - Taking the specific threat to the car, the timing, the absence of anyone else with a motive and the activity on his phone, I consider the evidential stage is met now, though narrowly, and the case will be considerably stronger if the residue test is positive. The Threshold Test is not needed, but I want the residue result before the PTPH.
    - Recklessness as to endangering life: the car was 1.5m from the house with a family asleep inside, and the fire did spread to the porch. He knew the family lived there and that the car was on the drive. A jury would be entitled to find that he foresaw a risk to life from the destruction of property. s.1(2)(b) rather than intent to endanger life is the safer charge: nothing shows an intent specifically directed at endangering life, whereas recklessness is proved by the circumstances.
    - Likely defence: alibi (at home), and that the messages were said in anger and meant nothing. Examine any alibi notice as soon as it is served.

    Decision: charge arson reckless as to whether life was endangered, s.1(2)(b) and (3) CDA 1971.
    Evidential stage met as above. Public interest: a deliberate fire at night at a family home with children asleep, arising out of a domestic relationship; CPS DA policy applies; prosecution clearly required and there are no factors against.

    Actions.
    1. Petrol residue testing of trainers and hoodie - expedite, report by 25 August.
    2. Full download of his phone - what was the activity at 02:31 and 02:55? - 4 weeks.
    3. Doorbell/CCTV along the ginnel towards his flat, 02:44-03:05 - OIC by 18 August.
    4. Petrol purchases - his bank records (last 14 days) and CCTV from the two nearest petrol stations - 21 days.
    5. Oppose bail - risk to Ms Cox and the children.
    6. Indictable only; sent to the Crown Court.

    Unused material. Schedule the fire investigation report, the SYFR incident log, doorbell footage from every camera in Mill Lane (including anything showing other people in the area) and the cell site analysis - the mast coverage limitation assists the defence and must be disclosed. The two earlier DA incidents at the address (2022, 2023) should be obtained and reviewed: they may support a bad character application but may also contain material that assists the defence, such as counter-allegations. Only the messages from the suspect were taken from Ms Cox's phone; that is proportionate and the DMD should say why.

    Ms Cox and the children. Ms Cox is a DA victim and is very frightened; she and the children are staying with her mother. IDVA referral made; OIC to refer to MARAC. She is eligible for special measures (fear and distress) and wants a screen. VPS when she is ready. The children will not be witnesses. Seek a restraining order protecting Ms Cox and the children on conviction or acquittal. Compensation: ascertain the insurance excess and uninsured losses.
""")

rev("post", "continue", "robbery", "WV", """
    Review for PTPH - R v Marcus NDLOVU & another - robbery (s.8 TA 1968)
    Allegation: 24/01 approx 18:00 outside the Co-op, Wood Green. V (Daniel, 17) approached by D1 and an unknown male; D1 grabbed V's gold neck chain (£450) and the other male pushed V into a wall. Chain taken.
    Evidence: V's statement; W1 (shop worker) s.9; Co-op external CCTV showing the incident; V picked D1 out at VIPER (03/02); D1 arrested 05/02; chain not recovered. Interview - no comment.
    Code test: evidential stage met - V's VIPER identification supported by the CCTV of the robbery and by W1's description, which matches D1 (tall, braids, green puffer). Public interest - street robbery of a teenager, force used, high value item; prosecution required; D1 is 19 with a previous for theft.
    Case strategy:
    - NG anticipated; identity the trial issue. Serve enhanced CCTV stills and VIPER documents before stage 1.
    - OIC to obtain cell site for D1's phone (17:30-18:30) - 28 days.
    - Second suspect still unidentified - circulate stills (media appeal authorised).
    - Counsel to be instructed 8 weeks before trial.
    Disclosure: MG6C reviewed. VIPER documents including the first descriptions; W1 was not asked to view a procedure - OIC to explain why, and record it; first descriptions in CAD; 101 call record; V's phone (he was messaging when approached) not downloaded, and it is proportionate not to. Initial disclosure by 12/03.
""")

rev("pre", "charge", "theft", "WSDV", """
    Theft from shop x4 - S: Kerry-Ann WALSH (34) - Sainsbury's Local, Park Rd, Oct-Nov 2024, total £386 (meat, alcohol, laundry pods). Store CCTV of all four; security officer recognises S from previous visits; S admits three in interview, denies 12 Nov. Charge all 4 (s.1 TA 1968). Evid: admissions to 3; CCTV of the 4th shows the same woman in the same pink coat - realistic prospect on that too. PI: repeated offending, 19 previous for shop theft, currently subject to a conditional discharge; prosecution needed, out of court disposal not appropriate.
""")

rev("post", "continue", "violence", "C", """
    PRE-TRIAL REVIEW - R v Joel Fairweather - s.18 wounding with intent; possession of a bladed article - Inner London CC, trial 2 June (5 days)

    Summary. On 11 November at about 21:30 on the Pembury Estate, Hackney, V (Kwame, 20) was stabbed once in the left flank; the blade punctured his spleen, which was removed at surgery. The prosecution case is that D, with whom V had a running dispute over a girl, came at him with a kitchen knife at the foot of the stairwell of Bodney House. D's defence (DCS, 2 April) is self-defence: V produced the knife, they struggled, and V was stabbed accidentally in the struggle.

    Issues and evidence.
    1. Who brought the knife. This is the heart of the case. V says D pulled the knife from his waistband. Ms Amoah (W1), V's cousin, on the landing above, says she saw D "with something shiny" before the two came together. The knife was recovered from a drain 40 metres away on the route D took as he ran (CCTV shows him running that way). The handle bears a mixed DNA profile with D as the major contributor (likelihood ratio of one billion) and V excluded. The DNA is our strongest evidence: if V had held the knife and there had been a struggle, one would expect his DNA on the handle. The scientist's supplementary statement (21 April) says the absence of V's DNA is "more likely" if he did not handle it than if he did, but it is not conclusive, and counsel should not overstate it.
    2. W1 is V's cousin and the defence will say she is biased. But her account was given to the 999 operator within two minutes ("the boy in the grey tracksuit had a knife") - res gestae and powerful. Hearsay notice served.
    3. Intent: a single stab to the torso with a kitchen knife, penetrating 9cm according to the surgeon, supports intent to cause really serious harm. The s.20 alternative is on the indictment.
    4. V's credibility: V has a conviction for possession of a bladed article (2022). The defence will apply under s.100. We should not oppose in principle, as it is relevant to self-defence, but will argue it carries little weight: that knife was a lock knife found in a bag, with no use or threat.
    5. D's bad character: a caution for possession of a knife (2021). Our s.101(1)(d) application is served and opposed; ruling at the start of trial.

    The evidential stage remains met: the DNA, the knife on D's route and W1's near-contemporaneous 999 account together make it likely that a jury would reject self-defence. The case should proceed. Public interest: prosecution required.

    Trial plan. W1 (she wants to give evidence in person), V, the surgeon (in part agreed), the forensic scientist (live - DNA issue), then the OIC with the CCTV compilation. Agreed facts on continuity, the 999 transcript and the surgical notes - draft to defence by 12 May. Jury bundle (map, photos, stills) by 26 May.

    Disclosure. Post-DCS review done. (a) The defence asked for V's messages with D's girlfriend: obtained and reviewed; some messages from V in October contain threats towards D ("I'll see you"). These undermine the prosecution and assist the defence on who was the aggressor; disclosed 28 April. (b) V's intelligence records: I have reviewed the sensitive material. One item is relevant and assists (a report that V carried a knife in 2023). The disclosure officer and I agree it must be disclosed in an edited form that protects the source; if that cannot be done it goes to counsel for a possible PII application. All remaining unused material is on the MG6C and has been considered; continuing duty noted.

    Witnesses. V is reluctant and fears reprisals from D's associates; Snapchat posts have called him a "snitch". V and W1 are intimidated witnesses (s.17 YJCEA): screens direction made for V; W1 does not want one. OIC to update V weekly and record and investigate any further intimidation. VPS taken - describes the loss of his spleen and its long-term effects. On conviction seek a restraining order protecting V and W1.
""")

rev("pre", "charge", "fraud", "SV", """
    MG3 - fraud by false representation x3 (s.2 Fraud Act 2006) - courier fraud
    Suspect: Ajay MISTRY (22)

    The suspect is the "courier" in a courier fraud. On three occasions in February 2024 elderly victims in Reading (81, 86 and 90) were telephoned by a man claiming to be "DC Harris of the Metropolitan Police", who said their bank accounts had been compromised and that they should withdraw cash and hand it to a courier for "forensic examination". The suspect collected £4,000, £6,500 and £2,800 from their doorsteps. He was arrested at the third address after a neighbour called 999.

    Evidence. Statements from each victim (the 90-year-old's taken by video at her home). Doorbell footage shows the suspect collecting envelopes at the first and third addresses. Cell site places his phone at all three addresses at the relevant times. His phone contains WhatsApp messages from an unknown number giving him the addresses and a "PIN" to quote to the victims. In interview he said a man at the gym asked him to collect "parcels" for £100 a time and he did not know what was in them.

    The issue will be knowledge. He is the collector, not the caller, and his defence is that he was an innocent agent. Against that: (a) the messages tell him to say "I'm from the bank, here's your PIN", and the victims confirm he said he was "from the bank", so he made a false representation himself at each door; (b) £100 a time to carry a parcel a few miles is not a plausible rate for legitimate work; (c) he deleted the chat before arrest - the download recovered it; (d) a message at 11:02 on 14 February reads "if anyone asks just walk away quick". This makes the innocent agent account very hard to sustain. s.2, based on his own representations at the door, is the right charge; conspiracy to defraud with the unknown caller is unnecessary.

    Code test: evidential stage met for the reasons above. Public interest: deliberate targeting of very elderly people, significant loss (£13,300, none recovered), planned offending as part of an organised fraud; prosecution required. His youth and lack of previous convictions carry little weight given his role.

    Disclosure. Unused: the full download of his phone (the DMD should explain how it was reviewed - key words and date range - and the defence told); the caller's number and any attribution attempts; the victims' bank records (only the relevant extracts are evidence). The defence may say he was groomed or exploited; any material suggesting he was coerced by the organisers (threatening messages, for example) must be looked for and, if found, disclosed.
""")

# ---------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------

rev("pre", "charge", "sexual_offence", "CD", """
    RASSO CHARGING ADVICE - Thomas BECKETT - rape (s.1 SOA 2003) - complainant (C) Hannah Wells, 29, former partner

    Background
    C and the suspect were in a relationship for two years and lived together in Exeter until January 2024. C alleges that on the night of 16 December 2023, after telling him that evening that she wanted to end the relationship, he came to bed; she said "no, I don't want to, we're finished" and turned away from him; he pulled her onto her back and had vaginal intercourse with her while she cried and told him to stop. She reported on 2 February 2024, after she had moved out.

    In interview he accepts intercourse that night but says it was consensual, "make-up sex" after they had agreed to give the relationship another go. He says the allegation is revenge because he has a new partner.

    Evidence and analysis
    Consent is the only issue.
    (a) Early complaint. At 07:14 on 17 December C sent a WhatsApp to her friend (W1): "he did it even when I said no. I can't stop shaking." W1 rang her and she was crying. This is strong contemporaneous support and predates his new relationship (his own account is that he met his new partner in January). It is admissible as a previous complaint (s.120(7) CJA 2003) and rebuts any suggestion of recent fabrication.
    (b) His message. At 09:30 on 17 December he wrote: "I'm sorry about last night, I know you said no but I thought you'd come round". In interview he said he meant she had said no to getting back together. Read naturally it is an admission that she said no to sex. It is the single most important piece of evidence.
    (c) Delay. C explains she was still living with him and frightened of his reaction; she reported within a week of leaving. That is a common pattern and the jury can be directed about it.
    (d) Relationship context. The defence will say this was a couple reconciling. C's account that she ended it that evening is supported by her text to her sister at 20:41 ("told him tonight, it's done").
    (e) Weaknesses. C stayed in the flat for six weeks afterwards, and some messages in that period are affectionate; she says she was keeping the peace until she could leave. The defence may also try to explore C's mental health (antidepressants prescribed in 2023), which is of marginal relevance.
    Taken together, (a), (b) and (d) give strong support to C's account independent of her own evidence. A jury properly directed could be sure that she did not consent and that he had no reasonable belief in consent: she told him no, turned away and cried, and his own message accepts she said no.

    Decision: charge rape (s.1 SOA 2003). The Full Code Test is met.

    Case strategy / actions
    1. Download of the suspect's phone for his messages of 16-18 December and anything sent to third parties about that night - 6 weeks.
    2. Statement from C's sister (the 20:41 text) - 14 days.
    3. W1's messages to be exhibited from C's download (done).
    4. Trial: the Crown will rely on C (ABE as evidence in chief), W1 (previous complaint), the sister and his 09:30 message; timeline of messages to be agreed. Expect a s.41 application about the couple's sexual history; our position is that the relationship is already before the jury and earlier sexual activity is not relevant to consent on this occasion.
    5. Indictable only; Crown Court. Bail with conditions.

    Complainant
    C is eligible for special measures as a complainant of a sexual offence: ABE as evidence in chief and screens or live link, C to choose after speaking to her ISVA; s.28 pre-recorded cross-examination should be offered. ISVA (Devon Rape Crisis) already in place. VPS to be taken. The suspect knows C's new address through mutual friends: OIC to give C safety advice and flag the address. Bail: no contact direct or indirect, not to enter her road. Restraining order on conviction.
""")

rev("post", "continue", "domestic_abuse", "WC", """
    Review following new evidence - R v Craig HALLIDAY - harassment (s.2 PHA 1997) and breach of non-molestation order (s.42A FLA 1996) - trial 19 Nov, Swindon MC

    New evidence: the OIC has served the download of V's phone (Ms Kirsty Allen), which contains a further 94 messages from a withheld number between 3 and 20 October, and a statement from V's mother (W2) that D rang her on 15 October asking where V is living.
    Charges are (1) harassment 1 August - 30 September (messages, attending V's workplace twice) and (2) breach of the NMO on 28 September (attending the workplace). The new messages post-date the charged period.
    Review: continue on both charges. Code test met.
    Actions:
    1. Whether to extend the harassment period to 20 October: the withheld-number messages are not yet attributed to D. OIC to request billing for D's mobile (withheld calls) by 30 Oct. Do not amend until attributed.
    2. W2's statement relates to a date outside the charged period - serve only if the charge is extended.
    3. Trial: V to give evidence behind screens (granted 4 Sept). V has moved - WCU to update her address and warn by 5 Nov.
    4. Restraining order on conviction - V wants it to cover her new workplace and her mother's address.
    Disclosure: the full download includes V's messages with a new partner discussing D. Reviewed; one says "I'll make sure he goes to prison for this", which the defence could use to suggest motive or exaggeration - disclose. DMD updated. Withheld-number messages scheduled pending attribution; if they are attributed to someone else that undermines and must be disclosed. Continuing duty.
""")

rev("pre", "charge", "violence", "WCD", """
    MG3 - assault on emergency worker (s.1 AEW(O)A 2018) - S: Natalie GREAVES (27)
    03/03 01:20, Ashford Rd. S intoxicated; friends called an ambulance. Paramedic (V, Mr Dev Anand) trying to assess her when she spat in his face - saliva to eyes and mouth. Colleague (W1) witnessed. BWV of police arriving 10 mins later captures S saying "I'll do it again". Interview: can't remember, very drunk, apologises.
    Decision: charge s.1 AEW(O)A 2018 (common assault on an emergency worker). Code test met.
    Plan:
    - W1 and V statements obtained; ambulance trust incident report - OIC by 17/03.
    - Expect G plea at first hearing (apologetic in interview).
    - First hearing 24/03, Ashford MC.
    V: Mr Anand had to have blood-borne virus screening and post-exposure tests and was anxious for 3 months waiting for results. VPS to cover this. Compensation. Special measures not needed. The trust's staff welfare lead is supporting him; WCU to keep him informed of the hearing.
""")

rev("post", "offer_no_evidence", "sexual_offence", "V", """
    Review - R v Ryan Cole - sexual assault (s.3 SOA 2003) - trial 6 January - decision to offer no evidence

    Background. The complainant (JS, 24) alleges that D, a colleague, touched her breasts and between her legs over her clothing, without consent, at a work Christmas party on 15 December 2023, in a corridor near the toilets. D denies any touching and says they kissed consensually. The case was charged on JS's account, her distress seen by a colleague (W1) shortly afterwards, and a message she sent a friend at 23:20: "Ryan just grabbed me, I feel sick".

    New material. After the DCS (which says the kiss was consensual and that JS messaged D afterwards), the OIC obtained, with JS's consent, a download of her Instagram account. It contains a message from JS to D at 00:14 the same night: "that was fun 😉 don't tell anyone at work". JS had told officers, and said in her ABE, that she had no contact with D after the incident. When the OIC put the message to her on 12 December she said she sent it because D had been asking her to and she was "trying to keep things normal at work"; she accepts she did not mention it before and that she deleted it.

    Analysis. The message is flatly inconsistent with JS's account that she had no contact afterwards and, on its face, with an unwanted assault. Her explanation may be true - complainants often try to normalise what has happened, and I have had the guidance on myths and stereotypes firmly in mind - but the difficulty is not only the content. She gave a positive account to police and in her ABE that she had no contact with him, and she deleted the message. A jury would be asked to accept her word on the central issue (whether there was any touching beyond a consensual kiss) when she has given an untrue account on a closely connected point. W1's evidence of distress fits either version; the defence will say she was upset about a kiss she regretted. The 23:20 message helps us, but a jury is likely to see the 00:14 message, sent to D himself, as the more telling.

    Could further inquiry help? The download shows D sent two messages before 00:14 ("you ok?" and "don't be weird tomorrow"); they are neutral. There are no other witnesses to the corridor.

    Conclusion: the evidential stage is no longer met; there is not a realistic prospect of conviction. We will offer no evidence at the hearing on 18 December.

    Disclosure: the Instagram message and the OIC's note of JS's explanation were disclosed on 14 December as undermining material. The failure to obtain the Instagram material before charge goes on the area's disclosure learning log: the line of inquiry was obvious from JS's first account, in which she said she had spoken to D on Instagram earlier that evening.
""")

rev("pre", "charge", "burglary", "WC", """
    PRE-CHARGE - aggravated burglary (s.10 TA 1968)
    Suspects: (1) Lewis GRANT (23) (2) Kai SIMMONS (20)
    Circs: 02:15 on 29/09 two masked males forced the back door of 41 Hollins Rd, Oldham, and confronted the occupier (V1, Mr Ashraf, 58) and his son (V2, 24) in the hallway; Grant holding a machete. Demanded "the cash and the watches". V2 handed over two watches (Rolex and Omega, approx £14,000) and £900 cash. Males left in a grey Seat Leon; V2 saw the first three letters of the registration. ANPR hit on a Seat Leon (registered keeper Simmons's mother) at 02:31 heading towards Manchester. Both arrested 02/10. Machete found at Grant's address under a bed; Rolex recovered from Simmons's bedroom (serial number matches). Both no comment.
    Decision: charge both with aggravated burglary. FCT met.
    Action plan:
    1. DNA/fingerprints on machete and Rolex - submit - 4 weeks.
    2. Cell site for both phones 01:30-03:00 - 6 weeks.
    3. Full ANPR route and any images of the occupants - 3 weeks.
    4. Search for the Omega and the masks - intelligence-led - ongoing.
    5. Indictable only; oppose bail for both. Sent to Bolton CC.
    6. Anticipated issues: identity (masks), and for Simmons whether he knew of the machete.
    Unused material: V1 and V2's 999 calls and first descriptions (check height/build against the suspects - any difference to be disclosed); ANPR data; full search records; intelligence leading to the arrests - MG6D; Grant's partner's account (present when the machete was found, says it belongs to her brother) must be recorded and listed as it assists Grant.
    Victims: both badly frightened - V1 has had panic attacks since; V2 stays at home to look after his father. Special measures: screens (s.17). VPS from both. They fear retaliation; OIC to arrange a security assessment and keep them updated; WCU needs assessment. Return of property/compensation. Restraining orders on conviction.
""")

rev("post", "continue", "drugs", "SC", """
    Initial review - R v Dwayne Roberts (24) and Child T (15) - conspiracy to supply Class A (crack cocaine and heroin) - "Boss" line, Aylesbury

    The prosecution case is that Roberts ran the "Boss" line between London and Aylesbury from March to June 2024, and that T was one of his runners, found on 11 June in a cuckooed flat in Aylesbury with 34 wraps of crack and heroin secreted internally and £560 cash.

    Roberts: the evidence is strong. The line phone is attributed to him by (a) cell site co-location with his personal phone on 41 of the 44 days sampled; (b) the line phone being found in his car on his arrest on 19 June; (c) bulk "flare" messages from the line phone advertising "Boss is back", matched to deals recorded on the runners' phones. His prepared statement says the car was used by several people and he never used the line phone. The co-location evidence is a powerful answer to that and the attribution report is robust. The Full Code Test is met as against him.

    T: I have reviewed T's position with particular care. He is a child, found in a cuckooed flat 40 miles from home with drugs secreted internally (a strong indicator of exploitation), and he told officers he "owed" Roberts money after being robbed of a package. An NRM referral was made on 11 June and a positive reasonable grounds decision followed on 3 July. The s.45(4) defence (under 18; the act done as a direct consequence of being a victim of exploitation; a reasonable person in the same situation would do it) is likely to be available, and the public interest in prosecuting a 15-year-old who is probably a victim of child criminal exploitation is low. The case against T is to be discontinued (separate s.23 notice); he is to be treated as a victim and potential witness, not a defendant. YOT and children's services informed.

    Disclosure: the NRM material and T's account of exploitation are relevant to Roberts's case. They support our case on Roberts's role but also contain T's accounts of other older males running the line, which may assist Roberts. The MG6C must list all runner phone downloads and the intelligence about others named as line holders; the surveillance logs (OP on the flat) go on the MG6D. I will review the sensitive schedule personally.

    T as a witness: if he is willing to give evidence against Roberts he is a child and a vulnerable and intimidated witness - ABE interview, live link, intermediary assessment, and a risk assessment for his safety, which must be the priority. T's social worker and the OIC to discuss; no pressure is to be put on him.
""")

rev("pre", "no_further_action", "violence", "", """
    CHARGING ADVICE - ABH (s.47 OAPA 1861) - suspect Aiden Foley (26) - no further action

    On 1 March outside the Wetherspoons in Bury, Mr Foley punched Mr Craig Lister (31) once, breaking his nose. Mr Lister says he was walking past when Mr Foley "went for him for no reason". Mr Foley says in interview that Mr Lister had been abusive to his girlfriend inside, followed them out and swung a punch at him first, and that he punched back once.

    I have viewed the town centre CCTV (camera 14, 23:02:10-23:03:00). It shows Mr Lister walking quickly after the couple, grabbing Mr Foley's shoulder from behind and spinning him round, then drawing his right arm back. Mr Foley punches once; Mr Lister falls; Mr Foley does not follow up and walks away with his girlfriend. The door supervisor (W1), who is independent, describes Mr Lister as "being a nuisance all night" and says he had been asked to leave 10 minutes earlier.

    The issue is self-defence, which the prosecution would have to disprove. On the footage Mr Foley was grabbed from behind by a man who then drew his arm back to strike. A single punch in response, with no follow-up, is very likely to be found an honest and reasonable response in the circumstances as he believed them to be. Mr Lister's account of an unprovoked attack is contradicted by the footage and by W1. There is no realistic prospect of conviction; the evidential stage is not met.

    No further action against Mr Foley. I do not advise further inquiry: the footage is clear and covers the whole incident, and the only other witness (the girlfriend) would support Mr Foley. The police may wish to consider whether the footage discloses an offence by Mr Lister (the grab and attempted punch); that is a matter for them.

    Unused material: the footage and W1's statement must be retained. Had the case proceeded, the CCTV would have had to be disclosed in full as it assists the defence.

    Mr Lister has a broken nose and is likely to feel the decision is unfair. The OIC should explain it to him in person, including that the footage shows him grabbing Mr Foley first. As this is a CPS decision not to charge, a letter from this office will follow setting out the reasons and his right to ask for a review.
""")

rev("post", "leave_on_file", "domestic_abuse", "SD", """
    Review - R v Jason Heap - (1) ABH s.47 (2) criminal damage (3) failing to surrender/breach of bail - D offers pleas to counts 1 and 3 and asks that count 2 lie on the file

    Facts: on 14 April D assaulted his partner (Ms Tanya Rowe) at their flat, punching her twice and causing a split lip and bruising to the cheek; he then broke her mobile phone (£320) when she tried to ring for help. On 2 June he breached his bail condition by going to her flat.

    The plea to count 1 is to the most serious offending and accepts the facts as alleged; the defence confirm there is no basis of plea. Count 3 is admitted. The damage to the phone is admitted in substance in interview; D disputes only whether he "smashed" it or it broke when he "knocked it out of her hand". That dispute would make no real difference to sentence. The evidence on count 2 is strong, but continuing with it is not needed in the public interest: the pleas give the court full powers to sentence the incident as a whole, and the defence confirm D will not resist a compensation order for the phone as a loss flowing from the assault.

    Victim: Ms Rowe was consulted through the IDVA on 20 June. She wants the case finished and does not want to attend a trial about the phone. She asked for a restraining order; I will apply on sentence for a 3-year order (no contact, exclusion from her road). Her VPS (15 April) describes her fear after the bail breach and she does not want to update it. Compensation for the phone (£320) will be sought. The IDVA will tell her the outcome.

    Decision: accept pleas to counts 1 and 3; count 2 to lie on the file on the usual terms.
""")

rev("pre", "charge", "public_order", "WSCV", """
    s.4 POA - S: Lee BRANNIGAN (31) - Burnley v Blackburn 17/02 - outside Turf Moor 16:55 - S shouting "you're dead, we'll cut you" at a group of away fans under police escort, throat-slitting gesture, tried to push through the police cordon. Identified from FIO footage (Football Intelligence Officer PC Hughes knows him - season ticket holder, banning order 2019). Arrested 24/02. Interview - admits being there, says "just banter".
    Evidence: FIO footage, PC Hughes s.9 (recognition), PC Marsh s.9 (cordon).
    Charge s.4 POA. Test met.
    Disclosure: full FIO footage and evidence-gathering team logs (all cameras, 16:45-17:10) plus club CCTV - MG6C. Recognition record (Code D) - disclose. Intelligence re his football associations - MG6D, not disclosable unless he raises a defence to which it is relevant.
""")

rev("post", "reduce_charge", "theft", "CV", """
    Review following receipt of CCTV - R v Shane Kirby - robbery (phone snatch)

    Charged: robbery of an iPhone from Ms Priya Desai on Deansgate, Manchester, 12 July, 14:20. Ms Desai says she was holding her phone when a man on a bicycle rode past, grabbed it, "yanking" it from her hand, and rode off. D was arrested two streets away 10 minutes later with the phone in his pocket and a bicycle. He says he bought the phone from a man for £50.

    Assessment. Robbery requires force on a person (or putting in fear) in order to steal. Snatching from a hand can be force if it involves more than minimal contact, for example wrenching against resistance, but a pure snatch from a loose grip will generally be theft. The CCTV (now received, two cameras) shows the phone held loosely at Ms Desai's side; the rider plucks it from her fingers in one movement, with no tug and no resistance, and she neither stumbles nor loses balance. "Yanking" was her word in the first moments, but her statement describes no resistance or pain. On that footage I do not think a jury could be sure force was used on her rather than on the phone. The robbery charge cannot be sustained.

    Theft, with handling in the alternative: that D was the rider is supported by the CCTV (distinctive orange bicycle, white hoodie, black cap - all as on arrest), the arrest two streets away 10 minutes later, and his possession of the phone. "Bought it from a man" within 10 minutes of the theft is improbable. Handling (s.22) to be added as an alternative in case there is doubt that he was the rider.

    Decision: substitute theft (s.1 TA 1968) for robbery, with handling as an alternative. Code test met for theft.

    Next steps:
    - Amend the charges at the next hearing (23 September); theft is either way and suitable for the magistrates.
    - No indication of plea yet; the trial issue will be whether he was the rider.
    - Serve the CCTV compilation and stills by 16 September.
    - OIC to look for CCTV on the route from Deansgate to the arrest location - 14 days.

    Disclosure: the first account (999 call, "he yanked it") and the full CCTV are both disclosed; nothing further. Continuing review.
""")

rev("pre", "charge", "harassment_stalking", "D", """
    MG3 - stalking (s.2A PHA 1997) - suspect Terence OAKES (63) - victim Ms Julie Barnes (45), next door neighbour, lives alone

    Summary: since November 2023 the suspect has (i) photographed Ms Barnes through her kitchen window on numerous occasions (she has seen him with his phone, and a neighbour, W1, has seen it twice); (ii) put notes through her door ("I see who comes and goes", "you should close your curtains, pretty lady"); (iii) followed her to the bus stop on at least five occasions; (iv) put up a camera on his fence pointing directly into her garden. Ms Barnes has reported four times. A community protection warning was issued in January 2024, after which the conduct continued and the camera went up.
    Evidence: V's s.9 and diary; W1 s.9; the notes (he admits writing them); photographs of the camera; download of his phone (347 photographs of Ms Barnes's house and windows and of her in the garden); interview - says he was "keeping an eye on things" because of burglaries in the area.

    Charge: stalking, s.2A.
    Evidential: the course of conduct - notes, photographs, following, camera - is proved by sources independent of Ms Barnes (W1, the download, the notes themselves), and these are acts associated with stalking (watching, spying, following, loitering). He knew or ought to have known the conduct amounted to harassment: the CPW told him so in terms, and he carried on. The "keeping an eye on things" explanation does not account for 347 photographs of one woman's home and the notes addressed to her. Realistic prospect.
    Public interest: persistent targeting of a woman living alone, in her own home, continuing and escalating after a warning. His age and lack of previous convictions carry no real weight against. Prosecution needed.

    Action plan:
    1. Seize the camera's recording device/data under warrant - OIC to apply within 14 days.
    2. Bail conditions: no contact, not to photograph or record her or her property, camera to be removed.
    3. Summary only - MC. Expect NG, running the "neighbourhood watch" explanation; the download is the answer.
    4. Apply for an interim stalking protection order now.

    Victim: Ms Barnes is frightened to be at home and has been staying with her sister. Eligible for special measures (s.17) - screens. VPS. Restraining order on conviction. Referral to the local stalking advocacy service.
""")

rev("post", "discontinue", "fraud", "WSC", """
    Review - R v Sunita Kaur - fraud by abuse of position (s.4 Fraud Act 2006) - decision: discontinue

    D was office manager at a dental practice (Smile Studio, Leicester) and is alleged to have transferred £18,400 from the practice account to her own account between 2021 and 2023, disguising the payments as supplier invoices. The owner (Dr Morrison) reported in October 2023.
    The witness who could produce and explain the practice accounts, the practice accountant Mr Rees, has retired to Spain and has told the OIC he will not attend court. Dr Morrison cannot explain the accounting entries herself.
    Without Mr Rees the case cannot proceed. There is no realistic prospect of conviction. Discontinue.
    Disclosure: the DCS (12 February) says D was authorised by Dr Morrison to take the payments as an informal bonus, and asks for the practice payroll records and Dr Morrison's messages to D. The payroll records were obtained and show no bonus payments to any staff. Dr Morrison's WhatsApp messages with D (2021-2023) have been reviewed; one from Dr Morrison (14/12/22), "you've earned a treat this year, sort yourself something out", is capable of assisting the defence and was disclosed on 20 February.
    Victim: Dr Morrison to be told by the OIC in person before the notice is served; VCL letter to follow with her right to ask for a review. She should be told that the decision does not prevent her pursuing civil recovery. She was very distressed by the breach of trust and its effect on her small business; a meeting can be offered.
""")

rev("pre", "charge", "weapons", "V", """
    PRE-CHARGE ADVICE - possession of an imitation firearm with intent to cause fear of violence (s.16A Firearms Act 1968); alternatively possession of an imitation firearm in a public place (s.19)
    Suspect: Jordan LACEY (17 - youth)

    Facts. On 30 August at 16:10 in the car park of Fairways retail park, Swindon, the suspect pointed a black handgun at three boys (W1-W3, all 16) from the passenger window of a car driven by his friend, and shouted "what you saying now?". The boys ran into Currys and staff called the police. The car was stopped 20 minutes later; a black BB pistol (a replica Glock) was under the passenger seat where the suspect had been sitting. In interview (appropriate adult present) he admits pointing it "as a joke" because one of the boys had "mugged him off" on Snapchat.

    Analysis. The BB pistol has the appearance of a firearm and is an imitation firearm. Possession is admitted. The s.16A issue is intent: did he intend by means of the imitation to cause the boys to believe unlawful violence would be used against them? The "joke" account is weak: (a) the Snapchat messages on W1's phone show a dispute earlier that afternoon, with the suspect writing "watch what happens"; (b) "what you saying now?" ties the act to that dispute; (c) the boys' fear was genuine - they ran into Currys, and a member of staff (W4) describes them as "white and shaking". A court could be sure of the intent. If not, s.19 is a straightforward alternative and is effectively admitted.
    The driver (Ethan, 18): nothing shows he knew of the gun before it was produced; he drove off at once, which fits either way. I have considered joint enterprise and there is insufficient evidence; no charge.

    Youth. He is 17 with one youth caution (2022, theft). I have considered the youth guidance, out of court disposals and his welfare. An out of court disposal is not appropriate for pointing a realistic imitation firearm at children in a public place in the course of a dispute: the offence is serious (10 year maximum), caused real fear and appears premeditated ("watch what happens"). Prosecution is required in the public interest notwithstanding his age; the youth court's sentencing options will address his welfare.

    Decision: charge s.16A, with s.19 as an alternative. Youth court; we will not ask for the case to be sent to the Crown Court.

    Actions: (1) the S-W1 Snapchat conversation to be exhibited from a targeted download of W1's phone - 14 days; (2) statements from W2 and W3 (only W1 so far) - 14 days; (3) Currys CCTV - 7 days; (4) firearms officer's statement on the pistol's classification - 21 days.

    Unused: the driver's interview (he says the suspect "was just messing about") is capable of assisting on intent and must be disclosed. The full Snapchat conversation, including W1's own messages, which may be provocative, must be reviewed and disclosed if it assists. 999 calls, CAD, Currys staff log and the vehicle search record to be scheduled.
""")

rev("post", "continue", "child_abuse", "D", """
    R v Mark Ellery - abuse of position of trust: sexual activity with a child (s.16 SOA 2003) x3 - trial review - Chester CC, 9 September

    D (41) was a PE teacher at the complainant's school. The complainant (K, now 17) says that between September 2022 and February 2023, when she was 16 and in Year 11, D kissed her and touched her breasts on three occasions in the PE office after school. D accepts a friendship with K but denies any sexual contact.

    Issues: (1) whether the touching happened; (2) whether D was in a position of trust - he taught K and was her form tutor, and the DCS does not seriously dispute this; (3) the defence say K had a crush on D and invented the allegation after he rejected her (DCS para 5).

    Strengths: K disclosed to her friend (W1) in February 2023 in messages describing the first incident in terms consistent with her ABE; more than 600 Snapchat and iMessage messages between D and K from personal accounts (recovered from K's phone), including from D "delete these after reading x", "you're very special to me" and "no one can know about our chats" - conduct wholly inconsistent with a teacher's role, which a jury could see as grooming; the school's booking log shows D booked the PE office after 16:00 on all three dates. Weakness: no eyewitness to any touching, and K's dating of the December incident has moved (before the Christmas concert in the ABE, after it in her later statement). The defence will exploit that, but it is peripheral and the booking log supports the later date.

    The case remains strong and should continue. Evidential stage: the messages, the office bookings and the early complaint give substantial support to K's account; a jury could be sure. Public interest: a grave breach of trust by a teacher; the offence exists to protect 16 and 17-year-olds from exactly this. Prosecution required.

    Trial strategy: play K's ABE, call W1 and the head teacher (position of trust; booking log), and rely on a schedule of the messages (format agreed; only interpretation disputed). Bad character: D received a school disciplinary warning in 2019 for messaging another pupil on social media (nothing sexual). Our s.101(1)(d) application - propensity to form inappropriate private relationships with pupils - will be heard at the PTR on 1 August.

    K: eligible as under 18 - ABE and live link granted. She wanted s.28 but the trial date was already fixed; she has chosen to go ahead in September with live link from a remote site. Child ISVA in place. VPS from K and her mother. On conviction: SHPO, notification, barring consequences, and a restraining order protecting K.
""")

rev("pre", "charge", "death", "S", """
    MG3 - unlawful act manslaughter - suspect Callum RIORDAN (22) - deceased Simon Webb (47)

    Summary
    At 23:35 on 6 July 2024 on Fore Street, Truro, after an argument about a taxi, the suspect punched Mr Webb once to the face. Mr Webb fell backwards, struck his head on the pavement and was unconscious at the scene. He died on 9 July from a traumatic brain injury (skull fracture and subdural haematoma). The suspect stayed at the scene and was arrested. In interview he said Mr Webb "squared up" to him and pushed him in the chest, and that he punched out of fear of being hit.

    Analysis
    Unlawful act manslaughter requires (1) an unlawful act (the punch - an assault unless in lawful self-defence), (2) which a sober and reasonable person would inevitably recognise must subject the victim to the risk of some harm, (3) which caused death. (2) and (3) are not realistically contestable: a punch to the face carries an obvious risk of some harm, and the pathologist (Dr Adeyemi) is clear that the fall caused by the punch caused the fatal injury. The only issue is whether the punch was unlawful.

    On self-defence:
    - Council CCTV (Fore St) shows the two men face to face for about 10 seconds, Mr Webb gesturing. Mr Webb moves forward and his right hand makes contact with the suspect's chest, consistent with a push. Two seconds later the suspect punches.
    - W1 (taxi driver) says Mr Webb was "shouting and being aggressive" and "gave the lad a shove". W2 (Mr Webb's friend) says he "just put his hand out to keep him back".
    - Mr Webb was heavily intoxicated (blood alcohol 198mg/100ml); the suspect had been drinking but less so.
    - Mr Webb was 6'2" and heavily built; the suspect is 5'9".
    Self-defence has a real basis: Mr Webb pushed first and was bigger and aggressive. Against it: the push was a single open-handed shove with no follow-up, and the footage shows space behind the suspect to step back; instead he steps forward to punch. Whether a single punch in answer to a single shove was reasonable, in the circumstances as he believed them to be, is finely balanced. But I consider there is a realistic prospect that a jury would find it was not a reasonable response to a man who was not continuing any attack, given that the suspect stepped in to deliver it.

    Manslaughter is the only charge that properly reflects a death caused by an unlawful act; the jury may of course acquit on self-defence.

    Code test
    Evidential stage: met, for the reasons above, though self-defence is a real issue.
    Public interest: a life has been lost. The suspect is 22, of good character and stayed to help, which go to sentence. Where the evidential stage is met in a single punch death, prosecution will almost always be required given the harm; Mr Webb's family support prosecution. Prosecution required.

    Disclosure
    Schedule the CCTV from every camera in Fore Street and at the taxi rank, the 999 calls (several), and the BWV of attending officers, including the suspect's first account at the scene ("he pushed me, I just reacted"). Mr Webb's PNC shows two convictions for violence in drink (2015, 2019): relevant to self-defence, and the defence may apply under s.100 - disclose. Note W2's connection to Mr Webb. The suspect's toxicology (blood taken 01:40) to be scheduled.

    Family and witnesses
    Mr Webb's partner and adult son are supported by the FLO (DC Penrose). The family should be offered a meeting with the reviewing lawyer once the suspect is charged and kept informed under the enhanced service for bereaved families. A family impact statement will be taken before sentence. W1 and W2 saw the fatal fall and W2 in particular is traumatised: WCU needs assessment and referral to Victim Support. W1 is unlikely to need special measures; W2 may ask for screens.
""")

# ---------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------

rev("pre", "charge", "sexual_offence", "WS", """
    MG3 - Voyeurism (upskirting) s.67A SOA 2003 - S: Nathan PRIOR (34)
    Circs: 11/06 approx 17:40 on the escalator at Leeds train stn. V (Chloe, 22) felt someone close behind, turned and saw S holding a phone low, under her skirt. She shouted, S ran. BTP officer stopped him on the concourse after a member of the public (W1) pointed him out. S's phone seized - 3 videos recorded 17:38-17:41 showing up V's skirt. Further 40+ similar vidoes from other dates on the phone, unknown victims.
    S interview - no comment.
    Evidence: V s.9, W1 s.9, BTP officer s.9, station CCTV, phone download.
    Charge: s.67A(2) (recording image beneath clothing) for the purpose of sexual gratification.
    Code: Evidential - videos recovered from S's phone of V at the time and place she descibes; CCTV shows S behind her on the escalator. Realistic prospect. PI: intrusive sexual offending against a young woman in a public place, and the other videos suggest repeated offending. Prosecution required.
    Disclosure: phone download - DMD needed. The videos of unidentified women are not relevant unused material in V's case save as possible evidence of wider offending - retain and schedule. Station CCTV full run; BTP CAD.
    V: eligible complainant (sexual offence) - special measures, live link or screens as she prefers. Anonymity is automatic and she has asked about it - OIC to reassure her. VPS. Consider an SHPO on conviction given the volume of other videos.
""")

rev("post", "continue", "robbery", "", """
    Review following DCS - R v Adebayo Ogunleye - robbery (s.8 TA 1968) - Wood Green CC, trial 22 April

    The DCS (served 18 February) raises alibi. D says that at 21:15 on 4 November, when a taxi driver (Mr Haider Ali) was robbed at knifepoint in Tottenham, he was at his cousin's birthday meal at a restaurant in Edmonton. Three alibi witnesses are named.

    1. The case before the DCS. Identification rests on: (a) Mr Ali's identification of D at a VIPER procedure on 20 November (first viewing, "100% sure"); (b) D's fingerprint on the inside of the rear passenger door of the taxi; (c) the Uber account used to book the taxi, registered to D's email address. D gave no comment in interview and so no account of the fingerprint or the booking. The fingerprint is the strongest evidence: the car is a private hire vehicle cleaned daily (driver's statement), and the inside handle is touched only by passengers. D may say he was a passenger on another day; the driver's trip log for the preceding fortnight shows no other booking from D's account, but cash fares are not logged, so that is not conclusive. The Uber booking is very hard for him to explain; the DCS says the account was "hacked" but gives no detail.

    2. The alibi. The restaurant is 2.4 miles from the scene; the meal is said to have run from 20:00 to 23:00; the witnesses are D's cousin, his aunt and a friend. This is a reasonable line of inquiry and must be followed up promptly whatever it shows:
    (i) restaurant CCTV - the OIC has confirmed it is overwritten after 30 days and has gone; the booking record and card payment records for the table have been requested (by 4 March);
    (ii) cell site - at 21:08 D's phone used a mast serving both the robbery location and part of Edmonton; the analyst to carry out a drive test to resolve this, by 18 March;
    (iii) alibi witnesses - the police may interview them under the code of practice for interviewing witnesses notified by the accused; the defence solicitor to be notified and offered attendance; OIC to arrange by 11 March.

    3. Assessment. Even if the alibi witnesses support D, their evidence has to be weighed against the fingerprint and the booking, which are independent of Mr Ali's identification. There remains a realistic prospect of conviction. The public interest continues to require a prosecution: armed robbery of a lone taxi driver at night, a knife held to his neck, and D has a conviction for robbery (2019). If the payment records or the drive test put D in the restaurant at 21:15, I will review the case again immediately.

    4. Disclosure. The DCS asks for (a) the driver's complete trip log, to identify other passengers who could have left the print - disclose: it supports the defence argument that the print may be innocent even though it does not show D; (b) Uber's account security records (logins from new devices) - third party request to Uber by 4 March; a login from an unfamiliar device that evening would undermine and must be disclosed; (c) VIPER documents - already served. MG6C updated; s.7A letter by 15 March.

    5. Mr Ali. He is 61, still drives nights, and has been frightened since. He has a screens direction (made at PTPH) and witness care have arranged a pre-trial visit. His VPS (December) records that he has cut his hours. He knows the trial date. On conviction seek compensation (£340 cash, phone).

    6. Trial plan. Call Mr Ali, the fingerprint expert (live if the defence challenge the print, otherwise agreed), the Uber records custodian by s.9, and the OIC. Bad character notice (2019 robbery) to be served by 4 March.
""")

rev("pre", "charge", "domestic_abuse", "W", """
    MG3 Report
    Suspect: Rhys DAVIES (36). Victim: Emma Davies (33), wife.
    Offence proposed: controlling or coercive behaviour in an intimate or family relationship (s.76 SCA 2015)

    Background
    Mr and Mrs Davies married in 2016 and have two children (7 and 4). They lived in Pontypridd. Mrs Davies left the family home with the children on 12 February 2024 and went to a refuge. At her request a video-recorded interview was taken on 20 February.

    Her account
    She describes the relationship changing after their first child was born in 2017. The suspect began to check her phone daily and insisted on her passwords. In 2019 he persuaded her to give up her job as a teaching assistant, saying the children needed her at home. He then took control of the money: she had no bank card, and he gave her cash for shopping and asked for the receipts. He "went through" the receipts and was angry if anything was unaccounted for. He would not let her learn to drive. If she went out to see friends he rang repeatedly until she came home; she stopped seeing friends in about 2020. He told her she was "a useless mother" and that if she left he would make sure social services took the children. On several occasions (she cannot give dates) he punched walls and doors near her. In December 2023 he threw a plate at the wall beside her head during an argument about Christmas presents. She says she was "terrified of him" and "walked on eggshells".

    Other evidence
    - Mrs Davies's mother (W1): saw less and less of her daughter from 2019; on one visit in 2022 the suspect "hovered" and answered questions for her; in 2023 Mrs Davies told her "he controls everything".
    - Friend (W2): describes Mrs Davies cancelling plans at the last minute and receiving repeated calls when out.
    - Photographs of damage to internal doors, taken by police at the house on 14 February with the suspect's consent.
    - Bank records: a joint account, but only one debit card issued, in the suspect's name.
    - GP records: 2021 consultation - low mood, "relationship difficulties".
    - Interview: denies control. Says his wife suffers from anxiety and he took over the finances because she "couldn't cope". Says he rings her because he worries about her. Accepts damaging doors when frustrated but says it was never aimed at her.

    Charging decision
    Charge s.76 SCA 2015 (1 January 2019 to 12 February 2024).
    Evidential stage: Mrs Davies's account is supported by W1, W2, the bank records, the photographs of the damage and the GP note; realistic prospect of conviction.
    Public interest: prolonged controlling behaviour in a household with young children; CPS DA policy; Mrs Davies supports a prosecution. Prosecution is required.

    Action plan
    1. Downloads of both phones (Mrs Davies's with her consent, targeted 2022 to February 2024) - 6 weeks.
    2. Statements from the school about the children's presentation and any disclosures - 4 weeks.
    3. One previous police attendance in 2021 (neighbour reported shouting) - obtain CAD/BWV - 14 days.
    4. Either way - Crown Court appropriate given the duration. Anticipate NG.
    5. Bail: no contact with Mrs Davies; contact with the children only through family court arrangements or a third party.

    Disclosure
    His account that Mrs Davies has anxiety puts her medical history in play. The GP records were obtained to evidence harm; the rest must be reviewed for anything inconsistent with her account or relevant to the defence (for example, any note that the financial arrangement was agreed), with only relevant items scheduled and clearly described. Refuge records are third party material and should not be sought unless there is a specific reason to think they hold relevant material. OIC to tell me if family proceedings begin.

    Victim
    DASH high risk; MARAC on 28 February. IDVA from the refuge. As a complainant in a DA case Mrs Davies is eligible for special measures (YJCEA s.17 as amended by the Domestic Abuse Act 2021); screens and live link to be discussed with her. VPS. Restraining order on conviction. The children will not be witnesses.
""")

rev("post", "offer_no_evidence", "burglary", "", """
    R v Liam O'CONNOR - burglary (non-dwelling), Tesco Express, Cleethorpes, 14/02 - review 02/05
    DCS (22/04) says D was remanded at HMP Humber from 10 Feb to 21 Feb. OIC has checked with the prison and the PNC custody record: confirmed, D was in custody throughout. The only identification was a PCSO's recognition from CCTV stills (poor quality, hood up). The recognition was plainly wrong. No realistic prospect of conviction - evidential stage not met. We will offer no evidence at the hearing on 9 May (the earliest the court can list it; defence content).
    Wider point: the PCSO's recognition is now known to be mistaken. OIC has identified two other live cases relying on recognitions by the same PCSO; both flagged to the reviewing lawyers today for review of the recognition evidence.
    Disclosure: the prison confirmation and the OIC's note of the error are to be served with the notice; nothing else outstanding.
    Victim: Tesco's store manager (Mr Patel) to be told by the OIC before the hearing that the man charged could not have committed the offence and that the investigation remains open. Store staff were not due to give evidence. OIC to re-circulate the stills and make a bank enquiry about the card the burglar used for a purchase in the store earlier that day - by 31/05.
""")

rev("pre", "charge", "drugs", "CDV", """
    Charging advice. PWITS Class B (cannabis) - S: Kieran MOSS (19).
    Circs: S stopped on foot 09/05 in Hanley Park by PCs after smell of cannabis. Search: 14 snap bags of cannabis (each ~3.5g - "eighths"), a further 28g unbagged in a vacuum pack, £230 cash, one phone. Phone download: 61 messages in 10 days, e.g. "got any grub?", "2 for 40?", "ye bro meet u by the bandstand"; S replies with prices and meeting points. Interview: prepared statement - all for personal use; cash was from his mum for his birthday.
    Assessment: 14 identical eighths plus the messages make the personal use account untenable. The messages show him agreeing prices and meeting points in his own words over the 10 days before, including one sent 40 mins before the stop agreeing to meet at the bandstand - where he was stopped. The defence may say he was "sorting friends out": social supply is still supply. The cash is modest and the birthday explanation (birthday 04/05) may be true - I place no weight on it. The 28g vacuum pack is equally consistent with personal use and adds little either way.
    Decision: charge PWITS Class B (s.5(3) MDA 1971). Evidential stage met. PI: in favour of prosecution.
    Action plan: drugs expert statement on value and packaging (SFR acceptable) - 7 days; confirm the phone number is S's (custody record/PNC) - 7 days; venue - either way, suitable for MC; likely G to possession and NG to intent - a plea to simple possession is not acceptable given the messages; seek forfeiture and destruction of drugs and phone (s.27 MDA) on conviction.
""")

rev("post", "continue", "harassment_stalking", "WD", """
    DCS review - R v Gary MARSH - stalking involving fear of violence (s.4A PHA 1997) - trial Maidstone CC 4 Nov
    DCS: D admits sending the messages and going to V's house but says the relationship was continuing and that V was messaging him too; denies V was caused to fear violence.
    Case summary: V (Ms Jodie Carr, 28) ended a 3-month relationship in April 2024. Between April and July D sent over 400 messages and went to her house 9 times (doorbell footage of 6); on 30 June he sent "if I can't have you no one will". V moved to her parents'. D charged 14/07.
    Evidence: V's statement, doorbell footage, messages (download), V's mother (W1), D's interview.
    Review: the DCS does not change the position. Case continues. Evidential: the number of messages and visits is proved by the download and the footage; the 30 June message and the visits after it go to fear of violence. PI: prosecution required - serious, escalating stalking with a direct threat, V forced to move; D has a conviction for harassing a former partner (2020).
    Plan:
    - Bad character (2020 harassment) - s.101(1)(d) - notice by 21 Sept.
    - Trial: V by live link (granted); W1 live; doorbell compilation (OIC by 30 Sept); schedule of messages to be agreed.
    - Counsel briefed by 7 Oct.
    V: Ms Carr remains very frightened; stalking advocate engaged; she wants to read her VPS in court. Restraining order on conviction or acquittal, to cover her parents' address. Interim SPO granted 20/07; full SPO hearing 15/10 - OIC to attend.
""")

rev("pre", "no_further_action", "sexual_offence", "WSV", """
    CPS Direct advice - sexual assault (s.3 SOA 2003) - suspect Jake Whitlock (28)
    Complainant: Ms Leah Ford (20).
    Allegation: on 27/07 at the Boardmasters festival, Newquay, in the crowd at the main stage at about 22:30, a man put his hand inside the back of her shorts and touched her bottom and between her legs. She turned round and saw a man in a yellow bucket hat laughing. Her friend (W1) took a photograph of him. Security staff detained the suspect, who was wearing a yellow bucket hat, 20 minutes later near the bar, and Ms Ford pointed him out to them. Interviewed 28/07 - denies; says he was in the crowd but never touched anyone.
    On 15/08 Ms Ford told the OIC she no longer wishes to support the prosecution: she is starting university, does not want to go to court, and "isn't 100% sure it was him". She has signed a withdrawal statement.
    Decision: NFA. Ms Ford is the only witness who can give evidence of the touching, and she now says she is not sure the suspect was the man. Without her evidence there is no evidence of the assault, and her withdrawal statement would itself undermine any identification. Evidential stage not met.
    Unused material: W1's photograph, the festival security log, the interview and the withdrawal statement to be retained. The withdrawal statement would have to be disclosed if the case were ever revived, as it undermines identification.
""")

rev("post", "accept_plea_lesser", "death", "D", """
    Review - R v Scott Ainsworth - causing death by dangerous driving (s.1 RTA 1988) - plea offered to causing death by careless driving (s.2B)

    Mr Kenneth Hollis (67) was killed on 3 September 2023 when the defendant's Audi A4 collided with his Honda Jazz as the defendant overtook on the A49 near Leominster. The defendant offered a plea to s.2B at the hearing on 16 January; trial is fixed for 10 March.

    Evidence. The dangerous driving case rested on (a) an overtake of two vehicles approaching a crest, and (b) speed, estimated at 74-78mph in a 60 limit. The defence reconstruction (Mr Clarke, served 5 January) measures the sight lines and shows the crest would have hidden Mr Hollis's car only for the first 1.2 seconds of the overtake, and that the collision happened as the defendant, having completed the overtake, was moving back in; Mr Hollis's car had drifted partly over the centre line (the defence say because he was reaching for something - his phone was found in the footwell). Our collision investigator (PC Rhodes) has reviewed the report. In his supplementary statement (12 January) he agrees the sight-line measurements and accepts that Mr Hollis's car "may have been slightly over the centre line" at impact. He still says the overtake was unwise but "cannot exclude" that it began when the road ahead was visibly clear.

    Whether driving falls far below, or below, the standard is for the jury. With our own expert accepting the defence sight-line evidence and the possibility that Mr Hollis's position contributed, I no longer consider there is a realistic prospect of a jury being sure that the driving fell far below the standard. Speed of up to 18mph over the limit while overtaking towards a crest is clearly careless, and s.2B properly reflects what the evidence can prove. The maximum is 5 years, the guideline allows the court to reflect the speed, and disqualification is obligatory, so the court's powers are adequate.

    Public interest: the plea secures a conviction that reflects the culpability the evidence can prove and spares Mr Hollis's family a trial at which the defence would suggest he was distracted by his phone - something his widow has told the FLO she finds very distressing.

    Family. I met Mrs Hollis and her son with the FLO on 22 January and explained the expert evidence and why I propose to accept the plea. They were upset but said they understood and did not want the trial to become about Kenneth. The son will read the family impact statement at sentence; they want to attend. Enhanced service; a VCL letter confirming the decision to go within one working day.

    Next steps: counsel to tell the court the plea is acceptable; arraignment on an added s.2B count on 29 January; no evidence offered on s.1; PSR; sentencing note on culpability (speed, overtaking towards a crest), the family's loss, disqualification and extended retest.
""")

rev("pre", "charge", "hate_crime", "SV", """
    MG3 - theft and harassment - hostility on grounds of disability (s.66 Sentencing Act 2020)
    Suspects: Tyler BENNETT (19), Reece HILL (18)
    Victim: Mr Daniel Price (34), who has a learning disability and lives in supported accommodation in Hereford.

    Between March and May 2024 the suspects befriended Mr Price, visited his flat, and (i) took his bank card and withdrew £1,460 in 11 withdrawals (ATM CCTV of 6 shows both suspects); (ii) filmed him on Snapchat being made to dance and to eat dog food, with captions using slurs about his disability; (iii) took his Xbox (£300). His support worker noticed the missing money and found the videos being shared among local teenagers.

    Analysis. The takings are proved by the ATM CCTV, the bank records and the Xbox found in Bennett's bedroom. Both suspects say Mr Price "gave" them the card and PIN, and the Xbox as a gift, because they were his friends. The real issues are therefore consent and dishonesty. Mr Price's social worker describes his understanding of money as "around 10-12 in financial matters"; he cannot manage money and his care plan says so. Even if he "agreed", a jury could find that any consent was not genuine and that the suspects were dishonest by the standards of ordinary decent people: they exploited a man they knew to be vulnerable. The Snapchat videos, with their slurs, show both hostility and their knowledge of his disability. Mr Price's own evidence will matter but may be limited, and the case does not depend on it alone.

    Charges: theft x2 (the cash obtained with the card; the Xbox) and harassment (s.2 PHA 1997 - the four videos are a course of conduct), seeking the s.66 uplift on each on conviction. Fraud by abuse of position is not apt; they held no position in relation to his finances.

    Code test. Evidential: met on the CCTV, bank records, recovered Xbox and the videos, which both suspects accept they filmed. Public interest: a disabled man targeted over months, hostility on grounds of disability, humiliation shared publicly, and a significant loss to someone living on benefits. Their youth does not outweigh this. CPS disability hate crime policy applies. Prosecution required.

    Disclosure. The videos were shared by others; the full chats and shares on the two recipients' phones (seized) are relevant to how the videos were circulated and must be reviewed. Mr Price's care records (third party - support provider and social services) are relevant to his capacity and vulnerability: request and review. They may record Mr Price describing the suspects as "friends", which would assist the defence and must be disclosed. Bank fraud team records to be scheduled.
""")

rev("post", "reduce_charge", "weapons", "S", """
    R v Jamie Fox - threatening with a bladed article in a public place (s.139AA CJA 1988) - review 3 Oct - proposal: substitute possession of a bladed article (s.139)

    The charge arises from an incident outside the Spar on Gower Street, Derby, at 21:00 on 11 August. W1 (shop worker, Ms Kaur) says D took a knife out of his pocket and "waved it about" while arguing with another man (never identified) outside. D was arrested with a lock knife. In interview he accepts having the knife but says he never took it out.

    The shop's external CCTV has now been obtained. It shows D and the other man arguing, but D's hands are out of shot below the shop sign for the relevant 12 seconds.

    s.139AA requires that D unlawfully and intentionally threatened another person with the article so that there was an immediate risk of serious physical harm. The only evidence of a threat is W1, who was inside the shop, 6 metres away behind the glass, and did not see at whom (if anyone) the knife was pointed; the other man cannot be traced to say whether he was threatened, and the CCTV does not help. I do not consider a court could be sure of the threat element. The possession, by contrast, is admitted and there is no good reason: carrying it "for protection" is not one. There is a realistic prospect of conviction under s.139. The public interest still requires prosecution: carrying a lock knife in a public place in the middle of an argument is serious, and D has a previous conviction for possessing a knife (2021), so the minimum sentence provisions for a second offence apply and the court's powers reflect the seriousness of the case.

    Disclosure: W1's first account to the 999 operator ("I think he's got something in his hand") is less certain than her statement; disclosed 20/09. CCTV served.

    W1 is anxious about giving evidence: D lives locally and uses the shop. She has been told the charge is being changed and that if D pleads to s.139 she will not have to attend; WCU to update her after the hearing. If the case goes to trial she will be offered screens.
""")

rev("pre", "charge", "fraud", "C", """
    PRE-CHARGE DECISION: fraud by false representation x6 (s.2 Fraud Act 2006) - rental deposit fraud
    Suspect: Marek NOVAK (29)
    Victims: six prospective tenants (V1-V6), mostly students, who paid "holding deposits" of £450-£900 (£3,950 in total) between June and August 2024 for a flat at 12B Albion Street, Leeds, advertised on Facebook Marketplace. The suspect rented the flat himself on a 6-month tenancy; he showed each victim round, took the deposit by bank transfer, then stopped responding.

    Evidence and issues
    - Bank records: all six deposits paid into an account in the suspect's name and withdrawn in cash within 24 hours each time.
    - The Marketplace account is registered to his email address (subscriber data obtained).
    - The genuine landlord (W7) confirms the suspect was his tenant with no right to sublet or re-let, and was never asked.
    - Five of the six victims recognised the suspect from his Facebook profile picture (not a formal procedure - see below).
    - Interview: says he meant to sublet to one of them and "the others pulled out"; says he refunded some deposits. The bank records show no refunds.
    Assessment: the account that he genuinely meant to let to one of them is defeated by the numbers - six deposits for one flat over nine weeks, each with the same representation that the flat would be theirs from 1 September, and no refunds. Dishonesty is the real issue and the pattern is powerful evidence of it. Identity is not really in dispute: the bank and Marketplace accounts are his and he admits showing people round. The informal profile-picture identifications should not be relied on as identification evidence and are not needed.
    Charges: 6 x s.2 Fraud Act 2006.
    Code test: evidential - met for the reasons above. Public interest: prosecution needed.

    Action plan
    1. Statements from V4 and V6 (only 4 of 6 so far) - OIC by 30 September.
    2. Marketplace message content for each victim - production order - 6 weeks.
    3. ATM CCTV for the cash withdrawals - not needed, as he accepts the account is his.
    4. Financial investigation - confiscation likely modest; compensation is the priority.
    5. Either way; suitable for the magistrates (total £3,950). Expect NG on the "genuine letting" account, or a guilty plea once the bank records are served.

    Unused: the victims' own messages with him (screenshots from V1, V2 and V5) - obtain the full threads; any message promising a refund, or showing a victim pulling out of their own accord, would support his account and must be disclosed. Record how the profile-picture recognitions came about and schedule them (they go to the weight of any identification). W7's tenancy file to be scheduled.

    Victims: several are international students and two (V3, V6) have gone home. Consider whether their evidence can be agreed and read, or given by live link from abroad with the court's permission. The others want to attend; WCU needs assessment. VPS, particularly from V1, who was homeless for two weeks in September. Compensation of £3,950 on conviction - he is employed and can pay over time.
""")

rev("post", "continue", "public_order", "WSCD", """
    Initial review: R v (1) Connor HALE (2) Bradley KNIGHT (3) Jordan WALSH (4) Sam PIKE - violent disorder (s.2 POA 1986)
    Incident: 30/07 - disorder outside the Swan Hotel, Hartlepool, following a protest. Approx 40 people; bricks and bottles thrown at police lines; police van damaged; 3 officers injured. Ds identified from BWV, drone footage and social media by officers who have made recognition statements.
    Evidence: BWV, drone footage, recognition statements, social media videos (TikTok), officers' injury statements.
    All four charged with violent disorder and remanded. Case remains suitable to proceed; FCT met.
    V/Ws: the three injured officers - PC Dunn (cut to hand), PC Barker (bruised shin), PC Sahota (concussion, off work 3 weeks). Officers' VPSs to be obtained - PC Sahota's to cover the effects of the concussion. Hotel staff (W1, W2) were frightened and one has since left the job; they are not essential witnesses and their evidence may be capable of being read. Community impact statement from the local authority - OIC. Compensation for the van - force claims section to provide figures.
""")

rev("pre", "charge", "criminal_damage", "SDV", """
    Criminal damage (DA). S: Aaron WELSH. 03/01 - after V (ex-gf Laura Pike) refused to let him in, S kicked the wing mirror off her Corsa and scratched "SLAG" into the bonnet with a key (£1,120 quote). Doorbell cam captures it clearly, S's face visible, he looks straight at the camera. Admits in interview, says she "deserved it". Realistic prospect - clear footage plus admission, no defence available. PI - DA context, deliberate and degrading, and S was subject to a conditional caution for harassing V at the time. Charge s.1(1) CDA 1971; DA flag.
""")

rev("post", "discontinue", "domestic_abuse", "V", """
    Review - R v Mohammed Rafiq - ABH (DA) - V (his wife, Mrs Nazia Rafiq) has withdrawn support - decision: discontinue

    V made a statement on 3 March 2024 that D punched her in the face and pulled her hair in the kitchen on 1 March. The bruise to her cheek was photographed. On 21 April she made a retraction statement saying she does not want to go to court, that she fell against a cupboard during an argument, and that she made up the punch because she was angry with D. She declined to speak to the IDVA.

    I have considered whether to proceed without her support, following the DA guidance:
    (a) The 999 call (made by V at 21:14, D audible shouting in the background): V says "my husband's hit me". Likely to be admissible as res gestae, but it is brief and does not describe a punch.
    (b) BWV: V is calm and gives a short account - "he hit me" - without detail. Much less compelling than an account given in obvious distress.
    (c) D's interview: she fell.
    (d) The photographs show a bruise consistent with either account.
    (e) No independent witness.
    The retraction is detailed and gives an alternative account that fits the injury. If V were summonsed she would give evidence in line with it; an application under s.119 would put her earlier account before the court, but a tribunal is unlikely to prefer that over her sworn evidence when the medical evidence is neutral. Hearsay under s.116 is not available: she is available and says she is not in fear. Res gestae alone would leave a bare "he hit me" set against D's account and V's own evidence. There is no realistic prospect of conviction.

    Decision: discontinue under s.23 POA 1985 - evidential stage not met.

    Actions: notice to be served by 10 May; OIC to inform D's solicitors. Disclosure: the retraction was served on the defence on 24 April as it undermines the prosecution case; nothing further.
""")

rev("pre", "charge", "other", "WD", """
    Charging advice - dog dangerously out of control causing injury (s.3(1) Dangerous Dogs Act 1991, aggravated)
    Suspect: Shannon EVANS (31), owner of "Tyson", an XL bully type dog (exemption certificate held since January 2024).
    On 18 May at 16:30 in Victoria Park, Swansea, Tyson, off lead contrary to the exemption conditions, ran at a 9-year-old boy (V, Ryan) playing football, knocked him down and bit his left arm and thigh. V needed surgery on the arm and is scarred. W1 (V's father) and W2 (a dog walker) saw it. The suspect was 30m away on her phone; she caught the dog and gave her details. Interview: accepts the dog was off the lead "for a minute"; says the boy kicked the ball at the dog.
    Evidence: W1, W2, V's ABE (short), medical statement and photographs, exemption certificate conditions (lead and muzzle in public), dog warden report.
    Decision: charge s.3(1), aggravated by injury. Evidential: dog off lead and unmuzzled in breach of the exemption conditions, bit a child causing serious injury - realistic prospect. PI: serious injury to a child, breach of conditions designed to prevent exactly this; prosecution required; her good character does not outweigh.
    Action plan:
    1. Dog warden's behavioural assessment of Tyson - for the court's decision on destruction or a contingent destruction order - 28 days.
    2. Certificate and conditions from DEFRA - 14 days.
    3. Either way (max 5 years where injury caused) - Crown Court suitable given serious injury to a child.
    4. Ancillary: destruction order (s.4) and disqualification from keeping a dog - we will apply.
    Victim/witnesses: V (9) - ABE as evidence in chief, live link; consider a registered intermediary (parents say he is very anxious around dogs and having nightmares). VPS from V's parents. Compensation for the injury and damaged clothing. W2 is elderly - WCU to check availability and needs.
""")

# ---------------------------------------------------------------------------
# Batch 6
# ---------------------------------------------------------------------------

rev("pre", "charge", "violence", "C", """
    MG3 - s.20 OAPA 1861 (inflicting GBH) - suspect Dean WHITWORTH (29)
    Incident: Sunday league match, Ashton Villa Reserves v Droylsden Albion, 14 April 2024, Ashton-under-Lyne. In the 70th minute, after a tackle, the suspect punched V (Jack O'Neill, 24, opposing player) once to the jaw as V was getting up. V fell; his jaw was fractured in two places and was plated at Tameside General.

    Evidence: V's s.9; the referee (W1) - saw the punch, sent the suspect off and completed an FA misconduct report the same evening; two spectators (W2, W3) from V's team's supporters; a spectator's phone video (20 seconds - shows the tackle, then the suspect standing over V and swinging his right arm; V's head snaps back and he falls); medical statement (Mr Harris, maxillofacial).
    Interview: says V had "gone over the top" in the tackle and then "came up swinging", and that he punched in self-defence.

    Analysis: playing sport is no answer to a deliberate punch off the ball; that is outside anything players consent to. The live issue is self-defence, and the video is decisive on it: V is on one knee, pushing himself up with his hands on the ground, when the punch lands - he is not "swinging". The referee, who is neutral, confirms V was "still getting up". The defence may say the clip starts too late to show what V did, but the three seconds before the punch are clear and show no threat. Intent for s.18: a single punch, though a hard one; the injury (double fracture) is really serious harm, but nothing shows an intent to cause it beyond one blow in temper. s.20 is the right charge. The spectators are from V's side and add little; the case rests on W1 and the video.

    Decision: charge s.20. The evidential stage is met on the video and W1's independent evidence, which together rebut self-defence. The public interest requires prosecution.

    Action plan: (1) the original video file (not the WhatsApp copy) with metadata - OIC by 10 May; (2) FA misconduct report and the referee's handwritten notes from the county FA - 14 days; (3) prognosis from Mr Harris (any permanent numbness) - 28 days. Either way - Crown Court likely given fractures needing surgery. Expect NG, self-defence.
    Disclosure: the FA disciplinary file (third party) may contain accounts from other players - obtain and review; any account supporting "came up swinging" must be disclosed. Record W2 and W3's connection to V on the MG6C. Full video.
    V/W: V, a self-employed plasterer, was off work 6 weeks - VPS and compensation for lost earnings. W1 (referee) is anxious about court: he still referees in the same league and has been abused on social media by people from the suspect's club; OIC to record this and consider whether it amounts to witness intimidation; WCU to discuss support and screens.
""")

rev("post", "continue", "child_abuse", "CS", """
    R v Gareth Pryce - rape of a child under 13 (s.5 SOA 2003) x2; sexual assault of a child under 13 (s.7) x3 - review on receipt of the defence statement

    Complainant: L (now 11). D (44) is L's maternal uncle. The offending is alleged between 2020 and 2022 (L aged 7-9) during sleepovers at his house.

    DCS (served 4 June): a general denial. It suggests L has been influenced by her mother, who is in dispute with D over their late father's estate; points out that L's first account was to her mother; and attributes L's "sexualised knowledge" to an older cousin who is said to have shown her pornography.

    Analysis:
    - The mother's influence. L's first disclosure was in fact to her class teacher (W1) on 14 November 2023, not to her mother: the school safeguarding log records L saying "Uncle Gaz does sex things to me when I stay over" after a lesson on the NSPCC PANTS rule. W1 then spoke to the mother. On D's own account the probate dispute began in January 2024, after the disclosure. That seriously undercuts the DCS timeline.
    - The ABE is age-appropriate and detailed on peripheral matters (a Paw Patrol duvet, a moon-shaped nightlight - both confirmed by the OIC's photographs of D's spare room), and consistent with the school log.
    - Medical: the paediatric examination found no abnormality, which is common and neither confirms nor excludes penetration; the paediatrician will say so.
    - The cousin: L did say in her ABE that her cousin once showed her "rude videos", and the defence will say that is the source of her knowledge. But her account contains experiential detail (what D said to her, the smell of his aftershave, where her teddy was) of a kind not learned from a video.
    - D answered no comment in interview and now advances a positive case; an adverse inference may be available (s.34 CJPOA) on matters he could reasonably have mentioned.

    Overall the case remains strong. The Full Code Test continues to be met.

    Disclosure: (1) school safeguarding records (third party) obtained and L's entries from 2021 reviewed; one (2022) records L "upset about Uncle Gaz not letting her have her tablet", which may assist the defence on dislike or motive - to be disclosed; (2) children's social care records for L's household requested under the protocol - the cousin incident may be recorded there; review and disclose if relevant; (3) probate correspondence obtained from the mother's solicitor - to be disclosed, as it goes to the defence case on motive even though it post-dates the disclosure; (4) DMD updated for L's tablet (downloaded - nothing relevant). Disclosure letter by 28 June.

    L: s.28 pre-recorded cross-examination; ground rules hearing listed 8 July with the registered intermediary (Ms Cole), who recommends short questions, breaks every 15 minutes and communication aids. Child ISVA in place. VPS from L and her mother taken. On conviction: SHPO, notification, restraining order protecting L.
""")

rev("pre", "charge", "robbery", "", """
    Charging decision - robbery (s.8 TA 1968) - suspects Child A (15) and Child B (16) - victim C (14)

    Facts. At 15:40 on 9 October, on the path behind Priory School, Child A and Child B stopped C, a Year 9 pupil at the same school, and demanded his AirPods and phone. When C refused, B pushed him against the fence and A took the AirPods from his ears and the phone from his blazer pocket. A said "if you snitch we'll find you". C went home and told his mother, who rang the police. Both suspects were arrested at school the next day; C's AirPods were in A's bag (serial number matches). The phone has not been found.

    Evidence and issues. C knows both boys by sight and by name from school, so this is recognition, and it is not disputed that they were with him on the path: A says C "lent" him the AirPods and B says he was there but "didn't do anything". The issues are (i) whether property was taken by force and (ii) B's participation.
    (i) C's account of the push and the taking is clear and was given to his mother within the hour (she describes him crying and shaking). Finding the AirPods in A's bag the next day sits badly with a "lend": C had no reason to lend them to a boy he barely knew, and A could not say when they were to be returned.
    (ii) B's push against the fence is the force; if proved, B is a principal. The weakness is that there is no independent witness to the push. A Year 10 pupil (W1) walked past and saw "three boys and it looked like they were messing about"; she did not see a push and the defence may rely on her. School CCTV covers the gate, not the path; the OIC has viewed it and it shows the three entering the path together at 15:38 and A and B leaving at 15:42, running.
    There is a realistic prospect of conviction against both: C's early and consistent account, the recovered property, the two running from the path and the implausibility of A's account are likely to persuade a court.

    Public interest and youth. Both are children. I have considered the youth guidance and out of court disposals; neither admits the offence, so an out of court disposal is not available in any event. A robbery by two older pupils of a younger one, with a threat to stop him reporting it, is serious, and C has not been back to school for a week. A has a youth caution for theft (2023); B has no previous. The public interest requires prosecution of both, and the youth court can address their welfare through a referral order if they are convicted.

    Charge: both with robbery. Youth court; this is not a case for the Crown Court on these facts.

    Actions. (1) Statement from C's mother about his first account - 7 days. (2) W1's statement (taken) to be scheduled if not used. (3) Location of the phone through C's "Find My" account - 14 days. (4) Head teacher to confirm how the school is managing contact between the boys.

    Unused. W1's account assists the defence and must be disclosed; full school CCTV; the 101 call. Messages between A and B after the incident (phones seized) - download and review; anything suggesting C agreed to lend the AirPods would assist the defence and must be disclosed. School behaviour records not relevant unless raised.

    C's needs. C is 14 and eligible for special measures as a child: video-recorded interview as evidence in chief and live link, with a supporter. He is frightened of reprisals at school: bail conditions - no contact with C, not to use the path behind the school - alongside the school's safety plan. VPS from C and his mother. Compensation for the phone (£350) on conviction.
""")

rev("post", "continue", "domestic_abuse", "WCV", """
    Post-charge review - R v Ryan TATE - s.75A SCA 2015 (non-fatal strangulation); criminal damage - first hearing 14/06 Oxford MC (in custody).
    Allegation: 12/06 at V's flat (V = Amy Collins, gf of 8 months), argument over D's drinking - D pinned V on the bed and squeezed her throat with both hands for approx 10 secs until she "saw stars"; then smashed her TV. V ran to neighbour W1. Petechiae in V's eyes (FME), red marks to neck photographed.
    Evid: V statement (VRI), W1 s.9, FME report, photos, BWV, 999 call, D no comment.
    Case suitable to continue. FCT met.
    Plan:
    - Remand: object to bail (nature of offence; 2 previous DA incidents with an ex-partner).
    - Plea: NG anticipated to s.75A; G to damage possible.
    - Venue: either way - invite MC to decline jurisdiction (strangulation, high culpability under the guideline); D may elect anyway.
    - Outstanding: full FME statement (injuries, significance of petechiae) - by 05/07; D's phone download (messages to V after the incident) - 6 wks; records of previous DA incidents (ex-partner) for bad character - by 05/07.
    Disclosure: initial disclosure due for PTPH. MG6C to include 999 call, CAD, full BWV, V's and W1's first accounts, V's A&E notes - A&E notes to be reviewed against the FME findings; DASH form reviewed, nothing inconsistent with V's account. V's phone not downloaded - no reasonable line of inquiry requires it.
""")

rev("pre", "no_further_action", "theft", "WC", """
    NFA advice - theft by employee - suspect Kyle MORAN - Screwfix, Gateshead
    Allegation: stock discrepancies (power tools, approx £6,200) at the Gateshead branch between January and April 2024. Loss prevention (W1) suspected the suspect, a warehouse operative, because he was on shift on most of the dates items were logged missing. Locker searched - nothing found. Interview: denies.
    Decision: insufficient evidence - NFA.
    Further lines of inquiry before the file is closed (OIC):
    1. Goods-in CCTV - W1 says it is kept 60 days, so April footage may still exist - secure by 24 May.
    2. Online marketplaces: search for listings of the missing serial numbers - Screwfix to supply serials - by 31 May.
    3. Shift rota for all staff, to see who else was on duty on all the dates.
    If any of these produces evidence, resubmit.
    Unused/retention: the loss prevention file, the locker search record and the rota must be retained. W1's notes name two other staff who were present on most of the dates; that points away from the suspect and must be recorded.
    Victim: the OIC to tell Screwfix (W1 as contact) of the decision and the outstanding inquiries. W1 has asked to be kept updated as the company may take internal action; OIC to explain that the decision will be looked at again if the CCTV is recovered.
""")

rev("post", "offer_no_evidence", "motoring", "SV", """
    R v Paula Jenkins - driving with excess alcohol (s.5(1)(a) RTA 1988) - trial 3 February, Bristol MC - decision to offer no evidence

    D provided two breath specimens on the evidential breath testing device at Patchway custody suite on 12 October; the lower reading was 48µg/100ml (limit 35). The defence served an expert report (Dr Sorensen, 5 January) questioning the reliability of the device and asked for the device's printout log and service records, which were disclosed on 12 January. The log shows a "calibration out of range" error at 19:52. The custody sergeant's note says the device was "powered off and on" and was then used for D at 20:40. The manufacturer's service engineer, contacted by the OIC, confirms that an out-of-range calibration error requires the device to be taken out of service until recalibrated by an engineer, and that switching it off and on does not correct it. It was recalibrated on 14 October.

    The prosecution normally relies on the presumption that the device was working properly, but where there is evidence that it was not, reliability has to be proved. Our own evidence - the log and the engineer - shows the device should not have been used. There is no other evidence of the alcohol level: no blood specimen was taken, and the roadside screening result cannot prove the level. The driving is admitted, but the excess alcohol cannot be proved. I have considered s.4 (unfit through drink) as an alternative: the officers describe D's driving as normal (she was stopped for a defective brake light) and record only a slight smell of alcohol; there is no evidence of impairment. There is no realistic prospect of conviction on either offence.

    Decision: offer no evidence.
""")

rev("pre", "charge", "harassment_stalking", "WSC", """
    MG3 - harassment (s.2 PHA 1997) and sending a threatening communication (s.181 Online Safety Act 2023)
    Suspect: Owen LACEY (41). Complainant: Cllr Sarah Whitfield (52), local councillor, Stockton.

    Between February and May 2024 the suspect posted 37 comments on Cllr Whitfield's public Facebook page and sent her 22 direct messages about a planning decision (approval of a housing development near his home). They include "you corrupt cow", "people like you should be strung up", and on 3 May: "I know where you live, 14 Grange Road, maybe I'll pay you a visit and see how you like it". Cllr Whitfield reported on 4 May. He was arrested on 9 May and admits the account and messages are his; says he was "venting" and never meant to frighten her.

    Evidence: screenshots exhibited by Cllr Whitfield; Meta subscriber data; the suspect's phone (seized, download outstanding); Cllr Whitfield's s.9; statement of the council's member services officer.

    Decision: charge harassment (s.2, February to May) and threatening communication (s.181) for the 3 May message. Code test met; in the public interest.

    Unused: Cllr Whitfield replied to him twice in February, politely; the full thread to be taken from the download, scheduled and disclosed if it assists. The council's complaints file (he complained formally about the planning decision) is third party material - request and review.

    Victim: Cllr Whitfield has had CCTV and a panic alarm fitted through the police scheme for elected representatives. She is worried that her address is public; the OIC should ask the council about removing it. She is eligible for special measures as an intimidated witness and may want screens. VPS. Restraining order on conviction (no contact, not to enter her road).
""")

rev("post", "accept_plea_lesser", "robbery", "WC", """
    Plea review - R v Carl BIRTLES - robbery (s.8) - plea offered to theft
    D charged with robbery of a handbag from Mrs Iris Gould (79) in the Morrisons car park, Wakefield, on 2 Feb; bag pulled from her shoulder; Mrs Gould fell and bruised her hip. D arrested with the bag 300m away; CCTV of the snatch. D offers a guilty plea to theft.
    Decision: accept plea to theft. Trial listed 18/06, Crown Court.
    Next steps: counsel to put the plea at the mention on 4 June, robbery count to lie on file; PSR; sentencing note to highlight Mrs Gould's age and injury; compensation for the bag strap and her glasses (£120).
    Victim: witness care spoke to Mrs Gould on 29 May - she is relieved not to have to attend and content with the plea. She is still nervous about going out alone and would like her VPS (describing the fall and her loss of confidence) read to the court. No restraining order needed (stranger, no further contact).
    Disclosure: initial disclosure served in March - full CCTV and the 999 call in which Mrs Gould says "he grabbed my bag and I fell over". No DCS served. Nothing on the MG6C undermines; continuing duty until sentence.
""")

rev("pre", "charge", "child_abuse", "D", """
    PCD - child cruelty (wilful assault / ill-treatment), s.1 CYPA 1933; ABH as alternative
    Suspect: Lee GARNER (33), stepfather
    Child: M (8)

    Summary: M's teacher noticed bruising to M's upper arms and back on 5 March and made a safeguarding referral. A child protection medical (Dr Shah, consultant paediatrician) found linear bruising across the lower back (three parallel marks of about 8cm, consistent with being struck with an implement such as a belt), fingertip bruising to both upper arms, and bruises of different ages. M told the teacher "Lee hits me with his belt when I'm naughty". In his ABE (7 March) M describes being hit with a belt "lots of times" for "being cheeky", most recently "on Sunday" (3 March), and being held by the arms and shaken. M's mother (Ms Clarke) first said M fell off his bike; in a later statement she said she had seen the suspect "smack" M but never with a belt.

    Interview: the suspect says he smacked M on the bottom "with an open hand" as reasonable chastisement and denies using a belt. He says M bruises easily and plays rough.

    Analysis
    - Reasonable punishment (s.58 Children Act 2004) is no defence to s.1 CYPA cruelty or to ABH, and bruising that is more than transient takes the defence away even for common assault. So even on his own account, if his smacking caused this bruising, the defence fails.
    - The medical evidence is the backbone of the case. The paediatrician's opinion that the linear marks fit a belt and the arm bruises indicate gripping is independent support for M. "Bruises easily" can be tested: the clotting screen was normal, so there is no medical explanation.
    - M's account is age-appropriate and specific; he describes "the brown one with the silver buckle", which was seized from the house.
    - Weakness: the mother's changing account. The defence will use the bike explanation; her second statement supports a pattern of physical punishment. She may be reluctant; her evidence helps but is not essential.
    - Charge selection: s.1 CYPA captures repeated conduct over a period better than a single ABH; ABH (3 March) as an alternative count.

    Decision: charge s.1 CYPA 1933 (1 January to 3 March 2024), with ABH (3 March) as an alternative.
    Evidential: met on the medical evidence, M's ABE, the belt and the mother's second account. Public interest: repeated violence by a carer to a young child in his home, using an implement; prosecution required; no factors against. The mother's position (failure to protect) is being considered separately.

    Action plan
    1. Belt: photographs of the buckle and the bruising to the paediatrician for comparison - 21 days.
    2. School records and any previous concerns - 14 days.
    3. Mother: further statement on why she gave the bike explanation and whether she was present on 3 March - OIC - 14 days. She is not to be interviewed as a suspect without further advice.
    4. Bail: not to live at the home address; no unsupervised contact with any child under 16.
    5. Either way; Crown Court. Expect NG (reasonable chastisement, no belt).

    M's needs
    M is 8 and eligible for special measures: ABE as evidence in chief, s.28 pre-recorded cross-examination (to be sought at PTPH), live link. Intermediary assessment - his teacher reports a speech and language delay - OIC to refer. Children's services are involved and M is living with his maternal grandmother under a safety plan. VPS through his grandmother or social worker. On conviction, a restraining order protecting M.
""")

rev("post", "continue", "burglary", "S", """
    Case review after service of expert evidence - R v Patrick Ward and Michael Ward - conspiracy to burgle (distraction burglaries)

    The defendants are charged with conspiracy to burgle dwellings between 1 June and 30 August 2024, targeting elderly householders in Kent: nine incidents in which a man posing as a "water board" worker kept the householder talking at the front while another entered at the back. Cash and jewellery worth £38,000 were taken. The victims are 78 to 94.

    New evidence: the cell site expert's report (served 2 December) places phones attributed to both defendants in the cell coverage of 8 of the 9 addresses at the times of the burglaries, and in co-location with each other on all nine. Attribution: P's phone is registered to him and was on him at arrest; M's is unregistered but was found in M's van and contains photographs of M's children.

    Assessment. Identification has always been the weakness: only two victims saw the "water board" man properly, and one (Mrs Hanley, 91) could not pick anyone out at VIPER; the other (Mr Singh, 84) picked out P. The cell site evidence transforms the case: both phones together at eight scenes at the exact times over three months is very hard to explain as coincidence. With (a) Mr Singh's identification of P, (b) the van seen by a neighbour at two scenes (partial registration) and captured by ANPR near three others, and (c) jewellery from two burglaries found at M's address, the evidential stage is clearly met against both. M's DCS says the phone in the van was used by "various family members"; the photographs of his children and the co-location with P's phone answer that. The ninth burglary, where the phones were not in coverage, is the weakest incident, but a conspiracy does not require proof of every incident.

    Public interest: systematic targeting of very elderly people in their homes, substantial loss and lasting harm (two victims have since moved into care). Prosecution is clearly required.

    Disclosure. The cell site expert's working files and the raw call data are unused material to be scheduled; the defence expert will need access. Mrs Hanley's non-identification has been disclosed. The OIC reports a similar distraction burglary in Sussex on the same day as the ninth incident, by a different team; that would support an argument that another team was operating in the area and must be disclosed.

    Victims. Seven victims are over 80 and several have dementia or significant memory problems. Their evidence is largely uncontroversial (what was taken, that a man came to the door) and should be agreed and read where possible. Mr Singh and Mrs Hanley will need special measures as vulnerable witnesses (age and health): video-recorded evidence in chief (VRIs taken in September), live link from home or a remote site, and an intermediary assessment for Mrs Hanley. WCU to keep the family members who support the victims informed. VPSs from all victims or their families. Compensation orders on conviction - the defendants have assets (the van; £6,400 cash seized under POCA).
""")

rev("pre", "charge", "drugs", "CV", """
    MG3 - fraudulent evasion of the prohibition on importation of a Class A drug (s.170(2) CEMA 1979)
    Suspect: Chloe ASTON (23)
    Border Force stopped the suspect at Manchester Airport on 14 August on her return from Montego Bay. Two vacuum-sealed packages (2.1kg cocaine, 78% purity) were sewn into the lining of her suitcase. The case was checked in in her name and she had the baggage tag. Interview: she was on holiday with a friend ("Tasha") who paid for her flights and lent her the suitcase the night before she flew out; she did not know about the drugs.
    Analysis: the issue is knowledge. The drugs were in the lining and not visible, so she could plausibly not have known by looking. Pointing to knowledge: (i) her phone - messages with "Tasha" (saved as "T") include "don't let anyone else near the case" and, the day before the return flight, "all sorted, just chill at the airport", which are hard to square with an innocent holiday; (ii) the trip - 4 nights, paid in cash by a third party, for someone on universal credit; classic courier indicators, though not proof; (iii) at the first stop she told Border Force she "packed the bag herself" and nobody had given her anything, which contradicts her interview account that Tasha lent her the case - a lie the jury could consider, with a Lucas direction. Against: she co-operated and gave Tasha's number; if Tasha is real and identified, the defence may say she was duped.
    Weighing it all, the messages and the lie give a realistic prospect that a jury would infer knowledge.
    Decision: charge importation of Class A. FCT met.
    Actions: 1. Identify "Tasha" - subscriber checks and travel records (the travel agent holds the payer's card details) - NCA/Border Force - 28 days. 2. Full phone download analysis - 6 weeks. 3. Drugs expert on purity and value (approx £84,000 wholesale) - 21 days. 4. Indictable only - Crown Court; oppose bail if there is evidence of links abroad. 5. Expect NG (no knowledge, possibly duress). Any indicator that she was exploited (debt, threats) must be explored - ask the defence whether they raise it.
    Unused: Border Force notebooks (her first account); the basis for selecting her for a stop (MG6D, sensitive); airline passenger records; everything found in the inquiries about "Tasha" - including anything suggesting Tasha has done this with others, which would support the defence that she was duped.
""")

rev("post", "reduce_charge", "sexual_offence", "", """
    Review on receipt of ABE transcript and forensic results - R v Kieran Doherty - charged rape (s.1 SOA 2003) - proposal to substitute assault by penetration (s.2)

    The complainant (S, 19) reported that on 2 March, after a house party in Sheffield, D followed her into a bedroom where she had gone to lie down, got onto the bed and "forced himself" on her. Her first account to police (BWV, 3 March, 09:15) was: "he raped me, he put himself inside me". D was charged with rape on the Threshold Test on 4 March pending the ABE and forensic results.

    Her ABE (8 March), now transcribed, gives a detailed account: D put his hand inside her underwear and penetrated her vagina with his fingers while she pushed at him and said no; he then tried to pull her underwear down further and she got off the bed and left. In answer to careful, non-leading questions she says she does not think his penis penetrated her: "I thought at first it was, but it was his fingers, I'm sure of that now". The SARC found no semen or DNA from D on the internal swabs; D's DNA was found on the waistband of her underwear, consistent with her account.

    Rape requires penile penetration. On S's own clear and considered account the penetration was digital. That is assault by penetration (s.2), which carries the same maximum (life) and reflects the same seriousness. Continuing with a rape charge that the complainant's own account does not support would be wrong. Her first words, "he raped me", are what a layperson would naturally say about a sexual assault involving penetration; they do not damage her credibility, and the jury can be told this if it is raised.

    Full Code Test on s.2. Evidential: S's account is detailed and prompt; D's DNA is on her underwear waistband; her friend (W1) found her crying in the bathroom at 02:10 and S said "he put his hands in me, I told him no"; D's prepared statement (only kissing, no touching below the waist) is contradicted by the DNA on the waistband. The trial issues will be whether penetration occurred and consent. Public interest: a very serious sexual offence; S supports a prosecution; prosecution required.

    S. The OIC and her ISVA told S on 15 March about the change of charge and the reason for it: it follows exactly what she described in her ABE. I have also written to her through the ISVA, explaining that the new charge is equally serious. She is an eligible complainant: ABE as evidence in chief, s.28 pre-recorded cross-examination (available at Sheffield CC), and live link, which she has chosen. VPS to be taken when she is ready.

    Disclosure. The BWV first account ("he put himself inside me") is relevant unused material and will be disclosed, since it may be said to be inconsistent; the defence are entitled to explore it. A targeted review of S's phone (1-4 March; contacts D and W1) is proportionate and the DMD records why. Six other guests have given statements; any account of S and D being seen together in a friendly way earlier in the evening must be disclosed.

    Action plan
    1. Substitute s.2 for s.1 at the PTPH on 1 April; draft indictment with s.2 and an alternative count of sexual assault (s.3) in case penetration is not proved.
    2. D's phone download (messages about the party) - 6 weeks.
    3. Statements from the two remaining guests - 21 days.
    4. Toxicology awaited. Capacity is not in issue (S is clear she said no), but her level of intoxication may be raised.
    5. s.28 timetable to be fixed at PTPH.
""")

rev("pre", "charge", "public_order", "SDV", """
    s.4A POA (intentional harassment, alarm or distress) - S: Barry UNSWORTH (58) - 14/05, Tesco Extra, Warrington. S shouted and swore at a checkout assistant (V, 19) for 3-4 mins about a refund, called her "a thick little bitch" and leaned over the till; V in tears; manager intervened. CCTV (no audio), V s.9, manager s.9. Interview: "frustrated", didn't intend to upset anyone.
    Decision: charge s.4A. Intent can be inferred from the length of the tirade, the personal insults aimed at a young shop worker and leaning over the till; V was plainly distressed. PI: abuse of a public-facing shop worker doing her job, which the law treats as aggravating; S has a previous s.5 (2019). Prosecution needed.
""")

rev("post", "continue", "fraud", "CD", """
    R v Anil Kapoor - fraud by false representation (mortgage applications) x4 - review for PTPH, Birmingham CC

    Case: D, a mortgage broker, is alleged to have submitted four mortgage applications in 2022 for clients that overstated the clients' incomes using fabricated payslips and P60s. The lenders are the victims; the clients are witnesses. The loans total £1.02m. Two clients (W1, W2) say they gave D their true payslips and never saw what he submitted; the other two (W3, W4) have declined to make statements and may have been complicit.

    Assessment: counts 1 and 2 (W1, W2) are strong. Their genuine payslips, obtained from their employers under production orders, show salaries of £28,000 and £31,000; the applications stated £64,000 and £72,000. The fabricated documents were uploaded from D's office IP address and the PDF metadata shows they were created on a PC registered to D's business. D answered no comment; his likely defence is that the clients gave him the false documents. W1 and W2 will say they did not, and they had no motive to inflate their incomes: neither could afford the loans and both fell into arrears. The employer evidence makes their account strong.
    Counts 3 and 4 are weaker. W3 and W4 may have supplied the false documents themselves. The metadata again points to D's PC, but his two administrators also had access. Without W3 and W4 we must show that D, not the clients or staff, created the documents. The administrators say they did not and that D handled all "self-employed / high income" files himself. That is a realistic basis to proceed, but these counts are more vulnerable.
    The case will continue on all four counts. The Full Code Test is met.

    Strategy:
    - Indictment: four substantive counts. A conspiracy count is not justified at present.
    - Forensic computing report on the PDF metadata served; the defence may instruct their own expert. Seek agreed facts on the lenders' processes.
    - Witnesses: W1 and W2 live; lender representatives by s.9 with the business records (s.117 CJA 2003); D's two administrators live; OIC.
    - Plea: D may offer pleas to counts 1-2 if 3-4 are dropped. Not to be accepted without reference to me: the full picture of four applications matters for sentence and for confiscation (benefit £38,000 in procuration fees).
    - Trial estimate 6 days.

    Victims and witnesses: the lenders' representatives to provide impact statements and compensation figures (losses on repossession - V2's loss is £41,000). W1 and W2 have both lost their homes and are distressed; WCU should assess them for support, and W2 has depression and may need breaks while giving evidence. Both are worried they will be prosecuted themselves; the OIC has told them they are witnesses, and they should have the chance to take independent legal advice.
""")

rev("pre", "charge", "death", "V", """
    CHARGING ADVICE - causing death by dangerous driving (s.1 RTA 1988); causing serious injury by dangerous driving (s.1A)
    Suspects: (1) Kai FENTON (20), driver of BMW 320d; (2) Louis GRADY (21), driver of VW Golf R
    Deceased: Mr Peter Lam (45), driver of a Nissan Micra. Seriously injured: Ms Grace Lam (43), his wife, front seat passenger.

    Summary. At 23:05 on 28 September on the A57 Snake Road near Glossop, the suspects were driving at high speed in convoy, repeatedly overtaking each other. On a left-hand bend Fenton, in the opposing lane while trying to overtake Grady, collided head on with the Lams' Micra. Mr Lam died at the scene; Ms Lam suffered multiple fractures and a brain injury. Grady stopped 200m further on and went back to the scene.

    Evidence. (1) Collision investigation (PC Moor): Fenton's speed at impact 78-84mph (limit 50); the overtake began on a bend with about 90m forward visibility. (2) Dashcam from Grady's Golf: both cars at up to 105mph over the preceding two miles, overtaking each other four times, Grady flashing and gesturing. (3) A motorist (W1) overtaken by both at "well over a ton" who describes them as "racing". (4) Snapchat messages between them an hour before: "Snake tonight? winner buys the fuel". (5) Interviews: Fenton no comment; Grady says they were "just driving home", denies racing, says Fenton chose to overtake.

    Analysis.
    Fenton: 80mph on a bend in the opposing lane is obviously far below the standard and obviously dangerous, and the collision directly caused the death and the injuries. A strong case; he may plead.
    Grady: the question is whether his driving was a cause of the collision - more than a minimal cause, though not necessarily the only one, and involving some fault on his part that contributed to it. The evidence points to a pre-arranged race: the messages (with a wager), the reciprocal overtaking on the dashcam and W1's description. Where two drivers race on a public road, each can be a cause of a collision even though only one strikes the victim: the race drove the fatal overtake. Grady's own dangerous driving (105mph, overtaking on the approach) is clear from his own dashcam. The difficulty is that at the moment of the fatal overtake Grady was in his own lane at about 70mph, and the defence will say he did nothing then to cause the collision. The answer is that he was taking part in a continuing race that made Fenton's overtake foreseeable and was part of its cause; a jury could properly find that. I consider there is a realistic prospect of conviction against both, though it is weaker against Grady, and an alternative count of dangerous driving (s.2) should be included for him.

    Code test. Evidential: met for both as above. Public interest: a death and very serious injury caused by deliberate racing on a public road at night; very high culpability; adult suspects; prosecution clearly required.

    Charges: Fenton - s.1 (Mr Lam) and s.1A (Ms Lam). Grady - s.1 and s.1A, with s.2 as an alternative on the indictment.

    Action plan
    1. Telematics/infotainment downloads from both cars (speed data) - 8 weeks.
    2. Snapchat production order for the full conversation (the screenshots come from Grady's phone only) - 6 weeks.
    3. Appeal for other motorists - OIC.
    4. Indictable only - sent to the Crown Court; oppose bail for Fenton; Grady - conditional bail with a condition not to drive.
    5. On conviction: disqualification, extended retest, deprivation of both vehicles.

    Disclosure. The CI's raw data and scene survey; both dashcam files in full; the Snapchat return; W1's first account; the ECU data; the 999 calls. Confirm and record that no police vehicle was following at any point; if one was, that must be disclosed. The condition of the Micra (tyres, lights) may bear on causation: obtain the vehicle examiner's report and schedule it.
""")

# ---------------------------------------------------------------------------
# Batch 7
# ---------------------------------------------------------------------------

rev("pre", "charge", "violence", "WSD", """
    MG3
    Suspect: Marcus BELL (34), door supervisor (SIA licensed)
    IP: Jordan Fisher (22)
    Offence: s.47 ABH

    Chronology
    01:48 - IP and two friends (W2, W3) are asked to leave Tokyo nightclub, Leeds, by the suspect after staff see IP "being lairy" on the dance floor.
    01:50 - IP walks out of the front door. Club CCTV (camera 3, entrance) shows IP turning back towards the door and saying something to the suspect; the suspect follows IP out into the street.
    01:51 - Council CCTV (camera 112) shows the suspect take IP in a headlock and take him to the ground; IP's face strikes the kerb. The suspect holds him down for approx 40 seconds. W2 and W3 can be seen shouting at the suspect.
    01:52 - The suspect lets go and goes back inside. IP sits up, bleeding from the mouth.
    01:58 - W2 calls 999.
    02:10 - Police arrive; IP taken to LGI: two front teeth broken, laceration to lip (4 stitches), grazing to cheek.
    Interview (14 Nov): the suspect says IP threatened to "come back and stab" him and reached into his pocket, so he restrained him as trained, and IP fell awkwardly. He says he was not trying to hurt him.
    W1 (another door supervisor, Kerry Hall): inside, did not see the incident; says the suspect told her afterwards "the lad said he had a blade".
    W2, W3: say IP said nothing about stabbing; he said "you're a w*****" and walked away, and the suspect "came flying out".
    IP: does not remember what he said; had been drinking heavily.
    No knife or other weapon found on IP (searched by police at hospital).
    The suspect has no previous convictions and has held an SIA licence for 9 years.

    Decision: charge ABH (s.47).
    Evidential stage: the CCTV shows the suspect following IP into the street and taking him to the ground; the injuries (broken teeth, stitches) amount to ABH; realistic prospect of conviction.
    Public interest: force used by a door supervisor on a member of the public in the street, causing injury; licensed security staff must be held to account for excessive force; no previous convictions, but the harm and the setting outweigh that; IP supports a prosecution.

    Victim: IP - VPS to cover the dental treatment (implants, £3,200 - compensation). He is anxious about going into town. W2 and W3 are IP's friends; no special measures needed. IP has asked whether the suspect is still working - OIC to inform the SIA (licence review) and tell IP this has been done.
""")

rev("post", "continue", "child_abuse", "W", """
    Post-charge review (PTPH) - R v Derek Holloway (71) - indecent assault on a male (s.15 SOA 1956) x6 - three complainants (C1, C2, C3), now aged 49-53

    Summary: D was a scout leader in Stevenage from 1979 to 1989. C1 reported in 2022 that D indecently assaulted him on several occasions at scout camps in 1983-84 when he was 11-12. After a media appeal C2 and C3 came forward in 2023 describing assaults by D at camps and at D's home (1985-87). The complainants do not know each other. D was interviewed in 2023 and denied everything; he says he was a respected scout leader for ten years and the complainants are "after compensation".

    Evidence: video-recorded interviews of C1-C3; statements from C1's wife (C1 first told her in 2015) and C2's former GP (2001 consultation - "historic abuse by youth leader"); the scout district's records confirming D led camps in 1983, 1984 and 1986; photographs of camps showing D with C1 and C3.

    The FCT remains met. Evidential stage: the accounts of the three complainants, supported by C1's wife, C2's GP record and the scout records; realistic prospect of conviction. Public interest: grave offending against children by a person in a position of trust; the passage of time does not reduce its seriousness; D is 71 and in reasonable health with no suggestion of unfitness; prosecution required.

    Case progression:
    - Indictment (6 counts) drafted by counsel, to be uploaded by 20 February.
    - Counts to be tried together; notice that each complainant's evidence is admissible on the others' counts (s.101(1)(d)) to be served by 6 March.
    - The defence may apply to stay for abuse of process on delay (missing records; D says the other camp leader, now dead, would have been present). Counsel to prepare a response by 27 March.
    - Trial estimate 7 days; fix for July or September.

    Disclosure: the Scout Association's safeguarding file on D (third party) requested - it may record earlier complaints or clearances and could cut either way. C2 consulted solicitors about a civil claim in 2023; that goes to motive and must be disclosed; the OIC confirms C1 and C3 have not. The media appeal and all responses, including two callers who praised D, must be scheduled and reviewed. Complainants' medical records are not to be sought speculatively; only C2's GP record (used as evidence).

    Complainants: all three are eligible for special measures as complainants of sexual offences and want to give evidence by live link or behind screens; ISVA support offered (C1 and C3 accepted); VPSs before trial; lifelong anonymity applies and the court should be reminded of it.
""")

rev("pre", "no_further_action", "domestic_abuse", "WV", """
    Charging advice - common assault (DA) - suspect Shaun Price (38); complainant Lisa Price (36) - counter-allegation against the complainant

    Both called police on 19 August. Mrs Price says Mr Price pushed her over in the garden during an argument and she grazed her elbow. Mr Price says Mrs Price scratched his face (scratches photographed) and he "moved her out of the way". Both were arrested and gave accounts in interview matching their 999 calls. Their son (17) was in the house and heard shouting but saw nothing. No independent witnesses; no CCTV.

    Decision: NFA in respect of both. The accounts are directly opposed, each injury is consistent with both versions, and nothing independent shows which of them was the aggressor. Evidential stage not met.

    Further lines of inquiry considered: two houses overlook the garden - the OIC has spoken to both occupiers and neither saw anything; no doorbell or garden cameras; the son heard only shouting. No further reasonable lines. Resubmit only if new evidence emerges.

    Unused material: the 999 calls, BWV, interviews and photographs must be retained. There are three earlier DA incidents at the address (2021-23), two with Mr Price as the reported victim; these would be relevant, and disclosable to whichever of them was the defendant, if either is ever charged, and should be flagged on the file.
""")

rev("post", "discontinue", "drugs", "", """
    R v Tomasz ZIELINSKI - possession of Class A (cocaine) - review 22/07
    Lab result (SFR1, 18/07) on the white powder seized from D on 30/05 (1.2g): no controlled drug detected - benzocaine and caffeine only. D said on arrest (BWV) that he "thought it was coke"; an attempt charge for 1.2g would be neither appropriate nor proportionate. No realistic prospect of conviction: the substance is not a controlled drug, so an essential element is missing. Discontinue (s.23 POA 1985) - notice to be served today; trial of 12/08 to be vacated.
    Disclosure: SFR1 to be served with the notice. Nothing else bears on the decision.
    Witnesses: the two arresting officers are warned for 12/08 - OIC/WCU to de-warn today. No civilian witnesses.
    OIC: substance to be destroyed; phone to be returned to D.
""")

rev("pre", "charge", "hate_crime", "WC", """
    MG3 - common assault and s.4A POA - hostility based on sexual orientation (s.66 SA 2020 uplift)
    S: Jack DORAN (24). Vs: Ben Taylor (27) and Ahmed Saleh (29), a couple.
    21/06 23:30, Canal St, Manchester. S shouted homophobic abuse ("f****** disgusting") at Vs as they walked holding hands, then punched Ben once to the back of the head. Vs s.9s; W1 (door staff at a bar opposite) s.9; street CCTV; S arrested nearby by PCs responding to W1's call; S no comment.
    Decision: charge common assault (Ben) + s.4A (both). FCT met. PI - hate crime, prosecution required.
    Actions: CCTV compilation - OIC - 14 days; Ben's GP notes (attended next day with headaches) - 21 days; hate crime flag on CMS; MC - summary trial; seek s.66 uplift; community impact statement via the local LGBT support charity (OIC to request) - before PTR.
    Unused: full street CCTV (all cameras 23:15-23:45); W1's incident log; 999 call (W1). BWV on arrest - S said "they were all over each other in public" - to be served as evidence.
    V: both very shaken; Ahmed says they no longer hold hands in public. Both may be eligible for special measures as intimidated witnesses - WCU to ask them. VPSs from both. Compensation for Ben's injury. Referral to the hate crime support service.
""")

rev("post", "offer_no_evidence", "robbery", "WD", """
    R v Leon GRANT - robbery (s.8) - trial 15/01, Harrow CC - offer no evidence
    V (Mr Ionut Popa, a Romanian national) gave a s.9 on 2 August saying D punched him and took his wallet at Harrow bus station. V has not responded to witness care since October. OIC's attempts to trace: phone disconnected; landlord says V left in September, believed to have returned to Romania; border records show V left via Luton on 29 September; no forwarding details; employer has no contact. Without V the prosecution cannot prove the robbery - his is the only evidence of force and of the taking. Offer no evidence on 15/01.
    Steps: (1) inform the court and defence by 8 Jan so the trial can be vacated; (2) OIC to make a final attempt through the Romanian police liaison officer by 5 Jan - if V is found and willing, review before the hearing; (3) WCU to de-warn the other witnesses (bus driver W1, OIC).
    V: if contact is re-established he should be told the outcome and why. W1 was anxious about attending; she should be thanked and told she is no longer needed.
""")

rev("pre", "charge", "fraud", "DV", """
    CHARGING DECISION - fraud by abuse of position (s.4 Fraud Act 2006)
    Suspect: Julie HAINES (54)
    Victim: her mother, Mrs Dorothy Haines (86), who has vascular dementia and lives in a care home in Northampton.

    1. Background. The suspect held a registered Lasting Power of Attorney (property and financial affairs) for her mother from March 2021. Between April 2021 and January 2024 she withdrew or transferred £71,300 from her mother's accounts. The care home fees (£58,000 over the period) went unpaid, and the home alerted the local authority, which referred to the Office of the Public Guardian (OPG) and then the police. Bank records show transfers to the suspect's own account, payments to a car dealership (£18,500 - a Kia in the suspect's name), holidays (£6,200) and cash withdrawals.

    2. Her account (interview, 12 April). Her mother told her, before the dementia diagnosis, that she wanted her to "have the money now rather than wait"; the car was used to visit her mother; she accepts the fees were not paid and says she "didn't realise" they were owed because the invoices went to her mother's old address.

    3. Analysis.
    (a) Position: an attorney under an LPA is expected to safeguard the donor's financial interests - a paradigm s.4 position.
    (b) Abuse and dishonesty: the defence will be that these were authorised gifts. An attorney's power to make gifts is limited by s.12 Mental Capacity Act 2005 to customary occasions and reasonable amounts; £71,300 over three years, including a car and holidays, is far outside that, and she signed the LPA declaration that she understood her duties. An earlier wish by her mother could not authorise it, and there is no evidence of any such wish: the certificate provider (Mr Ahmed, solicitor) recorded in 2020 Mrs Haines's instruction that her money was to be used "for my care". That is strong evidence against the suspect's account. Leaving the care home unpaid while spending on herself is inconsistent with an honest belief in entitlement.
    (c) "Didn't realise": the care home emailed the suspect directly 11 times in 2022-23, and the read receipts show each was opened.
    (d) Weakness: Mrs Haines cannot give evidence (she lacks capacity), so her earlier wishes must be proved through Mr Ahmed and the LPA documents. That is sufficient.
    There is a realistic prospect of conviction.

    4. Public interest. A large sum taken from a vulnerable elderly person by a family member abusing a position of trust; the loss put Mrs Haines's care at risk; high culpability. The suspect has no previous convictions and is her mother's only child; I have considered the family dimension, but abuse of trust and the vulnerability of the victim weigh heavily in favour of prosecution. Prosecution is required.

    5. Charge: one count of fraud by abuse of position (s.4), April 2021 to January 2024.

    6. Actions
    - Financial investigation: restraint order over the car and any funds within 14 days; confiscation.
    - OPG file and investigation report - 21 days.
    - Care home manager's statement (emails, invoices) - 14 days.
    - Mr Ahmed's statement and the LPA file - 14 days. Privilege belongs to Mrs Haines; deal with it through the deputy now appointed for her.
    - Either way; Crown Court given the sum. Expect NG, or a late plea.
""")

rev("post", "continue", "weapons", "SV", """
    Review on receipt of firearms and DNA reports - R v Darnell Hughes - possession of a prohibited weapon (s.5(1)(aba) Firearms Act 1968) and of ammunition without a certificate (s.1(1)(b))

    A converted Baikal self-loading pistol and 7 rounds of 9mm ammunition were found in a sock inside a shoebox on top of the bedroom wardrobe at 3 Kingsley House, Salford, on 18 March during a warrant. D is the tenant; his partner (W1) also lives there. Interview: prepared statement - "I don't know anything about a gun" - then no comment.

    The firearms report (4 June) confirms the pistol is a converted Baikal that will discharge 9mm rounds - a prohibited weapon - and that the rounds are live.

    Assessment. Knowledge and possession are the issue. For us: (a) DNA matching D on the outer surface of the sock (major contributor) and a partial profile on the pistol grip from which D cannot be excluded (likelihood ratio about 10,000); (b) the box was on D's side of the room among his clothes and documents (W1 says so, and the search photographs confirm it); (c) W1 says she had never seen the box. Against: W1 also lives there, and the defence may suggest the gun was hers or her brother's - he stayed two nights in early March. The sock DNA is strong; the partial on the grip carries limited weight alone. The defence may suggest secondary transfer to the sock from D's clothes in the same wardrobe; the scientist's activity-level evaluation says DNA on the outer surface is "more likely" if D handled the sock than if it arrived by transfer - moderate support. The OIC has taken an elimination sample from W1's brother, with his consent, and he is not a contributor to the sock or the gun, which substantially weakens the alternative. Taking the sock DNA, its location among D's possessions and his tenancy together, there remains a realistic prospect of conviction.

    Public interest: a working converted pistol with ammunition in a residential block is extremely serious; the minimum sentence of 5 years applies absent exceptional circumstances; prosecution is clearly required.

    Disclosure: the full DNA report, including the mixed profile on the inside of the sock with an unknown contributor (which may assist the defence), was disclosed on 10 June. The intelligence that led to the warrant (MG6D) has been reviewed by me: it does not bear on knowledge and does not meet the test. The brother's elimination result and his PNC (nothing firearms-related) to be disclosed. W1's first words on BWV ("it's not mine, ask him") to be disclosed.
""")

rev("pre", "charge", "theft", "W", """
    MG3 - conspiracy to steal (motor vehicles) - suspects (1) Arjun BASSI (26) (2) Ryan COLE (25) (3) Liam TAIT (29)
    Summary: between 3 January and 20 March 2024, 14 high-value vehicles (Range Rovers, Lexus RX, Land Cruiser - about £840,000 in total) were stolen from driveways in Solihull and Sutton Coldfield using relay/keyless-entry devices. Three were recovered on 21 March at a unit in Tyseley (leased by Tait), being stripped for parts; the rest are believed exported.
    Evidence:
    - Doorbell/CCTV from 9 of the 14 addresses: two men in dark clothing, one holding a device near the front door, the other by the car; faces covered.
    - ANPR: a Ford Fiesta on cloned plates recorded near 11 of the 14 addresses at the relevant times; the Fiesta was found at the Tyseley unit.
    - Cell site: Bassi's and Cole's phones co-located near 10 of the addresses at the times.
    - Tyseley unit: lease in Tait's name; three stolen cars; a relay device and a key programmer in a toolbox; Tait's fingerprints on the toolbox.
    - Bank records: cash deposits of £62,000 to Tait's account over the period.
    - Interviews: Bassi and Cole no comment; Tait says he rented the unit to sublet to "a bloke called Kev" and knew nothing about the cars.
    Decision: charge all three with conspiracy to steal (s.1 Criminal Law Act 1977). Evidential stage: the ANPR of the cloned Fiesta at 11 addresses, the cell site co-location of Bassi and Cole, and the unit with stolen cars, relay device and Tait's prints; realistic prospect. Public interest: organised, sustained, high-value offending causing real distress to householders; prosecution required; no factors against.
    Action plan
    1. Bassi and Cole phone downloads (targets, export arrangements) - 8 weeks.
    2. Export route - NCA and port inquiries for the 11 missing cars - update by 30 June.
    3. "Kev" - OIC to ask the defence for details and trace if given - 21 days.
    4. Examination of the relay device for stored signals from any of the vehicles - 6 weeks.
    5. Crown Court; oppose bail for all three (scale of offending, links abroad).
    6. POCA - restraint of Tait's account; confiscation.
    Unused
    - All ANPR hits for the Fiesta, including those away from any scene (may assist on use by others).
    - Full cell site analysis, including the four addresses where the phones were not present - must be disclosed.
    - Lease file and the landlord's account of what Tait told him about use of the unit - schedule whichever way it goes.
    - Intelligence on the wider group - MG6D.
    Victims
    14 victims, most of whom recieved the news when they woke to find the car gone. VPSs from all; most are insured, so gather uninsured losses (excesses, child seats, personal items) for compensation. Several are elderly; their evidence is largely uncontroversial and their s.9s should be agreed so they need not attend. WCU needs assessment for any who must.
""")

rev("post", "accept_plea_lesser", "public_order", "WS", """
    R v Nathan GREER - affray (s.3 POA 1986) - D offers plea to s.4 POA (threatening behaviour)
    Incident 09/03 outside Greggs, Rochdale town centre: D and W1 (Mr Daley, his ex-partner's new boyfriend) argued; D took off his belt and swung it towards Mr Daley, shouting "I'll f***ing end you". Members of the public nearby. No injury. CCTV.
    Position: D will plead guilty to s.4 on the basis that he shouted the threat and swung the belt in the air. Accept. The s.4 plea reflects the admitted conduct - a threat with a belt at one man, in a short incident without injury - and the court's powers (up to 6 months, fine, community order) are adequate for it; a restraining order can be made on the s.4 conviction. PI met by the plea.
    Mr Daley: consulted by WCU 12/05 - content. He wants a restraining order; D has messaged him twice since (screenshots with OIC). VPS (taken) describes him being anxious in town. RO to be sought - no contact direct or indirect, 2 years.
    Disclosure: CCTV and both 999 calls disclosed at first hearing; no defence statement (summary); no outstanding requests.
""")

rev("pre", "charge", "motoring", "C", """
    Charging advice: causing serious injury by careless driving (s.2C RTA 1988)
    Suspect: Graham WHITLEY (67). Injured: Ms Naomi Clarke (38), motorcyclist.

    Incident: 22/08, 17:15, junction of Birch Lane and the A6, Stockport. The suspect, driving a Volvo XC60, turned right out of Birch Lane across the A6 into the path of Ms Clarke's motorcycle, travelling south. She hit the Volvo's offside and suffered fractures of the tibia, fibula and wrist (surgery; 11 days in hospital).
    The suspect says he looked both ways, saw nothing, and that the motorcycle "must have been going very fast".

    Evidence and analysis.
    - Speed: the collision investigator estimates Ms Clarke's speed at 34-39mph from the skid mark and damage (limit 40); frame analysis of a shop's CCTV gives 37mph. She was not speeding, and "very fast" is contradicted by two independent methods.
    - Visibility: the sight line to the south from the Birch Lane give way line is 160m; at 37mph a motorcycle covers that in about 10 seconds. A driver looking properly should have seen her.
    - Eyesight: number plate test at the scene passed; no medical condition declared.
    - W1, waiting behind the suspect in Birch Lane, says he "just pulled out" and that she could see the motorcycle's headlight coming.
    This is the classic "looked but did not see" collision: failing to give way to a visible vehicle on the main road falls below the standard of a careful and competent driver. The defence will probably say Ms Clarke was hidden by a van parked on the A6. The CCTV does show a van parked 40m south, which may have obscured her for part of her approach, but the CI says she would have been visible over the van for at least 4 seconds before impact. That will be for the court, but there is a realistic prospect of conviction.

    Decision: charge s.2C. The Full Code Test is met.

    Action plan: (1) CI visibility study with a van of the same height in position - 6 weeks; (2) W1 thinks her dashcam was recording - OIC to check - 7 days; (3) consultant's statement on long-term effects - 28 days. Either way; MC suitable. He is of good character; likely NG on the van point. Disqualification or points on conviction.
    Unused: the CI's working file; the van - trace the registered keeper and driver, who may be able to say where it was parked, and take a statement whichever way it goes; Ms Clarke says she had a helmet camera that may not have been recording - ask, and if footage exists it is relevant to both sides.
    Victim: Ms Clarke is still on crutches, in physiotherapy and not back at work. VPS. WCU needs assessment - she may need step-free access and seating at court. Compensation for uninsured losses (excess, lost earnings) on conviction.
""")

rev("post", "continue", "harassment_stalking", "", """
    Review on new evidence - R v Simon Archer - stalking involving serious alarm or distress (s.4A PHA 1997) - trial 3 March, Newcastle CC

    New evidence (served by the OIC on 12 January): the examination of D's laptop, seized at charge, is complete. It contains (i) a folder named "R" with 212 photographs of the complainant (Ms Rebecca Hunt, a former colleague), including photographs taken through the window of her flat; (ii) a spreadsheet logging her movements ("leaves 07:42, gym Tu/Th, Tesco Sat am") over five months; (iii) searches for "how to find someone's new address" and "track phone without them knowing".

    Effect on the case. Until now the case rested on Ms Hunt seeing D near her flat on six occasions, his messages (which he admits but calls "friendly") and a neighbour's sighting. The DCS (10 December) says the encounters were coincidental - D lives a mile away and uses the same gym - and that he did not know his messages were unwelcome. The laptop material is devastating to that: it shows systematic surveillance, including covert photography, and a written log of her routine. It also goes directly to whether D knew or ought to have known his conduct would cause serious alarm or distress: someone who photographs a woman through her window and logs her movements must know what effect that would have on her, and the searches suggest he anticipated her moving.

    Admissibility. Photographs taken on dates inside the charged period are evidence of the course of conduct itself; material outside the period goes to knowledge and is evidence "to do with the alleged facts" (s.98 CJA 2003), so no bad character application is needed. I will give notice anyway in case the defence argue otherwise.

    Code test. The evidential stage, already met, is now strongly met. Public interest: obsessive, covert surveillance of a woman in her home over months is very serious; Ms Hunt has had to move; prosecution remains clearly required.

    Next steps
    1. Serve the laptop evidence (selected photographs, the spreadsheet, the searches) with a digital forensic statement by 26 January.
    2. The spreadsheet starts two months before the charged period: counsel to advise by 26 January on extending the period on the indictment; no further count is needed.
    3. Tell the defence we will resist any adjournment: the material is discrete and the trial date stands.
    4. The defence may now reconsider plea; any plea must be to s.4A as charged.

    Disclosure
    Apart from the served items the laptop download is unused. The DMD is updated: the examiner used search terms and a date range, and the rest (work files, personal photographs) has been reviewed at a high level with nothing relevant found. Two items must be disclosed: (a) an email from Ms Hunt to D in January 2023, before the charged period - "always nice to bump into you at the gym!" - which supports the defence case that the encounters were friendly and that she was not alarmed at that stage; (b) searches by D for "therapy for obsessive thoughts", which may be relevant to his state of mind and on which the defence may wish to rely. Both by 26 January, with a s.7A letter.

    Ms Hunt
    The OIC and her stalking advocate have told her about the laptop material in general terms, without the detail of the photographs. She is very distressed and says she feels "sick" that she was watched in her own home. Her VPS will be updated. She has a screens direction but now asks to give evidence by live link so she need not be in the same building; application to vary the direction by 2 February. On conviction: an indefinite restraining order, and the stalking protection order currently in force to continue. The window photographs must be handled sensitively at trial: only a small number shown to the jury; counsel to agree with the defence that the examiner can describe the rest.
""")

rev("pre", "no_further_action", "fraud", "CD", """
    Pre-charge advice - fraud by false representation (s.2 Fraud Act 2006) - suspect Joanne PETERS (44) - employer: Bright Futures nursery, Swindon
    Allegation: between January and June 2024 the suspect, a nursery practitioner, submitted 9 mileage claims for home visits that did not take place (£612.40). The nursery manager (W1) compared the claims with the visit log and parents' confirmation forms: none of the 9 visits was logged or confirmed. In interview the suspect admits the claims were false; she says she was in financial difficulty after separating from her husband. She has repaid the full amount and resigned.
    Analysis: the evidence is strong - the claims themselves, the visit logs, the parents' confirmations, and full admissions. There is no defence on the facts; dishonesty is admitted. Realistic prospect.
    Decision: NFA. Not in the public interest.
    Further action: no further inquiry is needed as the matter is admitted in full. The nursery has referred the matter to Ofsted as an employment issue, which is for them.
    Victim: the nursery (through W1) says it is content with repayment and does not wish to pursue; W1 to be told of the decision by the OIC and of the right to ask for a review.
""")

rev("post", "reduce_charge", "burglary", "WV", """
    Review - R v Jake NUTTALL - burglary (dwelling) s.9(1)(b) - proposal to amend to burglary of a building other than a dwelling
    The charge relates to the theft of two mountain bikes (£2,400) from a garage at 12 Hadley Close, Telford, on 6 May. The scene photographs and the householder's further statement (20 June) show the garage is a detached brick building at the end of the garden, 15m from the house, with no internal connection and used only for storage. It is not part of a dwelling. The charge should be burglary of a building other than a dwelling; the lower maximum (10 years) and the non-domestic guideline reflect this properly.
    Evidential stage (unchanged): D's fingerprints on the inside of the garage window; one bike recovered from his brother's flat; realistic prospect. PI: still required - planned night-time entry, high value; D has 2 previous burglaries.
    Next steps: amend the indictment at the PTPH on 3 July and re-arraign. D's solicitor has indicated a likely G plea to the non-dwelling burglary; if so, PSR.
    Disclosure: no change; the scene photographs (now exhibited) were already on the MG6C.
""")

rev("pre", "charge", "criminal_damage", "WSC", """
    CD over £5k (s.1(1) CDA 1971) x6 - S: Kyle DEARDEN (20), Jason MOORE (19) - "SKR crew" tags on Northern rolling stock and Network Rail bridges, Bolton/Wigan, Nov 23 - Apr 24. Clean-up £38,900 (NR and Northern schedules). Evid: BTP CCTV at Lostock depot (2 incidents); tags matching Ss' sketchbooks (seized at home addresses); Instagram account "@skr_crew" posting photos of the tags (subscriber = Dearden's email); paint cans in Moore's car. Both NC interview.
    Charge both x6 CD. Code test met - PI in favour.
    Disclosure - sketchbooks/phones: DMD. Full Instagram return - posts by other crew members could show others did some of the tags - review and disclose. BTP intel re crew membership - MG6D. Northern's cost workings - disclose so Ds can challenge the valuation (value over £5k affects venue).
    Ws - Northern depot staff (W1, W2) and NR asset manager - business impact statements from Northern/NR. W1 is worried about reprisals: the crew posted his photo on Instagram captioned "snitch". OIC to record as possible intimidation; WCU to consider screens.
""")

# ---------------------------------------------------------------------------
# Batch 8
# ---------------------------------------------------------------------------

rev("pre", "charge", "sexual_offence", "SD", """
    RASSO - charging advice - rape (s.1) and assault by penetration (s.2) - stranger offence - suspect Adrian KOVACS (31)

    C (24) was walking home through Ropewalk Park, Nottingham, at about 01:30 on 17 November 2023 when a man grabbed her from behind, dragged her into bushes, raped her vaginally and penetrated her with his fingers. She did not see his face clearly: it was dark and he held her face down. She described him as "foreign-sounding, smelled of cigarettes, wearing a puffer jacket". She rang 999 from the park gate immediately afterwards.

    SARC examination at 04:00: semen on the high vaginal swabs; DNA profile obtained. A speculative search of the national database in May 2024 matched the suspect, whose sample had been taken after an unrelated arrest. Full profile; random match probability 1 in a billion.

    Interview: the suspect first denied ever being in the park; when told of the DNA match, he said he had consensual sex with "a girl" in the park after meeting her at a bar that night, but cannot remember which bar or her name.

    Analysis. The DNA proves intercourse; by his second account identity is effectively conceded. The only issue is consent. C's account of an attack by a stranger is supported by: (a) her 999 call within minutes, distressed - "a man's just raped me in the park"; (b) the SARC findings - abrasions to both knees and palms, soil and leaf debris in her hair, bruising to the back of the neck; (c) her phone - she was on a call to her sister until 01:24, and the sister confirms C was walking home alone, "tipsy but fine"; (d) nothing links her to the suspect - her last card transaction was at a bar in Hockley at 00:58 with friends (W2, W3), who say she left alone. His account of meeting her at a bar is inconsistent with his first account that he was never in the park - a lie the jury will be entitled to consider - and his inability to name the bar or the woman is striking. There is a strong case on consent and a realistic prospect of conviction.

    Charges: rape (s.1) and assault by penetration (s.2).
    FCT: evidential - met as above. Public interest - stranger rape in a public place at night, among the most serious offences; C supports prosecution; prosecution clearly required, with no factors against.

    C's needs: C is eligible for special measures as a complainant of a sexual offence. She has chosen live link and pre-recorded cross-examination under s.28. ISVA (Topaz Centre) engaged since November. She has moved back to her parents' home in Derby and has not returned to university; her VPS should cover this. Lifelong anonymity applies. On conviction: SHPO and notification. She has asked about a restraining order; one can be sought even though they are strangers, and it would give her reassurance. WCU to note that nothing is to be sent to her Nottingham address.
""")

rev("post", "continue", "domestic_abuse", "WSC", """
    IR - R v Dale MORGAN - ABH (s.47) DA - 1st hrg 03/04 Cardiff MC.
    V = Kayleigh Evans (partner). 30/03 D headbutted V in the face in the car outside their flat - broken nose (X-ray), two black eyes. V rang 999 from the car park. BWV. D arrested at scene, NC interview.
    Case to continue - FCT met.
    Disclosure: 999 call, CAD, BWV (V's first account + D's comment on arrest, "she was doing my head in"), hospital notes. DASH (medium) - sensitive, not disclosable. V's phone - not downloaded, no reasonable line of inquiry requires it. Previous DA call-outs (2022, V the victim, no further action) - review for bad character and for anything capable of assisting D - by PTPH.
    V: IDVA referral done (Llamau). V supports prosecution. Special measures: screens (V wants them) - apply at PTPH. VPS. Bail: no contact, not to attend flat. RO on conviction.
""")

rev("pre", "charge", "other", "CV", """
    Advice - perverting the course of justice - suspects Gary SMART (47) and Denise SMART (45)

    Facts: on 14 February 2024 a Mercedes registered to Mr Smart was recorded by a fixed camera at 52mph in a 30 limit in Chorley. Mr Smart already had 9 points. The notice of intended prosecution was returned naming Mrs Smart as the driver, and she accepted a fixed penalty (3 points). In May police received an anonymous call saying Mr Smart was driving and the couple had "swapped points". Inquiries: (i) the front-facing camera image shows a bearded driver - Mrs Smart does not have a beard; (ii) Mrs Smart's work records show her logged in to her office PC in Preston at the time (14:22); (iii) Mr Smart's phone used a mast covering the camera location at 14:19 and 14:31.
    Interviews: both no comment.

    Analysis: a strong case. The photograph alone shows the driver was not Mrs Smart, and her work log puts her 10 miles away. The remaining question is whether Mr Smart was the driver and was party to the false nomination: his phone puts him at the location and he is the registered keeper with an obvious motive (12 points would mean a totting-up ban). Mrs Smart's part is proved by her own acceptance of the fixed penalty. The nomination form is signed "D. Smart"; handwriting comparison is unnecessary unless she denies signing it. There is a realistic prospect of conviction against both.

    Charge: both with perverting the course of justice (joint count).
    Code test: evidential - met for the reasons above. Public interest - the prosecution is in the public interest.

    Action plan
    1. Full-quality camera image with enlargement from the safety camera partnership - 14 days.
    2. Mr Smart's DVLA record to prove the existing 9 points (motive).
    3. Indictable only - Crown Court. Pleas likely once the image is served.
    4. The speeding offence itself: Mr Smart to be prosecuted for speeding too; the information must be laid within 6 months of 14 February, i.e. by 13 August.

    Unused: the anonymous call record (MG6D if the caller is identifiable); Mrs Smart's work records (used as evidence); insurance records - the couple's son (22) is also a named driver. If the son has a beard that is highly relevant and must be disclosed: OIC to obtain a photograph of him and establish where he was at 14:22.
""")

rev("post", "discontinue", "sexual_offence", "", """
    Review - R v Hamza Qureshi - sexual assault (s.3 SOA 2003) - decision to discontinue

    The complainant (Ms Erin Walsh, 34) alleged that on the number 9 bus in Bristol at about 08:10 on 3 May the man sitting next to her (identified as D from his travel card data and a photograph she took) repeatedly rubbed his hand against her thigh for several minutes. D denied any deliberate touching; he said the bus was crowded and his hand may have touched her leg when the bus braked.

    The case was charged on Ms Walsh's account and her photograph before the operator's CCTV had been obtained. The operator first said the footage had been overwritten; the OIC later established that it had been kept by the operator's insurers after an unrelated incident on the same bus that morning. The CCTV, now viewed in full (four cameras, including one facing the seats directly), covers the whole journey from 08:02 to 08:19. D's right hand is visible throughout, resting on his own knee or holding his phone; at no point does it move to Ms Walsh's thigh. At 08:09 the bus brakes sharply and D's arm moves sideways against hers for about a second; he moves back at once. The footage is clear and continuous.

    I have considered the footage carefully with Ms Walsh's account in mind. I do not doubt that she genuinely felt touched and was upset: the braking contact is visible and she moved seats shortly afterwards. But the footage shows no deliberate or sexual touching, and a court would inevitably prefer the footage to her recollection. There is no realistic prospect of conviction; the evidential stage is not met.

    Decision: discontinue under s.23 POA 1985. Notice to be served by 14 August (next hearing 21 August).

    Disclosure: the CCTV was served on the defence on 2 August as it undermines the prosecution case; the OIC's log explaining the operator's initial (wrong) response has also been disclosed. The OIC's supervisor has been asked to make sure that CCTV requests are escalated to an operator's legal team when the first answer is "overwritten".

    Ms Walsh: the OIC and I will meet her on 12 August (she has accepted) to explain the decision and, if she wishes, show her the relevant part of the footage. It must be clear that we do not suggest she lied. Her ISVA will attend. A VCL letter will follow within one working day of the decision (enhanced service), confirming the meeting and explaining her right to ask for a review under the VRR scheme.
""")

rev("pre", "charge", "violence", "WDV", """
    MG3 - wounding with intent (s.18) - S: Steven CARR (43) - V: Martin Doyle (45), neighbour
    Circs: 17/10/24, 19:00, Glebe Rd, Sunderland. Long-running dispute between neighbours over parking. V parked across S's drive; S came out with a claw hammer and struck V on the head twice. V fell; S struck his arm as he tried to protect himself. V: depressed skull fracture (neurosurgery), fractured ulna. W1 (V's wife) saw from the window; W2 (dog walker) saw the second and third blows and called 999. S arrested at his house; hammer in the kitchen sink (washed). Interview: says V came at him with a "metal bar" (a steering lock) and he grabbed the hammer to defend himself.
    Evidence: V s.9 (partial - V has memory gaps), W1 s.9, W2 s.9, 999 call, neurosurgeon's statement, hammer, photographs, interview; steering lock found in the passenger footwell of V's car.
    Decision: charge s.18.
    Code test: Evidential - W1 and W2 both describe S striking V with the hammer; repeated blows to the head with a hammer; serious injuries - realistic prospect of conviction for s.18. PI - serious violence with a weapon, life-threatening injury, an ongoing neighbour dispute with a risk of further violence; prosecution required; no factors against.
    Action plan
    1. Forensic: hammer (washed) for blood/DNA - 4 weeks; steering lock for S's or V's DNA/prints - 4 weeks.
    2. House-to-house and doorbell footage, Glebe Rd - OIC - 14 days.
    3. Previous recorded disputes between S and V (3 logged 2023-24) - obtain - 14 days.
    4. Indictable only - oppose bail.
    5. Neurosurgeon's full statement (risk to life) - 21 days.
""")

rev("post", "continue", "theft", "SCV", """
    Review after DCS - R v Ionel Dinu and Marius Stan - conspiracy to steal (pickpocketing) - London Underground, January to March 2024

    The prosecution case is that the defendants were part of a team stealing wallets and phones from commuters on the Central line. BTP's pickpocket unit observed them on three dates; on 14 March officers saw Dinu take a wallet from a woman's handbag at Oxford Circus while Stan "blocked". Both were arrested and the wallet (V1's) was in Stan's jacket. Property belonging to eight other victims (phones, cards) was found at the flat the defendants share.

    DCS (both, 2 July): each denies any agreement. Dinu says he was jostled and the wallet fell; Stan says Dinu passed him the wallet without explanation; both say the property in the flat belonged to a third occupant ("Vasile") who has since left.

    Analysis. The observation evidence is the core. Three trained observers, with contemporaneous surveillance logs, describe the same technique on three separate dates: Stan standing close to the target while Dinu works the bag behind a coat draped over his arm. The 14 March platform CCTV shows the two approaching V1 together, Dinu's arm under the coat, and the handover to Stan within seconds; the "jostled/fell" account is contradicted by it. The handover and the two men working together on three dates are strong evidence of agreement. The property in the flat was spread across the living room and Stan's bedroom (his documents are there); the third-occupant account is unsupported - the tenancy names only the two defendants and the landlord says no one else lived there - but it will need to be met at trial. Six of the eight further victims have identified their property and confirmed thefts on the Central line in the period. The evidential stage is met and the case will proceed.

    Disclosure. Post-DCS review: (a) surveillance logs disclosed, redacted to protect observation post locations (sensitive schedule); the redactions do not touch the issues, so no PII application is needed, and the defence have been told the logs are redacted and why; (b) the DCS asks for all BTP intelligence on "Vasile": I have reviewed it, and one item records a "Vasile" associated with the flat in 2023 - capable of assisting the defence, to be disclosed in summary form; (c) CCTV from all four platform cameras disclosed.

    Victims. V1 (Mrs Davies) and the six identifying victims - statements taken.
""")

rev("pre", "no_further_action", "harassment_stalking", "SD", """
    Charging advice - harassment (s.2 PHA 1997) - suspect Philip Grey (58) - complainant Mr Amar Singh (61) - NFA

    Mr Singh reports two incidents involving his former business partner, Mr Grey: (1) on 12 January 2024, at a trade fair at the NEC, Mr Grey called him "a crook" in front of customers and said he would "make sure everyone knows what you did"; (2) on 3 November 2024 Mr Grey posted a one-star review on the website of Mr Singh's new business calling him "dishonest, avoid". Mr Singh is upset and worried about his reputation. Interviewed voluntarily, Mr Grey admits both but says they are "true"; the partnership ended in litigation in 2023, which is unresolved.

    Harassment requires a course of conduct on at least two occasions which amounts to harassment and which the suspect knew or ought to have known amounted to harassment. Two incidents ten months apart, of different kinds (words at a public event; an online review), against the background of a genuine commercial dispute, are unlikely to be found to form a course of conduct: the link between them is slight, and the longer the gap the less likely a court is to find the necessary connection. Nor does the conduct cross the line from unattractive to oppressive and unacceptable: the language is strong, but it is the kind of thing said in bitter business disputes, and a single review is not repeated targeting. There is no realistic prospect of conviction; the evidential stage is not met.

    The dispute is being litigated and any defamation is a civil matter. Mr Singh should be told this clearly.

    Mr Singh is 61 and says he has not been sleeping. The OIC should explain the decision to him, tell him that any further contact or postings should be reported, give him details of Victim Support, and tell him of his right to ask for a review.
""")

rev("post", "offer_no_evidence", "domestic_abuse", "WCD", """
    R v Carl JENKINS - assault by beating (DA) - trial today 11/03, Leicester MC - V not attended.
    V (Ms Chloe Hart) did not attend; WCU had confirmed attendance on 07/03. OIC went to V's address this morning - no answer, phone off. Application to adjourn refused by the bench (second listing - previous trial date vacated for lack of court time).
    Decision: offer no evidence.
    Next steps: OIC to trace V today to check on her welfare - assessed as medium risk. IDVA (Ms Akhtar) to be told and to try to make contact; if there are concerns, police to carry out a welfare check at her mother's address. MARAC coordinator informed. D's bail conditions lapse today - V must be told urgently and the IDVA to review her safety plan. VCL letter to V explaining what happened, that she will be supported if she reports anything further, and her right to ask for a review.
""")

rev("pre", "charge", "burglary", "WSV", """
    PCD - burglary dwelling (s.9(1)(b)) - suspect Child R (17)
    09/09, 14:00-15:30, 22 Fern Close, Basildon. Rear window forced while occupiers at work; Xbox, jewellery and £200 cash taken. R's DNA from a blood swab on the broken window; R had a cut hand when arrested 2 days later. Interview (with appropriate adult): no comment.
    Evidential stage: blood on the window that was forced to gain entry and a fresh cut to R's hand - realistic prospect.
    Public interest: burglary of a home is serious. R has a youth caution (2023, theft) and a referral order (2024, shop theft); an out of court disposal is not appropriate for a dwelling burglary where he has had previous disposals and made no admission. YOT consulted 10/09 and agree prosecution is appropriate. Prosecution required.
    Decision: charge.
    Disclosure: forensic report, including a second, unidentified partial profile on the window frame - may assist the defence, disclose; house-to-house (a neighbour saw "two lads" at 14:30 - descriptions to be disclosed); custody record and notes of R's hand injury.
""")

rev("post", "continue", "criminal_damage", "DV", """
    Review - R v Kyle Ashworth (19) - arson (s.1(1) and (3) CDA 1971) - St Bede's Primary School, 22 December

    D is charged with setting fire to a mobile classroom at St Bede's Primary School at 02:15 on 22 December. The classroom was destroyed (£186,000 to replace) and the fire spread to the canopy of the main building. Nobody was inside.

    Evidence. (1) The school's perimeter camera shows a male in a white Nike tracksuit climb the fence at 02:09 carrying a petrol can and run from the site at 02:14. (2) At 02:31 D is on a Co-op's CCTV 600m away in a white Nike tracksuit buying cigarettes; the cashier (W3) says he smelled "strongly of petrol". (3) D's phone was in the cell serving the school at 02:10. (4) A petrol can with his fingerprints was in his mother's garden shed. (5) Next morning he messaged a friend (W5): "did u see the school lol" and "told u I'd do it". In interview he said he was at a friend's house until 3am; that friend (W4) says he left at about 01:45.

    Assessment. No DCS yet; the defence is likely to be identification and alibi. The alibi is contradicted on timing by his own alibi witness; the tracksuit, the petrol smell, the cell site and the messages together make a strong case. "Told u I'd do it" is very damaging. The school camera shows no face, but the clothing match with the Co-op footage 17 minutes later is strong. There is a realistic prospect of conviction.

    Charge selection: nobody was inside, it was 2am and there is no caretaker's accommodation on site, so recklessness as to endangering life (s.1(2)) is not supported. Arson under s.1(1) and (3) is right.

    Public interest: serious deliberate damage to a school at great cost, with classes for 200 children relocated; prosecution required. D is 19 and of good character; neither weighs against given the seriousness.

    Plan
    - W5: statement about what D said before the fire - OIC - 14 days. W5 is D's friend and may be reluctant; a summons is unlikely to be needed, as the messages speak for themselves.
    - Petrol residue comparison (can and fire debris) - 6 weeks.
    - Either way, but at £186,000 the case is suitable only for the Crown Court; invite the magistrates to decline jurisdiction.
    - Likely NG; trial issues will be identification and the meaning of the messages.
    - Stage 1 to be served by 30 January.
""")

rev("pre", "charge", "weapons", "WSCD", """
    S: Child J (16). s.139A CJA 1988 - bladed article on school premises. 12/03 - kitchen knife (6" blade) found in J's bag at Thornhill Academy after another pupil (P1, 15) told a teacher J had "a blade". J told the deputy head he carried it because a group from another school had threatened him on the way home. J's mum confirms he was robbed in Feb (reported - crime ref given).
    Charge s.139A. Code test met.
    Victim/witness: P1 is frightened of being seen as a "grass" and must not be named in front of J. If J pleads NG, P1's evidence is probably not needed (the teacher found the knife) - avoid calling her. The teacher (W1) to give evidence; the school's safeguarding lead (W2) to be told of the decision. J was himself the victim of a robbery in February - OIC to link the two and refer J to the youth violence intervention service and YOT whatever the outcome.
""")

rev("post", "accept_plea_lesser", "domestic_abuse", "SC", """
    Review - R v Daniel Okoro - intentional strangulation (s.75A SCA 2015) and ABH (s.47) - plea offered: guilty to ABH, not guilty to strangulation

    Facts: on 23 June D and his partner (V, Ms Faith Adeyemi) argued at their flat. V says D pushed her against the wall with his forearm across her throat for "a few seconds", then punched her in the mouth (split lip, loose tooth). In interview D said he pushed her away with his forearm "at chest height" and accepts the punch, saying he "lost it".

    The strangulation count requires proof that D's forearm applied pressure to V's neck. The evidence: V's account; a faint red mark at the front of her neck photographed on BWV 40 minutes later. The FME who examined V the next day (Dr Harper) found no neck injury and no petechiae, and says in her supplementary statement (4 September) that the mark "could be consistent with pressure from a forearm across the upper chest/lower neck region" and she cannot say which. V's words to the 999 operator were "he pinned me against the wall and punched me", with no mention of her throat; the throat is first mentioned in her statement the next day. V has since told the IDVA she is now unsure whether his arm was on her neck or her chest: "it all happened so fast". On that evidence a jury is unlikely to be sure that the forearm was across her throat rather than her upper chest. The ABH plea admits the punch, which caused the injuries.

    The plea is acceptable.

    V: consulted by the IDVA on 11 September. She wants the case to end, is relieved not to have to give evidence, and supports the ABH plea. Her VPS (July) will be used at sentence. She has ended the relationship and wants a restraining order, which we will seek. Compensation for dental treatment (£480).

    Disclosure: the FME's supplementary statement and V's comment to the IDVA were disclosed on 12 September as undermining the strangulation count.
""")

rev("pre", "charge", "robbery", "", """
    CHARGING ADVICE - robbery (s.8 TA 1968) x2; possession of an imitation firearm while committing a Schedule 1 offence (s.17(2) Firearms Act 1968) x2
    Suspect: Wayne HURST (36)

    1. The offences
    (a) 14 January 2025, 21:40 - Ladbrokes, Station Road, Ilford: a man in a balaclava and grey hooded top pointed what appeared to be a black handgun at the cashier (V1, Ms Patel, 23) and demanded cash; £1,420 taken.
    (b) 28 January 2025, 21:35 - Coral, High Road, Goodmayes: same description and method; the cashier (V2, Mr Brennan, 58) was struck on the forehead with the gun when he was slow to open the drawer; £960 taken.
    The suspect was arrested on 3 February after a tip-off. A black BB pistol, a balaclava and a grey Adidas hooded top were in a holdall in the loft of his flat. No comment in interview.

    2. The evidence
    - CCTV from both shops: the robber is about 5'10", slim, in a grey Adidas hoodie with a white triple stripe and a damaged right cuff, holding a black pistol in his right hand.
    - The hoodie from the holdall has the same damage to the right cuff (OIC's photographic comparison; forensic comparison requested). The BB pistol matches the gun on the CCTV, including a visible silver screw on the slide.
    - DNA: a full profile matching the suspect from the mouth area of the balaclava.
    - Cell site: the suspect's phone was off between 21:15 and 22:20 on both dates, although it is otherwise in near-constant use in the evenings.
    - Bank: he paid £2,000 in cash off a payday loan on 30 January.
    - V2's injury: bruise and small cut to the forehead (photographed).

    3. Analysis
    Identity is the only real issue; the robberies themselves are not in doubt. The strongest evidence is the combination of (i) his DNA in the mouth area of the balaclava (where the wearer's DNA would be expected; the scientist will say the findings are far more likely if he wore it than if he merely handled it), (ii) the hoodie with the damaged right cuff matching the CCTV, and (iii) the BB pistol with the distinctive silver screw. Each alone might be explained; together they are compelling. The phone being off at the same times on both evenings, and the cash loan payment, add weight.
    Likely defence: the holdall is not his - he shares the flat with his brother (5'8", heavier build). The brother's account and a DNA elimination sample are needed. But the suspect's passport was in the same holdall, which seriously undermines any "not mine" account.
    Weaknesses: neither cashier can identify the masked robber; the cuff comparison is so far only the OIC's visual comparison, and a forensic comparison is needed before trial.
    There is a realistic prospect of conviction on both robberies and both s.17(2) counts (the BB pistol is an imitation firearm and robbery is a Schedule 1 offence).

    4. Charge selection
    Robbery x2 and s.17(2) x2. The blow to V2 was part of the force used in the robbery; a separate ABH count (bruise and small cut) is unnecessary and it will aggravate sentence.

    5. Public interest
    Planned armed robberies of lone cashiers at night with a realistic imitation firearm, and violence to a 58-year-old man; prosecution clearly required; no factors against.

    6. Action plan
    1. Forensic comparison of the hoodie with the CCTV (cuff damage, stripe pattern) - 4 weeks.
    2. Firearms examiner to confirm the pistol is an imitation firearm and compare it with the stills - 3 weeks.
    3. Brother's account and DNA elimination sample (with consent) - OIC - 14 days.
    4. Payday loan records and source of the cash - 21 days.
    5. Schedule of the suspect's phone use over 60 days to show the pattern - 6 weeks.
    6. Indictable only; oppose bail.
    7. Expect NG; trial issues identity and ownership of the holdall. He has a 2012 conviction for robbing a shop with a knife - consider a gateway (d) application (propensity to commit robberies of commercial premises).

    7. Unused material
    - Full CCTV from both shops and the street cameras, including anyone else in the area who might match.
    - The tip-off (MG6D): I will review it personally. It does not appear to bear on identity in any way that assists the defence, but I will look at it again after the DCS.
    - Two similar bookmaker robberies in Romford in February, after the suspect's arrest, may suggest another offender using the same method; they assist the defence and must be disclosed.
    - Any other DNA contributors on the balaclava or pistol.
    - The brother's account and elimination result, whatever they show.

    8. Victims and witnesses
    V1 (23) has been badly affected: she has left her job and has panic attacks. She should be referred to Victim Support and assessed for special measures (screens) if she has to give evidence, though her evidence is largely uncontroversial and may be capable of being read if identity is the only issue. V2 (58) was injured and wants to give evidence in person. VPSs from both; business impact statements from the two bookmakers. Compensation for V2's injury and the companies' losses. WCU to keep both informed; V1 has asked to be told if the suspect is ever released on bail.
""")

rev("post", "continue", "hate_crime", "WSD", """
    Post-charge review - R v Ronald and Janet PIKE - racially aggravated harassment (s.32 CDA 1998 / s.2 PHA 1997) - victims: Mr and Mrs Osei and their children, 14 Larch Grove, Hull.
    The Pikes live next door and are alleged to have, between April and September 2024, shouted racial abuse at the Osei family on at least 8 occasions, thrown dog faeces into their garden and put a sign in their window with a racial slur followed by "out". The family recorded several incidents on a doorbell camera and a phone.
    Evidence: Mr and Mrs Osei's s.9s; the family's diary; 6 doorbell clips (with audio); 2 phone videos; photographs of the sign (also seen by PCSO W3); another neighbour (W4) heard abuse on 2 occasions; the Pikes' interviews - deny racism, say the Oseis are noisy and "provoke" them.
    Review: the case continues. Evidential stage: the audio captures racial abuse by both defendants in their own voices on at least 5 dates, and a PCSO saw the sign; realistic prospect of conviction against both. Public interest: sustained racially aggravated abuse of a family, including children of 6 and 9, in their own home; CPS hate crime policy; prosecution required. The defendants' ages (67, 64) and lack of previous convictions do not outweigh this.
    Victims: enhanced service (persistently targeted; hate crime). Mr and Mrs Osei are eligible for special measures as intimidated witnesses and have asked for screens; the children will not be called. The OIC has asked the council (their landlord) to consider the management transfer the family want. VPSs from both parents, including the effect on the children (the 9-year-old is frightened to play in the garden). Restraining orders on conviction (available on acquittal too); the council to pursue a civil injunction in parallel.
""")

rev("pre", "no_further_action", "motoring", "CV", """
    NFA advice - careless driving (s.3 RTA 1988) - suspect Mrs Margaret ELLIS (88)
    On 4 April Mrs Ellis, reversing out of a bay in the Tesco car park, Hexham, struck a parked, unoccupied car and then drove forward into the trolley shelter. Minor damage to both; no injuries. Store CCTV shows her reversing slowly without looking and then accelerating forward, apparently confusing the pedals. In interview she accepted she "got in a muddle" with the pedals.
    Evidence: CCTV, the other car owner's statement, photographs, interview. The evidential stage is met: the footage shows driving below the standard of a competent and careful driver (reversing without observation; pedal confusion), and she admits it.
    Decision: NFA - not in the public interest.
    Further action: (1) police to notify the DVLA of concerns about her fitness to drive so that a medical review can take place; (2) her daughter says Mrs Ellis has agreed to surrender her licence - OIC to confirm with the DVLA by 30 May; (3) if she continues to drive, the matter can be looked at again.
    Unused: CCTV and statements to be retained. If the matter is revisited, the full CCTV - including her slow, careful approach into the bay earlier - would be relevant to the defence.
""")

# ---------------------------------------------------------------------------
# Batch 9
# ---------------------------------------------------------------------------

rev("pre", "charge", "drugs", "SC", """
    MG3 - supply of Class B (cannabis) (s.4(3)(a) MDA 1971) x3 and PWITS - S: Oliver GRANT (20), student, Exeter
    University security found 86g of cannabis in 28 small bags in the suspect's hall room during a room inspection on 10 March and called police. His phone (PIN given voluntarily) shows Snapchat messages with 17 contacts over six weeks arranging sales ("£20 a bag, come to block C"), and his banking app shows three transfers of £20, £40 and £20 referenced "green" from three named students (W1-W3), each of whom has made a statement confirming they bought cannabis from him.
    Interview: admits selling "to mates, at cost"; says he made no profit.
    Analysis: social supply is still supply; the absence of profit goes to sentence, not guilt. The three specific supplies are proved by W1-W3 and the bank transfers; the 28 bags and the messages to 17 contacts prove intent to supply the rest. The "at cost" claim is contradicted by his own messages: £20 a bag of about 3g is the usual street price. The defence will stress supply among friends, but the buyers are not all friends - W2 says she had never met him before.
    W1-W3 each admitted possession and were dealt with by community resolution; they are reluctant but have given statements. If they do not attend, the bank transfers and messages are probably enough on their own for the specific supplies.
    Decision: charge 3 x supply and 1 x PWITS. FCT met.
    Disclosure: the messages with the 17 contacts not relied on must be reviewed - anything showing him refusing to sell or giving cannabis away free could support the social supply account and should be disclosed; university security's incident report and the room inspection policy - schedule; the community resolutions given to W1-W3 must be disclosed as they go to credibility.
    Witnesses: W1-W3 are 19-20 and worried about their own positions at university. WCU to explain the process and available support; none needs special measures, but they should be told they will not be prosecuted for possession, as they have already been dealt with by community resolution.
""")

rev("post", "continue", "violence", "D", """
    DCS REVIEW - R v Stacey Holt - s.20 OAPA 1861 (wounding) - Bradford CC, trial 16 June

    D is charged with wounding V (Ms Gemma Price, 27) by striking her on the head with a wine glass in the toilets of the Marquee bar on 31 December; V's scalp was cut (5 stitches). The DCS (3 April) says V attacked D first, grabbing her hair and pulling her to the floor; D was holding the glass and swung her arm to get V off, without intending to strike her with it.

    Assessment after the DCS. There is no CCTV in the toilets. The witnesses are V; V's friend (W1), who was in the toilets and says D "came at Gemma with the glass" after an argument about a man; and a bar worker (W2), who came in after the blow and saw V on the floor bleeding with D standing over her. In interview D said she "couldn't remember" because she was drunk; self-defence appears for the first time in the DCS, which is open to comment under s.34.
    Strengths: W1's account; the wound is on the top of V's head, consistent with a downward blow rather than a sideways swing to push someone off; D had no injuries and the custody nurse recorded none, with no sign of hair pulling. Weaknesses: W1 is V's friend and will be said to be partial; V had been drinking heavily; V has a conviction for assault (2019) and the defence will apply to adduce it under s.100 - we will not oppose, as it is relevant to who was the aggressor.
    Overall there remains a realistic prospect of disproving self-defence: the location of the wound, the absence of any injury to D and W1's account. Public interest: serious violence with a glass in a public venue; D has a caution for affray; V supports the prosecution; prosecution remains needed.

    Trial plan: call V, W1, W2 and the A&E doctor (supplementary statement on whether the laceration fits a downward blow - by 30 April); custody nurse's record by agreement. Agreed facts on time, glass and injuries. Trial estimate 2 days. An informal offer of a plea to common assault would not be acceptable given the wound.

    Witness needs: V is anxious about seeing D in court - screens application (fear and distress) by 14 May. W1 has moved to Leeds; WCU have confirmed her availability. VPS updated.
""")

rev("pre", "charge", "domestic_abuse", "CV", """
    PCD - breach of restraining order (s.363 Sentencing Act 2020) x3
    Suspect: Jamie ROSS (31). Protected person: Ms Tia Walker (26), former partner.

    Background: on 14 May 2024 the suspect was convicted of assault by beating on Ms Walker and made subject to a 2-year restraining order: no contact direct or indirect, not to enter Beech Road.
    Allegations: (1) 3 August - 14 messages to Ms Walker's Instagram from a new account ("jr_2024"), including "I miss u" and "u cant hide forever"; (2) 9 August - seen by Ms Walker's neighbour (W1) standing at the end of Beech Road at 23:00; (3) 11 August - flowers left on her doorstep with a card "from J".
    Evidence: screenshots and Instagram subscriber data (the suspect's known email address); W1's statement (knows him by sight from when he lived there); the card (Ms Walker recognises the handwriting) and the florist's records, showing the order was paid for with the suspect's bank card.
    Interview: admits the messages ("just wanted to know she was OK"); denies being in Beech Road (says he was at home); denies the flowers.

    Analysis: (1) the messages are admitted and the account attribution is clear; the order prohibits direct and indirect contact, and wanting to know she was OK is not a reasonable excuse. (2) The sighting: the defence will challenge identification at 23:00 from about 30m. W1 has known him for three years and had a good view under a street light for about a minute; cell site (requested) may support it. (3) The florist's record of payment with his card is compelling; he will have to explain why his card paid for flowers delivered to her address.
    Charge selection: the three incidents could also be charged as harassment, but that would duplicate the breaches, which carry 5 years each and directly reflect defiance of the court's order. No separate harassment charge.

    Decision: charge 3 x breach of restraining order. Code test met.

    Action plan: (1) cell site for 9 August, 22:30-23:30 - 28 days; (2) florist's statement and order records - 14 days; (3) production order for the full Instagram content - 6 weeks; (4) oppose bail - repeated breaches of a court order, escalating. Either way; Crown Court suitable given three breaches within three months of the order. Expect G to (1), NG to (2) and (3).

    Disclosure: W1's first account (999 call - how sure she was) to be scheduled and reviewed; if Ms Walker replied to any message that is relevant to the defence - confirm with her and, if so, schedule and disclose; the suspect's August bank statements to be reviewed for anything supporting his account of being at home.
""")

rev("post", "reduce_charge", "drugs", "WD", """
    Review - R v Kevin SHAW - PWITS Class A (heroin) - reduce to possession of Class A (s.5(2))
    Lab analysis received 03/05: the 9 wraps seized (1.8g in total) are heroin at 12% purity. D is a long-term heroin user on a methadone script (GP letter). The PWITS charge was based on the number of wraps and £140 cash; D's phone was not seized. Amend to possession. Realistic prospect - D admits possession. PI - possession of Class A, D has previous for possession; proceed on possession.
    Next steps: D's solicitor confirms he will plead G to possession at the next hearing (17/05, MC). He is engaging with the local drug service (letter on file) - invite the court to consider a community order with a drug rehabilitation requirement. Forfeiture and destruction of the drugs (s.27).
    Witnesses: PC Owens and PC Latham are warned for trial on 28/05 - de-warn once the plea is entered.
""")

rev("pre", "no_further_action", "child_abuse", "", """
    Charging advice - making and distributing indecent images of a child (s.1 Protection of Children Act 1978) - suspect Child B (15) - complainant Child A (15)

    Facts. A and B were in a relationship at school. In January A sent B two topless images of herself at his request. After they split up in March, B shared one of the images in a Snapchat group with two friends (C and D, both 15), who deleted it and told a teacher. A's mother reported to police. B admits receiving the images and sharing one "as a joke", and says he deleted both. The download of his phone confirms the images were deleted; the Snapchat data confirms one share to the two-person group. There is no evidence of any wider distribution.

    Evidential stage. The image is an indecent image of a child. B's possession is admitted, and the share to C and D is admitted and confirmed by the Snapchat data. The evidential stage is met for possession and distribution.

    Public interest. This is youth-produced sexual imagery, and I have applied the CPS youth guidance and the national guidance for schools and police on diversion. The factors: both are 15; the images were created consensually within a relationship; but B's share was malicious - done after the break-up to humiliate A - which distinguishes it from a purely consensual exchange; the share was limited to two people, who deleted it and reported it; there is no coercion, exploitation or commercial motive; B has had no previous contact with the criminal justice system, has been excluded for five days and is working with the school's safeguarding lead. A, through her mother and the OIC, wants B to "understand what he's done" but does not want him to have a criminal record or to have to go to court herself.

    A prosecution of a 15-year-old would be disproportionate to the harm from a single, limited share that was promptly deleted, and the welfare of both children points to a diversionary outcome. But the malicious share should not pass with no response at all: the police, with the YOT, should consider a deferred outcome with an intervention on consent and online behaviour. No further action by way of prosecution.

    Actions: OIC to refer B to the YOT for assessment by 19 April; B's phone has been reviewed and holds no other copies; C's and D's phones have been checked and the deleted copies removed by the digital unit; the school's safeguarding lead to be told the outcome.

    Unused material: the downloads of the three phones must be retained securely with restricted access, as they contain an indecent image. If the matter is revisited, B's messages at the time of the share would be relevant, as they show his motive.

    A's needs. A has been very distressed and is supported by the school counsellor and her mother. The OIC should tell her and her mother of the outcome and the reasons, give them information about the Report Remove service in case the image resurfaces, and explain how to report any further sharing. A letter to A's mother will explain the decision, offer a meeting, and set out their right to ask for a review.
""")

rev("post", "continue", "robbery", "SCDV", """
    PTPH review. R v Darius MENSAH. Robbery x1 (street) - V (16) - phone and headphones - 12/02, 19:40, Brixton Hill. Evid: V ABE, bus stop CCTV, D's fingerprint on V's phone case (recovered from the gutter), VIPER - V picked out D. D NC interview.
    Strong on ID: V's VIPER pick plus D's print on the case of a stranger's phone, which he will struggle to explain innocently. Defence likely to be ID.
    FCT met. Continue. Trial listed 18/09.
""")

rev("pre", "charge", "fraud", "WS", """
    Charging request - money laundering (s.328 POCA 2002, entering into an arrangement) - suspect Priya NAIR (24)

    Summary: in March 2024 a building firm (Hallam Construction Ltd) received an email, apparently from its supplier, giving new bank details, and paid an invoice of £48,600 into the new account. The account was in the suspect's name, opened in February 2024 at a digital bank. Within 3 hours £47,900 was transferred out in 9 payments to accounts at three other banks and a crypto exchange. She was arrested in May. In interview she said a man she met on Instagram offered her £500 to "receive a payment for his business" because his own account was frozen, and she gave him her login details. She received £500 into her other account.

    Evidence: bank records for the receiving account and the onward transfers; the digital bank's account-opening records (selfie verification shows the suspect's face); IP logs for the transfers (a VPN, not her home IP); statement of Hallam's finance manager; the supplier's statement (bank details never changed; its email was spoofed); the suspect's Instagram messages with "Jay" (screenshots she supplied).

    Decision: charge s.328 POCA.
    Evidential stage: the bank records show her account received and passed on the proceeds of the invoice fraud, and she admits providing her account and login; realistic prospect.
    Public interest: Hallam's loss (£48,600, not recovered) is significant, and money mules are essential to fraud of this kind. She is young and of good character and may herself have been exploited, but she acted for reward, and the guidance on money mules supports prosecution where there is reward and at least suspicion. Prosecution required.

    Disclosure: the screenshots came from the suspect and may be selective; obtain the full conversation from Meta by production order. Anything showing she was deceived about the nature of the payment (a fake business website, for example) would assist her and must be disclosed. The IP logs show someone else operating the account and must be disclosed. The digital bank's fraud referral notes to be scheduled.

    Victim: Hallam's finance manager made the payment and is distressed and worried about her job; she is a witness, not a suspect, and the OIC should make that clear to her. Business impact statement from Hallam's MD (cash-flow impact on a small company, staff wages delayed). Compensation on conviction, though recovery is unlikely; Hallam to pursue the banks' recovery process.
""")

rev("post", "offer_no_evidence", "weapons", "WC", """
    Trial review - R v Kai LEWIS - possession of a bladed article (s.139 CJA 1988) - trial 4 Dec, Walsall MC
    Decision: offer no evidence - the search issue.
    Steps: (1) inform the court and defence by 27 Nov so the trial can be vacated; (2) OIC to return D's property except the knife, which is to be destroyed (D has agreed in writing through his solicitor); (3) refer the stop and search to the force's stop and search lead for review of how the officers recorded their grounds; (4) PC Rowe and PC Fahy to be de-warned.
    Disclosure: the BWV of the stop (the grounds given to D at the time: "you matched a description") and the CAD (showing no description had been circulated) were disclosed on 20 Nov; they are the basis of the defence s.78 application.
    Witnesses: police only; de-warn as above. D's mother, who attended the station, is not a witness.
""")

rev("pre", "charge", "harassment_stalking", "DV", """
    MG3 - stalking involving serious alarm or distress (s.4A PHA 1997); unauthorised access to computer material (s.1 Computer Misuse Act 1990)
    Suspect: Connor WEBB (34). Complainant: Ms Hannah Price (33), former partner.

    Summary. After the relationship ended in January 2024, Ms Price noticed that the suspect seemed to know about her movements and conversations - for example, on 3 March he messaged "enjoy your date at Zizzi's", which she had mentioned to only one friend, on WhatsApp. In April a phone shop technician found a stalkerware app on her phone, installed on 4 December 2023 while they were still together. The police examination confirms that the app forwarded her messages, location and call logs to an account whose recovery email is the suspect's work email, and that the account was accessed 412 times between December and April from IP addresses resolving to his home broadband and his mobile. In interview he admits installing it "when we were together because I thought she was cheating", but says he "forgot" it was there and never looked at it after they split.

    Analysis. The Computer Misuse Act offence is straightforward: the installation and the account access are proved by the examination, and being in a relationship gave him no authority to access her phone. For stalking, monitoring a person's use of electronic communications is expressly an act associated with stalking, and the course of conduct must have caused serious alarm or distress with a substantial adverse effect on her usual day-to-day activities. His "forgot it was there" account is contradicted by (a) the 412 accesses after the break-up, including 39 on the day of the Zizzi's message, from his home IP address, and (b) the Zizzi's message itself, which shows he was reading her WhatsApps. Ms Price changed her phone, moved to her sister's for six weeks and stopped going out in the evenings - a substantial adverse effect. The defence may say he acted out of concern or jealousy rather than to harass; motive is not the test, and the conduct is stalking. There is a realistic prospect of conviction on both charges.

    Code test. Evidential: met as above. Public interest: covert digital surveillance of a former partner over four months, in a domestic abuse context (CPS DA and stalking guidance); a serious intrusion into her privacy; prosecution required. His lack of previous convictions does not outweigh this.

    Action plan
    1. Stalkerware provider's records (subscription purchase, payment card) - production order - 6 weeks.
    2. Downloads of his devices for the account access - 8 weeks.
    3. Statement from the friend Ms Price told about the Zizzi's date - 14 days.
    4. Either way; Crown Court suitable given the duration and intrusion. Bail: a condition not to use any monitoring software, devices to be made available for examination.
""")

rev("post", "continue", "sexual_offence", "CD", """
    Review after complainant's correction of a date - R v Aaron Moss - rape x2 (s.1 SOA 2003) - Leeds CC

    The complainant (K, 31), D's former wife, alleges two rapes: count 1 (June 2022) and count 2 (December 2022). On 2 September, with her ISVA present, K told the OIC she had the date of count 1 wrong - it happened in June 2021, not 2022 - and that she had been confused by a house move. She maintains the account itself.

    Assessment. The change of date is not a retraction. K's account of count 1 (D forcing intercourse after she refused, in the bedroom of their old house in Armley) fits the new date better: they moved from Armley in August 2021, so the June 2022 date in her ABE is impossible for the place she describes - a point the defence had already taken (DCS para 7: "the complainant describes a house D did not live in at the time"). The correction resolves the inconsistency rather than creating one, but the defence will say K has adjusted her account to meet the DCS. The OIC's note records that K raised it unprompted while looking through photographs of the old house with her sister, before (so far as the OIC knows) she knew what the DCS said; the sister (W3) should give a statement about that. On count 2 nothing changes: K's account is supported by her message to a friend on 26 December 2022 ("he did it again") and D's own message on 27 December: "I'm sorry I didn't stop". Count 1 to be amended to June 2021.

    The evidential stage remains met on both counts. The FCT is met.

    K's needs. K's s.28 hearing is listed for 10 October and the correction must be resolved before then. She is very anxious that she will be accused of lying; the ISVA is supporting her, and the OIC should explain what will happen at the s.28 hearing. Special measures (live link, s.28) are in place; VPS taken.
""")

rev("pre", "charge", "public_order", "WCD", """
    Advice - s.4 POA 1986 (fear or provocation of violence) - suspect Martin COLE (52)
    At a protest outside the Holiday Inn, Cannock, on 14 August, the suspect is filmed (police evidence-gatherer footage and a journalist's video) shouting "you're next, we'll burn you out" while pointing at a group of asylum seekers standing at the hotel entrance; he then threw a half-full plastic bottle of water at the group, which hit the door. Arrested at home 2 September.
    Evidence: evidence-gatherer footage; journalist's video (provided voluntarily); PC Harris's recognition statement (knows the suspect from previous protests); interview - no comment.
    Charge s.4 POA. FCT met.
    Action plan
    1. Journalist: statement exhibiting the original file and confirming it is unedited - OIC - by 20 Sept.
    2. Hotel security staff (W1, W2) - statements on what they saw and whether the residents were frightened - by 20 Sept.
    3. Racial aggravation (s.31 CDA): asylum status is not itself a racial group; review the footage for any reference to race, nationality or religion and, if there is one, amend before the first hearing.
    4. Summary only - first hearing 25 Sept. Expect NG.
    5. Residents: through the hotel manager and the accommodation contractor, find out whether any wish to give a statement. They may be fearful and will need interpreters; their evidence is not essential, as the footage shows their reaction.
    V/W: the residents are likely to be vulnerable (trauma, language, fears about immigration status); any who give evidence should be assessed for special measures as intimidated witnesses and supported through the Refugee Council. Community impact statement from the local authority and hotel manager. A restraining order is not apt (no identified individuals); consider a criminal behaviour order at sentence.
""")

rev("post", "discontinue", "theft", "", """
    Review - R v Brian Lowe (71) - theft (s.1 TA 1968) x2 - decision: discontinue (public interest)

    The charges. D is charged with two thefts from his employer, a garden centre, in 2023: cash from the tills totalling £1,240 over six weeks, identified by a till audit and CCTV. He admitted the thefts in interview, saying he was in debt, and was expected to plead guilty at the PTPH on 6 June.

    New information. D's solicitors have served a letter from his consultant oncologist (Dr Ramsey, 20 May) stating that D has terminal pancreatic cancer, diagnosed in April, with a prognosis of "weeks to a few months"; he is receiving palliative care at home and is unlikely to be well enough to attend court. The OIC has confirmed the position with the palliative care team.

    Evidential stage: met and unaffected - the admissions, the CCTV and the audit.

    Public interest. Where a suspect is suffering from significant ill-health, prosecution is less likely to be required unless the offence is serious or there is a real possibility of repetition. Here: (a) the offence is not at the serious end - a breach of trust theft of £1,240 that would probably attract a community order or suspended sentence; (b) D is terminally ill with a short prognosis and cannot realistically attend court; (c) there is no possibility of repetition - he has left the job and is bedbound; (d) D has repaid £600 and his family have offered to repay the rest; (e) the employer, consulted through the OIC, does not object to the case ending given his illness, though they wanted it recorded that he stole from them. Continuing the prosecution would not be proportionate or in the public interest.

    Decision: discontinue under s.23 POA 1985 (public interest).

    Actions. (1) Serve the s.23 notice by 31 May, before the PTPH. (2) The OIC to tell the garden centre manager in person that the decision rests on D's illness and not on any doubt about what happened; a VCL letter will follow with the reasons and their right to ask for a review. (3) With the employer's agreement, the OIC to pass their details to D's solicitors so the family's offer to repay the remaining £640 can be taken up; that is a civil matter but should be facilitated.

    Disclosure: the medical letter is on file. No further disclosure is required once the case is discontinued, but the unused material must be retained in case the decision is reviewed.

    Witnesses: the two garden centre staff (till audit; CCTV) were never warned, as a plea was expected; nothing further needed.
""")

rev("pre", "charge", "child_abuse", "WV", """
    MG3 - attempted sexual communication with a child (s.15A SOA 2003) and attempting to meet a child following sexual grooming (s.15), both charged as attempts (Criminal Attempts Act 1981)
    Suspect: Graham TATE (46)
    Circs: between 2 and 28 February 2024 the suspect chatted on an app with the profile "Amy, 13", operated by an undercover officer (UCO 4471). He asked "Amy" for photographs, described sexual acts he wanted to do with her and arranged to meet her at Wolverhampton bus station at 16:00 on 28 February. He was arrested there at 15:52 carrying a bag containing condoms and a teddy bear. His phone holds the chat, which matches the UCO's records. Interview: prepared statement - he "knew it was an adult roleplaying" and only went to the bus station "to see who it was".
    Evidence: UCO's statement and the full chat log; arresting officers; the bag and contents; phone download; a second conversation on his phone with a profile claiming to be 14 (unknown - possibly a real child - inquiries ongoing).
    Charges: attempt s.15A and attempt s.15. The "child" was an adult officer, so the offences are charged as attempts; impossibility is no bar.
    Code test: evidential - the chat in his own words with a profile that repeatedly gave her age as 13, the arranged meeting, and his attendance with condoms and a gift; realistic prospect. PI - very serious; the second conversation shows a risk to real children; prosecution required.
    Action plan
    1. Identify the second profile ("Lily, 14") through the app provider - urgent; safeguarding if she is a real child - OIC - 7 days.
    2. Full download analysis for indecent images and other contacts - 6 weeks.
    3. Oppose bail (risk to children); if bailed - no contact with under-18s, no internet-enabled devices without notifying police.
    4. Crown Court.
    5. SHPO application on conviction; notification will follow.
    Disclosure: the UCO's full log and the operation's authorisation records (sensitive - MG6D). The defence may argue entrapment; the log shows the first sexual message came from the suspect on 4 February after neutral messages from the UCO, and it must be disclosed in full. I will review the authorisation personally for anything relevant to an entrapment or abuse argument.
""")

rev("post", "leave_on_file", "violence", "WCD", """
    Review - R v Lee ARMSTRONG - (1) s.18 wounding with intent (2) s.20 (alternative) (3) affray - D offers pleas to counts 2 and 3 and asks that count 1 lie on file
    Facts (brief): fight outside the Crown, Barnsley, 2 November; D struck V (Mr Ian Booth) with a bottle - laceration to the forehead (8 stitches); disorder involving 6 people.
    Decision: accept the pleas to counts 2 and 3; count 1 to lie on the file.
    The s.20 plea admits the unlawful wounding with the bottle and, with the affray, gives the court adequate powers to sentence the whole incident. V is content (below).
    Next steps: counsel to indicate acceptance at the mention on 12 March; PSR; sentencing note (bottle used as a weapon; scarring); compensation.
    V: Mr Booth consulted by WCU on 4 March - relieved, does not want to give evidence; wants the court to know about the scar and his anxiety about going out. VPS to be updated before sentence (OIC by 15 March). Compensation for the scar to be sought. He asked whether D will be told where he lives - the OIC has reassured him that he will not.
""")

rev("pre", "charge", "death", "SV", """
    CHARGING ADVICE - death of Ryan Mills (22) - suspect Dean FOWLER (27)

    Question referred: whether the suspect, who supplied heroin to Mr Mills on 3 March, can be charged with manslaughter, and if not, with what.

    Facts. Mr Mills was found dead in his flat on 4 March. The post-mortem and toxicology show death from heroin toxicity (morphine 0.42mg/L) with alcohol. His phone shows messages with the suspect on 3 March arranging "two bags" for £20 at 19:30; cell site puts the suspect's phone outside the flat at 19:34. The suspect was arrested on 10 March with £1,100 cash and 18 wraps of heroin at his address. In interview he accepts knowing Mr Mills and selling him "weed", but denies heroin.

    Manslaughter. Unlawful act manslaughter requires that the unlawful act (the supply) caused the death. Where a fully informed and responsible adult freely and voluntarily self-administers a drug supplied to him, the supplier is not guilty of manslaughter: the victim's own act breaks the chain of causation (R v Kennedy (No 2)). The evidence is that Mr Mills injected himself: the needle was beside him, nobody else was in the flat, and the suspect left at 19:37. There is no evidence the suspect administered or helped to administer the drug. Gross negligence manslaughter would need a duty of care, for example where a supplier stays and contributes to a dangerous situation; the suspect left immediately, and no duty arises on this evidence. Manslaughter is not available.

    Supply. The supply of heroin to Mr Mills on 3 March is proved by (a) the messages arranging "two bags" for £20 - the drugs expert says £10 a bag is the local price for heroin, whereas cannabis is sold in "eighths" for £20-£25; (b) the cell site at the flat at 19:34; (c) two empty bags found with Mr Mills of the same distinctive type (grip seal with a red star) as the 18 wraps at the suspect's address - a strong link; (d) the cash and wraps at his address. His "weed" account is contradicted by the packaging and by the toxicology, which found no cannabinoids. There is a realistic prospect of conviction for supplying Class A to Mr Mills and for PWITS (the 18 wraps).

    Public interest. Class A supply is always serious, and here it was followed by a death, which will aggravate sentence. Prosecution required.

    Charges: supply of Class A (heroin) to Ryan Mills on 3 March (s.4(3)(a) MDA 1971); PWITS Class A (18 wraps); s.329 POCA (cash).

    Disclosure. Mr Mills's phone download must be reviewed for messages with other dealers in the days before his death: if he had another source of heroin on 3 March, that undermines the link between this supply and the heroin he used, and must be disclosed. Schedule the drugs expert's opinion on packaging, the toxicology and the post-mortem report. Mr Mills's two A&E attendances for overdose in 2023 are relevant to the picture of his use though not to this supply; schedule them.
""")

# ---------------------------------------------------------------------------
# Batch 10
# ---------------------------------------------------------------------------

rev("pre", "charge", "violence", "WSV", """
    MG3 - ABH (s.47) and making off without payment (s.3 TA 1978)
    S: Ryan CARTWRIGHT (29). V: Mr Tariq Hussain (52), private hire driver.
    02:10, 8 June, Rhyl. S and a friend took V's cab from the town centre to Kinmel Bay (£18). On arrival S refused to pay, got out and, when V followed asking for the fare, punched V twice in the face. V: fractured nose, cut above the eye (glued). The friend ran off and has not been identified. V's in-car camera records the journey, S's face, S saying "I'm not paying you anything" and the start of the confrontation outside the car; the punches are just out of frame. S arrested nearby later that night on V's description and the in-car image. Interview: says V grabbed him by the collar first and he punched to get away.
    Evidence: V s.9; in-car camera; A&E notes; photographs; interview.
    Decision: charge ABH and making off without payment.
    Code: evidential - the in-car footage identifies S and shows his refusal to pay; V's account of the assault and his injuries; realistic prospect. PI - assault on a lone taxi driver working at night, causing a fractured nose; prosecution required; S has a previous for assault (2020).
    Disclosure: the in-car camera's full recording, including the audio from outside the car - the camera picks up some sound; review it for anything V said or did before the punches, which is relevant to S's claim that V grabbed him. Taxi firm's booking record; V's 999 call; the friend's description and every attempt to trace him to be recorded - if found, his account must be obtained whichever way it goes.
""")

rev("post", "continue", "domestic_abuse", "", """
    Review following DCS - R v Mark Lyons - controlling or coercive behaviour (s.76 SCA 2015) - Ipswich CC, trial 9 June (4 days)

    DCS (21 March). D denies the behaviour and says he was the victim: that V (Ms Sarah Blake) was controlling towards him and monitored his phone, and that she "made up" the allegations to gain an advantage in contact proceedings over their daughter (4). He asks for (a) V's messages to him over the whole relationship (2019-2023); (b) the family court file; (c) V's social services records; (d) the record of a 2021 police call in which D reported V for damaging his car.

    Effect on the issues. The counter-allegation was foreshadowed in interview and does not change my assessment, but it must be met squarely. The prosecution case rests on V's account; her sister's evidence of V's isolation; 14 months of bank records showing V's salary paid into D's sole account and a £30 weekly transfer back to her; D's own WhatsApp messages ("you don't go anywhere without telling me", "send me a photo of who you're with"); and V's GP notes (2022: "partner very controlling, considering leaving"). The strongest answers to D's account: the bank arrangement is one-sided and in his sole name; the demands for photographs run one way; and V's complaint to her GP predates the contact proceedings (issued June 2023) by a year. The 2021 report (V scratched his car during an argument; no further action) is genuinely relevant to D's case that V was the aggressor and must be disclosed, but a single incident does not displace the pattern the documents show. The evidential stage remains met. Public interest: prolonged coercive control in a relationship with a young child; V supports the prosecution; prosecution still required.

    Disclosure decisions.
    (a) Messages: the consented download of V's phone was reviewed for 2022-2023 only, and the DMD explained that range to the defence at PTPH. Given the defence case that V was controlling throughout, the request for 2019-2021 is reasonable. The OIC is to examine the 2019-2021 WhatsApp history (already extracted, not yet reviewed) using search terms agreed with the defence (list to be sent 4 April) and report by 25 April; anything showing V monitoring or controlling D must be disclosed.
    (b) Family court file: not in our possession. The OIC applied to the family court under the protocol on 28 March; I will review whatever is received, and any statement by V in those proceedings that is inconsistent with her account must be disclosed.
    (c) Social services records: speculative as framed. The OIC should ask the local authority whether any records concern allegations between the parties (as opposed to routine contact arrangements) and, if so, obtain and review them.
    (d) The 2021 call: disclosed on 2 April.
    Updated MG6C and disclosure letter by 2 May.

    Trial. The Crown will call V (screens direction made), her sister, the bank's records custodian (s.9, agreed) and the OIC (schedule of messages). D will give evidence and call his mother. Counsel to prepare a schedule of the key messages and an agreed chronology for service by 12 May. At the PTR, ask the judge to consider a direction on the counter-allegation.

    V. Her IDVA (Lighthouse Women's Aid) will accompany her at court. VPS updated 1 March. Restraining order to be sought on conviction, and on acquittal if the evidence supports it. The family court to be told of the outcome.
""")

rev("pre", "charge", "sexual_offence", "CDV", """
    Exposure (s.66 SOA 2003) - S: Neil PRITCHARD (49). 22/05, 16:30, towpath by the Kennet, Reading. V (F, 34, jogging) saw S standing by a bench with his trousers open, masturbating and looking directly at her; he said "like what you see?". She ran on and rang 999. S arrested 10 mins later on the towpath, matching her description (red cap, grey hoodie, carrier bag). V picked him out at VIPER (28/05), first viewing, immediately. Interview: admits being on the towpath, says he was urinating and she must have misunderstood.
    Analysis: urinating doesn't explain the words or her description of him masturbating while looking at her. The issue is intent that someone would see and be caused alarm or distress; "like what you see?" answers the defence. ID is strong.
    Charge s.66. Code test met.
    Action plan: marina camera CCTV on the towpath - 7 days; PNC/intelligence for similar reports on the towpath (2 in April - same description?) - 14 days; summary trial unless linked offences emerge; consider SHPO on conviction.
""")

rev("post", "accept_plea_lesser", "theft", "SD", """
    Review - R v Shane Doherty - burglary (dwelling) s.9(1)(b) - plea offered to handling stolen goods (s.22)

    The burglary at 4 Ashcombe Road, Bath, on 14 September: jewellery and a laptop taken while the occupants were on holiday. On 17 September D sold the laptop and two rings to a second-hand store (his ID and the store CCTV). He has consistently said he bought the items from a man in a pub for £150, and now offers a plea to handling.

    The evidence of the burglary itself: no forensic evidence at the scene (smudges on the window suggest gloves); no street CCTV; no cell site (his phone was not seized). The only evidence is his possession of the goods three days later. Recent possession can support an inference of burglary, but where the defendant gives an explanation the jury cannot reject as untrue, receiving is an equally available inference, and with nothing else linking him to the house a jury would be likely to find handling rather than burglary. The handling plea admits dishonest receipt knowing or believing the goods were stolen, which is what the evidence proves.

    The plea is acceptable. Handling carries a maximum of 14 years, and the guideline allows the court to reflect that the goods came from a domestic burglary and their value (£3,800), so its powers are adequate. It is in the public interest: it secures a conviction for the offence the evidence best supports and avoids a trial at which the householders would give evidence with little prospect of a burglary conviction.

    Victims: Mr and Mrs Cole were consulted by the witness care officer on 3 February. They were disappointed, having hoped the burglar would be caught, and were told why: there is no evidence of who broke in, and D's possession three days later is consistent with his being a receiver. The OIC will keep the burglary investigation open. They want compensation for the unrecovered items (£1,900 - a necklace and a watch), which will be sought. Their VPS (October) describes their loss of sleep and the sentimental value of the necklace, which belonged to Mrs Cole's late mother.
""")

rev("pre", "no_further_action", "violence", "DV", """
    Charging advice - ABH (s.47) - suspect Dominic Yates (33) - NFA

    The complainant, Mr Neil Fox (40), says that on 12 July he was punched by the suspect outside the Royal Oak, Shrewsbury, after the suspect accused him of "looking at his girlfriend". He had a black eye and bruised cheek (photographed). He named the suspect - they used to work together - and says the suspect's girlfriend (Ms Amy Hart) was with him.

    The suspect says he was not there: he was at his sister's birthday party in Telford, 15 miles away. His sister, her partner and two guests support this, and a photograph on the sister's Facebook page timed at 22:47 (the assault was at about 22:30) shows him at the party; the metadata of the original image, taken from the sister's phone, confirms the time and a location in Telford. Ms Hart says she is not and has never been in a relationship with him, has not seen him since 2022, and was at work in Birmingham that evening (the rota confirms it).

    Recognition of someone the witness knows is usually reliable, but it was dark, the complainant had drunk five pints on his own account, and the attack was brief. Against independent photographic and metadata evidence placing the suspect 15 miles away at almost the same time, a court could not be sure the complainant was right. There is no realistic prospect of conviction; the evidential stage is not met.

    NFA. Further lines of inquiry: (1) the pub's external camera was not working (landlord); (2) there were no door staff; (3) the attacker may be someone who resembles the suspect - the complainant describes a man about 6' with a shaved head; the OIC should ask him whether anyone else from their former workplace fits that description and follow it up; (4) checks on the suspect's bank card use in Shrewsbury are unnecessary given the metadata. If a new suspect is identified the case should be resubmitted.
""")

rev("post", "continue", "burglary", "WCV", """
    Initial review - R v Aiden KERR - burglary (non-dwelling) s.9(1)(b) - Greggs, Market St, Crewe - 18/11 03:00
    Facts: rear door forced, till drawer and a small safe taken - £640 cash. D's DNA from blood on the door frame (SFR1 - full profile match). D no comment.
    Case suitable for continuation. FCT met.
    Next steps/plan:
    - 1st hearing 12/12, Crewe MC. Either way; suitable for MC on value.
    - D worked for a delivery firm that supplies this Greggs - OIC to check the delivery rota for whether D ever delivered to the rear door - 14 days.
    - Full forensic report (SFR2) if the DNA is challenged - 28 days after NG plea.
    - Market St CCTV - OIC has viewed it: a hooded figure at 02:55 - obtain, enhance and schedule.
    Disclosure: SFR1; the street CCTV (shows one figure; the description does not exclude D) to be disclosed; the delivery rota once obtained - if it shows D delivering to the rear door, that assists the defence and must be disclosed; crime scene log.
""")

rev("pre", "charge", "hate_crime", "SD", """
    MG3 - religiously aggravated common assault (s.29(1)(c) CDA 1998) and religiously aggravated s.4A POA (s.31)
    Suspect: Kyle BENSON (26). Victim: Mr David Stern (61).

    Summary. At 18:20 on 9 November on Bury Old Road, Salford, Mr Stern, wearing a kippah, was walking home from synagogue. The suspect, passing on the pavement, shouted "f***ing Jew, free Palestine", knocked the kippah off his head and pushed him in the back so that he stumbled against a wall, grazing his hands. A passer-by (W1, Ms Okafor) saw it and called 999; the suspect was arrested nearby 15 minutes later. A neighbour's doorbell camera captured the push and the words, with clear audio. Interview: admits pushing "an old man" after an argument about being in his way; denies any religious motive; says he shouted "free Palestine" because he is "political"; denies the slur.

    Analysis. The push and the knocking off of the kippah are on the doorbell footage and partly admitted. Aggravation: it is enough that hostility based on membership of a religious group was demonstrated at the time. The audio captures "f***ing Jew" clearly, contradicting his denial, and knocking off a kippah is itself an act aimed at a visible religious symbol. A political motive does not negate hostility towards Jews as a religious group when combined with the slur and the targeting of the kippah; hostility need not be the sole motive. His account of an argument about being in his way is contradicted by W1, who says Mr Stern had not spoken to him.

    Code test. Evidential: the doorbell recording (words and push), W1, Mr Stern and his own partial admission give a realistic prospect of conviction on both aggravated charges. Public interest: antisemitic targeting of an older man on his way home from worship, at a time of heightened community tension; CPS hate crime policy; serious impact on him and on the wider Jewish community; prosecution required, and his lack of previous convictions does not weigh against it.

    Charges: religiously aggravated common assault (s.29) and religiously aggravated s.4A (s.31).

    Mr Stern and witnesses. Mr Stern is shaken and has not walked to synagogue alone since; his son now goes with him. As a hate crime complainant he is eligible for special measures as an intimidated witness; he would prefer not to see the suspect, so screens should be sought. VPS to be taken, including the effect of being targeted for his faith. Community impact statement from the Community Security Trust and the synagogue - OIC to request. W1 is willing but works shifts - WCU to get her dates to avoid. On conviction: a restraining order (the suspect lives a mile away), compensation for the injury and the kippah, and a request that the court states the aggravation in open court.
""")

rev("post", "reduce_charge", "violence", "WSC", """
    R v Jordan PRICE - s.18 (GBH with intent) - proposed amendment to s.20
    V's jaw was broken by a single punch in a fight outside McDonald's, Wigan, on 30 Sept. DCS (served 12 Jan): D accepts the punch and s.20 but denies intent to cause GBH. Proposal: substitute s.20 (inflicting GBH). Realistic prospect on s.20; D has indicated a G plea to s.20.
    Disclosure: post-DCS review completed 20/01. The DCS asked for (1) V's previous convictions - V has one for affray (2018), disclosed as relevant to the background of the fight; (2) all McDonald's CCTV - disclosed; it shows V approaching D first, which assists D on who started it; (3) the 999 calls - disclosed. Nothing else undermines.
    V (Mr Pete Ward): WCU told him the charge may change and he was upset ("he broke my jaw"). OIC to explain to him in person that s.20 is still a serious charge for causing really serious harm and that the sentence will reflect his injury. His VPS to be updated (two operations, time off work). Compensation to be sought.
""")

rev("pre", "charge", "drugs", "D", """
    Charging request - production of cannabis (s.4(2)(a) MDA 1971) - suspect Alan PRICE (58)

    Police attended the suspect's house on 4 March after a neighbour (W1) reported a strong smell of cannabis. In the loft: 9 cannabis plants in a grow tent with lights and a fan, and 42g of dried cannabis in a jar. He says he grows it for his own use to manage chronic back pain from a degenerative spinal condition (GP letter provided), because prescribed medication does not help and private prescriptions for medical cannabis are too expensive. There is no evidence of supply: no bags, scales, cash or relevant phone messages (phone checked with his consent).

    Evidential stage: production is admitted and proved by the plants and equipment. Medical need is not a defence in law, though it is highly relevant to the public interest. Realistic prospect.

    Public interest: I have considered the CPS guidance on cultivation for personal medical use. Against prosecution: small scale (9 plants); no evidence of supply; a genuine medical condition supported by his GP; he is 58 and of good character. For prosecution: the smell was a nuisance to his neighbour, and the set-up shows a sustained grow over months. For a first offence of this kind an out of court disposal would normally meet the public interest. But he has declined a caution, telling officers he will carry on growing, and without an admission and his agreement no out of court disposal can be given. Given his stated intention to continue, the public interest can now be met only by prosecution, at the lowest level: charge production and invite the court to consider a conditional discharge.

    Decision: charge s.4(2)(a).

    Plan: (1) a drugs expert on yield is not needed - we accept personal use; (2) either way, suitable for the magistrates; expect a G plea with mitigation; (3) seek forfeiture and destruction of the plants, equipment and cannabis (s.27).

    Witness: W1 does not want to be identified. She will not be needed if he pleads guilty, and even on a not guilty plea her evidence (the smell) is not essential, since the find itself is the evidence - do not call her.
""")

rev("post", "continue", "fraud", "CV", """
    Initial review - R v Lewis Carter and Jade Moore - fraud by false representation (s.2 Fraud Act 2006) - fake charity collections

    The defendants are charged with collecting money door to door and in shopping centres in Stoke and Newcastle-under-Lyme between October and December 2024, using buckets and lanyards for a "Staffordshire Children's Hospice Fund" that does not exist. Trading standards stopped them at the Potteries Centre on 14 December with two buckets containing £412.

    Evidence: trading standards officers' statements; the lanyards, buckets and printed leaflets; the local children's hospice confirms it has no connection; the Charity Commission confirms no registration; six donors (statements from four); bank records showing cash deposits of £3,860 into Carter's account over the period; interviews - Carter no comment; Moore says she believed Carter had set up a genuine fund and she was "volunteering".

    Analysis. Carter: the evidence is strong. The leaflets were printed on his home printer (matching printer defects); the cash deposits line up with collection days; nothing was ever paid to any hospice. Moore: knowledge is the issue. Against her: her lanyard named her as "Fund Coordinator"; she told W3 "all the money goes to the kids", a specific false statement; and she was paid £50 "expenses" a day in cash by Carter (her messages: "can I have my 50 now"). In her favour: she is 19 and Carter's former girlfriend, and his messages to her say the fund was "registered", so she may genuinely have believed it. The case against her is weaker, but there is a realistic prospect: a jury could conclude that being paid £50 a day in cash for "volunteering" while presenting herself as coordinator of a fund she knew nothing about goes beyond naivety.

    Decision: continue against both. FCT met.

    Case plan: (1) indictment - substantive s.2 counts for each of the four donors who have given statements, plus a count covering the wider course of conduct - counsel to settle by 21 February; (2) printer forensic report served; (3) analysis of all cash deposits - 28 days; (4) be ready for a severance application on Moore's behalf; (5) PTPH 28 February; trial estimate 3 days.

    Disclosure: Moore's messages with Carter - the "registered" message assists her and must be disclosed; trading standards' complaint log - earlier complaints about collectors in Hanley, some describing a man with a different woman, which may assist Moore - disclose; the hospice's statement; Carter's phone download - DMD to be prepared.
""")

rev("pre", "charge", "other", "WSD", """
    PCD - intimidation of a witness (s.51(1) CJPOA 1994)
    S: Callum REID (23), brother of Jordan Reid, who awaits trial for robbery (trial 3 June, Manchester CC). W: Ms Shannon Lee (19), prosecution witness in the robbery.
    On 18 April at 20:00 S approached Ms Lee outside the Co-op on Moston Lane and said "you know who I am - you'd better not turn up in June, or you'll regret it", then spat on the ground at her feet. Ms Lee, who knows S by sight, reported it at once; Co-op CCTV shows S approaching her and speaking for about 20 seconds (no audio). S arrested 19 April; no comment.
    Decision: charge s.51(1).
    Evidential: Ms Lee's account of the words; the CCTV of the approach; S is the robbery defendant's brother; if it is proved that he knew or believed she was a witness and did an act that intimidated her, he is presumed to have intended to obstruct justice (s.51(7)); realistic prospect.
    PI: intimidating a witness strikes at the administration of justice and is always serious; S has previous for violence; prosecution required.
    V (Ms Lee): she is now very frightened about giving evidence in the robbery trial and is thinking of withdrawing. The robbery reviewing lawyer has been told. For her: (1) apply for special measures in the robbery trial - she is an intimidated witness - screens and, given the intimidation, consider live link from a remote site; (2) OIC to carry out a risk assessment for her safety; (3) bail conditions for S - no contact with Ms Lee, not to enter Moston Lane; (4) enhanced support from WCU; (5) she should be told both cases will be handled with her safety as the priority. VPS. Restraining order on conviction.
""")

rev("post", "discontinue", "harassment_stalking", "V", """
    Review - R v Gemma Clarke - harassment (s.2 PHA 1997) - decision: discontinue

    D is charged with harassing her former GP (Dr Anand) between January and April 2024 by sending over 200 emails and letters, attending the surgery 11 times and waiting outside Dr Anand's home on three occasions. The evidence of the conduct is strong and is not disputed (the emails, the surgery's incident log, CCTV and doorbell footage).

    On 2 July D was detained under s.3 Mental Health Act 1983. Her responsible clinician (Dr Okwu, consultant psychiatrist) reports (15 July) that she has delusional disorder (erotomanic type); that at the time she held a fixed belief that Dr Anand was in a relationship with her; that she lacks insight; and that she is likely to remain detained for several months, with treatment expected to address the risk. He considers she would not currently be fit to plead.

    Evidential stage: the conduct is proved. Whether she "ought to have known" it amounted to harassment is judged by what a reasonable person with the same information would think, so her delusional belief does not defeat that element, and the evidential stage remains met in principle. But fitness to plead would have to be determined, and on the clinician's view a finding of fact procedure is likely, with disposals limited to a hospital order, a supervision order or an absolute discharge.

    Public interest: the decisive factors are her serious mental illness, which substantially reduces her culpability; that the risk she presents is now managed under the Mental Health Act, which gives greater protection than any disposal a criminal court could make; and that a hospital order, the likely outcome if the case continued, would add little to her present detention. Against that, the conduct was persistent and frightening and there will be a risk on discharge, which her discharge and aftercare planning will need to address. On balance, continuing the prosecution is not in the public interest.

    Decision: discontinue (s.23 POA 1985).

    Actions: (1) s.23 notice by 2 August; (2) the OIC to tell the responsible clinician of the decision and ask to be notified before any leave or discharge; (3) disclosure: the psychiatric report came from the defence; no disclosure issues arise from the discontinuance, but the unused material must be retained in case the decision is revisited - discontinuance does not prevent a fresh prosecution if there is further conduct.
""")

rev("pre", "charge", "robbery", "", """
    MG3 - robbery (s.8 TA 1968) and dangerous driving (s.2 RTA 1988)
    Suspect: Tyrone HAYES (22). Victim: Mrs Angela Reid (44).

    Facts. At 17:50 on 2 December Mrs Reid was sitting in her Audi Q3 at a fuel pump at the Shell garage on Wellington Road, Leeds, when a man opened her door, pulled her out by her coat and arm (she fell, bruising her knee and wrist) and drove off in the car with her handbag and phone inside. Forty minutes later police tried to stop the Audi in Bramley; it failed to stop and was pursued for 2.4 miles at up to 70mph in 30 limits before crashing into a wall. The driver ran off. The dog unit found the suspect hiding in a garden 200m away with a fresh cut to his forehead and Mrs Reid's phone in his pocket.

    Evidence: Mrs Reid's s.9 (description: "mixed race, early 20s, black North Face coat"); Shell CCTV - clear footage of the robbery, with the robber's face visible for two seconds as he gets in; pursuit footage and officers' statements; the dog handler; Mrs Reid's phone, found on the suspect; blood on the driver's airbag (DNA awaited); prepared statement - he bought the phone from a man in Bramley for £50 and ran from police because he had cannabis on him; denies being the robber or the driver.

    Analysis. Identity is the issue on both offences.
    (a) Robbery: the OIC, who does not know the suspect, thinks the CCTV face is "very similar" to the custody photograph, but that is not recognition evidence; a VIPER procedure with Mrs Reid is needed, though she saw his face only "for a second" and may not be able to identify him. The strong evidence is circumstantial: her phone in his pocket 40 minutes after the robbery and his flight from near the crashed car. Buying the phone from a stranger 40 minutes after the robbery, three miles away, is improbable and a jury would be entitled to reject it.
    (b) Dangerous driving: the driver ran from the crash; the suspect was found 200m away with a fresh head cut consistent with striking the windscreen or airbag. The airbag DNA is likely to be decisive.
    Even before the DNA and VIPER there is a realistic prospect on both: recent possession, flight, an implausible explanation and CCTV for the jury to assess on the robbery; his presence near the crash with a fresh injury and property from the car on the driving. As he is in custody I am content to charge now, but the DNA must be expedited.

    Code test. Evidential: met as above. Public interest: a violent robbery of a woman at a petrol station, injuring her and taking a high-value car, followed by highly dangerous driving through residential streets; three previous convictions for vehicle crime; prosecution required, with nothing against.

    Actions.
    1. Airbag blood DNA - expedite - 7 days.
    2. VIPER with Mrs Reid within 14 days, strictly to Code D; she must not be shown any image of the suspect beforehand.
    3. Enhanced stills from the Shell CCTV - 21 days.
    4. Cell site for his phone around the garage at 17:50 - 28 days.
    5. Indictable only - sent to Leeds CC; oppose bail.
    6. Expect NG on identity; if the airbag DNA is his and Mrs Reid identifies him, a plea is likely.
    7. Disqualification and extended retest on the dangerous driving.

    Unused. Pursuit logs and control room audio; the dog handler's track log; all Shell CCTV, including footage of the robber arriving (how he got there and whether he was alone); if he gives any detail of the man in Bramley it must be followed up and scheduled; house-to-house near the crash for any sighting of someone else running.

    Mrs Reid. She was injured and is frightened, and has not driven since. Refer her to Victim Support; WCU needs assessment; she may want to give evidence from behind a screen - ask her. VPS. Compensation for her insurance excess, the damaged handbag and the knee injury (physiotherapy). She must be told immediately if the suspect is released on bail at any stage.
""")

rev("post", "continue", "motoring", "SCV", """
    Trial review - R v Owen Harper - dangerous driving (s.2 RTA 1988) - Bolton CC, trial 22 April

    The allegation: on 3 August D drove his Mercedes C63 on the A666 St Peter's Way at up to 112mph (limit 70), weaving between lanes in moderate traffic, and undertook two vehicles on the hard shoulder. An off-duty police officer (W1, PC Cole) and a lorry driver (W2) saw it; W2's dashcam captures two minutes of the driving. The DCS (4 March) admits speeding but says the driving was not dangerous - the road was dry, traffic moderate and his car "built for those speeds" - and denies using the hard shoulder, saying the dashcam angle gives a false impression.

    Assessment. The dashcam is the heart of the case and I have viewed it frame by frame. The undertake on the hard shoulder at 14:02:33 is clear: D's nearside wheels cross the solid white line fully and stay on the hard shoulder for about three seconds to pass a van in lane 1. The collision investigator calculates 104-112mph from the dashcam using fixed road markings; D admits "over 100". The weaving - four lane changes in 20 seconds, twice cutting in with less than a car's length - is clear. The test is objective: whether the driving fell far below the standard of a competent and careful driver and whether it would be obvious to such a driver that driving in that way was dangerous. The car's capabilities are irrelevant. A jury is likely to find this dangerous. The evidential stage is met; D's position amounts to an offer of careless driving or speeding, which would not be acceptable.

    Continue. The Code test is met.

    Disclosure: the CI's working notes on the speed calculation (disclosed 10 March); W1's pocket notebook, made 20 minutes later (disclosed); W2's full dashcam file including the 10 minutes before, which shows D driving normally beforehand and which the defence may rely on (disclosed).
""")

rev("post", "offer_no_evidence", "criminal_damage", "SDV", """
    R v Kieran WALSH - criminal damage (s.1(1) CDA 1971) to a neighbour's fence - trial Barrow MC 14 Nov - review 7 Nov
    V (Mr Ellis) says D kicked down two fence panels on 2 August after an argument about D's dog. D says the panels were already rotten and blew down in the storm on 1 August. V's photographs are undated, and the Met Office confirms gusts of 58mph in Barrow on 1 August. V's own statement says he "heard a bang" and "saw D in his garden"; he did not see D kick the fence. No other witness. A court could not be sure the damage was caused by D rather than the storm; no realistic prospect of conviction.
    Decision: offer no evidence on 14 Nov.
""")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------


def check(recs: list[dict]) -> dict:
    """Validate the records and return the label balance."""
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    balance = dict.fromkeys(CONCERNS.values(), 0)
    for r in recs:
        assert set(r["labels"]) == set(CONCERNS.values()), r["id"]
        assert all(v in (0, 1) for v in r["labels"].values()), r["id"]
        assert r["spans"] == [], r["id"]
        assert r["meta"]["source"] == "handwritten", r["id"]
        assert r["text"].strip(), r["id"]
        for name, v in r["labels"].items():
            balance[name] += v
    return balance


if __name__ == "__main__":
    recs = records()
    balance = check(recs)
    out = write()
    print(f"wrote {len(recs)} reviews to {out}")
    for name, n in balance.items():
        print(f"  {name:38s} {n:3d}  ({n / len(recs):.0%})")
