"""LanguageTool's HTTP API (v2) over casecheck's scoring: request parameters in, matches out.

Input: the form fields of ``POST /v2/check``. Output: LanguageTool's answer, ``{"software",
"warnings", "language", "matches"}``. Each concern is a rule whose id and category are the
concern id (casecheck's own rule, such as ``jargon.offered_no_evidence``, is the ``subId``);
severity becomes ``issueType`` (``high``: ``non-conformance``, ``medium``: ``style``). The writing
advice (long sentences, passives) is off unless ``level=picky`` or named in ``enabledRules`` /
``enabledCategories``; the case-data checks (``late_letter``) anchor on the first line.

Errors raise ``LTRequestError`` with LanguageTool's wording; the route answers them as plain text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from model import CaseData, CaseDataError, Result, Schema
from model.text import sentence_spans
from service.annotated import AnnotatedText, AnnotationError, Utf16Index, context

LANGUAGES = {"en-GB": "English (GB)", "en": "English"}
AUTO = "auto"
LEVELS = ("default", "picky")
ISSUE_TYPES = {"high": "non-conformance", "medium": "style", "low": "style"}
ADVICE_CATEGORY = {"id": "writing_advice", "name": "Writing advice"}
ADVICE_RULES = {"long_sentence": "Long sentence", "passive": "Passive voice"}
CASE_PARAMS = {"decisionType": "decision_type", "offenceCategory": "offence_category",
               "serviceLevel": "service_level", "decisionDate": "decision_date", "sentDate": "sent_date"}
SOFTWARE = {"name": "casecheck", "version": "0.1.0", "buildDate": "", "apiVersion": 1, "premium": False,
            "status": ""}


class LTRequestError(ValueError):
    """A request LanguageTool would refuse; ``status`` 400 (or 413), the message in LanguageTool's words."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class RuleSelection:
    """``enabledOnly``, ``enabledRules``, ``disabledRules``, ``enabledCategories``, ``disabledCategories``."""

    enabled_only: bool = False
    enabled_rules: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    picky: bool = False

    def keeps(self, rule: str, sub_id: str | None, category: str, default_on: bool = True) -> bool:
        named = rule in self.enabled_rules or (sub_id is not None and sub_id in self.enabled_rules) \
            or category in self.enabled_categories
        if self.enabled_only:
            return named
        if rule in self.disabled_rules or sub_id in self.disabled_rules or category in self.disabled_categories:
            return False
        return named or default_on

    def wants_advice(self) -> bool:
        names = self.enabled_rules | self.enabled_categories
        return self.picky or bool(names & {*ADVICE_RULES, ADVICE_CATEGORY["id"]})


@dataclass
class CheckRequest:
    """A parsed ``POST /v2/check``."""

    text: AnnotatedText
    language: str
    auto: bool
    doc_type: str | None = None
    case: CaseData | None = None
    rules: RuleSelection = field(default_factory=RuleSelection)


def parse_check(form: dict[str, str], doc_types: list[str]) -> CheckRequest:
    """Validate the form fields as LanguageTool does; raises ``LTRequestError``."""
    if "text" in form and "data" in form:
        raise LTRequestError("Set only 'text' or 'data' parameter, not both")
    if "text" in form:
        text = AnnotatedText.of_text(form["text"])
    elif "data" in form:
        try:
            text = AnnotatedText.of_data(form["data"])
        except AnnotationError as exc:
            raise LTRequestError(str(exc)) from None
    else:
        raise LTRequestError("Missing 'text' or 'data' parameter")
    language, auto = parse_language(form.get("language"))
    return CheckRequest(text, language, auto, _doc_type(form.get("docType"), doc_types), _case(form),
                        _rules(form))


def parse_language(value: str | None) -> tuple[str, bool]:
    """``en-GB``, ``en`` or ``auto`` (read as ``en-GB``), in any letter case; the code and whether it was auto."""
    if not value:
        raise LTRequestError("Missing 'language' parameter, e.g. 'language=en-GB' for British English")
    if value.lower() == AUTO:
        return "en-GB", True
    for code in LANGUAGES:
        if value.lower().replace("_", "-") == code.lower():
            return code, False
    known = ", ".join(sorted([AUTO, *LANGUAGES]))
    raise LTRequestError(f"'{value[:20]}' is not a language code known to LanguageTool. Supported language codes "
                         f"are: {known} (casecheck's LanguageTool-compatible API)")


def _split(form: dict[str, str], name: str) -> frozenset[str]:
    return frozenset(x.strip() for x in form.get(name, "").split(",") if x.strip())


def _rules(form: dict[str, str]) -> RuleSelection:
    level = form.get("level", "default") or "default"
    if level not in LEVELS:
        raise LTRequestError(f"'level' must be one of {', '.join(LEVELS)}")
    enabled_only = form.get("enabledOnly", "false").lower() in ("true", "yes")
    rules = RuleSelection(enabled_only, _split(form, "enabledRules"), _split(form, "disabledRules"),
                          _split(form, "enabledCategories"), _split(form, "disabledCategories"), level == "picky")
    if enabled_only and (rules.disabled_rules or rules.disabled_categories):
        raise LTRequestError("You cannot specify disabled rules or categories using enabledOnly=true")
    if enabled_only and not (rules.enabled_rules or rules.enabled_categories):
        raise LTRequestError("You must specify enabled rules or categories when using enabledOnly=true")
    return rules


