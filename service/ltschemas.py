"""Schemas of the LanguageTool-compatible routes, for the OpenAPI document (LanguageTool's published API shape)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from service.schemas import EXAMPLE_LETTER


class LTCheckForm(BaseModel):
    """``POST /v2/check`` form fields (``application/x-www-form-urlencoded``); other fields are ignored.

    Every field is a string, as in a form; all but ``language`` may be left out.
    """

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [
        {"text": EXAMPLE_LETTER, "language": "en-GB"},
        {"data": '{"annotation": [{"markup": "<p>"}, {"text": "Dear Ms Smith"}, {"markup": "</p>", '
                 '"interpretAs": "\\n\\n"}]}', "language": "auto", "disabledRules": "template_residue"},
    ]})
    text: str | None = Field(None, description="The draft as plain text (or give `data`).")
    data: str | None = Field(None, description='Annotated text as JSON: `{"annotation": [{"text": ...}, '
                                               '{"markup": ..., "interpretAs": ...}]}`; markup is not checked '
                                               "but offsets count it.")
    language: str = Field(description="`en-GB`, `en` or `auto` (any letter case); others: 400.",
                          json_schema_extra={"enum": ["en-GB", "en", "auto"]})
    enabledOnly: str | None = Field(None, description="`true`: only the rules and categories named as enabled.",
                             json_schema_extra={"enum": ["true", "false"]})
    enabledRules: str | None = Field(None, description="Comma-separated rule ids (concern ids, casecheck rule "
                                                       "ids, or `long_sentence`, `passive`) to turn on.")
    disabledRules: str | None = Field(None, description="Comma-separated rule ids to turn off.")
    enabledCategories: str | None = Field(None, description="Comma-separated category ids to turn on.")
    disabledCategories: str | None = Field(None, description="Comma-separated category ids to turn off.")
    level: str | None = Field(None, description="`default`, or `picky` to add the writing advice.",
                       json_schema_extra={"enum": ["default", "picky"]})
    username: str | None = Field(None, description="With `apiKey`: how LanguageTool clients send credentials.")
    apiKey: str | None = Field(None, description="A token of CASECHECK_API_TOKENS when scoring is closed.")
    docType: str | None = Field(None, description="casecheck: the document type; detected when left out.",
                         json_schema_extra={"enum": ["pre_charge_review", "post_charge_review", "vcl_letter"]})
    decisionType: str | None = Field(None, description="casecheck case data: the decision the letter explains.")
    offenceCategory: str | None = Field(None, description="casecheck case data: the offence category.")
    serviceLevel: str | None = Field(None, description="casecheck case data: `enhanced` or `standard`.")
    decisionDate: str | None = Field(None, description="casecheck case data: YYYY-MM-DD or DD/MM/YYYY.")
    sentDate: str | None = Field(None, description="casecheck case data: YYYY-MM-DD or DD/MM/YYYY.")


class LTSoftware(BaseModel):
    name: str
    version: str
    buildDate: str
    apiVersion: int
    premium: bool
    status: str
    modelVersion: str | None = None


class LTDetectedLanguage(BaseModel):
    name: str
    code: str
    confidence: float
    source: str


class LTLanguage(BaseModel):
    name: str
    code: str
    detectedLanguage: LTDetectedLanguage


class LTReplacement(BaseModel):
    value: str


class LTContext(BaseModel):
    text: str
    offset: int = Field(description="Where the match starts in `text`, in UTF-16 code units.")
    length: int


class LTCategory(BaseModel):
    id: str
    name: str


class LTRule(BaseModel):
    id: str = Field(description="The concern id (or case check, or advice kind).")
    subId: str | None = Field(None, description="casecheck's rule that found the words, if one did.")
    description: str
    issueType: str = Field(description="`non-conformance` (high severity) or `style`.")
    category: LTCategory


class LTMatchType(BaseModel):
    typeName: str


class LTMatch(BaseModel):
    """One concern, in LanguageTool's match shape. Offsets are UTF-16 code units and count markup."""

    message: str
    shortMessage: str
    replacements: list[LTReplacement]
    offset: int
    length: int
    context: LTContext
    sentence: str
    type: LTMatchType
    rule: LTRule
    ignoreForIncompleteSentence: bool
    contextForSureMatch: int


class LTWarnings(BaseModel):
    incompleteResults: bool


class LTCheckPublic(BaseModel):
    """LanguageTool's check answer."""

    software: LTSoftware
    warnings: LTWarnings
    language: LTLanguage
    matches: list[LTMatch]


class LTLanguagePublic(BaseModel):
    name: str
    code: str
    longCode: str


class LTInfoPublic(BaseModel):
    software: LTSoftware
