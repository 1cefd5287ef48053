"""LanguageTool-compatible API: ``POST /v2/check``, ``GET /v2/languages``, ``GET /v2/info``.

Editors and add-ons that talk to a LanguageTool server (the browser add-on, LibreOffice, LTeX,
client libraries) show casecheck's concerns inline when pointed at this server. Same limits,
tokens, privacy and metrics as ``POST /v1/check``; errors are plain text, as LanguageTool's.
The protocol itself is in ``service.ltprotocol`` and ``service.annotated``.
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from model import Scorer
from service.deps import MetricsDep, ScorerDep, SettingsDep, require_scoring_access
from service.errors import plain_error
from service.ltprotocol import LANGUAGES, SOFTWARE, CheckRequest, LTRequestError, MatchWriter, answer, parse_check
from service.ltschemas import LTCheckForm, LTCheckPublic, LTInfoPublic, LTLanguagePublic
from service.routes.api import INLINE_CHARS, check_size, json_response
from service.settings import Settings

router = APIRouter(prefix="/v2", tags=["languagetool"])

MAX_FIELDS = 1000  # as Starlette's form parser
CHANNEL = "languagetool"  # the channel label of the documents-scored metric
_PLAIN = {"text/plain": {"schema": {"type": "string"}}}
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "A parameter is missing or invalid (plain text `Error: ...`, as LanguageTool)",
          "content": _PLAIN},
    401: {"description": "Scoring is closed and neither a bearer token nor `apiKey` was accepted", "content": _PLAIN},
    413: {"description": "Text over CASECHECK_MAX_TEXT_CHARS, or body over the upload limit", "content": _PLAIN},
    415: {"description": "Content type is not application/x-www-form-urlencoded", "content": _PLAIN},
    503: {"description": "No model is loaded", "content": _PLAIN},
}
FORM_BODY = {"requestBody": {"required": True, "content": {
    "application/x-www-form-urlencoded": {"schema": LTCheckForm.model_json_schema()}}}}


@router.post("/check", response_model=LTCheckPublic, responses=ERRORS, openapi_extra=FORM_BODY)
async def create_lt_check(request: Request, scorer: ScorerDep, settings: SettingsDep, metrics: MetricsDep) -> Response:
    """Check a draft as a LanguageTool server would: casecheck's concerns as LanguageTool matches."""
    form = await read_form(request)
    if form is None:
        return plain_error(400, f"the form has more than {MAX_FIELDS} fields")
    if not await allowed(request, form, settings):
        return plain_error(401, "a valid bearer token (Authorization header) or 'apiKey' is required")
    try:
        check = parse_check(form, list(scorer.schema.doc_types))
    except LTRequestError as exc:
        return plain_error(exc.status, str(exc))
    plain = check.text.plain
    check_size(plain, settings.max_text_chars)
    if not plain.strip():  # an empty document in an editor: nothing to say, as LanguageTool
        return json_response(answer(check, [], scorer.version))
    if len(plain) <= INLINE_CHARS:
        body, counted = score(scorer, check)
    else:
        body, counted = await run_in_threadpool(score, scorer, check)
    metrics.observe_results([counted], CHANNEL)
    return json_response(body)


def score(scorer: Scorer, check: CheckRequest) -> tuple[dict[str, Any], dict[str, Any]]:
    """The answer, and what the metrics count (doc type, flags, failed case checks)."""
    result = scorer.score_many([check.text.plain], [check.doc_type], explain=False, cases=[check.case],
                               advice=check.rules.wants_advice())[0]
    matches = MatchWriter(check, result, scorer.schema).matches()
    counted = {"doc_type": result.doc_type, "flags": result.flags, "case_checks": result.case_checks}
    return answer(check, matches, scorer.version), counted


async def read_form(request: Request) -> dict[str, str] | None:
    """The URL-encoded form (typed as one or, as LTeX LS sends it, untyped); the first value of a repeated field.

    None when the body has more than ``MAX_FIELDS`` fields.
    """
    body = (await request.body()).decode("utf-8", "replace")
    try:
        pairs = parse_qsl(body, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        return None
    out: dict[str, str] = {}
    for key, value in pairs:
        out.setdefault(key, value)
    return out


async def allowed(request: Request, form: dict[str, str], settings: Settings) -> bool:
    """Open scoring, a bearer token, or LanguageTool's credentials (``username`` + ``apiKey``; the key is the token)."""
    try:
        await require_scoring_access(request)
        return True
    except HTTPException:
        key = form.get("apiKey", "").encode()
        tokens = settings.api_tokens + settings.admin_tokens
        return bool(key) and any(secrets.compare_digest(key, t.encode()) for t in tokens)


@router.get("/languages", response_model=list[LTLanguagePublic])
async def read_lt_languages() -> list[dict[str, str]]:
    """The languages ``/v2/check`` accepts (and ``auto``, read as British English)."""
    return [{"name": name, "code": code.split("-")[0], "longCode": code} for code, name in LANGUAGES.items()]


@router.get("/info", response_model=LTInfoPublic)
async def read_lt_info(request: Request) -> dict[str, Any]:
    """The software answering (LanguageTool's ``/v2/info``), with the model version being served."""
    scorer = request.app.state.models.scorer
    return {"software": {**SOFTWARE, "modelVersion": scorer.version if scorer else None}}
