"""Request and response schemas of the API (documented in the OpenAPI schema, with examples)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from model import DECISION_TYPES, OFFENCE_CATEGORIES, CaseData

DocType = Literal["pre_charge_review", "post_charge_review", "vcl_letter"]
CASE_FIELDS = ("decision_type", "offence_category", "service_level", "decision_date", "sent_date")

EXAMPLE_LETTER = (
    "Dear Ms Smith\n\nI am writing to tell you that I have decided to stop the case against John Brown. "
    "There is insufficient evidence. The case was discontinued under section 23.\n\n"
    "Please call [insert OIC name] if you have any questions.\n\nYours sincerely"
)
EXAMPLE_CASE: dict[str, Any] = {"decision_type": "discontinue", "offence_category": "violence",
                                "service_level": "enhanced", "decision_date": "2025-03-03", "sent_date": "2025-03-10"}


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("text is empty or only white space")
    return value


class CaseFields(BaseModel):
    """Optional facts about the case. They sharpen the letter concerns and run the case-data checks.

    Values are checked by ``model.casedata``; a bad value is a 422 naming the field.
    """

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [EXAMPLE_CASE]})
    decision_type: str | None = Field(
        None, description="The decision the letter explains (decides whether the review right applies).",
        json_schema_extra={"enum": [*DECISION_TYPES, None]})
    offence_category: str | None = Field(
        None, description="The offence category (decides whether a meeting must be offered).",
        json_schema_extra={"enum": [*OFFENCE_CATEGORIES, None]})
    service_level: str | None = Field(
        None, description="'enhanced' or 'standard': the victim's service level (1 or 5 working days).")
    decision_date: str | None = Field(None, description="Date of the decision (YYYY-MM-DD or DD/MM/YYYY).")
    sent_date: str | None = Field(None, description="Date the letter was sent (YYYY-MM-DD or DD/MM/YYYY).")

    def to_case(self) -> CaseData | None:
        """The validated ``CaseData`` (None when no field is given); raises ``CaseDataError``."""
        values = self.model_dump(exclude_none=True)
        return CaseData.from_fields(**values) if any(str(v).strip() for v in values.values()) else None


class CheckCreate(BaseModel):
    """A draft to check."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"text": EXAMPLE_LETTER, "doc_type": "vcl_letter"},
        {"text": EXAMPLE_LETTER, "doc_type": "vcl_letter", "case": EXAMPLE_CASE},
    ]})
    text: str = Field(description="The draft, as plain text.")
    doc_type: DocType | None = Field(None, description="Document type; detected when omitted.")
    case: CaseFields | None = Field(None, description="Optional case data (letters to victims).")

    _check_text = field_validator("text")(_not_blank)


class Span(BaseModel):
    start: int
    end: int
    start_utf16: int
    end_utf16: int
    text: str
    weight: float | None = None


class Context(BaseModel):
    text: str
    offset: int
    length: int


class ConcernPublic(BaseModel):
    """One highlighted concern (LanguageTool-like match). Offsets are code points; ``*_utf16`` for JavaScript."""

    concern: str
    rule: str | None
    source: Literal["model", "rule", "model+rule"]
    severity: Literal["high", "medium"]
    message: str
    suggestion: str
    replacements: list[str]
    start: int
    end: int
    start_utf16: int
    end_utf16: int
    line: int
    column: int
    text: str
    context: Context
    evidence: list[Span]


class CaseCheckPublic(BaseModel):
    """A case-data check that failed (``late_letter``, ``late_letter_no_apology``)."""

    model_config = ConfigDict(extra="allow")
    check: str
    title: str
    message: str
    suggestion: str
    working_days: int | None = None
    deadline_days: int | None = None


class CheckPublic(BaseModel):
    """The scoring of one draft."""

    doc_type: DocType
    doc_type_detected: bool
    doc_type_scores: dict[str, float]
    model_version: str
    scores: dict[str, float]
    flags: list[str]
    look: list[str] = Field(description="Worth a look: concerns the model doubts, below the flag threshold "
                                        "(not flagged, not highlighted).")
    concerns: list[ConcernPublic]
    advice: list[dict[str, Any]]
    case_checks: list[CaseCheckPublic] = Field(description="Case-data checks that failed (needs the case dates).")
    not_applicable: dict[str, str] = Field(description="Concerns the case data rules out, with the reason.")


class BatchDocument(BaseModel):
    """One draft of a batch.

    Empty or oversize text, an unknown doc type or a bad case value give this document an
    ``error`` in its result; a malformed document (no ``id`` or ``text``, wrong JSON types)
    makes the whole request a 422.
    """

    model_config = ConfigDict(extra="forbid")
    id: str | int = Field(description="Your id for the draft; echoed in its result.")
    text: str = Field(description="The draft, as plain text.")
    doc_type: str | None = Field(None, description="Document type; detected when omitted.")
    case: CaseFields | None = Field(None, description="Optional case data.")


class BatchCreate(BaseModel):
    """Drafts to check together (at most ``CASECHECK_MAX_BATCH_DOCUMENTS``)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"documents": [
        {"id": "a1", "text": EXAMPLE_LETTER, "doc_type": "vcl_letter", "case": EXAMPLE_CASE},
        {"id": "a2", "text": "   "},
    ]}]})
    documents: list[BatchDocument]


class BatchItemPublic(CheckPublic):
    """One document's result."""

    id: str | int


class BatchErrorPublic(BaseModel):
    """A document that could not be scored."""

    id: str | int
    error: str = Field(description="Why this document was not scored (never its text).")


class BatchPublic(BaseModel):
    """Results in the order of the documents."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"n_documents": 2, "n_errors": 1, "results": [
        {"id": "a1", "doc_type": "vcl_letter", "flags": ["missing_vrr"], "concerns": [], "...": "..."},
        {"id": "a2", "error": "text is empty or only white space"},
    ]}]})
    n_documents: int
    n_errors: int
    model_version: str
    results: list[BatchItemPublic | BatchErrorPublic]


class ModelVersionPublic(BaseModel):
    version: str
    created_at: str | None
    champion: bool
    active: bool


class ModelsPublic(BaseModel):
    """Registered model versions, the champion and the one being served, with the champion's metrics."""

    champion: str | None
    active: str | None
    versions: list[ModelVersionPublic]
    metrics: dict[str, Any] = Field(description="Per-concern validation metrics from the champion's manifest.")
    training: dict[str, Any] = Field(description="What the champion was trained on (records, by doc type).")
    error: str | None = Field(None, description="Why the last load failed, if it did.")
