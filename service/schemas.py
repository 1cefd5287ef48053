"""Request and response schemas of the API (documented in the OpenAPI schema)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

DocType = Literal["pre_charge_review", "post_charge_review", "vcl_letter"]

EXAMPLE_LETTER = (
    "Dear Ms Smith\n\nI am writing to tell you that I have decided to stop the case against John Brown. "
    "There is insufficient evidence. The case was discontinued under section 23.\n\nYours sincerely"
)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("text is empty or only white space")
    return value


class CheckCreate(BaseModel):
    """A draft to check."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"text": EXAMPLE_LETTER,
                                                                                 "doc_type": "vcl_letter"}]})
    text: str = Field(description="The draft, as plain text.")
    doc_type: DocType | None = Field(None, description="Document type; detected when omitted.")

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
    """One highlighted concern (LanguageTool-like match)."""

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


class CheckPublic(BaseModel):
    """The scoring of one draft."""

    doc_type: DocType
    doc_type_detected: bool
    doc_type_scores: dict[str, float]
    model_version: str
    scores: dict[str, float]
    flags: list[str]
    concerns: list[ConcernPublic]
    advice: list[dict[str, Any]]
