"""Hand-written VCL letters (victim letters) for the casecheck corpus.

Each letter below was written by hand, one by one, to read like a different prosecutor writing
about a different case. Labels follow ../../../shared/domain/concerns.md (the six letter concerns).

Markup inside a letter's text:

    ⟦j:offered no evidence⟧   an unexplained jargon term  -> span of concern ``unexplained_jargon``
    ⟦r:[insert date]⟧         template residue            -> span of concern ``template_residue``

The markers are stripped and converted to code-point offsets. Flags are given as a string of
letters, one per concern flagged (1); every concern not listed is 0:

    R missing_reasons   J unexplained_jargon   E lacks_empathy
    V missing_vrr       M missing_meeting_offer   T template_residue

Rebuild the data file (from the repo root):

    python -m training.generator.handwritten_letters_src

which writes data/corpus/handwritten_letters.jsonl, validates it and prints the label balance.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CONCERNS = {
    "R": "missing_reasons",
    "J": "unexplained_jargon",
    "E": "lacks_empathy",
    "V": "missing_vrr",
    "M": "missing_meeting_offer",
    "T": "template_residue",
}
DECISIONS = {"charge", "no_further_action", "discontinue", "offer_no_evidence", "leave_on_file",
             "reduce_charge", "accept_plea_lesser", "continue"}
VRR_DECISIONS = {"no_further_action", "discontinue", "offer_no_evidence", "leave_on_file"}
CATEGORIES = {"death", "sexual_offence", "child_abuse", "hate_crime", "domestic_abuse", "violence",
              "robbery", "burglary", "theft", "fraud", "drugs", "public_order", "criminal_damage",
              "harassment_stalking", "motoring", "weapons", "other"}
MEETING_CATEGORIES = {"death", "sexual_offence", "child_abuse", "hate_crime"}
_MARK = re.compile(r"⟦([jr]):(.*?)⟧", re.S)
_KIND = {"j": "unexplained_jargon", "r": "template_residue"}

LETTERS: list[dict] = []


def L(decision: str, category: str, flags: str, text: str) -> None:
    """Register one letter: its decision, offence category, flagged concerns and marked-up text."""
    assert decision in DECISIONS, decision
    assert category in CATEGORIES, category
    assert set(flags) <= set(CONCERNS), flags
    LETTERS.append({"decision": decision, "category": category, "flags": flags, "raw": text.strip("\n")})


def parse(raw: str) -> tuple[str, list[dict]]:
    """Strip the markers from ``raw``; return the plain text and the spans with offsets."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0  # position in plain text
    last = 0  # position in raw
    for m in _MARK.finditer(raw):
        chunk = raw[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        body = m.group(2)
        spans.append({"concern": _KIND[m.group(1)], "text": body, "start": pos, "end": pos + len(body)})
        out.append(body)
        pos += len(body)
        last = m.end()
    out.append(raw[last:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text[:80]
    return text, spans


def records() -> list[dict]:
    recs = []
    for i, letter in enumerate(LETTERS, 1):
        text, spans = parse(letter["raw"])
        labels = {name: int(code in letter["flags"]) for code, name in CONCERNS.items()}
        recs.append({
            "id": f"hw-vcl-{i:04d}",
            "doc_type": "vcl_letter",
            "text": text,
            "labels": labels,
            "spans": spans,
            "meta": {"source": "handwritten", "decision": letter["decision"],
                     "case_category": letter["category"]},
        })
    return recs


def validate(recs: list[dict]) -> list[str]:
    """Consistency checks; returns a list of problems (empty when all is well)."""
    problems = []
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    texts = [r["text"] for r in recs]
    if len(texts) != len(set(texts)):
        problems.append("duplicate texts")
    for r in recs:
        rid, text, labels, meta = r["id"], r["text"], r["labels"], r["meta"]
        if set(labels) != set(CONCERNS.values()):
            problems.append(f"{rid}: label keys")
        for s in r["spans"]:
            if text[s["start"]:s["end"]] != s["text"]:
                problems.append(f"{rid}: span offset mismatch {s}")
            if s["text"] != s["text"].strip() or not s["text"]:
                problems.append(f"{rid}: span has edge whitespace {s['text']!r}")
        for concern in ("unexplained_jargon", "template_residue"):
            has = any(s["concern"] == concern for s in r["spans"])
            if bool(labels[concern]) != has:
                problems.append(f"{rid}: {concern} label {labels[concern]} but spans {has}")
        if labels["missing_vrr"] and meta["decision"] not in VRR_DECISIONS:
            problems.append(f"{rid}: missing_vrr flagged for {meta['decision']}")
        if labels["missing_meeting_offer"] and meta["case_category"] not in MEETING_CATEGORIES:
            problems.append(f"{rid}: missing_meeting_offer flagged for {meta['case_category']}")
        low = text.lower()
        # heuristic cross-checks on the hand labels
        if (meta["decision"] in VRR_DECISIONS and not labels["missing_vrr"]
                and ("review" not in low or not re.search(r"working days|within|by \d|before", low))):
                problems.append(f"{rid}: VRR-eligible, not flagged, but no review right with a time limit found")
        if (meta["case_category"] in MEETING_CATEGORIES and not labels["missing_meeting_offer"]
                and not re.search(r"\bmeet|meeting", low)):
                problems.append(f"{rid}: meeting category, not flagged, but no meeting offer found")
    return problems


def balance(recs: list[dict]) -> str:
    n = len(recs)
    lines = [f"{n} letters"]
    for name in CONCERNS.values():
        k = sum(r["labels"][name] for r in recs)
        lines.append(f"  {name:24s} {k:4d}  ({100 * k / n:.0f}%)")
    nflag = Counter(sum(r["labels"].values()) for r in recs)
    lines.append("  concerns per letter: " + ", ".join(f"{k}:{nflag[k]}" for k in sorted(nflag)))
    combos = Counter(tuple(sorted(c for c, nm in CONCERNS.items() if r["labels"][nm])) for r in recs)
    lines.append(f"  distinct label combinations: {len(combos)}")
    lines.append("  decisions: " + ", ".join(f"{k}={v}" for k, v in Counter(r['meta']['decision'] for r in recs).most_common()))
    lines.append("  categories: " + ", ".join(f"{k}={v}" for k, v in Counter(r['meta']['case_category'] for r in recs).most_common()))
    words = sorted(len(r["text"].split()) for r in recs)
    lines.append(f"  words: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")
    return "\n".join(lines)


def main() -> int:
    recs = records()
    problems = validate(recs)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    out = Path(__file__).resolve().parents[2] / "data" / "corpus" / "handwritten_letters.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {out}")
    print(balance(recs))
    return 1 if problems else 0


# ---------------------------------------------------------------------------------------------
# The letters
# ---------------------------------------------------------------------------------------------

# --- batch 1 ---------------------------------------------------------------------------------

L("accept_plea_lesser", "death", "", """
Dear Mrs Okonjo,

R v Callum Pryde – the death of Daniel Okonjo

I am so sorry for the loss of your son Daniel. I know that the last fourteen months have been unbearable for you and your family, and that every hearing at Hollinsbridge Crown Court has meant reliving the night of 9 February. I am writing, as I promised when we spoke on the telephone last Thursday, to explain in writing the decision I made on Monday.

Mr Pryde was charged with causing death by dangerous driving. On Monday his barrister told the court that he would plead guilty to causing death by careless driving. After a great deal of thought, and after speaking to the senior investigating officer and to our barrister, I decided to accept that plea. I want to explain why.

To prove dangerous driving we have to show that the standard of Mr Pryde's driving fell far below what would be expected of a competent and careful driver. Careless driving means the driving fell below that standard, but not far below it. The collision investigator's final report, which we received only in March, found that Mr Pryde was travelling at between 34 and 38 mph in a 30 mph limit on Marsh Lane. Our original case was that he had been driving at close to 50 mph. The difference came from the recovery of the car's own data recorder, which is more reliable than the calculation made at the scene from the marks on the road. The expert now says the speed, while too fast, was not grossly excessive, and that the lighting at the junction was poor. In my judgement a jury would be unlikely to find that his driving fell "far below" the standard, and there was a real risk that he would be acquitted of the more serious charge altogether.

By pleading guilty, Mr Pryde now stands convicted of causing Daniel's death. He will be sentenced on 2 June. The judge will read the statement you made about Daniel and what his loss has meant, and you may read it aloud yourself if you wish.

I know that no decision of mine can reflect what Daniel meant to you, and that this may feel as though his death has been made smaller. That is not how I see it and it is not what the law says. I would very much like to meet you, and anyone you would like to bring, to go through the expert evidence and answer your questions before the sentencing hearing. Please ring me directly on 01632 960418, or tell Sergeant Haig, your family liaison officer, and we will arrange a time that suits you.

Yours sincerely,

Rebecca Aldous
Senior Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("no_further_action", "sexual_offence", "RJVM", """
Our reference: 41YH2290418

Dear Ms Farrant,

I am writing to let you know the outcome of the review of the allegation of rape you reported to Kettleby Police in October 2023.

A Crown Prosecutor from the ⟦j:RASSO unit⟧ has reviewed the file submitted by the police. Having considered all the material, including the ⟦j:ABE interview⟧ and the ⟦j:MG5⟧, the prosecutor has concluded that the case does not pass the ⟦j:evidential stage of the Full Code Test⟧. There will therefore be ⟦j:NFA⟧ in respect of the suspect.

I realise this will be very disappointing news, and I recognise how difficult it will have been for you to come forward and go through the interview process. Please be assured that this decision does not mean that you were not believed.

You may also wish to contact the Independent Sexual Violence Adviser service or Rape Crisis (0808 500 2222) for support.

Yours sincerely,

Victim Liaison Unit
CPS East Midlands
""")

L("discontinue", "burglary", "", """
Dear Mr Halloran,

I am writing about the break-in at your home on Fenwick Road in August. I know it shook you and your wife a good deal.

I am sorry to tell you that I have stopped the case against Jason Merriot. The only evidence linking him to the burglary was his fingerprint on the tin that was taken from your kitchen and later found in an alley. When interviewed again, he said he had handled that tin when helping to clear your garage in June, and your son has since confirmed to the police that Mr Merriot did that work. That means the fingerprint no longer shows he was the burglar, and there is nothing else that does.

If you would like this decision looked at again, you can ask for a review by writing to me or emailing CPSVictimLiaison.Wessex@cps.gov.uk within 10 working days of this letter.

Yours sincerely,

Tom Barraclough
Crown Prosecutor, CPS Wessex
""")

L("reduce_charge", "hate_crime", "MT", """
Dear Mr Rahman,

R v Stephen Colley

I am writing to let you know about a change to the charge in this case.

Mr Colley was charged with a racially aggravated offence of causing you harassment, alarm or distress outside your shop on Calder Street on 14 January. The racial aggravation depended on the words he is said to have shouted as he left. Your own statement describes him shouting and swearing, but you told the officer you could not make out what he said because the door had closed behind him. The only person who heard the words clearly was the customer who was in the shop at the time, and despite a number of attempts the police have not been able to trace him: the phone number and address he gave both turned out to be wrong.

Without that witness we cannot prove the racial element, so I have replaced the charge with the basic offence of using threatening behaviour to cause harassment, alarm or distress. That charge does not depend on what was shouted and is supported by your evidence and by the CCTV from your shop, which shows him kicking the door and squaring up to you.

I understand that this will feel like the most hurtful part of what happened is being left out, and I am sorry. If the other witness is found before the trial, I will look at this again. The trial remains listed for ⟦r:[insert date of trial]⟧ at Saltmere Magistrates' Court and the witness care unit will keep in touch with you about arrangements for giving evidence.

Yours sincerely,

Aisha Mirza
Crown Prosecutor
CPS North West
""")

L("discontinue", "domestic_abuse", "J", """
Dear Ms Kowalczyk,

Thank you for speaking with the officer in your case last week. I know it was not an easy conversation, and I want to say first that I respect the decision you have made about giving evidence.

I am the prosecutor who has been reviewing the charge of assault against Mr Dariusz Nowak. Because you no longer wish to give evidence, I looked very carefully at whether we could carry on without you. The police body-worn camera footage was recorded about forty minutes after the incident, when you were calm and Mr Nowak had already left, and it does not show anything happening. In my view the court would not allow your account on the footage to be used as ⟦j:res gestae⟧, so there is not enough left to prove the case. I have therefore stopped the prosecution.

This does not mean that what you told the police was not taken seriously. If anything further happens, please call 999 in an emergency, and the local domestic abuse service, Harbour Lights (0300 123 4567), can help you with safety planning whether or not you support a prosecution.

You have the right to ask for this decision to be reviewed. To do so, please contact the Victim Liaison Unit at the address above, or by email to VLU.NorthEast@cps.gov.uk, within 10 working days of the date of this letter. Requests made more than three months after this letter will only be considered in exceptional circumstances.

Yours sincerely,

Graham Iveson
Senior Crown Prosecutor
""")

L("no_further_action", "fraud", "V", """
Dear Mr Esterhuizen,

Re: the fraud against your mother, Mrs Maria Esterhuizen

Thank you for your patience while the police file was with us, and please pass on my good wishes to your mother. I was very sorry to read how the callers who pretended to be from her bank frightened her, and that she lost £8,400 of her savings.

The police asked us to decide whether to charge Lewis Hanley. The money your mother transferred went into an account in his name and was withdrawn within hours. Mr Hanley says he sold his bank card and PIN to a man he met in a gym for £200, and that he never knew what the account was used for. Against that:

- there is no evidence that he made the calls to your mother;
- there is no phone or message linking him to the people who did;
- the cash withdrawals were made at machines in Birmingham on a day he can be shown to have been at work in Leeds.

We therefore cannot prove that he knew or suspected the money was stolen, which is what we would have to show to convict him of money laundering. I have decided he should not be charged.

The police investigation into the callers themselves is still open, and Detective Constable Ruane will update you if anyone is identified.

Yours sincerely,

Harriet Coombe
Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("discontinue", "child_abuse", "", """
Dear Ms Adeyemi,

I am writing to tell you about a decision in the case against Mr Keith Lowther, which I know you have waited a long time for. I want to begin by acknowledging the courage it took to report what happened to you when you were a child, so many years later, and everything you have been through since you gave your first account in 2022.

I have decided that we must discontinue the case. Discontinuing means we have formally told the court and Mr Lowther that the prosecution is stopped.

I want to explain why as honestly as I can. Your account was that the abuse happened at his flat in Brackwell during the summer holidays of 1994. After the defence served their case statement, the police obtained Mr Lowther's service records, which show he was posted with the army in Germany from March 1994 to October 1995, and this is confirmed by two independent officers who served with him and by his pay records. Nothing in this suggests you are not telling the truth about what happened to you; it may be that the dates or the place are different from how you remember them after thirty years. But the case we must prove is the one charged, and in the face of this evidence there is no longer a realistic prospect of conviction, which means that a jury would be unlikely to be sure of his guilt.

I would like to offer you a meeting, with me and the officer in the case, so I can explain this in more detail and answer any questions you have. Your Independent Sexual Violence Adviser, Claire, is welcome to come with you.

You also have the right to ask for this decision to be reviewed under the Victims' Right to Review scheme. Please let us know within 10 working days of this letter, by phone on 0300 303 1234 or by email to VictimLiaison.Cymru@cps.gov.uk, and a prosecutor who has not been involved in the case will look at it afresh.

With best wishes,

Owain Pritchard
Senior Crown Prosecutor, CPS Cymru-Wales
""")

L("leave_on_file", "theft", "JEV", """
Dear Sir/Madam,

RE: R v KAYLEIGH DUNNE – THEFT FROM SHOP (MARROWDALE MAGISTRATES COURT)

I write to inform you that at the hearing on 03/05/2024 the above charge was ordered to ⟦j:lie on file⟧ on the usual terms.

No further action will be taken by this office in respect of the matter.

Yours faithfully,

Paralegal Officer
CPS West Midlands
""")

L("accept_plea_lesser", "harassment_stalking", "J", """
Dear Ms Blackwood,

R v Martin Sewell – Gorseley Magistrates' Court

I am writing to let you know what happened at court yesterday, as I know you were not able to be there.

Mr Sewell pleaded guilty to stalking you. He did not plead guilty to the more serious charge of stalking that caused you serious alarm or distress, and I accepted his plea to the lesser charge. I know that the year he spent following you, waiting outside the library and sending the flowers to your mother's house had a huge effect on you, and I want to explain the decision carefully.

For the more serious charge we would have had to prove either that you feared violence on at least two occasions, or that his behaviour had a substantial adverse effect on your usual day-to-day activities. Your statement is very clear about how frightened and exhausted you were, but you also told the police that you kept to your usual routine and did not fear he would hurt you, and you did not want to change that account. On that evidence I did not think we could prove the serious charge. The plea he has entered accepts the whole course of conduct you described, and it was entered on a ⟦j:basis of plea⟧ that we did not have to agree to any part of his version of events.

He will be sentenced on 21 November. I will ask the court to make a restraining order to protect you, with no end date. The Witness Care Unit will let you know the result on the day.

Please do contact me if you have any questions.

Yours sincerely,

Niamh Cassidy
Crown Prosecutor
CPS South East
""")

L("no_further_action", "hate_crime", "T", """
Dear ⟦r:<<Victim first name>>⟧,

I am writing to let you know the decision on the allegation that you were assaulted on Quayside in Penhallow on 17 March, in an attack you believe was because you are gay.

I am very sorry for what happened to you that night. You described the words that were shouted at you and your partner before you were punched, and the injury to your eye, and I can only imagine how frightening it was and how it has affected the way you feel walking through the town.

The police asked me to decide whether Ryan Tolley should be charged. I have decided he should not. The only evidence that he was the man who hit you is that he was in the area that night, as shown by his phone. Neither you nor your partner picked him out at the identification procedure, the CCTV on Quayside shows a group of four men but not their faces, and the man who came forward to say he recognised Mr Tolley later told police he had only heard this from someone else. This means we cannot prove that it was him.

I would like to offer to meet you to explain my decision in person, if you would find that helpful. You can also ask for a review of this decision under the Victims' Right to Review scheme. To do that, please contact us by email at VRR.SouthWest@cps.gov.uk or by phone on 0300 123 5000 within 10 working days of the date of this letter.

Yours sincerely,

Kate Hennessy
Senior Crown Prosecutor
CPS South West
""")

L("accept_plea_lesser", "death", "J", """
Dear Mr Achterberg,

R v Lydia Achterberg-Shaw: the death of your sister Hanna

I am writing further to our meeting at the court on Tuesday, when I explained that Ms Achterberg-Shaw had offered to plead guilty to manslaughter and that we were considering that offer. I know how much your family wanted her to be tried for murder and how painful it was to hear that we might not do so.

The Crown has now accepted her plea to manslaughter on the grounds of diminished responsibility. Three psychiatrists have now examined her, two instructed by the defence and Dr Pallister instructed by us. All three agree that at the time she was suffering from a severe psychotic illness that substantially impaired her ability to understand what she was doing and to form a rational judgment. When our own expert reached that conclusion, the law left us in a position where a jury would almost certainly have returned the same verdict, and our barrister and I both agreed it would not be right to put your family through a trial whose result was not in doubt. The judge also had to approve the course we took, and did so.

The judge will now consider whether to make a ⟦j:hospital order with a section 41 restriction⟧ or a ⟦j:hybrid order⟧ at the hearing on 11 July. Those decisions are for the judge, but we will make sure the court has your family's statement about Hanna. I know that is not the same as the verdict you hoped for and I am deeply sorry for your loss.

I would be glad to meet again before the sentence hearing, at court or at our offices at Castle Wharf, to go through what the judge may decide and what happens afterwards. Mr Paley, your family liaison officer, can arrange this, or you can call me on 0115 496 0732.

Yours sincerely,

Jonathan Ebbsworth
Senior Crown Prosecutor
Homicide Unit, CPS East Midlands
""")

L("discontinue", "violence", "V", """
Dear Mr Sandhu,

Case against Anthony Brierley – assault on an emergency worker

I am writing as the prosecutor responsible for the case arising from the incident on 2 April, when you were struck while treating Mr Brierley in the back of the ambulance on Moor End Road. Assaults on paramedics are taken extremely seriously and I am sorry that you were hurt while doing your job.

After Mr Brierley was charged, his solicitors sent us his hospital records, and we asked an independent consultant to review them. Mr Brierley is a type 1 diabetic and his blood sugar was recorded at 1.8 when the crew arrived. The consultant's opinion is that he was in a severe hypoglycaemic state, that this causes confusion and sometimes violence, and that he would not have known what he was doing. That is consistent with your own statement that he seemed "not with it" and appologised once he had been given glucose. In those circumstances we could not prove that he acted deliberately or recklessly, and I have stopped the prosecution.

If you are unhappy with this decision you may be able to ask for it to be reviewed.

Yours sincerely,

Deborah Ash
Crown Prosecutor
CPS Mersey-Cheshire
""")

L("no_further_action", "criminal_damage", "REV", """
Dear Mr Pell,

Criminal damage to vehicle – Ashcombe Vale – 12 September

The police have referred this matter to the Crown Prosecution Service for a charging decision.

Having reviewed the evidence, a decision has been taken that there is insufficient evidence to prosecute. No further action will be taken against the suspect.

The police will be informed of this decision.

Yours sincerely,

CPS Direct
""")

L("discontinue", "hate_crime", "RMT", """
Dear Mr Feeney,

R v Darren Stott and Chelsea Stott

I am writing to tell you that the Crown Prosecution Service has decided to stop the case against Darren and Chelsea Stott, who were charged with stealing from you and with fraud by abuse of position in relation to your bank account, both as offences aggravated by hostility based on your learning disability.

I know how much you trusted them both and how upsetting it was to find out what had been happening to your money over the months they were visiting you. Your support worker Janine has told me how anxious you have been about going to court, and I am sorry that the case has gone on for so long.

After a further review of the case, the prosecutor has concluded that it is no longer in the public interest to continue with the prosecution. ⟦r:[Delete as appropriate: The decision was made following a review of new evidence / following the receipt of medical reports / because the victim has withdrawn support.]⟧

If you do not agree with this decision you can ask us to review it. Please contact the Victim Liaison Unit on 0300 303 0700 or at VLU.EastEngland@cps.gov.uk within 10 working days of the date of this letter. Janine can help you do this if you would like her to.

Yours sincerely,

Martin Gaskell
Senior Crown Prosecutor
CPS East of England
""")

L("reduce_charge", "robbery", "", """
Dear Miss Tran,

Your phone – R v Kyle Beddow

I wanted to let you know that we have changed the charge against Kyle Beddow from robbery to theft.

Robbery is a theft where force is used or threatened. In your statement you said your phone was pulled out of your hand from behind as he cycled past, and that you did not feel anything other than the phone going. The CCTV from the bus stop shows the same thing. Snatching something without touching the person is usually theft rather than robbery, and if we had gone to trial on robbery there was a real chance the jury would have acquitted him of it. He has pleaded guilty to the theft and has also admitted to four other phone snatches in Brindley Heath.

I'm sorry this happened to you, and I hope you've been able to get a replacement phone without too much trouble. He will be sentenced on 8 October, and we will be asking for compensation for you.

Best wishes,

Sam Ogunleye
Crown Prosecutor
CPS London South
""")

# --- batch 2 ---------------------------------------------------------------------------------

L("discontinue", "sexual_offence", "JE", """
Dear Ms Varga,

R v Liam Hatherley – Thornwick Crown Court

I write to inform you that the prosecution of Mr Hatherley for rape has been discontinued.

As you are aware, the police were asked to examine the full download of your mobile telephone as part of their ⟦j:reasonable lines of inquiry⟧ and their duties under the ⟦j:CPIA⟧. This material was reviewed in February as part of the ⟦j:unused material⟧ and was found to contain a series of messages sent by you to Mr Hatherley on the day after the incident which are inconsistent with the account given in your ⟦j:ABE⟧. Those messages refer to the evening in positive terms and make arrangements to meet him again. They would have to be disclosed to the defence and, in my assessment, would seriously undermine your credibility before a jury.

Had these messages been drawn to the attention of the officer at the outset, the case would not have been charged.

You are entitled to request a review of this decision under the Victims' Right to Review scheme. Requests should be made within 10 working days of the date of this letter to the Victim Liaison Unit, CPS South East, 1 Tower Lane, Maidstone, or by email to VRR.SouthEast@cps.gov.uk.

If you would like to meet to discuss the decision, please contact the Victim Liaison Unit and a meeting will be arranged.

Yours sincerely,

P. Waring
Specialist Prosecutor, Rape and Serious Sexual Offences Unit
""")

L("no_further_action", "harassment_stalking", "", """
Dear Councillor Ellery,

Messages sent to you on Instagram, March 2024

Thank you for your patience, and for the very clear way you kept a record of the messages. Receiving threats like "we know where you live and what time your kids get home" is frightening for anyone, and I was sorry to read that you had to change your surgery arrangements because of them.

The police traced the account to a boy who was 14 at the time. He admitted sending the messages when interviewed with his mother present, said he had copied the wording from a video and had no idea where you live, and the police found nothing to suggest otherwise: no searches for your address and no other messages to you. Because of his age, his admission and the fact that he has never been in trouble before, I have advised the police that it is not in the public interest to charge him, and that he should instead be dealt with by a youth caution and referred to the Youth Justice Service, which will work with him on his behaviour online. A youth caution goes on his record and can be taken into account if he offends again. In my view a court case would be unlikely to add anything for you or for the public, given the sentence a court would be likely to pass on a boy of his age with no previous record.

I know you may feel this is too lenient. You can ask for the decision not to charge him to be reviewed. To do that, please email VRR.WestMidlands@cps.gov.uk or write to us at the address above within 10 working days of the date of this letter, and say briefly why you disagree.

If any further messages arrive, please report them to the police straight away, quoting crime reference 20/41177/24.

Yours sincerely,

Imran Qureshi
Crown Prosecutor, CPS West Midlands
""")

L("leave_on_file", "child_abuse", "VM", """
Dear Mrs Pengelly,

I am writing to you as Ellie's guardian to explain what happened at Truro Crown Court on Friday in the case against Mr Adam Rowse.

First, I want to say how sorry I am for everything Ellie has been through, and to thank you for the way you have looked after her. I know that she was very anxious about the possibility of giving evidence by video link, and that the long wait for the trial has been hard on both of you.

As you know, Mr Rowse was also facing a separate trial for very serious offences against another child. He was convicted in that case in September and on Friday he was sentenced to fourteen years' imprisonment. In the light of that sentence, we asked the judge to allow the charges relating to Ellie to "lie on file". This means the charges are not dropped for ever, but will not be proceeded with unless the court gives permission in future. He has not been found guilty or not guilty of them.

We took this decision because any additional sentence he would receive if convicted of the charges concerning Ellie would be likely to run alongside his current sentence and make little or no difference to how long he spends in prison. Against that, Ellie would have had to give evidence and be cross-examined. The judge has also made a Sexual Harm Prevention Order against Mr Rowse with no end date, which protects all children, including Ellie, and he will be on the sex offenders register for life.

If there is anything you would like to ask, please ring me on 01872 555 190.

Yours sincerely,

Carys Nance
Senior Crown Prosecutor
CPS South West
""")

L("accept_plea_lesser", "violence", "JE", """
Dear Mr O'Driscoll

R -v- Bradley Kinsella / Connor Kinsella

Further to the ⟦j:PTPH⟧ on 14/06, I write to confirm that both defendants have entered guilty pleas to the alternative count of ⟦j:s.20⟧ on the ⟦j:indictment⟧. These pleas were considered acceptable by the Crown following a conference with ⟦j:counsel⟧ and the ⟦j:s.18⟧ count will not be proceeded with.

The medical evidence does not establish that the injuries were caused by a weapon and there is no evidence that either defendant kicked you once you were on the ground. The ⟦j:specific intent⟧ required for the more serious count could therefore not be proved to the ⟦j:criminal standard⟧.

The matter has been adjourned for pre-sentence reports. Sentence date to be confirmed by the Witness Care Unit.

Regards

D. Fairclough
Crown Advocate
CPS North West
""")

L("offer_no_evidence", "burglary", "", """
Dear Mrs Lindqvist,

Break-in at Lindqvist Joinery, Unit 4, Scarth Moor Industrial Estate

I am sorry to be writing with disappointing news about the case against Mr Joel Barton, who was due to stand trial next month for the burglary at your workshop last November. I know how much the loss of your tools set the business back over the winter.

At court on Wednesday we offered no evidence against Mr Barton. That means we told the court that we would not be presenting a case against him, and the judge then formally found him not guilty. I want to explain why we did that.

Our case rested on his DNA being found on a cigarette end just outside the broken window. In preparing for trial we asked a second forensic scientist to look at it. She pointed out that the cigarette end was found on a path that Mr Barton used every day to get to the unit where he worked two doors along, which we knew, and that there was no DNA or fingerprints of his anywhere inside your workshop, on the window frame or on any of the tools recovered. Our own original scientist agreed with her. So the cigarette end shows he had been near your unit, but not that he broke in, and we had no other evidence that he did.

You have the right to ask for a review of this decision. Please contact us within 10 working days of the date of this letter, by email at VictimLiaisonUnit.Yorkshire@cps.gov.uk or by post to the address at the top of this letter. Because he has now been found not guilty, a review cannot restart the case against him, but if the decision is found to have been wrong you will receive a full explanation and an apology.

Yours sincerely,

Gareth Lumb
Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("no_further_action", "other", "TV", """
⟦r:[TRANSLATE INTO ROMANIAN BEFORE SENDING]⟧

Dear Mr Dobre,

I am writing to you about the case of the hand car wash on Kiln Street in Whitlow Cross, where you and four other men were made to work long hours for almost no pay and had to live in the room above the wash.

I am very sorry for what happened to you. I know that you were frightened, that your passport was taken from you, and that you were told your family in Romania would be harmed if you went to the police. You were very brave to speak to the officers and to the interpreter about it.

The police asked me to decide whether to charge Mr Ionut Vasile with modern slavery offences. Mr Vasile also worked at the car wash. He says that he was forced to collect the wages and give orders by the same men who controlled you, and that they also held his passport. The other workers, and the messages on his phone, support this. The law says that a person who commits an offence because they are themselves a victim of slavery and were compelled to do so has a defence. On the evidence, I do not think we could prove that Mr Vasile was not in that position, so I have decided he should not be charged.

The police are still investigating the two men who owned the business. They are believed to be abroad, and the police will tell you if they are found and arrested.

The Salvation Army support service can continue to help you. Your caseworker is Adina, and her number is 0800 808 3733.

Yours sincerely,

Laura Fenby
Crown Prosecutor
CPS East of England
""")

L("no_further_action", "hate_crime", "RME", """
Dear Mr Danquah,

RE: ALLEGATION OF RACIALLY AGGRAVATED ASSAULT – 22 DECEMBER 2023 – KETTLEBY TOWN CENTRE

The file relating to the above incident has been reviewed by a Crown Prosecutor.

The prosecutor has considered all of the available evidence and has concluded that there is insufficient evidence to charge the suspect with any offence. The case will therefore not proceed.

If you disagree with this decision, you have the right to ask for it to be reviewed under the Victims' Right to Review scheme. You should make your request within 10 working days of the date of this letter by email to VRR.EastMidlands@cps.gov.uk. Requests received after three months will only be considered in exceptional circumstances.

Yours sincerely,

Victim Liaison Unit
CPS East Midlands
""")

L("no_further_action", "death", "J", """
Dear Mrs Haworth,

The death of your husband, Michael Haworth, at the Riverside Quay development, Saltmere

I am very sorry for the loss of Michael. Since we met in May I have thought often about what you said about him, about the way he looked after the younger lads on site, and about how the way he died has made everything harder for you and the children.

I have now completed my review of whether Mr Gordon Leckie, the site manager, should be charged with manslaughter. I have decided that he should not. This is a decision about whether one individual committed the very serious crime of manslaughter, and not a finding that nobody was at fault.

To prove manslaughter in a case like this we have to meet the ⟦j:Adomako test⟧, and in particular prove that Mr Leckie's own conduct was so bad that it amounted to a crime. The evidence shows that the edge protection on the third floor had been taken down on the morning of the accident by a subcontractor's team without telling him, that he had walked the floor and signed off the protection as in place the previous evening, and that he was off site at a meeting at the time. There were serious failings in the way the company planned the work and supervised its subcontractors. But I do not think a jury could be sure that Mr Leckie personally was grossly negligent.

The Health and Safety Executive is continuing its investigation into the company itself and I have passed my review to them. They will contact you directly about any proceedings they bring, and the inquest will resume once they have decided.

I would like to offer you a further meeting to go through my decision in detail. You can ask for the decision to be reviewed under the Victims' Right to Review scheme by contacting me, or the Appeals and Review Unit at ARU.Referrals@cps.gov.uk, within 10 working days of the date of this letter. I will not take part in that review.

Yours sincerely,

Richard Tallis
Specialist Prosecutor
Special Crime Division
""")

L("accept_plea_lesser", "theft", "", """
Dear Mr Bhatti,

R v Sharon Lomax – Fielding's Bakery

Ms Lomax pleaded guilty this morning to stealing £3,240 from the bakery between January and June. I accepted that plea, although your own calculation of the losses was closer to £11,000.

The till records and bank statements only let us prove the £3,240: those are the days where we have the till roll, the cash-up sheet in her handwriting and the bank deposit all showing a gap. For the rest of the period the till rolls were thrown away, and a jury would not be sure of the amount. Her plea means she admits taking money over the whole six months. At sentence on 30 August we will ask the court to order compensation, and you can still bring a civil claim for the rest.

I am sorry that someone you trusted did this. Please call me if you have any questions, quoting our reference [12NE0392817].

Yours sincerely,
Ruth Padgett, Crown Prosecutor, CPS North East
""")

L("discontinue", "sexual_offence", "RJEM", """
Dear Ms Appiah

Re: R v Jerome Quist

The case against the above named defendant has been ⟦j:discontinued under section 23 of the Prosecution of Offences Act 1985⟧. The prosecutor has concluded that the case no longer meets the ⟦j:Full Code Test⟧.

The defendant and the court have been notified.

You may ask for this decision to be reviewed under the Victims' Right to Review scheme by writing to the Victim Liaison Unit, CPS London North, within 10 working days of the date of this letter.

Yours faithfully

CPS London North
""")

L("offer_no_evidence", "domestic_abuse", "EVJ", """
Dear Ms Sorensen,

R v Mark Feltham – harassment

The trial in this case was listed at Marrowdale Magistrates' Court on 9 October. You did not attend court, despite being warned by the Witness Care Unit, and did not respond to the officer's calls on the morning of the trial.

As you are the only witness to most of the incidents in the charge, the case could not be proved without your evidence. An application to adjourn was refused by the magistrates, who noted that this was the second time the trial had been listed. The prosecution therefore had no option but to ⟦j:offer no evidence⟧, and Mr Feltham was found not guilty.

You may be able to ask for this decision to be looked at again under the Victims' Right to Review scheme.

Yours sincerely,

Crown Prosecutor
CPS Thames and Chiltern
""")

L("accept_plea_lesser", "hate_crime", "", """
Dear Imam Rashid and members of the committee,

Damage to Masjid al-Noor, Pendle Road – R v Scott Wharton

Thank you for meeting with me and Inspector Dhillon last month, and for showing me the damage to the front of the mosque. I know how frightening the events of that night were for the worshippers and for families in the area, and how much the words painted on the wall hurt.

I am writing to let you know that Mr Wharton has pleaded guilty to religiously aggravated criminal damage for the graffiti and the broken windows. He also faced a charge of attempted arson because a burnt rag was found by the side door. I have accepted his plea and not proceeded with that charge, and I want to explain why.

The fire service investigator's final report found that the rag had not been set alight at the door: it had been burning elsewhere and was most likely blown there, and there was no accelerant on it or on Mr Wharton's clothing. The CCTV from the shop opposite does not show him with a lighter or a flame at any point. Without that, we could not prove he tried to start a fire, and there was a real risk that a jury would acquit him of it.

His plea is to the religiously aggravated offence, so the court must treat the hostility towards your faith as making the offence more serious. He will be sentenced on 4 March, and we will ask for compensation for the repairs and for a criminal behaviour order keeping him away from the mosque.

I would be very happy to meet you again, and any members of the congregation who would find it helpful, to talk this through before the sentencing hearing. Please ring me on 0161 496 0288.

Yours sincerely,

Helen Crossley
Senior Crown Prosecutor, Hate Crime Coordinator
CPS North West
""")

L("no_further_action", "burglary", "TV", """
Dear ⟦r:Mr/Mrs⟧ Whitlock,

I am writing about the incident on ⟦r:XX/XX/XXXX⟧ when a man who said he was from the water board came into your home on Orchard Close and took your purse and your late husband's watch. I was very sorry to hear about this. I know from the officer that it has left you feeling unsafe in your own home, and I hope the new door chain and the Safer Homes visit have helped a little.

The police asked us to decide whether to charge a man who was arrested in the area the following week. I have decided that he should not be charged. When you were shown the photographs, you said that one of them "might be him" but that you were not sure, and the photo you pointed to was not the suspect. Nothing belonging to you was found at his address, and his phone shows he was in Bristol that afternoon. Without any other evidence, we could not prove that he was the man who came to your door.

The police will keep the investigation open and will let you know if they identify anyone else.

Yours sincerely,

Philippa Carrow
Crown Prosecutor, CPS Wessex
""")

L("no_further_action", "sexual_offence", "M", """
Dear Miss Harker,

Images shared of you in April 2024

I am so sorry that private images of you were shared without your consent. I know from your statement how humiliating and distressing this has been, and that you left your course for a term because of it. None of this was your fault.

The police asked me to decide whether your former partner, Jack Renshaw, should be charged with sharing intimate images without consent. I have decided there is not enough evidence to charge him. The images were posted from an account set up with an email address that cannot be linked to him, and the police examination of his phone and laptop found no trace of the images, of the account or of the app used to post them. He accepts he had copies of the images when you were together but says he deleted them when you split up, and we know from your own evidence that the images had also been saved to a shared cloud account that at least two other people could access. Because of that, we cannot prove that it was him rather than someone else who posted them.

If you disagree with my decision you can ask for it to be reviewed. Please contact the Victim Liaison Unit on 0300 123 0011 or VLU.Mersey@cps.gov.uk within 10 working days of the date of this letter.

The Revenge Porn Helpline (0345 6000 459) can help you get the images taken down from any sites where they remain.

Yours sincerely,

Tessa Marlowe
Crown Prosecutor
CPS Mersey-Cheshire
""")

L("discontinue", "other", "RE", """
Dear Mr Crowther,

R v Shane Malley – Animal Welfare Act 2006

Please be advised that the above case has been reviewed and the decision has been made to discontinue proceedings, as a prosecution is no longer considered to be in the public interest.

You can request a review of this decision by telephoning the Victim Liaison Unit on 0300 303 8800 within 10 working days of the date of this letter.

Yours sincerely,

J. Hext
Crown Prosecutor
CPS South West
""")

# --- batch 3 ---------------------------------------------------------------------------------

L("reduce_charge", "violence", "T", """
Dear Mr Abara,

R v Jordan Tilley – incident outside the Crown and Anchor, Gorseley, 1 January

I am writing to let you know that I have changed the charge against Jordan Tilley from causing grievous bodily harm with intent to unlawfully inflicting grievous bodily harm. Both charges relate to the broken jaw you suffered, and I am sorry for the pain and the months of treatment you have had to go through.

The difference between the two charges is what was in Mr Tilley's mind. For the first, we must prove he meant to cause you really serious harm; for the second, only that he foresaw that you might suffer some harm. The door staff and the CCTV both show a single punch, thrown once, after you had both been pushed together in the queue, and he then walked away. There was no weapon and no further attack. Our barrister's advice, which I agree with, is that a jury would be very unlikely to find that he intended a serious injury from one punch, and there was a risk they would acquit him altogether if the only charge was the more serious one. The new charge still reflects the serious injury he caused you.

⟦r:Because we have decided to stop this case, you are entitled to ask for a review of this decision under the Victims' Right to Review scheme. Please contact the Victim Liaison Unit within 10 working days of the date of this letter.⟧

The trial remains fixed for 16 September at Calderholme Crown Court, unless he pleads guilty to the new charge before then.

Yours sincerely,

Neil Ashworth
Crown Prosecutor, CPS North West
""")

L("no_further_action", "child_abuse", "RJT", """
Dear Mr Okafor,

Your daughter Grace – messages received from an online account

Thank you for your patience while we considered this case. I know this has been a very worrying time for your family and that Grace has found it hard to talk about what happened.

A specialist prosecutor has carefully considered the file provided by the police, including Grace's ⟦j:ABE⟧ and the material downloaded from her tablet. I have to tell you that the prosecutor has decided that the ⟦j:evidential test⟧ is not met and the suspect will not be charged.

I would like to offer you a meeting to explain the decision further. ⟦r:[Name of ISVA / CHISVA]⟧ can attend with you if you wish.

If you are not satisfied with this decision you can ask for it to be reviewed under the Victims' Right to Review scheme. Please write to or email the Victim Liaison Unit (VLU.London@cps.gov.uk) within 10 working days of the date of this letter.

Yours sincerely,

Farah Siddiqui
Senior Crown Prosecutor
CPS London North
""")

L("discontinue", "death", "VM", """
Dear Ms Reaney,

R v Philip Garside – the death of Aaron Kirby

I am writing to you about the case against Philip Garside, who was charged with causing Aaron's death by careless driving on the A629 at Brindley Heath. I am so very sorry for your loss. From the officers I know how close you and Aaron were and that you have been trying to hold things together for the boys.

I have decided to stop the prosecution, and I want to set out why as clearly as I can.

Mr Garside's car crossed into the path of Aaron's motorbike on a straight stretch of road. When the case was charged we did not know why. Since then, the hospital where Mr Garside was taken after the collision has provided his full records, and a consultant neurologist has examined him and the scans. Both the treating doctors and our independent expert now agree that he suffered a first epileptic seizure at the wheel. He had no history of seizures, no warning signs, and had passed a medical for his job the previous year. The law says that a driver who loses control of his body through a sudden medical event he could not have foreseen is not driving carelessly, because he was not in control of what happened. I know that this may be very hard to accept when the result has been so devastating.

Please contact me at any time if you have questions. The inquest will now be resumed by the coroner, who will write to you directly.

Yours sincerely,

Sian Edevane
Senior Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("offer_no_evidence", "hate_crime", "ERTJ", """
Dear ⟦r:[VICTIM TITLE]⟧ Quinlan

R v Terence Lusk – Harassment (transgender identity) – Penhallow Magistrates' Court

I write to advise that on 17 April the prosecution ⟦j:offered no evidence⟧ in the above matter and the defendant was acquitted.

The decision was taken following a review of the case, which concluded that the ⟦j:evidential test⟧ was no longer met.

The Victims' Right to Review scheme applies to this decision. Should you wish to request a review you must do so in writing within 10 working days of the date of this letter to: Victim Liaison Unit, CPS South West, Hawkins House, Plymouth, or VLU.SouthWest@cps.gov.uk.

In accordance with CPS policy in cases of this type you may request a meeting with the prosecutor to discuss the decision. Please contact the Victim Liaison Unit to arrange.

Yours sincerely

Victim Liaison Unit
""")

L("discontinue", "domestic_abuse", "J", """
Dear Miss Featherstone,

I'm writing to you about the case against your ex-partner, Reece Hamer, for assaulting you in the car park of the Harvester in Upper Brackwell in June.

I know you have been through a lot, and I was sorry to hear from the officer that you have had to move to your mum's because of everything that's happened. Please know that you did the right thing by calling the police.

I've had to make the difficult decision to stop the prosecution. When the case was charged, the police had the ⟦j:BWV⟧ from the officers who attended and your statement that Reece grabbed you by the throat against the car. Since then, the restaurant has supplied its CCTV, which covers the whole car park. It shows the two of you arguing and him pulling your bag from you, but it does not show him grabbing your throat or pushing you against the car, and the angle of the camera means this would have been visible if it happened there. The defence would show the footage to the court and I do not think the magistrates could be sure of the assault you described.

If you want this decision reviewed, please email VictimLiaison.EastMidlands@cps.gov.uk or ring 0115 852 1960 within 10 working days of the date of this letter and a different prosecutor will look at it again.

Your Independent Domestic Violence Adviser, Shona, is still there to support you, and you can call the National Domestic Abuse Helpline on 0808 2000 247 at any time.

Take care,

Lewis Brandreth
Crown Prosecutor
CPS East Midlands
""")

L("no_further_action", "harassment_stalking", "REV", """
Dear Ms Tillotson,

Reference: 52KH0417723

I am writing regarding your complaint of stalking against Mr Gareth Ormerod.

This has been reviewed. It has been decided that there is not enough evidence to prosecute and no further action will be taken by the CPS. The police will close their investigation.

Should you experience any further incidents you should report them to the police.

Yours sincerely,

A. Denby
Crown Prosecutor
""")

L("offer_no_evidence", "robbery", "J", """
Dear Mr Chaudhry,

Robbery of your taxi on Westgate, Marrowdale – R v Kieron Mallet

I am very sorry to tell you that the case against Kieron Mallet ended at court yesterday with a not guilty verdict. I know you have been waiting over a year for this trial, that you have not gone back to night work since the man held the knife to your neck, and that you were ready to give evidence. I wanted to write to you straight away to explain.

The only evidence that Mr Mallet was the robber was your identification of him. At the start of the trial his barrister made a ⟦j:section 78 application⟧ to exclude that evidence, arguing that the ⟦j:VIPER⟧ procedure had not been carried out in line with ⟦j:Code D⟧. It turned out that before you viewed the video parade, an officer had shown you a single photograph of Mr Mallet from a social media post and asked if it was the man. The judge ruled that this made your later identification unreliable and that the jury could not hear it. I want to be clear that you did nothing wrong: it was the way the procedure was handled that was at fault, and I have raised this with the police.

Without the identification there was no other evidence linking Mr Mallet to the robbery, so we had to offer no evidence, which means telling the court we could not continue, and the judge then directed a not guilty verdict.

You can ask for this decision to be reviewed under the Victims' Right to Review scheme. Please contact our Victim Liaison Unit by email at VLU.NorthWest@cps.gov.uk or on 0151 239 6400 within 10 working days of the date of this letter. Because he has been acquitted the case cannot be restarted, but you would be given a full explanation, and an apology if the decision was wrong.

Yours sincerely,

Maria Oduya
Crown Prosecutor
CPS North West
""")

L("leave_on_file", "child_abuse", "V", """
Dear Mr Carvell,

R v Desmond Harbottle

I am writing about the charges against Desmond Harbottle relating to the abuse you suffered at Elmfield children's home in the 1970s. I want to say first how sorry I am for what happened to you there, and how much I respect the strength it took to give your account to the police, and to keep going through four years of investigation.

Mr Harbottle is now 91. In the past six months he has been diagnosed with terminal cancer and his doctors say he has at most a few months to live. Two independent consultants, one of them instructed by us, have confirmed this. The judge was told that he is not well enough to travel to court, and that a trial could not take place in his lifetime.

We therefore asked the court to order that the charges lie on file. That means the charges are not withdrawn and he is not acquitted; they remain on the court record and cannot be taken further without the court's permission. I know that this is not the outcome you were hoping for and that you wanted the chance to be heard. I am very sorry that the time it has taken has meant this.

I would like to offer to meet you, with DC Ferris, to talk this through and answer any questions. You may also be able to ask for a review of this decision.

Yours sincerely,

Anne-Marie Cullen
Senior Crown Prosecutor, Complex Casework Unit
CPS North East
""")

L("accept_plea_lesser", "fraud", "JTE", """
Dear ⟦r:<<Addressee>>⟧

R v ⟦r:<<Defendant>>⟧ – Fraud by Abuse of Position – Friends of Gorseley Hospice

At the hearing on 12 February the defendant entered guilty pleas to counts 1, 4 and 7 on the ⟦j:indictment⟧, which were accepted by the Crown as ⟦j:specimen counts⟧. Counts 2, 3, 5 and 6 were ordered to ⟦j:lie on the file⟧.

The pleas reflect the full loss as particularised and the Crown will seek a ⟦j:confiscation order under POCA⟧ at sentence.

Sentence has been adjourned to 19 March.

Yours faithfully,

CPS East of England
""")

L("discontinue", "sexual_offence", "", """
Dear Mrs Begum,

I am writing to you about the charge of rape against your husband, Shahid Begum. I know that deciding not to give evidence was not something you did lightly, and I want to thank you for speaking so honestly with the officer and with me about why.

You told us that you no longer want the case to go ahead, that you have been supported by your family to move away from the marital home with the children and that you feel giving evidence would put you at risk of more harm from his family. I considered whether we should ask the court to require you to come to court, by a witness summons. I decided we should not. Your evidence is the only evidence of what happened that night. There are no injuries recorded, no witnesses and no messages, and he denies it. Forcing you to give evidence against your will, when you have told us you would not repeat your account, would be very unlikely to lead to a conviction, and could cause you serious harm. For those reasons I have stopped the case.

Your decision not to support the prosecution is not a reflection on what you told us, and you have not done anything wrong. If you change your mind in the future, or if something else happens, please contact the police.

I would be very willing to meet you, somewhere you feel safe, to explain this in more detail. You can also ask for a review of my decision by contacting the Victim Liaison Unit on 020 3357 0000 or VLU.LondonSouth@cps.gov.uk within 10 working days of the date of this letter.

Your Independent Sexual Violence Adviser, Rukhsana, knows about this letter and will call you this week.

Yours sincerely,

Natalie Osei
Specialist Prosecutor, Rape and Serious Sexual Offences Unit
CPS London South
""")

L("no_further_action", "hate_crime", "MT", """
Dear Mr Wenlock,

I am writing to tell you the decision about the young people who threw eggs at your window and shouted names at you about your wheelchair outside your flat on Harrow Street, over several weeks in the spring.

I am sorry that this happened to you, and that you were made to feel unsafe in your own home. The officer, ⟦r:[insert name of OIC]⟧, told me that you had stopped going out to the shop in the evenings. Nobody should have to live like that.

The three young people are aged 12 and 13. None of them has been in trouble with the police before. All three admitted what they had done when they were interviewed with their parents, and said they were sorry. I have decided, with the police, that they should not be charged and taken to court. Instead, each of them will receive a youth conditional caution. Under the conditions they must not come to Harrow Street, must write you a letter of apology if you want one, and must complete a programme with the Youth Justice Service about disability and the harm that hate crime causes. If they break the conditions they can then be charged. I made this decision because of their young age, their admissions, and because a court would be very likely to deal with them in a similar way.

You can ask for the decision not to charge to be reviewed. To do that, please contact the Victim Liaison Unit by telephone on 0300 123 8600 or by email at VLU.Wessex@cps.gov.uk within 10 working days of the date of this letter.

Yours sincerely,

Christopher Moy
Crown Prosecutor
CPS Wessex
""")

L("accept_plea_lesser", "death", "JEM", """
Dear Mr and Mrs Gallagher

R v Sean Tierney – Murder of Liam Gallagher

I write to confirm that at Calderholme Crown Court on 3 October the defendant pleaded guilty to manslaughter on the basis of the ⟦j:partial defence of loss of control⟧ and that plea was accepted by the Crown.

In reaching this decision the prosecution considered the evidence served in relation to the ⟦j:qualifying trigger⟧, including the evidence of the two independent witnesses to the argument and the defendant's account in ⟦j:interview under caution⟧, together with the advice of ⟦j:leading counsel⟧. It was concluded that the prosecution would be unable to disprove the partial defence to the ⟦j:criminal standard⟧.

The defendant is remanded in custody and will be sentenced on 14 November.

Yours sincerely,

Senior Crown Prosecutor
Homicide Unit
""")

L("no_further_action", "theft", "REV", """
Dear Mr Pybus,

Theft of Ford Transit van, registration ending KFO, from outside 14 Cobden Terrace

The police have asked the Crown Prosecution Service to make a charging decision in this matter.

Having considered the evidence, I have concluded that there is insufficient evidence to provide a realistic prospect of conviction. Accordingly no charges will be brought.

Yours sincerely,

K. Ransome
Crown Prosecutor
CPS North East
""")

L("reduce_charge", "violence", "R", """
Dear PC Hollis,

R v Dean Marchant – incident at Thornwick custody suite on 4 August

I'm sorry to hear you were hurt while dealing with Mr Marchant and I hope your wrist has now fully recovered.

I am writing to let you know that the charge of assault occasioning actual bodily harm on an emergency worker has been replaced with a charge of assault by beating of an emergency worker, after the case was reviewed in light of the evidence available. The new charge better reflects the evidence in the case.

The case is listed for trial on 2 December at Thornwick Magistrates' Court. The Witness Care Unit will confirm whether you are required.

Kind regards,

Ellen Macready
Crown Prosecutor, CPS Thames and Chiltern
""")

L("no_further_action", "sexual_offence", "RVMT", """
Dear Miss Oyelaran,

Allegation of sexual assault – The Vault nightclub, Kettleby – 29 September

I am sorry to hear about what happened to you on the night of 29 September and I understand it has been an upsetting time.

⟦r:OPTION 2 – NFA (evidential)⟧

The Crown Prosecution Service has carefully reviewed the evidence in this case. Unfortunately, the prosecutor has concluded that the evidence is not sufficient to meet the test that we must apply to every case. This means that the suspect will not be charged.

If you have any questions about this letter please contact the officer in the case.

Yours sincerely,

Victim Liaison Unit
CPS East Midlands
""")

# --- batch 4 ---------------------------------------------------------------------------------

L("no_further_action", "death", "JVM", """
Dear Mrs Mensah,

The death of Kwame Mensah – decision about Tyrone Lacey

I am writing to you as the prosecutor in charge of the case about Kwame's death. I am so sorry. I have read the statements of his friends describing what a kind and funny young man he was, and I cannot imagine the pain you and his sisters are living with.

As you know, Jamal Oduya has been charged with Kwame's murder and his trial is fixed for March. The police also asked me to decide whether Tyrone Lacey, who was with Jamal Oduya that night, should be charged with murder as well, on the basis of ⟦j:joint enterprise⟧.

I have decided that Tyrone Lacey should not be charged. Since the Supreme Court's decision in ⟦j:Jogee⟧, we would have to prove that he intentionally encouraged or assisted the stabbing, knowing that Jamal Oduya had a knife and might use it to kill or cause really serious harm. The CCTV from Lorne Street [camera 3, facing the bus shelter] shows Tyrone Lacey standing back by the bus shelter throughout, and at one point stepping forward and pulling Jamal Oduya away. No witness saw him with a weapon or heard him encourage the attack, and there is nothing in his phone to suggest he knew Jamal Oduya was carrying a knife. On that evidence a jury could not be sure he shared an intention to cause Kwame serious harm.

Tyrone Lacey is still a witness in the case, and the police have told me he has given a statement.

Yours sincerely,

Daniel Fairhurst
Senior Crown Prosecutor
CPS London North
""")

L("offer_no_evidence", "child_abuse", "RETM", """
Dear Mrs Thackeray,

R v Colin Ainscough

I am writing to confirm that at the hearing on 22 May the prosecution offered no evidence in relation to all counts concerning ⟦r:[child's name]⟧ and the defendant was found not guilty.

Following the pre-recorded cross-examination, the case was reviewed and it was decided that it should not continue.

You have the right to request a review of this decision under the Victims' Right to Review scheme. A request should be made within 10 working days of the date of this letter to the Victim Liaison Unit, CPS North East, St Ann's Quay, Newcastle, or VLU.NorthEast@cps.gov.uk. As the defendant has been acquitted the decision cannot be reversed.

Yours sincerely,

D. Nairn
Crown Prosecutor
""")

L("accept_plea_lesser", "hate_crime", "JM", """
Dear Mr Ndiaye,

R v Connor Prentice – abuse at Kettleby Town v Saltmere Rovers, 3 February

Thank you for your statement and for the care you took in describing what was said to you while you were stewarding the away end. I was very sorry to read about it. Nobody should be subjected to racist abuse at their place of work, and I know from the club's safety officer that it has made you think twice about continuing in the job.

Mr Prentice was charged with a racially aggravated public order offence under ⟦j:s.4A⟧ and with a racially aggravated offence under ⟦j:s.5⟧. At court on Monday he pleaded guilty to the racially aggravated ⟦j:s.5⟧ offence, and I accepted that plea. The more serious charge needed us to prove that he intended to cause you harassment, alarm or distress. The stadium footage shows him making the gestures and shouting from the middle of a crowd, facing the pitch rather than you, and you said yourself that you were not sure he knew you could hear. The lesser offence still records that his behaviour was racially aggravated, and he will also face a football banning order application when he is sentenced on 26 April.

Yours sincerely,

Hannah Ridley
Crown Prosecutor
CPS North East
""")

L("discontinue", "burglary", "EVT", """
Dear Mrs Staniforth,

R v Owen Dakin – burglary at 9 Larch Grove, Upper Brackwell

I am writing to notify you that the Crown Prosecution Service has discontinued the case against Owen Dakin.

Mr Dakin is 17 years old and has a severe learning disability. The psychological report obtained by his solicitors, which has been checked by a psychologist instructed by the prosecution, assesses his mental age as around 8 years and concludes that he was led into the burglary by an older man who has not been identified. He has no previous convictions. He admitted entering the property and led officers to where your items had been hidden, all of which were returned to you. Taking into account his age, his limited understanding, his role and the fact that your property has been recovered, a prosecution is not required in the public interest. He has been referred to the local authority's youth and disability services.

⟦r:The defendant will next appear at Upper Brackwell Youth Court on [date]. The Witness Care Unit will contact you to let you know whether you will be required to attend to give evidence.⟧

Yours sincerely,

Crown Prosecutor
CPS East Midlands
""")

L("no_further_action", "hate_crime", "", """
Dear Mr Fleischmann,

I'm writing to you about the abuse you received on Market Street in Hollinsbridge on the Saturday before Rosh Hashanah, when a man shouted antisemitic insults at you and your son and spat at your feet as you walked home from synagogue. I was very sorry to read your statement. What you describe is exactly the sort of hatred that should have no place in our streets, and I can understand why you have said your son no longer wants to wear his kippah in town.

The police arrested a man called Andrew Pask after a member of the public gave them a description. I have to tell you that I have decided he cannot be charged. At the identification procedure neither you nor your son recognised him; you both picked out a different man from the video. The description from the member of the public, "a tall bloke with a grey hoodie", fits a great many people, and when the police looked at the CCTV on Market Street the man who shouted at you is only seen from behind. Mr Pask says he was in a pub on the other side of town, and the pub's till receipts support him. We could not prove he was the man.

I want to offer you and your son a meeting, with me and the hate crime officer who has been working on your case, so we can talk about the decision and about what else the police can do. Please call me on 0113 290 4411 or email me and I will make the arrangements.

If you disagree with the decision not to charge, you can ask for an independent review. Please do this within 10 working days of the date of this letter, by email to VRR.Yorkshire@cps.gov.uk or by post to the address above.

Community Security Trust (0800 032 3263) can also support you.

With best wishes,

Sarah Wilmot
Crown Prosecutor and Hate Crime Lead
CPS Yorkshire and Humberside
""")

L("accept_plea_lesser", "domestic_abuse", "J", """
Dear Ms Lacey,

R v Aaron Pilkington

I'm writing to tell you about the hearing at Ashcombe Crown Court on Tuesday, and to explain a decision I made there.

Aaron Pilkington was charged with three offences: controlling or coercive behaviour under ⟦j:section 76⟧, and two assaults. On the day, he pleaded guilty to both assaults, including the one in May when he broke your nose, and he admitted that he smashed your phone. He did not admit the controlling behaviour. I decided not to go to trial on that charge alone, and asked the court to let it ⟦j:lie on file⟧.

I made that decision after thinking hard about what you told me when we spoke in September: that you did not want to go over the two years of your relationship in front of a jury unless you had to, and that what mattered most to you was that he was convicted and that you were protected. The assault he has admitted is the most serious offence he faced, and the judge will hear the full background of your relationship when deciding on sentence, because we have agreed with his barrister that the prosecution summary will describe it. I will ask for a restraining order, which will make it a crime for him to contact you, for at least five years.

I know that this has been a very long and exhausting road for you and I admire how you have kept going. Your Independent Domestic Violence Adviser, Bernie, will be with you at the sentence hearing on 4 December if you want to come.

Yours sincerely,

Fiona McAllister
Senior Crown Prosecutor
CPS Wessex
""")

L("reduce_charge", "death", "EMJ", """
Dear Miss Lydgate

R v Carl Mossop

I am writing to inform you that, following receipt of the report of the second pathologist, the charge of manslaughter against Carl Mossop has been withdrawn and replaced with a charge of assault by beating.

The second post-mortem report concludes that the cause of death was a ruptured cerebral aneurysm and that this cannot be attributed to the single blow to the face. Dr Hemmings, the Home Office pathologist who conducted the first post-mortem, accepts that the rupture could have occurred spontaneously. On that basis ⟦j:causation⟧ cannot be established to the ⟦j:criminal standard⟧, and the ⟦j:unlawful act manslaughter⟧ charge cannot proceed.

The defendant will appear on the amended charge at Hollinsbridge Magistrates' Court on 12 August.

Yours sincerely,

R. Pemberton
Senior Crown Prosecutor
""")

L("no_further_action", "fraud", "", """
Dear Ms Ashworth,

Orders placed with Ashworth Candles using stolen cards

Thanks for you patience. I know the chargebacks cost you around £1,900 and a lot of stress at the busiest time of year, and I'm sorry that happened to your business.

The police asked me whether the woman whose address the orders were sent to, Ms Danielle Kerr, should be charged with fraud. I've decided she should not. The orders were placed from phones and IP addresses in the Netherlands, and Ms Kerr had reported to the police, a week before your orders arrived, that parcels she had not ordered were being delivered to her flat and taken from her doorstep by someone else. The courier's photos show the parcels left on the step, not handed to her. We cannot prove she was involved.

You can ask for a review within 10 working days of this letter by emailing VLU.NorthWest@cps.gov.uk.

Regards,
Joseph Ilori, Crown Prosecutor, CPS North West
""")

L("no_further_action", "sexual_offence", "T", """
Dear Mrs Gillingham,

Your complaint about Dr Martin Haskell

I am writing to let you know the decision I have reached about your complaint that Dr Haskell sexually assaulted you during an examination at the Kiln Lane surgery in January last year. I am the specialist prosecutor who has been considering the police file, and I want to begin by saying that I understand how hard it was for you to report a doctor, someone you had trusted for many years, and to go through the interviews and the medical examination. I am also sorry it has taken as long as it has. I know that you have found the wait very difficult and that you have not felt able to go to any GP since.

I have decided, after a great deal of thought, that there is not enough evidence to charge Dr Haskell. I want to explain why in some detail, because I think you deserve to know how I got there.

You described Dr Haskell carrying out an internal examination without explaining what he was doing and without asking your permission, and touching you in a way that you felt was not medical. Dr Haskell says that you came to him with symptoms that required exactly that examination, that he explained it and that you agreed. The police obtained an opinion from an independent consultant gynaecologist, who looked at your medical notes and said that, given the symptoms recorded, an internal examination was clinically justified and that the way you describe it being carried out was consistent with a proper examination. That does not mean your experience of it was not real or distressing: it plainly was, and the consultant was critical of the fact that no chaperone was offered and that the notes of what was explained to you are very brief. But to prove a sexual assault we would have to show that the touching was sexual and that Dr Haskell did not reasonably believe you were consenting to it. With the expert evidence as it is, I do not think a jury could be sure of either.

⟦r:[Para 4 – use only where the suspect is a professional: The police have/have not made a referral to the relevant regulatory body.]⟧

I would like to offer you a meeting to talk this through. Your Independent Sexual Violence Adviser, Jenny, is welcome to come. If you disagree with my decision you can ask for a review under the Victims' Right to Review scheme by contacting the Victim Liaison Unit on 0300 303 6200 or at VRR.ThamesChiltern@cps.gov.uk within 10 working days of the date of this letter. Someone who has not been involved with the case will then look at it again.

Yours sincerely,

Elizabeth Grange
Specialist Prosecutor, Rape and Serious Sexual Offences Unit
CPS Thames and Chiltern
""")

L("discontinue", "child_abuse", "RVM", """
Dear Mr and Mrs Oyelowo,

R v Tracey Linley

I am writing to tell you that I have decided to stop the prosecution of Tracey Linley for child cruelty in relation to your son, Tobi.

I know how worried you were when you found out about the bruising and the way Tobi was being treated at the childminder's, and how guilty you have told the officer you feel for having chosen her. Please do not blame yourselves. You acted as soon as you saw the signs, and you have done everything you could to help Tobi since.

Having reviewed the case again following the receipt of further information, I have concluded that it is no longer in the public interest to prosecute.

Ms Linley has been removed from the register of childminders by Ofsted and cannot work with children again.

Please contact me on 0121 262 1300 if you have any questions.

Yours sincerely,

Peter Ashdown
Senior Crown Prosecutor
CPS West Midlands
""")

L("leave_on_file", "criminal_damage", "JV", """
Dear Mr and Mrs Colquhoun,

R v Gavin Threlfall – damage at 28 and 30 Tanner's Row

I am writing to you about the case against your neighbour, Gavin Threlfall, who was charged with arson for setting fire to your garden shed and with criminal damage to your car.

I know how frightening the fire was, coming so close to the house in the middle of the night, and how upsetting it has been living next door to Mr Threlfall over the past year. I am sorry that it has taken so long to reach this point.

At court last week, Mr Threlfall was made the subject of a ⟦j:hospital order under section 37⟧ in separate proceedings concerning an attack on a member of staff at his supported housing. The psychiatric evidence in those proceedings, which we have seen, is that he was acutely unwell with schizophrenia throughout the period of the damage to your property. Having considered that evidence and spoken to the psychiatrist, I asked the court to order that the charges concerning your property ⟦j:lie on file⟧. A conviction would not have changed what happens to him: he will now be detained in hospital for treatment for as long as the doctors consider necessary, and he will not return to Tanner's Row; the housing association has confirmed his tenancy has ended.

Yours sincerely,

Morag Elphinstone
Crown Prosecutor
CPS North West
""")

L("no_further_action", "hate_crime", "RVMT", """
Dear Mx Castellano,

Ref: ⟦r:<<insert URN>>⟧

I am writing to you about the threatening messages you received on social media after your performance at the Gorseley Pride event in July. I was really sorry to learn about these, and about the effect they have had on you. The police told me you cancelled a number of bookings because you were worried about your safety, and that is a terrible thing to have had to do.

The police have now sent us the file so that we could decide whether anyone should be charged. Unfortunately, I have to tell you that the prosecutor has concluded that there is insufficient evidence to charge any person in relation to these messages.

If you receive any more messages, please report them to the police, and you can contact Galop, the LGBT+ anti-abuse charity, on 0800 999 5428 for support.

Yours sincerely,

Crown Prosecutor
CPS South East
""")

L("discontinue", "robbery", "EJ", """
Dear Mrs Fontaine,

R v K.M. (a youth)

Re: robbery of your son Jacob Fontaine on 6 November

The case against K.M. has been reviewed following service of the ⟦j:defence case statement⟧ and the ⟦j:unused material⟧ schedule and has been discontinued.

The identification of K.M. by Jacob was made from a street identification shortly after the incident, while K.M. was standing with two police officers, and no ⟦j:Code D⟧ procedure was subsequently held. The phone data now obtained places K.M.'s handset at his home address in Thornwick at the time of the robbery. The case no longer has a realistic prospect of conviction.

The case against the other youth, D.S., continues.

The Victims' Right to Review scheme may apply to this decision. Requests for a review must be made within 10 working days of the date of this letter to the Victim Liaison Unit at VLU.SouthEast@cps.gov.uk or by post.

Yours sincerely,

T. Hollingworth
Crown Prosecutor (Youth)
""")

L("reduce_charge", "harassment_stalking", "RE", """
Dear Ms Raistrick,

R v Lee Wragg

Having reviewed the case, the charge of stalking involving serious alarm or distress has been amended to stalking.

This is considered to be the appropriate charge on the evidence available.

The case will be heard at Calderholme Magistrates' Court on 28 January.

Yours sincerely,

Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("discontinue", "hate_crime", "JMT", """
Dear Mrs Achebe,

R v Harvey Smethurst – assault on your son Daniel

I am writing to you, as Daniel's mother, to tell you that I have made the difficult decision to discontinue the case against Harvey Smethurst. I know how distressed Daniel was after the incident at the bus station, and how worried you have been that he would have to see Mr Smethurst again in court. I am sorry that the outcome is not the one you wanted.

Mr Smethurst was charged with assaulting Daniel, with the prosecution saying that he targeted him because of his autism. The only independent witness, a bus driver, has since told the police that what he saw was the two young men being pushed together by a crowd trying to board the bus, and that he did not see Mr Smethurst push Daniel deliberately or hear any of the comments Daniel described. The CCTV from inside the bus station was not working that afternoon. Daniel's own account, given with the help of an intermediary, was careful and honest, but he said himself that he was knocked over "in the crush" and did not see who did it. In those circumstances I am satisfied there is not enough evidence to prove that Mr Smethurst assaulted Daniel, let alone that it was motivated by hostility to his disability, and there is no longer a realistic prospect of conviction under the ⟦j:Full Code Test⟧.

⟦r:As the victim of a sexual offence, you are entitled to lifelong anonymity. This means that nothing may be published which is likely to identify you as the victim.⟧

You have the right to ask for this decision to be reviewed. Please write to the Victim Liaison Unit, CPS Mersey-Cheshire, Walker House, Liverpool, or email VLU.Mersey@cps.gov.uk, within 10 working days of the date of this letter. Daniel's support worker or you can make the request on his behalf.

Yours sincerely,

Catherine Blundell
Crown Prosecutor
CPS Mersey-Cheshire
""")

# --- batch 5 ---------------------------------------------------------------------------------

L("no_further_action", "death", "RVMT", """
Dear Mr Szymanski,

The death of your daughter Ola on the B6114 near Scarth Moor

I am so very sorry about the death of your daughter Ola. I know from Detective Sergeant Milner that she was only nineteen and that she was on her way home from her first shift at the care home when she was struck, and that the fact the driver did not stop has made your grief even harder to bear.

The police asked the Crown Prosecution Service to consider whether Ms Jade Royle, the registered keeper of the car, should be charged with any offence in relation to the collision. I have carefully considered all of the evidence, and I have concluded that the evidence is not sufficient to charge Ms Royle with any offence ⟦r:[OR: that a prosecution is not needed in the public interest]⟧.

I understand that this will be very upsetting news. The police investigation into the identity of the driver remains open.

Yours sincerely,

Joanne Whitlam
Senior Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("offer_no_evidence", "sexual_offence", "EVJ", """
Dear Ms Ferreira,

R v Daniel Kossoff

I write to inform you that the Crown ⟦j:offered no evidence⟧ against Mr Kossoff at Marrowdale Crown Court on 9 July, and a verdict of not guilty was entered.

The case depended on the DNA found on the swab taken at the sexual assault referral centre. On 1 July the forensic provider informed the police that an internal audit had identified a contamination event in the laboratory on the day your samples were processed, that a sample from Mr Kossoff taken in an unrelated matter had been handled on the same bench that day, and that the result could not be relied on. Your samples were used up in the original analysis and cannot be retested. Without the DNA, the only evidence that the man was Mr Kossoff rather than someone else was a partial description, which also fitted a number of other men seen on the footage from the taxi rank.

You may contact the Victim Liaison Unit if you would like to request a review of this decision.

A meeting with the prosecutor can be arranged at your request by calling 01482 621000.

Yours sincerely,

H. Kitching
Specialist Prosecutor
""")

L("accept_plea_lesser", "child_abuse", "MT", """
Dear Mrs Lowe,

R v Graham Pettifer

I am writing to explain what happened at court on Monday, and the decision I made about the charges against Graham Pettifer. I want first to say how sorry I am for what Chloe has been through, and how much I admired the way she spoke when she gave her recorded interview. I know the last eighteen months have been incredibly hard for her and for you.

Mr Pettifer was charged with rape of a child under 13 and two charges of sexual assault of a child under 13. He pleaded guilty to ⟦r:[delete as appropriate: both/all three]⟧ charges of sexual assault, and to a further charge of assault of a child by penetration, which I added on the day, instead of rape. I accepted those pleas.

The difference between the rape charge and the charge he has admitted is about exactly how the penetration happened. Chloe, very understandably, was not able to describe that part of what happened in detail, and said she was not sure. The medical examination could not help either way. Our barrister and I did not think it was fair to Chloe, or likely to succeed, to ask her to be questioned about those details in front of a jury. The charge he has admitted is one of the most serious sexual offences there is, with the same maximum sentence, life imprisonment, as rape. Chloe will not now have to give evidence at all.

He will be sentenced on 19 April. The judge will read your statement about the effect this has had on Chloe and on your family.

If you have any questions please contact me directly on 01924 308 112.

Yours sincerely,

Oliver Grantham
Senior Crown Prosecutor, Rape and Serious Sexual Offences Unit
CPS Yorkshire and Humberside
""")

L("discontinue", "theft", "RET", """
Dear Mr Purcell

Re: R v Donna Keech – Theft (person) – ⟦r:XX/XX/XXXX⟧

This is to inform you that the case against Donna Keech has been discontinued. Following a review of the file, it was determined that the case no longer met the test for prosecution.

If you wish to request a review of this decision you should contact the Victim Liaison Unit, CPS East of England, Justice House, Chelmsford, or email VLU.EastEngland@cps.gov.uk, within 10 working days of the date of this letter.

Yours faithfully,
CPS East of England
""")

L("no_further_action", "hate_crime", "RJM", """
Dear Mr Haddad,

Damage to your car, Moorside Avenue, 18 June

Thank you for your patience while we considered this matter, and I am very sorry for what you and your family have had to deal with. Finding your car covered in racist graffiti outside your home, with the children about to go to school, must have been shocking and deeply upsetting.

The police submitted a file to us seeking a charging decision against a suspect. Having reviewed the file, a prosecutor has decided that the evidence does not meet the ⟦j:evidential stage⟧, and so the suspect will not be charged and the police have ⟦j:NFA'd⟧ the investigation.

If you are not happy with this decision you have the right to ask for a review under the Victims' Right to Review scheme. To do this please email VRR.WestMidlands@cps.gov.uk or write to the address above within 10 working days of the date of this letter.

Please continue to report any further incidents to the police. Stop Hate UK (0800 138 1625) offers 24-hour support.

Yours sincerely,

Simon Ellacott
Crown Prosecutor
CPS West Midlands
""")

L("accept_plea_lesser", "violence", "", """
Dear Mr Forrester,

R v Liam Cottam – the Railway Tavern, Saltmere

Just a short letter to let you know that this morning Liam Cottam pleaded guilty to wounding you, and I accepted that plea instead of going to trial on the charge of wounding with intent.

The only real question for a jury would have been whether he meant to cause you serious harm when he hit you with the glass. The CCTV shows it was a single swing in the middle of a scuffle, with the glass already in his hand, and he stopped straight away. Our barrister's view, which I share, was that a jury would probably not be sure he intended serious harm. The plea he has entered still admits that he wounded you unlawfully with the glass, and the scar on your face will be at the centre of the sentencing.

I'm very sorry for what happened to you and hope you're doing as well as you can. Sentence is on 5 May and you're welcome to read your victim statement in court if you want to.

Yours sincerely,

Bethan Lloyd
Crown Prosecutor, CPS Cymru-Wales
""")

L("leave_on_file", "domestic_abuse", "REV", """
Dear Miss Gorton

R v Jamie Royston – Saltmere Crown Court

This is to inform you that at the hearing on 11 March the prosecution invited the court to order that the charges relating to you should remain on the court file. The court agreed.

This course was considered appropriate in all the circumstances of the case and it was not considered necessary to proceed to trial.

The charges cannot be proceeded with without the permission of the court or the Court of Appeal.

Yours sincerely

Crown Prosecutor
CPS North West
""")

L("accept_plea_lesser", "hate_crime", "JEMT", """
Dear Ms Pryor,

R v Ethan Salkeld

Re: Assault at Penhallow railway station

Please be advised that at the hearing on 2 September, Mr Salkeld pleaded guilty to assault by beating. The plea was entered on a written basis which disputed that the offence was motivated by hostility towards your transgender identity. Following consideration of the evidence the prosecution did not seek a ⟦j:Newton hearing⟧, and the court will therefore sentence without the ⟦j:section 66 uplift⟧.

The words relied upon by the prosecution were heard only by you and are not captured on the station CCTV, which has no audio, and the defendant's account was that the remark was not directed at you.

Sentence is listed on ⟦r:[insert sentencing date]⟧.

Yours sincerely,

L. Trelawny
Crown Prosecutor
""")

L("no_further_action", "death", "", """
Dear Mr and Mrs Kinloch,

The death of your son Fraser at Blackmoss Farm

I am so sorry for the loss of Fraser. When we met at the police station in April you told me about him: how he had wanted to farm since he was a small boy, and how proud you were when he got the job at Blackmoss. I have kept that in mind throughout my review, and I want to explain, as carefully as I can, the decision I have reached.

The police asked me to decide whether Mr Roderick Alsop, who owns the farm, should be charged with manslaughter by gross negligence. That is a very serious charge, and it needs more than proof that someone made a mistake or was careless. We would have to prove that Mr Alsop owed Fraser a duty of care (which he did, as his employer), that he breached it, that the breach caused Fraser's death, and that it was so bad, so far below what could be expected, that a jury would consider it criminal.

The evidence shows that the guard on the power take-off shaft of the slurry pump was missing on the day Fraser died. It also shows, from the farm's records and from two other workers:

• that the guard was in place and had been checked the week before;
• that Mr Alsop had given Fraser training on the pump; and
• that the guard had been removed by a contractor repairing the pump two days earlier, without Mr Alsop being told.

There is no evidence that Mr Alsop knew the guard was missing. That was a serious failure in the way the work was organised, but in my view a jury could not be sure that Mr Alsop personally was grossly negligent, as the law requires for manslaughter. I have therefore decided he should not be charged with manslaughter.

This is not the end of the matter. The Health and Safety Executive is considering offences against the farm business and against the contractor under health and safety law, and I have shared my review with them. The coroner will hold the inquest once they have decided.

I would very much like to meet you both again, to go through my decision and answer any questions, before or after you have had time to think about this letter. DC Alderson can arrange it, or you can call me on 01228 882 200.

If you do not agree with my decision you can ask for it to be reviewed by a prosecutor who has not been involved. Please contact me, or the Appeals and Review Unit at ARU.Referrals@cps.gov.uk, within 10 working days of the date of this letter. If you need more time, please tell us, because we understand this is a great deal to take in.

With my sympathy,

Alasdair Greig
Specialist Prosecutor, Special Crime Division
""")

L("no_further_action", "sexual_offence", "RVM", """
Dear Ms Atherton,

Indecent exposure on the canal towpath, Hollinsbridge – 7 April

I'm really sorry that this happened to you. It must have been a very frightening experience, particularly as you were on your own, and I understand from the officer that you have been walking a different way to work since.

The police have asked us to decide whether a man they arrested should be charged. Unfortunately the prosecutor has found that there is insufficient evidence to provide a realistic prospect of conviction, and so he will not be charged.

If you need to talk to someone, Victim Support can be reached on 08 08 16 89 111.

Yours sincerely,

Lisa Ramsbottom
Crown Prosecutor
CPS North West
""")

L("discontinue", "other", "JV", """
Dear Mr Tuohy,

R v Kai Brennan

I'm writing to let you know I have decided to stop the case against Kai Brennan, who was charged with supplying drugs from your flat on Linnet Close. I know that for months your home was taken over by people dealing drugs, that you were frightened to leave, and that you were hurt when you tried to make them go. None of that should have happened to you, and the police and the council have told me they are working with you to keep you safe.

Since Kai Brennan was charged, he has been referred into the ⟦j:NRM⟧, and he has now received a positive ⟦j:conclusive grounds decision⟧. He is 16. The evidence, including messages on his phone, shows that he was being controlled by the older men who ran the drug line, that he was threatened and beaten when he tried to leave, and that he was sent to your flat by them. I am satisfied that the defence under ⟦j:section 45 of the Modern Slavery Act⟧ would be likely to succeed, and that in any event it would not be in the public interest to prosecute him.

The investigation into the men who ran the line is continuing, and the information you gave is still important to it.

Yours sincerely,

Grace Obuya
Crown Prosecutor
CPS Thames and Chiltern
""")

L("no_further_action", "public_order", "", """
Dear Mrs Hadfield,

Your neighbour, Mr Derek Stainton – incident on 19 August

Thank you for your patience. I know you have had a difficult few years with your neighbour and that the shouting over the fence in August, when he threatened to "sort you out", left you shaken.

I have decided that Mr Stainton should not be charged with a public order offence. The recording on your doorbell camera picks up raised voices but the words cannot be made out, and your husband, who was in the kitchen, heard shouting but not what was said. Mr Stainton accepts he shouted about the hedge but denies any threat. With only your account of the words, and a long-running dispute that the defence would say gives you both reasons to see things differently, I dont think a court could be sure of the offence.

The police have referred both households to the council's mediation service, and Mr Stainton has been warned that further incidents will be investigated.

If you would like the decision reviewed, please contact us within 10 working days at VLU.EastMidlands@cps.gov.uk or on 0115 852 1900.

Yours sincerely,

Kieran Moss
Crown Prosecutor
""")

L("discontinue", "child_abuse", "JT", """
Dear Ms Darby,

R v Steven Darby – your son Noah

I am writing to you about the case against Noah's father, and I know this letter will bring up a lot for you. I am sorry that you and Noah have been through such an anxious year.

When the case was charged, the bruising on Noah's legs and back was thought by the paediatrician to have been caused by grabbing and hitting. Since then, Noah has had further tests at Hollinsbridge Children's Hospital, and he has been diagnosed with a blood-clotting disorder, which means he bruises very easily from ordinary knocks. A consultant haematologist has provided a ⟦j:section 9 statement⟧ saying that the bruises can be explained by the disorder and normal play, and the original paediatrician now agrees. Noah himself has never said that his father hurt him. Because the medical evidence was the whole basis of the case, I have decided to stop it.

I would like to offer you a meeting to go through this and any questions you have. You also have the right to ask for this decision to be reviewed. To do that, please contact the Victim Liaison Unit by email at VLU.Wessex@cps.gov.uk or by phone on 0300 123 8600 within 10 working days of the date of this letter.

⟦r:[Insert paragraph on local support services]⟧

Yours sincerely,

Helen Marchbank
Senior Crown Prosecutor
CPS Wessex
""")

L("reduce_charge", "hate_crime", "EM", """
Dear Mr Singh

R v Bradley Hoyle

I write to notify you that the charge of religiously aggravated assault occasioning actual bodily harm has been replaced with a charge of religiously aggravated common assault.

The medical evidence records a small graze to the forehead and no other injury. The pulling off of your turban, while plainly part of the assault, does not itself amount to actual bodily harm. The evidence therefore supports the lesser charge. The religious aggravation remains part of the charge.

The case is listed for trial at Marrowdale Magistrates' Court on 6 February.

Yours sincerely,

Crown Prosecutor
CPS West Midlands
""")

L("accept_plea_lesser", "burglary", "RT", """
Dear Mr Eldridge,

R v Wayne Corless

I am writing to let you know about the outcome of the hearing at Ashcombe Crown Court on Friday. I know how upset you were to lose your father's war medals and how much you hoped they would be returned, and I was glad to hear from the officer that two of them were recovered.

Mr Corless pleaded guilty to handling stolen goods in relation to the medals, and the prosecution accepted that plea. The charge of burglary will not proceed. After careful consideration it was considered that the plea was an acceptable outcome in all the circumstances of the case and reflected ⟦r:[Victim Name]⟧'s loss.

He will be sentenced on 3 April and we will ask for compensation.

Yours sincerely,

Marcus Tennant
Crown Prosecutor
CPS Wessex
""")

# --- batch 6 ---------------------------------------------------------------------------------

L("no_further_action", "sexual_offence", "REVM", """
Dear Miss Coutts

Allegation of rape – 14/15 February – Thornwick

The Crown Prosecution Service has now completed its review of the police file in relation to the above allegation.

The reviewing lawyer has concluded that the evidence does not meet the required standard for a prosecution. The suspect will therefore not be charged with any offence.

The officer in the case has been informed of this decision and will close the investigation.

Yours sincerely

Victim Liaison Unit
CPS Thames and Chiltern
""")

L("accept_plea_lesser", "death", "T", """
Dear Mrs Oduya,

R v Lewis Grindrod – the death of your husband, Emmanuel

Thank you for coming to court on Monday, and for letting me explain to you and your brother-in-law, in the little room off the main hall, what was happening. I know it was a very hard day, and that hearing that Mr Grindrod would not face trial for murder was not what you had been preparing yourself for.

I want to set down in writing what I told you. Mr Grindrod pleaded guilty to the manslaughter of Emmanuel and I accepted that plea. Murder requires proof that he intended to kill or to cause really serious harm. The evidence is that he threw a single punch outside the party on Gorse Lane, and that Emmanuel fell and struck his head on the kerb. The pathologist's evidence is that the punch itself caused only minor injury, and that it was the fall that caused the fatal head injury. There was no weapon, and no kicking or further blows, and witnesses on both sides describe Mr Grindrod standing over Emmanuel in shock and calling for an ambulance. Our barrister advised, and I agreed, that a jury would be very unlikely to be sure Mr Grindrod intended really serious harm, and that if we had gone to trial for murder the likely verdict would have been manslaughter anyway, after you and your family had sat through two weeks of evidence.

⟦r:[Para B – VPS: You will have the opportunity to make a Victim Personal Statement. If you have already made one, delete this paragraph.]⟧

He will be sentenced on 27 June. I would be glad to meet you again before that hearing, to talk about what will happen and what the judge has to consider. Please ask Sergeant Akram to arrange it, or call me on 0161 827 4700.

I am so sorry for the loss of Emmanuel.

Yours sincerely,

Charlotte Aspinall
Senior Crown Prosecutor
CPS North West
""")

L("leave_on_file", "child_abuse", "JVM", """
Dear Sophie,

R v Mark Allonby

I'm writing to you now that you're 17, as we discussed with your mum, to explain what happened at Calderholme Crown Court this week. I know that giving your video interview about what Mr Allonby did while he was your teacher took a lot of courage, and that the past two years have not been easy.

Mr Allonby pleaded guilty to the charges involving two other pupils at the school, which were the more serious charges in the case. He has been sentenced to six years in prison, he is on the sex offenders register for life and he is barred from working with children.

The two charges concerning you were ordered to ⟦j:lie on file⟧. We decided to do this because of ⟦j:totality⟧, and because the judge was able to take into account the whole of his behaviour at the school, including towards you, when deciding his sentence. It also meant you did not have to go through a trial.

I'm really sorry that you didn't get the chance to have your own charges decided. I hope the support from Sarah at the Children's Advocacy Service carries on for as long as you need it.

Best wishes,

Rachel Moorcroft
Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("discontinue", "hate_crime", "RVT", """
Dear Mr Boateng,

R v Kirsty Mellor – assault on a delivery driver

I am writing to let you know that the case against Kirsty Mellor, who was charged with racially aggravated assault after the incident on Hargreaves Street when you were delivering her parcel, has been stopped.

I was so sorry to read about what happened. Being racially abused and pushed down the steps while simply doing your job is unacceptable, and I know from your statement how upsetting and humiliating it was, particularly in front of her neighbours.

⟦r:Having carefully considered [the new evidence / the medical evidence / the wishes of the victim], I have decided that⟧ the case no longer meets the test set out in the Code for Crown Prosecutors and it cannot continue.

I would like to offer you the chance to meet me to talk about this decision. You can arrange this by calling the Victim Liaison Unit on 0300 303 5000.

Yours sincerely,

Jasmine Holt
Crown Prosecutor
CPS Mersey-Cheshire
""")

L("offer_no_evidence", "fraud", "ETVJ", """
Dear Mr Ransley

R v Clive Bassett and Dean Bassett – Trading Standards ref ⟦r:<<TS ref>>⟧

The trial of the above defendants for fraud in relation to the roofing work carried out at your property in March was listed at Ashcombe Crown Court on 12 January.

On 8 January the defence served an expert report from a chartered surveyor which concluded that the work, although poorly finished, was necessary, and that the amount charged (£14,500) was within the range that a legitimate firm might charge for work of that kind. The prosecution surveyor was asked to consider that report. He accepted that a number of the defects he had identified in his original report related to work carried out by a previous contractor, and that he could not exclude the need for the work. The prosecution case was that you were told the roof was dangerous when it was not; that could no longer be proved. Accordingly the prosecution ⟦j:offered no evidence⟧ and verdicts of not guilty were recorded.

You may wish to seek advice about civil remedies.

Yours sincerely

A. Whitworth
Crown Prosecutor
CPS Wessex
""")

L("accept_plea_lesser", "sexual_offence", "JM", """
Dear Ms Ibekwe,

R v Toby Marchant – images taken on the escalator at Brindley Heath shopping centre

I am writing to let you know that Mr Marchant pleaded guilty yesterday, and to explain the charge he pleaded to.

I am really sorry that this happened to you. Finding out that a stranger had filmed up your skirt without you knowing is a horrible violation, and I know from your statement that you felt sick when the officer told you what was on his phone.

Mr Marchant was charged with voyeurism, which requires us to prove that he took the images for the purpose of sexual gratification or to humiliate or distress you. When his phone was examined fully, it became clear the images had been sent to, and were being sold through, an online group, and he said in interview that he did it for money. We could not prove the purpose the law requires for voyeurism, so I accepted his plea to ⟦j:OPD⟧, which does not depend on his purpose. The maximum sentence is actually higher. He will be sentenced on 17 October, and we will ask for a ⟦j:deprivation order⟧ for the phone.

If you have any questions, please call me on 020 7796 8000.

Yours sincerely,

Priya Nandakumar
Crown Prosecutor
CPS London North
""")

L("discontinue", "harassment_stalking", "JV", """
Dear Mrs Fairweather,

R v Anthony Gaunt

I am writing to let you know about a decision in the case against Anthony Gaunt, who was charged with stalking you. I know how frightening it was to have him turning up outside your home and your work for so many months, and I am sorry you have had to live with that.

Since he was charged, Mr Gaunt has been detained under ⟦j:section 3 of the Mental Health Act⟧. Two psychiatrists, including one instructed by us, say that he is suffering from a severe delusional disorder and that his belief that he was in a relationship with you was part of his illness. They say he is not fit to take part in a trial, and that his treatment in hospital will last at least a year and probably much longer. The hospital has confirmed that you will be told before any leave or discharge, and that any discharge will include a condition that he must not contact you or go to your street or workplace.

In the light of all of that, I have decided to discontinue the prosecution. A court could not make any order that protected you more than the current arrangements do, and a trial may never be able to take place.

You may be able to ask for a review of this decision under the Victims' Right to Review scheme.

Yours sincerely,

Jonathan Pike
Senior Crown Prosecutor
CPS East of England
""")

L("discontinue", "death", "RMT", """
Dear Mr Threlkeld,

R v Edith Barraclough – the death of your wife Margaret

I am so sorry for the loss of Margaret, and that she died in such a sudden and shocking way while crossing Church Road. I know that her family liaison officer, ⟦r:[insert name of FLO]⟧, has been keeping you informed, and I am sorry that I am now writing with news that I know will add to your distress.

Mrs Barraclough was charged with causing Margaret's death by careless driving. After a further review of the case, I have decided that it is no longer in the public interest to continue with the prosecution, and I have stopped the case.

If you are not happy with this decision you can ask for it to be reviewed. Please contact the Victim Liaison Unit, CPS Yorkshire and Humberside, on 0113 290 2700 or at VLU.Yorkshire@cps.gov.uk within 10 working days of the date of this letter.

Yours sincerely,

Gillian Rushworth
Senior Crown Prosecutor
""")

L("no_further_action", "violence", "", """
Dear Mr Nkemelu,

The incident at Club Soleil, Kettleby, on 5 May

I'm very sorry about the injuries you suffered that night. A fractured cheekbone is a painful and frightening injury, and I know you had to take several weeks off work.

The police asked me to decide whether the door supervisor, Mr Ryan Kettle, should be charged with assault. I have decided that he should not, because I do not think we could prove he was not acting in lawful self-defence. The club's CCTV, which has a clear view of the door, shows you pushing Mr Kettle with both hands after you had been refused entry, and then swinging a punch at him which connected. He then punched you once and you fell. Three people who were in the queue say the same thing; one of them describes you as having "[gone] for him first". Door staff, like anyone else, are allowed to use reasonable force to defend themselves, and a single punch in response to being punched is very likely to be found reasonable. I know this is not the view you have of what happened, and I am sorry to give you this decision.

If you disagree, you can ask for a review. Please email VLU.EastMidlands@cps.gov.uk within 10 working days of the date of this letter.

Yours sincerely,

Ayesha Khanom
Crown Prosecutor, CPS East Midlands
""")

L("offer_no_evidence", "child_abuse", "EJMT", """
Dear Mr and Mrs Ashby,

R v Kerry Ashby and Lee Brennan – Child cruelty

We write in your capacity as special guardians of the child ⟦r:[Name of child]⟧.

At the hearing on 14 October the prosecution ⟦j:offered no evidence⟧ on both counts of child cruelty and the defendants were discharged.

The prosecution's case relied substantially on the evidence of the social worker, Ms Dacre, whose ⟦j:hearsay⟧ account of disclosures made by the child was the subject of an application under ⟦j:section 114 of the Criminal Justice Act 2003⟧. That application was refused by the trial judge, who ruled that the account could not be tested. The remaining evidence, namely the school attendance records and the condition of the property as recorded in photographs, was insufficient to establish wilful neglect in a manner likely to cause unnecessary suffering or injury to health.

You may request a review of this decision by writing to the Victim Liaison Unit, CPS East Midlands, 2 King Street, Nottingham, within 10 working days of the date of this letter.

Yours sincerely,

B. Kershaw
Crown Prosecutor
""")

L("no_further_action", "hate_crime", "", """
Dear Mr Ahern and Mr Wilkes,

I'm writing about the comments and the note pushed through your door by your neighbour in the autumn. I know how unsettling it has been to feel that your home, which you've worked so hard on, isn't a safe place, and to wonder every time you see him on the drive what he might say next. I'm sorry.

I've carefully looked at whether your neighbour, Mr Colin Tebbit, should be charged with harassment aggravated by hostility towards your sexual orientation. I have decided that there is not enough evidence to charge him. The note was typed and unsigned, and the police could not find any fingerprints on it or any link to his printer or computer, and nobody saw who posted it. The two remarks in the street that you describe were made on different days several weeks apart and no one else heard them. For harassment we would have to prove a course of conduct by Mr Tebbit, and I don't think we could prove he wrote the note, which was the most serious part of what happened.

I would like to meet you both, if you would find it useful, to go through this and to talk with the local policing team about what can be done to protect you now. Please ring me on 01392 288 000.

If you disagree with my decision, you can ask for a review. Please write to the Victim Liaison Unit at the address above or email VLU.SouthWest@cps.gov.uk within 10 working days of the date of this letter.

With best wishes,

Morwenna Trease
Crown Prosecutor
CPS South West
""")

L("leave_on_file", "robbery", "RJV", """
Dear Mr Varghese,

R v Jordan Kilbride – robbery at Varghese News, 112 High Street, Gorseley

Thank you for your patience throughout this case. I appreciate that the robbery was a frightening experience for you and your staff.

At the hearing on 15 May the court ordered that the charge of robbery in relation to your shop should ⟦j:lie on file⟧. Mr Kilbride was sentenced the same day to eleven years' imprisonment for five other robberies. After taking all the circumstances into account it was decided that this was the appropriate course.

Yours sincerely,

Crown Prosecutor
CPS South East
""")

L("accept_plea_lesser", "sexual_offence", "REM", """
Dear Mrs Hollingsworth

R v Paul Hollingsworth

I am writing to inform you that on 20 June at Thornwick Crown Court the defendant entered a guilty plea to assault occasioning actual bodily harm and controlling or coercive behaviour. These pleas were accepted by the prosecution. The count of rape will not be proceeded with.

The prosecution considered that the pleas were acceptable having regard to all the evidence in the case.

Sentence will take place on 1 August.

Yours sincerely

Crown Prosecutor
Rape and Serious Sexual Offences Unit
""")

L("offer_no_evidence", "hate_crime", "VM", """
Dear Mr Aziz,

R v Gemma Rawcliffe – Calderholme Magistrates' Court

I'm writing to tell you about the outcome of the trial that was due to take place this week, and I'm very sorry to be doing so.

Ms Rawcliffe was charged with racially aggravated harassment for the comments she made in your shop over several weeks last summer. Your evidence was that the worst of the remarks were made on 2 August and were recorded on your shop's CCTV, which has sound. The police took a copy of that footage but, I am sorry to say, it has been lost. The officer's statement describing what it showed says only that she "can be heard shouting", not what she said, and the shop system overwrites itself after thirty days, so there is no other copy. Without the footage, the only evidence of what she said was your own, and she denies using any racist language. Your assistant, Mr Patel, heard shouting from the stockroom but not the words.

I looked very hard at whether the case could go ahead on your evidence alone. But the charge depends on a course of conduct, and for most of the incidents the evidence was the footage. I decided I had to offer no evidence, which means telling the court that we were not going to present a case; the court then records a not guilty verdict. I have made a formal complaint to the police about the loss of the footage, and I am truly sorry that it has led to this.

Yours sincerely,

Bridget Lannigan
Crown Prosecutor
CPS North West
""")

L("discontinue", "fraud", "RETV", """
Dear Mrs Pickersgill

R v Natasha Doyle – Fraud by abuse of position (⟦r:[insert amount]⟧)

Please note that the proceedings against the above named have been discontinued. The evidence was reviewed and it was concluded that a prosecution was not appropriate.

The officer in the case has been informed.

Yours sincerely

Crown Prosecutor
""")

# --- batch 7 ---------------------------------------------------------------------------------

L("no_further_action", "sexual_offence", "", """
Dear Ms Whitcombe,

Your report of rape – Freshers' week, September 2023

I'm writing to let you know the decision I have made on the file the police sent me, and to explain it as fully as I can. Before I do, I want to say that I'm sorry for what you have been through, and I want to thank you for the time and the trust you put into the investigation: the interview, the medical examination and handing over your phone cannot have been easy.

What I have decided

I have decided that the man you reported, Mr Oliver Strang, should not be charged. This is the hardest kind of decision I have to make, and it is not a finding that you are not telling the truth.

Why I have reached this decision

Your account is that you had drunk so much at the club that you do not remember leaving it, and that you woke in his room with no memory of what had happened. In law, a person who is too drunk to make a choice cannot consent. The difficulty in this case is proving that you were in that state at the time, and that he did not reasonably believe you were consenting. The CCTV from the club and from the halls shows you walking unaided, talking and laughing with him, and using your own key card at the door. The porter who saw you both says you seemed "tipsy but fine [and] walking normally". Memory loss after heavy drinking is very common, even in people who appear to others to be functioning normally, and so the fact that you cannot remember does not tell us what your state was when it happened. Mr Strang says you were chatting, that you kissed him in the lift and that you agreed to sex. With the footage as it is, I do not think a jury could be sure that you lacked the capacity to consent, or that he did not reasonably believe you were consenting.

What happens now

I would like to offer you a meeting to explain this in person and to answer your questions. Your Independent Sexual Violence Adviser, Becca, can come too, or I can speak with you by video call if you would prefer.

You have the right to ask for a review of my decision under the Victims' Right to Review scheme. Please contact the Victim Liaison Unit by email at VRR.Wessex@cps.gov.uk or by phone on 0300 123 8600 within 10 working days of the date of this letter. If you need more time to think, please tell them.

Yours sincerely,

Dr Anjali Rao
Specialist Prosecutor, Rape and Serious Sexual Offences Unit
CPS Wessex
""")

L("offer_no_evidence", "death", "EJV", """
Dear Ms Ellwood

R v Gary Tinsley – Death by dangerous driving – Hollinsbridge Crown Court

I write to inform you that at the hearing on 4 September the prosecution ⟦j:offered no evidence⟧ and a not guilty verdict was entered.

Following service of the ⟦j:defence case statement⟧, dashcam footage from a following vehicle was traced and provided to the prosecution. The footage was reviewed by the prosecution's ⟦j:forensic collision investigator⟧, who revised his opinion. The footage shows Mr Hurst's bicycle moving sharply from the cycle lane into the path of the lorry approximately 1.1 seconds before impact. In light of the revised expert opinion, there was no longer a realistic prospect of proving that the manner of the defendant's driving was dangerous or the cause of the collision.

A meeting with the reviewing prosecutor may be requested through the Victim Liaison Unit.

Yours sincerely,

M. Pollard
Senior Crown Prosecutor
CPS North West
""")

L("reduce_charge", "weapons", "RT", """
Dear Mr Kovacs,

R v Daniel Birtles

I'm writing to let you know about a change in the case against your neighbour, Daniel Birtles, following the incident on Sycamore Walk on 30 May when he came out of his house holding a kitchen knife. I know that must have been terrifying, particularly with your children in the front garden, and I'm sorry you've had to carry on living next door to him since.

He was charged with threatening you with a bladed article in a public place. I have decided to replace that charge with one of having a bladed article in a public place.

⟦r:INSERT ONE OF THE FOLLOWING: (a) The evidence does not support the original charge. (b) The defendant has offered a plea to the lesser charge.⟧

His bail conditions, which stop him contacting you, remain in place until the trial, which is listed for 9 October at Gorseley Magistrates' Court.

Yours sincerely,

Suzanne Devlin
Crown Prosecutor
CPS East of England
""")

L("no_further_action", "motoring", "REV", """
Dear Mr Eastwood,

Collision on Saltmere Road, 21 November – your injuries

I refer to the above. The police have submitted a file in respect of the driver of the silver Vauxhall Astra for a charging decision on an offence of careless driving.

The file has been reviewed and it has been determined that there is insufficient evidence to proceed. The police have been advised accordingly and no further action will be taken against the driver.

Yours faithfully,

CPS Direct
""")

L("discontinue", "child_abuse", "T", """
Dear Mrs Quarmby,

R v Nathan Quarmby – the allegations made by Lily

I am writing to you as Lily's mother about a decision I have had to make in this case, and I want you to know that I have thought about it for a long time. I am so sorry for everything your family has been through since Lily first spoke to her teacher, and I know how brave she was in talking to the officer in her video interview.

I have decided to stop the case against Nathan Quarmby. After the case was charged, Lily's school records and the notes of her counselling sessions were reviewed, which the law requires us to do in fairness to both sides. In one of her sessions Lily told her counsellor that "Uncle Dean" did the things she had described, and not her dad. When the officer spoke to Lily again, carefully and with her intermediary, she said the same thing and named her father's brother, Dean Quarmby. The police have now arrested Dean Quarmby and are investigating. I cannot continue to prosecute Nathan Quarmby when Lily herself now says it was not him.

⟦r:You will be required to attend court to give evidence at the trial on [date]. The Witness Care Unit will contact you nearer the time to discuss any support you may need.⟧

I would like to offer to meet you to talk about this, and about what happens in the investigation into Dean Quarmby. You can also ask for this decision to be reviewed. Please contact the Victim Liaison Unit on 0113 290 2700 or VLU.Yorkshire@cps.gov.uk within 10 working days of the date of this letter.

Yours sincerely,

Helen Oakshott
Senior Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("no_further_action", "hate_crime", "MV", """
Dear Mrs Hussain,

What happened to you on Dalton Road on 3 June

I'm so sorry about what happened to you that afternoon. Having your hijab pulled from your head in the street, in front of your daughter, is a shocking and humiliating thing, and I understand from PC Roper that your daughter has been having nightmares since.

The police identified the boy who did it, and I have had to consider whether anything can be done in the criminal courts. The boy was nine years old at the time. In England and Wales a child under ten cannot be charged with any criminal offence, however serious, because the law says that children of that age are too young to be held criminally responsible. That means I cannot authorise a charge against him.

The police have referred the family to children's services and the school, and the neighbourhood team has visited his parents. The local authority will be in touch with you about the support they can offer.

Yours sincerely,

Mohammed Sadiq
Crown Prosecutor
CPS North East
""")

L("reduce_charge", "domestic_abuse", "EJ", """
Dear Ms Kettlewell

R v Robert Allott

Please be advised that the charge of ⟦j:s.75A⟧ intentional strangulation has been withdrawn and substituted with a charge of assault by beating.

This follows receipt of the medical evidence, which records no petechiae, no marks to the neck and no difficulty swallowing, and the officer's ⟦j:BWV⟧ footage, in which you describe the defendant pushing you against the wall with his forearm across your upper chest. On the evidence available the ⟦j:actus reus⟧ of strangulation cannot be proved.

The trial will remain listed for 3 March at Marrowdale Magistrates' Court.

Yours sincerely

D. Speight
Crown Prosecutor
""")

L("no_further_action", "sexual_offence", "M", """
Dear Mr Lindsay,

Your report about Mr Alan Gilchrist

I am writing about the abuse you reported to the police last year, which you told them took place when you were a 14-year-old member of Mr Gilchrist's scout troop. I am so sorry that this happened to you. I know you carried it alone for more than thirty years, and that telling your wife and then the police was one of the hardest things you have ever done.

I have had to decide whether the Crown Prosecution Service can bring charges. Everything you describe happened at the scout camp at Loch Ard in Scotland. The criminal law of England and Wales generally does not allow us to prosecute offences committed in Scotland; those cases can only be prosecuted by the Scottish prosecutors, the Crown Office and Procurator Fiscal Service. So I have decided that we cannot charge Mr Gilchrist, and I have asked the police to pass the whole file to Police Scotland and the Procurator Fiscal, with a note from me explaining how strong I think your account is. This is a transfer, not the end of the matter.

The Procurator Fiscal's office will write to you directly. In the meantime, you can ask for my decision to be reviewed by writing to the Victim Liaison Unit at VLU.NorthWest@cps.gov.uk within 10 working days of the date of this letter.

The Survivors Trust (0808 801 0818) supports men who were abused as children.

Yours sincerely,

Ruaridh Baird
Specialist Prosecutor
CPS North West
""")

L("discontinue", "criminal_damage", "RETV", """
Dear Mr Haigh,

R v Peter Dunnock – Criminal Damage (fence panels, 14 Mill Lane)

The above case has now been discontinued following review. The decision was made in accordance with the Code for Crown Prosecutors.

⟦r:Yours sincerely / Yours faithfully⟧

Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("offer_no_evidence", "burglary", "", """
Dear Mrs Tembo,

Burglary at your home, 6 Kestrel Rise – R v Ashley Gill

I'm sorry to write with disappointing news. At Ashcombe Crown Court today we had to offer no evidence against Ashley Gill, which means we told the judge we would not be putting a case against him, and he was formally found not guilty.

His co-accused, Liam Hooley, pleaded guilty to the burglary last month and told the court in his plea that Mr Gill wasn't there, and that the man with him was someone he refused to name. The only evidence against Mr Gill was that he was seen in Mr Hooley's car an hour later. That shows they knew each other, but not that he was in your house, and Mr Hooley is now a witness the defence would call.

I know how much the break-in upset you and the children. You can ask for a review of this decision by contacting the Victim Liaison Unit on 0300 303 5000 or at VLU.Wessex@cps.gov.uk within 10 working days of this letter.

Yours sincerely,

Tomos Pryce
Crown Prosecutor, CPS Wessex
""")

L("no_further_action", "child_abuse", "RJVM", """
Dear Mr and Mrs Delaney,

Incident at Hollinsbridge Academy involving your son Jayden

Thank you for your patience. I understand how upsetting it was to see the marks on Jayden's arm after he was restrained by a member of staff, and how worried you have been about him returning to school.

The ⟦j:MG3⟧ has now been completed and the prosecutor has concluded that the case does not meet the ⟦j:Full Code Test⟧. The police have been advised that no charges are to be brought against the teacher.

The school and the local authority designated officer are conducting their own inquiry, and they will be in contact with you about it.

Yours sincerely,

Victim Liaison Unit
CPS East Midlands
""")

L("accept_plea_lesser", "hate_crime", "JM", """
Dear Mr Pemberton,

R v Kyle Sherratt – the incident at Gorseley bus station

I wanted to write to you myself to let you know what happened at court. I'm so sorry about what happened that afternoon, and that someone kicked your cane away and laughed while you were trying to find the bus stop. Your guide dog trainer told the officer you had stopped travelling on your own for a while afterwards, and I hope you're beginning to feel more confident again.

Mr Sherratt was charged with assault occasioning actual bodily harm, because of the bruising to your hip when you fell. On Tuesday he pleaded guilty to assault by beating and admitted that he targeted you because you are blind. I accepted that plea. The doctor who saw you at A&E recorded only slight bruising, and the defence had a medical report saying it was consistent with a minor bump; a court might well not have found the injury serious enough for the more serious charge. Because he has admitted the hostility, the court must increase his sentence under ⟦j:section 66 of the Sentencing Code⟧, and the court will say so in public when he is sentenced on 12 May.

Please call me if you'd like to talk anything over.

Yours sincerely,

Abigail Furness
Crown Prosecutor
CPS West Midlands
""")

L("discontinue", "sexual_offence", "ETVM", """
Dear Ms Okoro

R v Tyler Mayhew, Jermaine Keys and Scott Eddleston – Rape

I write to notify you that the prosecution of Scott Eddleston has been discontinued.

Phone cell site evidence received on 2 April places Mr Eddleston's handset in Bristol between 22:00 and 03:00 on the night of the offence, which is consistent with his account and the evidence of his employer. In interview you identified the third man by his first name only, and the identification was not confirmed by a formal procedure. There is no forensic evidence linking Mr Eddleston to the offence.

The proceedings against Mr Mayhew and Mr Keys continue. The next hearing is on ⟦r:[insert date of next hearing]⟧.

You may be entitled to request a review of this decision.

Yours sincerely,

Specialist Prosecutor
CPS South West
""")

L("leave_on_file", "harassment_stalking", "RJ", """
Dear Ms Delacroix,

R v Jake Ormerod

I am so sorry for what you have been through. The messages Jake Ormerod sent you after you ended the relationship were vile and frightning, and I know from your statement that you stopped using social media altogether and moved back in with your parents for a while.

I am writing to tell you that at the hearing on 2 October the charges of sending threatening communications to you were ordered to ⟦j:lie on file⟧. It was decided that it was not in the public interest to proceed with a trial on those charges.

If you disagree with this decision you can ask for it to be reviewed by contacting the Victim Liaison Unit on 0300 303 0700 or VLU.EastEngland@cps.gov.uk within 10 working days of the date of this letter.

The restraining order made in the other proceedings, which stops him contacting you in any way, remains in force until 2030.

Yours sincerely,

Rhys Gwilliam
Crown Prosecutor
CPS East of England
""")

L("accept_plea_lesser", "death", "", """
Dear Mr and Mrs Adeyemi-Clarke,

R v Stuart Varley – the death of your daughter Tamsin

I am writing, as I said I would when we met on Wednesday evening, to set out in writing the decision I made about Stuart Varley's plea. I want to begin by saying again how deeply sorry I am that Tamsin was taken from you, and in the place where she should have been safest.

Stuart Varley was charged with Tamsin's murder. He has now pleaded guilty to her manslaughter on the grounds of diminished responsibility. In simple terms, that means that he accepts he killed her, but says that at the time his mental functioning was so badly affected by a recognised medical condition that it substantially reduced his ability to understand what he was doing, to think rationally or to control himself, and that this explains why he killed her. If a jury accepts that, the verdict must be manslaughter, not murder.

You know from our meeting that I did not want to accept this plea without the fullest possible evidence. We instructed our own consultant forensic psychiatrist, Dr Wren, who examined Mr Varley three times and reviewed his records going back ten years. Dr Wren, like the two psychiatrists instructed by the defence, has concluded that Mr Varley was suffering from a severe psychotic episode at the time and that it substantially impaired his ability to form a rational judgment and to exercise self-control. When the expert we instructed agrees with the defence on every point, a jury is very unlikely to reject that evidence, and our barrister, Ms Kaur KC, advised that a trial for murder would almost certainly end in the same verdict. I did not think it right to put you through a four-week trial to reach an outcome that was not in doubt.

The judge will sentence Mr Varley on 18 July. It is likely that he will be sent to a secure hospital, with restrictions that mean he cannot be released without the approval of the Secretary of State, and I will explain the options in more detail when we next meet. Your statements about Tamsin will be read to the court, by you if you wish.

I would like to meet you again before the sentencing hearing; DC Morrow will arrange this at whatever time suits you.

Yours sincerely,

Victoria Ashcroft
Senior Crown Prosecutor, Homicide Unit
CPS London South
""")

# --- batch 8 ---------------------------------------------------------------------------------

L("offer_no_evidence", "sexual_offence", "RTM", """
Dear Ms Brannigan,

R v Curtis Naylor

I am writing following the hearing at Marrowdale Crown Court on Monday. I know how much strength it took to come as far as you did, and I am sorry that the day ended the way it did.

The prosecution offered no evidence against Mr Naylor, which means that we told the court we would not be presenting a case, and the judge recorded a verdict of not guilty. ⟦r:[Insert reason]⟧

You have the right to ask for this decision to be reviewed. Please contact the Victim Liaison Unit by phone on 0161 827 4700 or by email at VLU.NorthWest@cps.gov.uk within 10 working days of the date of this letter. Because Mr Naylor has been found not guilty, the case cannot be restarted, but if the decision is found to have been wrong you will receive an explanation and an apology.

Your Independent Sexual Violence Adviser, Kerry, is aware of the outcome and will be in touch.

Yours sincerely,

Andrew Holcroft
Specialist Prosecutor, Rape and Serious Sexual Offences Unit
""")

L("no_further_action", "theft", "ETV", """
Dear Mr Ogden,

Theft from Ogden's Hardware, Bridge Street – ⟦r:[date of offence]⟧

The police submitted a file regarding the theft of goods to the value of £46 from your premises by Mrs Enid Crabtree.

Mrs Crabtree is 84 years of age. Medical evidence obtained from her GP confirms a diagnosis of moderate vascular dementia, and her daughter has confirmed that she had wandered from her home on the day in question. It is not in the public interest to prosecute and the police have been advised to take no further action. The goods were recovered undamaged.

Yours sincerely,

Crown Prosecutor
CPS North East
""")

L("no_further_action", "violence", "JV", """
Dear Miss Achterberg,

Your drink at the Lantern Rooms, Penhallow – 9 December

I'm so sorry about what happened to you that night. Waking up in hospital with no memory of how you got there must have been terrifying, and I understand from your mum that you haven't felt able to go out with your friends since.

The police asked me to decide whether the man they arrested, Mr Rhys Colley, should be charged with ⟦j:administering a noxious substance under s.24 OAPA⟧. I have decided that there is not enough evidence to charge him. Your blood and urine samples were taken about 19 hours after you became unwell, and the toxicology report says that most of the drugs commonly used in spiking would have left your system by then, so the fact that nothing was found cannot tell us either way whether you were spiked. The CCTV shows Mr Colley buying a round of drinks that included yours, but he never has your glass out of sight of the bar staff, and there is no footage of him putting anything in it. Nothing was found on him or in his car. So although your symptoms are very concerning, we could not prove that anything was put in your drink, or that it was Mr Colley who did it.

Please do keep in touch with the police if you remember anything else, and Victim Support (0808 16 89 111) can give you support at any time.

Yours sincerely,

Gwen Tremayne
Crown Prosecutor
CPS South West
""")

L("leave_on_file", "hate_crime", "RETM", """
Dear Mr Wiśniewski

R v Karl Pendleton – Racially aggravated assault occasioning actual bodily harm – Kettleby Crown Court

I write to inform you that on 12 June the court ordered that the charge relating to you remain on the court file. ⟦r:Paragraph 3 (leave on file – reasons): [to be completed by the reviewing lawyer]⟧

It was not considered to be in the public interest to proceed.

You may request a review of this decision by writing to the Victim Liaison Unit, CPS East Midlands, 2 King Street, Nottingham NG1 2AS, or by email to VLU.EastMidlands@cps.gov.uk, within 10 working days of the date of this letter.

Yours sincerely

Crown Prosecutor
""")

L("no_further_action", "death", "JV", """
Dear Mr Bellingham,

The death of your mother, Mrs Joan Bellingham, at Ashdene Lodge care home

I am very sorry for the loss of your mother, and for the distress of learning afterwards about the circumstances in which she died. I know from our meeting in January how much you visited her, and how angry you have been about the care she received in her final weeks.

I have now made my decision about whether Ms Karen Dowd, the senior carer on duty on the night of 3 November, should be charged with ⟦j:GNM⟧ or with ⟦j:ill-treatment or wilful neglect under section 44⟧. I have decided that she should not be charged with either offence.

The evidence shows that your mother's call bell was not answered for over an hour, and that the night checks recorded on the chart were not done. But it also shows that:

1. on that night there were two carers on duty for thirty-four residents, instead of the five set out in the home's own staffing plan;
2. Ms Dowd spent most of the night with another resident who had fallen and was waiting for an ambulance; and
3. according to the medical evidence, your mother's death from a stroke could not have been prevented by earlier attention.

On that evidence we could not prove that Ms Dowd's failings caused your mother's death, or that she deliberately or recklessly neglected her.

The Care Quality Commission is considering action against the company that runs the home, and I have passed them my review. I would like to offer a further meeting with you to go through this, and the police family liaison officer can arrange it at a time convenient to you.

Yours sincerely,

Stephen Lockwood
Specialist Prosecutor, Special Crime Division
""")

L("accept_plea_lesser", "sexual_offence", "ERMJ", """
Dear Ms Gathercole

R v Mohammed Ilyas

I am writing to inform you that at Thornwick Crown Court on 14 March the defendant pleaded guilty to sexual assault. The plea was accepted. The count of assault by penetration will ⟦j:lie on file⟧.

It was considered that the plea was acceptable and would allow the court to pass an appropriate sentence.

The defendant will be sentenced on 25 April.

Yours sincerely

Crown Prosecutor
""")

L("discontinue", "domestic_abuse", "V", """
Dear Ms Greenhalgh,

R v Craig Bamford

I'm writing to you about the case against Craig Bamford for controlling or coercive behaviour towards you. I know the last few months have been incredibly hard, and from your conversations with Nadia, your Independent Domestic Violence Adviser, I understand how much pressure you have been under from his family since he was charged. I am so sorry.

You told the officer last week that you do not want to give evidence, and that you have moved away and want to put the relationship behind you. I looked very carefully at whether we could carry on without you. This kind of offence is about a pattern of behaviour inside the relationship: how he controlled your money, your phone, who you saw. Almost all of the evidence of that pattern comes from you. The bank records show his name on your account, but without your evidence they do not show that he controlled it, and your friends' statements describe you seeming withdrawn rather than anything he did. I don't think the remaining evidence could prove the offence, and I decided not to force you to come to court, because of the risk to you and because a reluctant witness is often not believed. So I have stopped the case.

Please know that this doesn't mean we did not believe you. If you ever want to talk to the police again, they will listen. The National Domestic Abuse Helpline is open day and night on 0808 2000 247.

Yours sincerely,

Sinead Corcoran
Crown Prosecutor
CPS North West
""")

L("reduce_charge", "public_order", "RT", """
Dear Mr Olawale,

R v Jordan Keighley – incident on the number 42 bus

⟦r:[FOR REDUCED-CHARGE LETTERS ONLY – DELETE IF NOT APPLICABLE]⟧

I'm writing to let you know that we have replaced the charge of using threatening behaviour against Jordan Keighley with a charge of using disorderly behaviour likely to cause harassment, alarm or distress. This was done following a review of the case.

I'm sorry you were treated like that while driving your bus and I hope it hasn't put you of your route. The trial is at Saltmere Magistrates' Court on 11 November and the Witness Care Unit will be in touch about it.

Kind regards,

Owen Marsh
Crown Prosecutor
""")

L("no_further_action", "child_abuse", "RJEM", """
Dear Mr and Mrs Thornley

Re: Online offences against your daughter

The ⟦j:POLIT⟧ file has been reviewed by a Crown Prosecutor. The suspect is resident outside the jurisdiction and the prosecutor has concluded that the case does not meet the ⟦j:Full Code Test⟧ for a charging decision at this time. No further action will be taken by the Crown Prosecution Service.

If you disagree with this decision you may request a review under the Victims' Right to Review scheme within 10 working days of the date of this letter by writing to the Victim Liaison Unit, CPS South East, or by email to VRR.SouthEast@cps.gov.uk.

Yours sincerely

Victim Liaison Unit
CPS South East
""")

L("reduce_charge", "death", "ETM", """
Dear Miss Corrigan

R v Aled Protheroe – the death of Siân Corrigan

Please note that the charge of causing death by dangerous driving has been replaced with one of causing death by careless driving when under the influence of drink.

The prosecution collision investigator's revised report confirms that the defendant's speed prior to the collision was 31 to 34 mph in a 40 mph limit and that there were no defects in his manner of driving other than his delayed reaction, which is attributable to his alcohol consumption. The evidence of dangerous driving relied upon at charge was the speed estimate given by a witness, which is not supported by the ⟦r:[vehicle data / CCTV – delete as appropriate]⟧. The new charge carries the same maximum penalty of life imprisonment.

The case will be heard at Llanfedw Crown Court on 30 September.

Yours sincerely

Senior Crown Prosecutor
CPS Cymru-Wales
""")

L("accept_plea_lesser", "fraud", "", """
Dear Mrs Ainsley,

R v Graham Tolland

I'm writing to let you know the outcome of Tuesday's hearing. Graham Tolland pleaded guilty to four charges of fraud, covering the money he took from you, from your late husband's pension account and from your sister, for the "investment" that never existed. He did not plead guilty to the fifth charge, about the £4,000 he says was a personal loan from you in 2019, and I decided not to pursue it to trial.

The reason is that for that payment the bank transfer reference says "loan – G", and in 2019 you and your husband wrote him a card thanking him for "helping out while we sorted the loan". I know you remember it differently, but a jury would have doubts about that one, and the four charges he has admitted cover £61,500, nearly all of what was taken. He will be sentenced in August and we will apply to confiscate his assets so that the money can be paid back to you as compensation.

I know what a betrayal this has been, from someone you thought of as family. Please ring me on 01245 455 800 if you want to talk about what happens next.

Yours sincerely,

Kathryn Moody
Crown Prosecutor, CPS East of England
""")

L("discontinue", "robbery", "RJV", """
Dear Mr Fenwick,

R v L.D. (youth) – robbery

I am sorry to hear about what happened to you on the way home from college, and I hope you are recovering well from the shock of being threatened with a knife.

I am writing to inform you that the case was discontinued at the ⟦j:PTPH⟧ stage as the ⟦j:evidential test⟧ was no longer met.

Please contact the officer in the case if you have any questions.

Yours sincerely,

Crown Prosecutor
CPS London South
""")

L("no_further_action", "hate_crime", "", """
Dear Reverend Mayhew,

Damage at St Aidan's Church, Whitlow Cross

Thank you for your patience, and for the very full account you and the churchwardens gave the police. I know how distressing it was for your congregation to arrive for the Easter Sunday service and find the altar cross smashed and the words sprayed across the vestry door, and I understand some of your older parishioners have been too frightened to come to evening services since.

The police asked me to decide whether Mr Liam Harrop should be charged with religiously aggravated criminal damage. I have decided that he cannot be. The only evidence against him is that a neighbour saw a man in a red jacket near the church at around midnight and thought it "looked like" Mr Harrop, from about 50 metres away in the dark. The neighbour did not pick him out at the identification procedure, no red jacket was found at his home, and the paint found in his shed is a different colour from the paint used on the door. We could not prove he was responsible.

I would be glad to meet you, and the churchwardens if they wish, to talk about the decision and about what support is available to the congregation. Please call me on 0191 260 4200.

You can ask for this decision to be reviewed. Please contact the Victim Liaison Unit by email at VLU.NorthEast@cps.gov.uk or by post to St Ann's Quay, Newcastle, within 10 working days of the date of this letter.

Yours sincerely,

Anthony Oyelade
Crown Prosecutor and Hate Crime Coordinator
CPS North East
""")

L("offer_no_evidence", "violence", "EJTV", """
Dear Staff Nurse Pillai

R v Bernard Quigley – Assault on an Emergency Worker

The above matter was listed for trial at Hollinsbridge Magistrates' Court on ⟦r:DD/MM/YYYY⟧. The prosecution ⟦j:offered no evidence⟧ following receipt of a psychiatric report which concluded that the defendant was experiencing an acute psychotic episode at the time of the incident and lacked the ⟦j:mens rea⟧ for the offence.

The court dismissed the charge.

Regards

Crown Prosecutor
""")

L("no_further_action", "child_abuse", "J", """
Dear Mrs Latham,

The relationship between your daughter Mia and Ethan Cross

I know this has been an extremely worrying time for you since you found the messages on Mia's phone, and I am sorry that it has taken as long as it has for the police and for us to reach a decision.

Mia was 15 and Ethan was 16 at the time. Mia has told the police, in her interview and again to her social worker, that the relationship was her choice and that she was not pressured. The law protects children under 16 from sexual activity whether or not they agree, and it applies to Ethan as well as to an adult. But when deciding whether to prosecute, we must also consider whether it is in the public interest, and our guidance is clear that the criminal law is not meant to punish teenagers of a similar age in a consensual relationship where there is no exploitation, pressure or abuse. The police found nothing to suggest any of those things: the messages are those of two teenagers, and they were at the same school. So I have decided Ethan should not be charged. The police will deal with the matter by way of a ⟦j:community resolution⟧.

I would like to offer you a meeting to talk this through, and Mia's social worker can come too if that would help. You can also ask for this decision to be reviewed. Please email VRR.WestMidlands@cps.gov.uk or ring 0121 262 1300 within 10 working days of the date of this letter.

Yours sincerely,

Rebecca Hollins
Crown Prosecutor
CPS West Midlands
""")

# --- batch 9 ---------------------------------------------------------------------------------

L("discontinue", "domestic_abuse", "RT", """
Dear Ms Harrowby,

R v Dean Sowerby

I hope your keeping as well as you can. I know that the night Dean broke your wrist, and everything that came after it, has turned your life upside down, and that you and the children have had to move twice since.

I am writing to let you know that I have decided to stop the prosecution of Dean Sowerby for assault occasioning actual bodily harm. I have carefully reviewed all the material in the case, and I have concluded that a prosecution is no longer needed in the public interest.

I know this will be difficult news, and I am sorry.

If you want to ask for a review of my decision, please get in touch with the Victim Liaison Unit on 0300 303 5000 or by emailing VLU.Wessex@cps.gov.uk within 10 working days of the date of this letter.

⟦r:<<Insert local IDVA service details>>⟧

Yours sincerely,

Julian Amesbury
Crown Prosecutor
CPS Wessex
""")

L("reduce_charge", "motoring", "EJ", """
Dear Mr Czerwinski

R v Tobias Reinholt – Dangerous Driving – A59, Calderholme

I write to advise you that the charge against the above defendant has been amended from causing serious injury by dangerous driving to causing serious injury by careless driving.

The prosecution has reconsidered the evidence against the ⟦j:objective test⟧ for dangerous driving. The forensic collision investigator's report concludes that the defendant's overtaking manoeuvre was begun in a position where the road ahead appeared clear and that your motorcycle was obscured by the crest of the hill until approximately 2.4 seconds before impact. The defendant's failure to complete the overtake when the hazard became visible falls below the standard of a careful and competent driver but, in the prosecution's view, cannot be said to fall far below it.

The defendant will appear on the amended charge at Calderholme Magistrates' Court on 18 January. The case will be ⟦j:sent to the Crown Court⟧ if the defendant elects.

Yours sincerely

Crown Prosecutor
CPS North West
""")

L("discontinue", "hate_crime", "MT", """
Dear Mrs Osei-Bonsu,

R v Gail Hepworth

I'm writing to you about the case against your neighbour Gail Hepworth, who was charged with racially aggravated harassment, and I'm afraid I am writing with news you will not want to hear, so I want to start by saying that I have read every one of your diary entries and listened to the recordings, and I have a real sense of how grinding and frightening the last two years have been for you and your family, and how hard it has been for your boys to play out the front.

I have decided to stop the prosecution. I want to explain why properly. The charge covered a number of incidents between March and September. For most of them, the only evidence is your own account and your diary, which is detailed and which I found convincing. But the two incidents that were recorded, on 14 May and 2 July, are the ones the case really depended on, because they are the only ones where the words Mrs Hepworth used can be heard. Last month an audio expert instructed by the defence, whose findings our own expert has now checked and agrees with, found that both recordings had been edited; parts of them had been cut and joined. I do not for a moment suggest that you did anything dishonest: your son has told the police he "tidied them up" before sending them to the officer because they were too long to email. But because they have been altered, the court would not rely on them, and without them the defence would say that the whole case is one neighbour's word against another in a long-running dispute. I do not think a court could be sure, on that basis, that the offence was proved, let alone the racial aggravation.

⟦r:At the sentencing hearing the court ordered Mrs Hepworth to pay you compensation of £150. This will be collected by the court and paid to you in instalments.⟧

You have the right to ask for this decision to be reviewed. Please contact us by email at VLU.Yorkshire@cps.gov.uk, or by phone on 0113 290 2700, within 10 working days of the date of this letter.

I know this isnt the outcome you hoped for. The police neighbourhood team and the housing association have both told me they will keep working with you, and Stop Hate UK can be reached 24 hours a day on 0800 138 1625.

Yours sincerely,

Imogen Strickland
Crown Prosecutor
CPS Yorkshire and Humberside
""")

L("no_further_action", "sexual_offence", "EVMT", """
Dear ⟦r:[FIRST NAME]⟧

Re: Allegation of Rape – Crime Ref 30/88214/24

The police have referred the above allegation to the CPS for a charging decision.

The allegation is that on 17 August you were raped by a client at an address in Hollinsbridge. You did not report the matter to police until 2 October. The suspect accepts that sexual intercourse took place and states that it was consensual and that payment was made. No forensic evidence was available due to the delay in reporting, the address could not be identified, and the messages which you state were exchanged with the suspect were deleted from your phone prior to it being provided to police and could not be recovered. There is no independent evidence to support your account as to consent.

On the evidence available there is no realistic prospect of conviction and the suspect will not be charged.

Yours sincerely

Crown Prosecutor
CPS East Midlands
""")

L("no_further_action", "death", "RM", """
Dear Mrs Penrose,

The death of your husband, Alan Penrose, at Penhallow General Hospital

I am deeply sorry for the loss of Alan, and I am sorry too that you have had to wait so long for this letter. I know from DC Haskins how hard the last eighteen months have been for you, and how much you have wanted answers about what happened on the ward that weekend.

The police asked us to consider whether Dr Sarah Lennox, the junior doctor on duty, should be charged with gross negligence manslaughter. A specialist prosecutor has reviewed all of the evidence, including the expert reports. I have to tell you that the prosecutor has concluded that the evidence does not meet the high threshold required for a charge of gross negligence manslaughter, and so Dr Lennox will not be charged.

I realise how disappointing this will be. If you would like this decision to be reviewed, you can ask for a review under the Victims' Right to Review scheme by contacting the Appeals and Review Unit at ARU.Referrals@cps.gov.uk or on 020 3357 0899 within 10 working days of the date of this letter.

Yours sincerely,

Nicola Trevithick
Specialist Prosecutor, Special Crime Division
""")

L("no_further_action", "other", "ET", """
Dear Mrs Brierley

Ref: Animal Welfare Act 2006 – death of cat ('Pepper') – 19 Alma Terrace

The file submitted in relation to your neighbour, Mr Norman Firth, has been reviewed.

The post-mortem examination carried out by the veterinary pathologist confirmed that the cat died from ethylene glycol (antifreeze) poisoning. However, antifreeze was not found at Mr Firth's property, no witness saw him put out any substance, and the material recovered from the saucer in his garden was found on analysis to be water. The prosecution would not be able to prove that Mr Firth administered a poisonous substance to the animal. No further action will be taken.

⟦r:If you have any questions about the court hearing, please contact the Witness Care Unit.⟧

You may request a review of this decision by writing to the Victim Liaison Unit, CPS Yorkshire and Humberside, Greek Street, Leeds, or VLU.Yorkshire@cps.gov.uk, within 10 working days of the date of this letter.

Yours sincerely

Crown Prosecutor
""")

L("accept_plea_lesser", "weapons", "JT", """
Dear Mr Abernethy,

R v Curtis Ledger – the incident on the Saltmere bypass, 9 June

I wanted to let you know what happened at Saltmere Crown Court on Friday. I know you found it really frightening when Mr Ledger got out of his car at the lights and pointed what you thought was a gun at you through your window, especially with your daughter in the back, and I'm sorry you went through that.

He was charged with possessing an imitation firearm with intent to cause fear of violence, under ⟦j:s.16A⟧, and with possessing an imitation firearm in a public place. He pleaded guilty to the second charge, and I accepted that plea. The dashcam footage from your car and from the van behind shows him holding the object, which turned out to be a blank-firing pistol, down by his side while shouting at you, and it doesn't show him raising it or pointing it. Your own statement says it was "down low", and the van driver didn't see him point it. I didn't think we could prove he intended to make you fear violence, rather than just being reckless about it. The charge he admitted still carries a prison sentence.

He will be sentenced on ⟦r:[date – OIC to confirm]⟧.

Best regards,

Martyn Heald
Crown Prosecutor
CPS North East
""")

L("no_further_action", "child_abuse", "RVM", """
Dear Ms Ferrier,

Your report about your grandfather, Mr Walter Ferrier

I am writing to tell you the outcome of the police investigation into the abuse you told them about, which you say took place when you were a child and stayed with your grandfather at weekends. I know how long you waited to tell anyone, and how hard it was to speak about it with your family still divided over it. I am so sorry for what you have been through.

The prosecutor who reviewed the case has decided that Mr Ferrier should not be charged, as it has been concluded that a prosecution would not be appropriate in the circumstances.

I appreciate this will be hard to hear. The police will let your family know of the outcome only if you agree.

NAPAC, the National Association for People Abused in Childhood, can offer support on 0808 801 0331.

Yours sincerely,

Gemma Lacy
Crown Prosecutor
CPS East of England
""")

L("accept_plea_lesser", "hate_crime", "", """
Dear Mr Ingleby,

R v Shane Ridley and Tara Ridley

I'm writing to explain what happened at court last Thursday, because I know Joanne at Mencap told you it would be hard to follow on the day.

Shane and Tara Ridley were charged with stealing money from you over several months when they said they were your friends, and with a second charge about your bank card. On Thursday they both pleaded guilty to stealing from you, and they admitted that they picked on you because of your learning disability. The court will give them a tougher sentence because of that.

The second charge, about the bank card, was left "on file". This means it won't go to a trial and they haven't been found guilty of it, but it stays on the court's records and can only be brought back with the judge's permission. I agreed to this because the money from the bank card is already included in the amount they admitted taking, so a trial would not have changed their sentence or the money you get back. It also meant you didn't have to go to court and answer questions.

I would like to meet you, with Joanne, to explain all of this in person and answer your questions. Joanne will ring you about a time.

They will be sentenced on 3 July. We will ask the judge to make them pay you back.

Best wishes,

Femi Adebayo
Crown Prosecutor
CPS East of England
""")

L("offer_no_evidence", "criminal_damage", "RTV", """
Dear Mr Qureshi,

R v Declan Foy – damage to Qureshi Motors, Canal Road

I was sorry to hear about the damage to your showroom and I know the cost and the disruption to your business have been considerable.

At court on ⟦r:[hearing date]⟧ the prosecution offered no evidence against Mr Foy, which means we did not present a case against him and the court found him not guilty. Following a review of the case it was decided the case could not continue.

If you have any questions about this letter please contact me.

Yours sincerely,

Charlotte Mbeki
Crown Prosecutor
CPS West Midlands
""")

L("discontinue", "harassment_stalking", "EJV", """
Dear Ms Woolley

R v Frazer Keane – Stalking (s.2A Protection from Harassment Act 1997)

Following service of the ⟦j:defence case statement⟧ and review of the ⟦j:MG6C⟧, material has been identified which satisfies the ⟦j:disclosure test⟧, namely messages sent by you to the defendant during the ⟦j:indictment period⟧ inviting contact. These messages were not provided to the officer in the case at the time of your statement. In light of this material the prosecution no longer has a realistic prospect of conviction and the case has been discontinued.

A ⟦j:restraining order on acquittal⟧ will not be sought.

Yours sincerely

Crown Prosecutor
CPS London North
""")

L("offer_no_evidence", "sexual_offence", "RJ", """
Dear Miss Ahmadi,

R v Kamran Jafari – Saltmere Crown Court

I am so sorry to be writing to you with this news. I know that reporting what happened in the back of the taxi, and then waiting nearly two years for a trial, has taken an enormous toll on you, and I want to thank you for your courage throughout.

On 6 March the prosecution ⟦j:offered no evidence⟧ against Mr Jafari. Following a further review, it was concluded that the case no longer passed the ⟦j:evidential stage⟧.

I would like to offer to meet you to discuss this decision in more detail. Please contact me on 01793 555 240 or through your Independent Sexual Violence Adviser.

You can ask for this decision to be reviewed under the Victims' Right to Review scheme. Please contact the Victim Liaison Unit at VLU.Wessex@cps.gov.uk or on 0300 123 8600 within 10 working days of the date of this letter. As Mr Jafari has been acquitted the case cannot be reopened, but you will receive a full explanation, and an apology if the decision is found to have been wrong.

Yours sincerely,

Eleanor Bastable
Specialist Prosecutor, Rape and Serious Sexual Offences Unit
CPS Wessex
""")

L("no_further_action", "drugs", "REV", """
Dear Mr Sutcliffe

Re: Supply of controlled drugs to your son, Ben Sutcliffe

A file was submitted by the police in relation to the supply of cannabis and ketamine to your son between January and April.

The evidence has been reviewed and the suspect will not be charged as there is insufficient evidence.

Yours sincerely

Crown Prosecutor
CPS North West
""")

L("reduce_charge", "hate_crime", "RMT", """
Dear Mr Lindqvist-Hale,

R v Brandon Skerritt – assault on Clarence Street, Gorseley

I'm writing to let you and your husband know that the charge against Brandon Skerritt has been changed from inflicting grievous bodily harm to assault occasioning actual bodily harm. Both charges are still brought as offences motivated by hostility based on sexual orientation, and the homophobic words he shouted are still a central part of the case.

I know what happened in Clarence Street was terrifying, and that you were both targeted just for holding hands. I'm so sorry. After careful consideration, the charge was amended as it better reflects the evidence.

⟦r:Choose one: The trial date remains unchanged / The trial has been moved to [date].⟧

Yours sincerely,

Jess Whitaker
Crown Prosecutor
CPS South East
""")

L("accept_plea_lesser", "burglary", "T", """
Dear ⟦r:<<Title>>⟧ Ormsby,

R v Craig Lightfoot – Hollinsbridge Crown Court

I'm writing to let you know that Craig Lightfoot pleaded guilty today, and to explain why I accepted his plea.

He was charged with burglary, for coming into your home on 12 February pretending to check your smoke alarms while another man took your handbag from the kitchen. Today he pleaded guilty to theft of the handbag instead. To prove burglary against him, we would have to show that when he came through your door he already intended to steal. His case was that he really had been sent to fit alarms, and the company he works for confirmed he was on their rota for your street that day and that the other man was not one of their workers. Looking at everything, I thought a jury might well accept that he only decided to help steal the bag once he was inside. Theft is still a serious offence, and the judge will be told how vulnerable you were as a lady of 87 living alone.

I am so sorry that this happened in your own home. The officer tells me your family have fitted a camera doorbell, and I hope it helps you feel safer. He will be sentenced on 2 May, and we will ask for compensation for your bag and the cash in it.

Yours sincerely,

Robert Aldridge
Crown Prosecutor, CPS Yorkshire and Humberside
""")

# --- batch 10 --------------------------------------------------------------------------------

L("leave_on_file", "domestic_abuse", "EJV", """
Dear Ms Rourke

R v Leon Gatiss – Marrowdale Crown Court

I write to confirm that on 24 January the court ordered that all counts on the ⟦j:indictment⟧ relating to you should ⟦j:lie on file⟧ on the usual terms.

The defendant was sentenced on the same date to 9 years' imprisonment for offences of wounding with intent and robbery committed against third parties. Any sentence for the offences against you would have been ordered to run ⟦j:concurrently⟧, and a trial was not considered proportionate.

Yours sincerely

Crown Prosecutor
""")

L("offer_no_evidence", "death", "ETM", """
Dear Mrs Garbutt

R v Reece Tansley – Manslaughter – the death of Kieran Garbutt

Please note that at the hearing on ⟦r:[date]⟧ the prosecution offered no evidence against the defendant on the charge of manslaughter, which means the prosecution told the court it would not be putting a case, and the court entered a verdict of not guilty. He remains charged with supplying a Class A drug, to which he has pleaded guilty.

The prosecution case was that the heroin supplied by the defendant on 2 March caused Kieran's death. The final toxicology report, received on 11 October, identified a large quantity of a synthetic opioid, nitazene, which was not present in the heroin seized from the defendant, and the pathologist now attributes the death to that drug. It cannot be proved that the defendant supplied it.

You may request a review of this decision within 10 working days of the date of this letter by contacting the Victim Liaison Unit, CPS Yorkshire and Humberside, by email at VLU.Yorkshire@cps.gov.uk or by telephone on 0113 290 2700.

Yours sincerely

Crown Prosecutor
""")

L("no_further_action", "sexual_offence", "REJ", """
Dear Miss Farraday

Your report of 3 May – Ref 47/61902/24

The CPS has reviewed your allegation that a sexual partner removed a condom during intercourse without your consent. The prosecutor has applied the ⟦j:Full Code Test⟧ and concluded that it is not met. The suspect will not be charged.

A meeting with the prosecutor can be offered if you would like one. Please contact the Victim Liaison Unit on 0300 303 6200.

You are entitled to request a review of this decision under the Victims' Right to Review scheme. To do so please write to VRR.ThamesChiltern@cps.gov.uk within 10 working days of the date of this letter.

Yours sincerely

Crown Prosecutor
CPS Thames and Chiltern
""")

L("discontinue", "other", "", """
Dear Ms Nakato,

R v Beatrice Ssali

I am writing to you, with the help of your support worker Amina, to tell you about a decision I have made in the case against Beatrice Ssali. I want to say first how sorry I am for the years you spent working in her house in Brindley Heath without pay, without your passport and without being allowed to leave, and how much I admire your courage in telling the police what happened.

Mrs Ssali was charged with holding you in domestic servitude. Three weeks ago her doctors confirmed that she has advanced motor neurone disease. Two independent consultants, one chosen by us, say she can no longer speak or leave her bed, that she will not be able to take part in a trial, and that she is unlikely to live more than a few months. In law, a person who cannot understand and take part in a trial cannot be tried in the normal way, and the only alternative, a hearing without her, could not lead to any punishment that she is able to serve. For those reasons I have decided to stop the prosecution.

I know you wanted a court to hear what happened to you. Your account is on record, and the police have made sure that your immigration case and your application for support as a victim of modern slavery have all the evidence from the investigation.

If you would like this decision reviewed, you, or Amina on your behalf, can contact the Victim Liaison Unit on 020 3357 0000 or at VLU.London@cps.gov.uk within 10 working days of the date of this letter. I would also be happy to meet you, with an interpreter, to talk about it.

Yours sincerely,

Joanna Whitfield
Senior Crown Prosecutor
CPS London North
""")

L("reduce_charge", "domestic_abuse", "ET", """
Dear Ms Hebblethwaite

R v Nathan Priestley

This letter is to advise you that the charge of making a threat to kill has been replaced by a charge of using threatening words or behaviour with intent to cause fear of violence.

To prove a threat to kill the prosecution must show that the defendant intended you to fear that the threat would be carried out. The words recorded in your 999 call ("I'll end you") were spoken in the course of an argument and do not amount to a clear threat to kill. ⟦r:Ensure the victim has been informed of the trial date by WCU before sending.⟧

The trial is listed on 4 April at Hollinsbridge Magistrates' Court.

Yours sincerely

Crown Prosecutor
""")

L("no_further_action", "hate_crime", "EVM", """
Dear Mr Asante

Racist messages sent to your Instagram account after the match on 16 March

The police asked the CPS to decide whether to charge the holder of the account "@sgtpepper_1989" with sending a grossly offensive message.

The account was traced to a 71-year-old man living in Shropshire. The evidence is as follows:
- his home broadband was used to access the account;
- five other adults live at the address;
- the account was also accessed from a mobile network used by all of them;
- when interviewed he denied sending the messages;
- no device examined showed the messages or the app.

It is not possible to prove which person at the address sent the messages. The suspect will therefore not be charged.

Yours sincerely

Crown Prosecutor
CPS West Midlands
""")

L("discontinue", "theft", "REV", """
Dear Mrs Pratt,

R v Kelly Ashdown – Theft by employee – Hope House Charity Shop

Please note that this case has been discontinued as it no longer meets the test for prosecution in the Code for Crown Prosecutors.

Regards,

Crown Prosecutor
CPS South West
""")

L("leave_on_file", "sexual_offence", "TVM", """
Dear Ms Vaughan-Reid,

R v Stephen Marwood

I am writing to let you know what happened at Calderholme Crown Court on Friday, because I know you chose not to attend, and I completely understand why.

I want to say first how sorry I am for what Stephen Marwood did to you, and how much your coming forward mattered. It was your report that led the police to the two other women in this case.

The jury convicted Mr Marwood last month of raping the other two women. He was sentenced on Friday to twenty years in prison, and the judge described him as dangerous. The jury could not agree on a verdict on the charge relating to you. We then had to decide whether to ask you to go through a second trial. Having talked it through with you on the phone in October, when you told me you did not want to give evidence again, and bearing in mind that any further sentence would be served at the same time as the one he has now received, I asked the court to order that the charge concerning you lie on file. That means there will not be a retrial and he has not been found guilty or not guilty of it; it stays on the court record and can only be revived with the court's permission.

⟦r:[OPTIONAL – insert if victim attended: Thank you for attending court to give evidence.]⟧

Your Independent Sexual Violence Adviser, Paula, will continue to support you for as long as you need.

Yours sincerely,

Harriet Leyland
Specialist Prosecutor, Rape and Serious Sexual Offences Unit
CPS North West
""")

L("offer_no_evidence", "public_order", "EJ", """
Dear Mr Dimitrov

R v Aaron Haworth, Jack Haworth and Lee Brack – ⟦j:Affray⟧ – Calderholme Crown Court

On 19 February the prosecution offered no evidence against all three defendants, following the judge's ruling that the CCTV compilation relied upon was ⟦j:inadmissible⟧ because the ⟦j:continuity⟧ of the original footage could not be established. Verdicts of not guilty were entered.

The prosecution offering no evidence meant that it told the court it would not present its case, which led directly to the not guilty verdicts.

You may request a review under the Victims' Right to Review scheme by writing to the Victim Liaison Unit, CPS North West, or emailing VLU.NorthWest@cps.gov.uk within 10 working days of the date of this letter.

Yours sincerely

Crown Prosecutor
""")

L("accept_plea_lesser", "child_abuse", "RM", """
Dear Mrs Whitehouse,

R v Dylan Fearnley – baby Ruby

I know how very hard the past year has been for you, looking after Ruby while she recovered, and I want to thank you for everything you have done for her. I am so glad to hear from the social worker that she is now thriving with you.

At Ashcombe Crown Court on Monday, Dylan Fearnley pleaded guilty to causing actual bodily harm to Ruby and to child cruelty. He did not admit the more serious charge of causing her grievous bodily harm with intent, and after careful consideration the prosecution accepted his pleas as appropriate in all the circumstances.

He will be sentenced on 28 February. You can make a statement about the effect on Ruby and on your family, and the officer will help you with this.

Yours sincerely,

Lorraine Keble
Senior Crown Prosecutor
CPS Wessex
""")

L("no_further_action", "fraud", "RETV", """
Dear Mr Henshaw

Re: Report of fraud – "Ellen" (online relationship) – ⟦r:£[amount]⟧

The above matter has been considered by a prosecutor. No suspect will be charged because there is insufficient evidence against the individual whose bank account received the funds.

This letter concludes the CPS's involvement.

Yours faithfully

CPS Direct
""")

L("discontinue", "child_abuse", "RM", """
Dear Mrs Abbott,

R v Darren Keeling – messages to your daughter

I am writing to you as Evie's mother, and I am so sorry to be telling you this after everything you and Evie have been through. I know how frightening it was to find out that a grown man had been messaging your 14-year-old daughter and trying to meet her, and how much Evie has struggled with feeling that it was her fault. It was not.

I have to let you know that I have decided to discontinue the case against Darren Keeling. Having looked again at all of the evidence after the case was charged, I have concluded that there is no longer enough evidence for the case to continue.

If you would like this decision to be reviewed, you can ask for a review under the Victims' Right to Review scheme by contacting the Victim Liaison Unit on 0121 262 1300 or at VRR.WestMidlands@cps.gov.uk within 10 working days of the date of this letter.

The NSPCC (0808 800 5000) and Childline (0800 1111, for Evie) can offer support.

Yours sincerely,

Owen Calloway
Crown Prosecutor
CPS West Midlands
""")

L("no_further_action", "death", "RTM", """
Dear Ms Ferreira-Lowe,

The death of your brother, Paulo

I am so sorry for the loss of Paulo. I know from DS Kemp that the two of you spoke every day, and that not knowing exactly how he died has made the last year even more painful for you and your mother.

The police asked us to decide whether Mr Gareth Pilling should be charged with Paulo's murder, or with any other offence connected with his death. After careful review of the evidence, the prosecutor has decided that there is not enough evidence to charge Mr Pilling with any offence connected with Paulo's death. ⟦r:[Para 3: set out evidential reasons here]⟧

If you do not agree with this decision, you can ask for it to be reviewed under the Victims' Right to Review scheme. Please contact the Victim Liaison Unit at VLU.Mersey@cps.gov.uk or on 0151 239 6400 within 10 working days of the date of this letter, and a prosecutor who has not been involved will look at the case again.

The police investigation into Paulo's death remains open, and the coroner will also hold an inquest.

With deepest sympathy,

Siobhan Keating
Senior Crown Prosecutor, Homicide Unit
CPS Mersey-Cheshire
""")

L("reduce_charge", "violence", "J", """
Dear Mrs Lennon,

R v Ashton Gregory – the attack on your son Callum at Hollinsbridge skate park

I'm writing to let you know that I have changed the charge against Ashton Gregory from grievous bodily harm with intent to ⟦j:s.47 ABH⟧. I'm so sorry about what happened to Callum, and I know how worried you were when he was taken to hospital with the head injury.

When the case was charged, the hospital had noted a suspected fracture of Callum's skull. The final scans and the consultant's report show there was no fracture: the injury was a deep cut and bad bruising, which needed stitches and healed without lasting damage, thank goodness. The more serious charge needs "really serious" harm, and the doctors' evidence no longer supports that. The new charge still covers the whole of the attack, including the kicking, and the fact that it was a group of older boys against one 14-year-old would make his sentence more serious if he is convicted.

The trial is still fixed for 12 June at the Youth Court, and Callum will be able to give evidence from behind a screen or by video link, as we discussed.

Yours sincerely,

Priya Venkataraman
Crown Prosecutor
CPS North West
""")

L("discontinue", "hate_crime", "RJV", """
Dear Mr and Mrs Lovell,

R v Ryan Baxendale and Tom Baxendale – racially aggravated criminal damage, Kettleby Road site

I am so sorry about the attack on your family's caravans at the Kettleby Road site last July. I know you and your children were inside when the windows were smashed, and that the words shouted at you about your being Travellers were deeply hurtful and frightening. No one should be treated in that way because of who they are.

I am writing to let you know that the case against Ryan and Tom Baxendale has been ⟦j:discontinued under section 23⟧. The case was reviewed and it was concluded that it no longer met the test for prosecution.

I would like to offer you a meeting to explain this decision in more detail, at a place and time that suits you. Please call the Victim Liaison Unit on 0115 852 1900 and they will arrange it.

Yours sincerely,

Callum Ritchie
Crown Prosecutor
CPS East Midlands
""")

# === END OF LETTERS ===

if __name__ == "__main__":
    raise SystemExit(main())
