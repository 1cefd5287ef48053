"""Timeliness: the case-data checks ``late_letter`` and ``late_letter_no_apology``.

Input: decision date, sent date, the victim's service level and the letter text. Output:
working days taken, the deadline, and which checks fail. Working days are Monday to
Friday, excluding England and Wales bank holidays (from the ``holidays`` package).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays

from model.errors import CaseDataError

ENHANCED_DAYS = 1
STANDARD_DAYS = 5
ENHANCED_WORDS = {"enhanced", "enhanced service", "vulnerable", "intimidated", "bereaved", "persistently targeted",
                  "most serious crime", "yes", "true", "1"}
STANDARD_WORDS = {"standard", "standard service", "no", "false", "0", ""}
APOLOGY = re.compile(
    r"\b(?:apologi[sz]e|apologies|sorry)\b[^.]{0,80}\b(?:delay|late|lateness|not (?:writing|contacting)|earlier|sooner|"
    r"taken (?:so )?long|took (?:so )?long)|\b(?:delay|lateness)\b[^.]{0,60}\b(?:apologi[sz]e|sorry|apologies)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Timeliness:
    working_days: int
    deadline_days: int
    late: bool
    apologised: bool

    @property
    def flags(self) -> list[str]:
        if not self.late:
            return []
        return ["late_letter"] + ([] if self.apologised else ["late_letter_no_apology"])


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def working_days_between(decided: date, sent: date) -> int:
    """Working days after ``decided`` up to and including ``sent`` (0 if sent the same day)."""
    if sent <= decided:
        return 0
    days, day = 0, decided
    while day < sent:
        day += timedelta(days=1)
        days += is_working_day(day)
    return days


def service_deadline(service_level: str | None) -> int:
    """1 working day for the enhanced service, 5 otherwise."""
    level = (service_level or "").strip().lower()
    if level in ENHANCED_WORDS:
        return ENHANCED_DAYS
    if level in STANDARD_WORDS:
        return STANDARD_DAYS
    raise CaseDataError(f"service_level {str(service_level)[:30]!r} is not 'enhanced' or 'standard'")


def parse_date(value: object, field: str) -> date:
    """A date from ISO text (YYYY-MM-DD), DD/MM/YYYY, or a date/datetime object."""
    if isinstance(value, date):
        return value if type(value) is date else value.date()  # type: ignore[attr-defined]
    text = str(value or "").strip()
    for pattern in (r"(\d{4})-(\d{1,2})-(\d{1,2})", r"(\d{1,2})/(\d{1,2})/(\d{4})"):
        m = re.fullmatch(pattern + r"(?:[T ].*)?", text)
        if m:
            a, b, c = (int(x) for x in m.groups())
            try:
                return date(a, b, c) if pattern.startswith(r"(\d{4})") else date(c, b, a)
            except ValueError:
                break
    raise CaseDataError(f"{field} {text[:30]!r} is not a date (use YYYY-MM-DD or DD/MM/YYYY)")


def check_timeliness(decided: date, sent: date, service_level: str | None, text: str = "") -> Timeliness:
    days = working_days_between(decided, sent)
    deadline = service_deadline(service_level)
    return Timeliness(days, deadline, days > deadline, bool(APOLOGY.search(text)))