def _doc_type(value: str | None, doc_types: list[str]) -> str | None:
    if not value:
        return None
    if value not in doc_types:
        raise LTRequestError(f"'docType' must be one of {', '.join(doc_types)} (or left out to detect it)")
    return value


def _case(form: dict[str, str]) -> CaseData | None:
    values = {name: form[param] for param, name in CASE_PARAMS.items() if form.get(param, "").strip()}
    if not values:
        return None
    try:
        return CaseData.from_fields(**values)
    except CaseDataError as exc:  # its message starts with the field: name it as the client sent it
        message = str(exc)
        name = message.split(" ", 1)[0]
        param = next((p for p, n in CASE_PARAMS.items() if n == name), None)
        raise LTRequestError(f"'{param}'{message[len(name):]}" if param else message) from None


# -- the answer -------------------------------------------------------------------------------
def language_section(request: CheckRequest) -> dict[str, Any]:
    name = LANGUAGES[request.language]
    return {"name": name, "code": request.language,
            "detectedLanguage": {"name": name, "code": request.language, "confidence": 1.0,
                                 "source": "casecheck"}}


def answer(request: CheckRequest, matches: list[dict[str, Any]], model_version: str | None) -> dict[str, Any]:
    software = {**SOFTWARE, "modelVersion": model_version} if model_version else SOFTWARE
    return {"software": software, "warnings": {"incompleteResults": False}, "language": language_section(request),
            "matches": matches}


class MatchWriter:
    """Turns one ``Result`` of the request's plain text into LanguageTool matches, in text order."""

    def __init__(self, request: CheckRequest, result: Result, schema: Schema) -> None:
        self.request, self.result, self.schema = request, result, schema
        self.annotated = request.text
        self.plain = Utf16Index(self.annotated.plain)
        self.markup = self.plain if self.annotated.with_markup is self.annotated.plain else \
            Utf16Index(self.annotated.with_markup)
        self._sentences: list[tuple[int, int]] | None = None
        self._starts: list[int] = []

    def matches(self) -> list[dict[str, Any]]:
        rules = self.request.rules
        out = []
        for item in self.result.items:
            if rules.keeps(item.concern, item.rule, item.concern):
                info = self.schema.concerns[item.concern]
                out.append(self.match(item.start, item.end, item.severity, f"{item.message} {item.suggestion}",
                                      info.title, [*item.replacements], item.concern, item.rule,
                                      {"id": item.concern, "name": info.title}))
        for check in self.result.case_checks:
            if rules.keeps(check["check"], None, check["check"]):
                start, end = first_line(self.annotated.plain)
                out.append(self.match(start, end, "high", f"{check['message']} {check['suggestion']}",
                                      check["title"], [], check["check"], None,
                                      {"id": check["check"], "name": check["title"]}))
        for advice in self.result.advice:
            kind = advice["kind"]
            if kind in ADVICE_RULES and advice.get("start") is not None and \
                    rules.keeps(kind, None, ADVICE_CATEGORY["id"], default_on=rules.picky):
                out.append(self.match(advice["start"], advice["end"], "low", advice["message"], ADVICE_RULES[kind],
                                      [], kind, None, ADVICE_CATEGORY))
        out.sort(key=lambda m: (m["offset"], m["length"]))
        return out

    def match(self, start: int, end: int, severity: str, message: str, title: str, replacements: list[str],
              rule: str, sub_id: str | None, category: dict[str, str]) -> dict[str, Any]:
        offset, length = self.annotated.span(self.plain.units(start), self.plain.units(end))
        rule_out: dict[str, Any] = {"id": rule, "description": title, "issueType": ISSUE_TYPES[severity],
                                    "category": category}
        if sub_id:
            rule_out["subId"] = sub_id
        return {
            "message": message,
            "shortMessage": title,
            "replacements": [{"value": r} for r in replacements],
            "offset": offset,
            "length": length,
            "context": context(self.annotated.with_markup, self.markup, offset, length),
            "sentence": self.sentence(start),
            "type": {"typeName": "Other" if severity == "high" else "Hint"},
            "rule": rule_out,
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        }

    def sentence(self, start: int) -> str:
        """The trimmed plain-text sentence that holds code point ``start`` (sentences found once per request)."""
        if self._sentences is None:
            self._sentences = sentence_spans(self.annotated.plain)
            self._starts = [lo for lo, _ in self._sentences]
        k = bisect_right(self._starts, start) - 1
        if k < 0:
            return ""
        lo, hi = self._sentences[k]
        return self.annotated.plain[lo:hi].strip()


def first_line(text: str) -> tuple[int, int]:
    """The code-point span of the first line with words (where a document-wide check anchors)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return start, len(text[:end].rstrip()) if end > start else start
