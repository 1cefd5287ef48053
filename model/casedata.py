"""Case data: optional facts about the case that sharpen the text concerns.

Input: decision type, offence category, victim service level and the decision and sent
dates (from form fields or batch columns). Output: which letter concerns cannot apply
(the review right for a reduced charge, a meeting offer for a theft) and the case-data
checks ``late_letter`` / ``late_letter_no_apology``. Rules only, never a model.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from model.errors import CaseDataError
from model.timeliness import check_timeliness, parse_date, service_deadline

DECISION_TYPES = ("charge", "no_further_action", "discontinue", "offer_no_evidence", "leave_on_file",
                  "reduce_charge", "accept_plea_lesser", "continue")
VRR_DECISIONS = frozenset({"no_further_action", "discontinue", "offer_no_evidence", "leave_on_file"})
OFFENCE_CATEGORIES = ("death", "sexual_offence", "child_abuse", "hate_crime", "domestic_abuse", "violence",
                      "robbery", "burglary", "theft", "fraud", "drugs", "public_order", "criminal_damage",
                      "harassment_stalking", "motoring", "weapons", "other")
MEETING_CATEGORIES = frozenset({"death", "sexual_offence", "child_abuse", "hate_crime"})


@dataclass(frozen=True)
class CaseData:
    """Facts about the case; every field is optional."""

    decision_type: str | None = None
    offence_category: str | None = None
    service_level: str | None = None
    decision_date: date | None = None
    sent_date: date | None = None

    @classmethod
    def from_fields(cls, **fields: Any) -> CaseData:
        """Validate raw values (strings or dates); empty values count as absent."""
        clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in fields.items()}
        clean = {k: v for k, v in clean.items() if v not in (None, "")}
        _check_choice("decision_type", clean.get("decision_type"), DECISION_TYPES)
        _check_choice("offence_category", clean.get("offence_category"), OFFENCE_CATEGORIES)
        if "service_level" in clean:
            service_deadline(str(clean["service_level"]))
        dates = {k: parse_date(clean[k], k) for k in ("decision_date", "sent_date") if k in clean}
        return cls(clean.get("decision_type"), clean.get("offence_category"), clean.get("service_level"),
                   dates.get("decision_date"), dates.get("sent_date"))

    def not_applicable(self) -> dict[str, str]:
        """Letter concerns ruled out by the case data, with the reason."""
        out = {}
        if self.decision_type and self.decision_type not in VRR_DECISIONS:
            out["missing_vrr"] = f"the review scheme does not cover a '{self.decision_type}' decision"
        if self.offence_category and self.offence_category not in MEETING_CATEGORIES:
            out["missing_meeting_offer"] = f"no meeting offer is required for '{self.offence_category}'"
        return out

    def checks(self, text: str) -> list[dict[str, Any]]:
        """``late_letter`` and ``late_letter_no_apology`` when both dates are known."""
        if self.decision_date is None or self.sent_date is None:
            return []
        result = check_timeliness(self.decision_date, self.sent_date, self.service_level or "standard", text)
        return [{"check": flag, "working_days": result.working_days, "deadline_days": result.deadline_days}
                for flag in result.flags]

    def working_days(self) -> int | None:
        if self.decision_date is None or self.sent_date is None:
            return None
        return check_timeliness(self.decision_date, self.sent_date, self.service_level or "standard").working_days


def _check_choice(field: str, value: object, valid: tuple[str, ...]) -> None:
    if value is not None and value not in valid:
        raise CaseDataError(f"{field} {str(value)[:40]!r} is not one of: {', '.join(valid)}")
