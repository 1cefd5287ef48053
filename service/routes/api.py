"""Scoring API: ``POST /v1/check``, ``POST /v1/batch``; reference: ``GET /v1/concerns``, ``GET /v1/models``."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import orjson
from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from model import DECISION_TYPES, OFFENCE_CATEGORIES, ModelError, Scorer
from service.deps import HolderDep, MetricsDep, ScorerDep, SettingsDep, require_scoring_access
from service.schemas import BatchCreate, BatchDocument, BatchPublic, CheckCreate, CheckPublic, ModelsPublic

router = APIRouter(prefix="/v1", tags=["scoring"], dependencies=[Depends(require_scoring_access)])
info_router = APIRouter(prefix="/v1", tags=["reference"])

CHUNK = 128
# Drafts up to this many characters are scored on the event loop (a 400-word letter takes a few ms);
# longer ones in the threadpool, so that a 100,000-character draft does not stall other requests.
INLINE_CHARS = 10_000
# NumPy scalars and non-str keys, should a result carry any (``Result.to_dict`` gives plain types today).
ORJSON_OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS
ERRORS = {
    401: {"description": "Scoring is closed (CASECHECK_SCORING_OPEN=false) and no valid bearer token was sent"},
    413: {"description": "Text or batch over the configured limit"},
    415: {"description": "Content type is not application/json"},
    422: {"description": "A field is missing or invalid; `detail[0].loc` names it"},
    503: {"description": "No model is loaded"},
}


def check_size(text: str, limit: int) -> None:
    if len(text) > limit:
        raise HTTPException(status_code=413, detail=f"text has {len(text)} characters; the limit is {limit}")


def json_response(content: Any) -> Response:
    """``content`` serialised once by orjson.

    The routes declare ``response_model=`` for the OpenAPI schema, but return this ``Response``,
    so FastAPI neither validates nor re-encodes the result dict (``Result.to_dict`` already has
    the schema's shape; tests/test_service.py checks that it round-trips through the model).
    """
    try:
        body = orjson.dumps(content, option=ORJSON_OPTIONS)
    except TypeError:  # an id orjson refuses (an integer over 64 bits, a lone surrogate): the standard library's
        body = json.dumps(content, separators=(",", ":"), allow_nan=False, default=_plain).encode("ascii")
    return Response(body, media_type="application/json")


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


@router.post("/check", response_model=CheckPublic, responses=ERRORS)  # type: ignore[arg-type]
async def create_check(body: CheckCreate, scorer: ScorerDep, settings: SettingsDep, metrics: MetricsDep) -> Response:
    """Score one draft: scores, flags, highlighted concerns, advice and (with case data) case checks."""
    check_size(body.text, settings.max_text_chars)
    if len(body.text) <= INLINE_CHARS:
        result = _check(scorer, body)
    else:
        result = await run_in_threadpool(_check, scorer, body)
    metrics.observe_results([result], "api")
    return json_response(result)


def _check(scorer: Scorer, body: CheckCreate) -> dict[str, Any]:
    case = body.case.to_case() if body.case else None
    return scorer.score(body.text, body.doc_type, case=case).to_dict()


@router.post("/batch", response_model=BatchPublic, responses=ERRORS)  # type: ignore[arg-type]
async def create_batch(body: BatchCreate, scorer: ScorerDep, settings: SettingsDep, metrics: MetricsDep) -> Response:
    """Score up to ``CASECHECK_MAX_BATCH_DOCUMENTS`` drafts; a bad document gets an ``error``, in order."""
    if len(body.documents) > settings.max_batch_documents:
        raise HTTPException(status_code=413, detail=f"{len(body.documents)} documents; the limit is "
                                                    f"{settings.max_batch_documents} per request")
    results = await run_in_threadpool(score_documents, scorer, body.documents)
    n_errors = sum("error" in r for r in results)
    metrics.observe_results((r for r in results if "error" not in r), "batch")
    metrics.observe_errors(n_errors, "batch")
    return json_response({"n_documents": len(results), "n_errors": n_errors, "model_version": scorer.version,
                          "results": results})


def score_documents(scorer: Scorer, documents: list[BatchDocument]) -> list[dict[str, Any]]:
    """Results in order; a document whose text, doc type or case data is refused gets an ``error``."""
    out: list[dict[str, Any]] = []
    for lo in range(0, len(documents), CHUNK):
        out += _score_chunk(scorer, documents[lo : lo + CHUNK])
    return out


def _score_chunk(scorer: Scorer, documents: list[BatchDocument]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [{"id": d.id} for d in documents]
    good, cases = [], []
    for i, doc in enumerate(documents):
        try:
            scorer.check_text_value(doc.text)
            scorer.check_doc_type(doc.doc_type or None)
            cases.append(doc.case.to_case() if doc.case else None)
        except ModelError as exc:  # InvalidTextError, UnknownDocTypeError, CaseDataError: no text in messages
            out[i]["error"] = str(exc)
            continue
        good.append(i)
    results = scorer.score_many([documents[i].text for i in good], [documents[i].doc_type or None for i in good],
                                cases=cases)
    for i, result in zip(good, results, strict=True):
        out[i].update(result.to_dict())
    return out


@info_router.get("/concerns")
def read_concerns(holder: HolderDep) -> dict[str, Any]:
    """The concern schema: doc types, concerns (title, message, suggestion), case checks and case fields."""
    from model import default_schema

    schema = holder.scorer.schema if holder.scorer else default_schema()
    return {**schema.as_dict(), "case_fields": {
        "decision_type": list(DECISION_TYPES),
        "offence_category": list(OFFENCE_CATEGORIES),
        "service_level": ["standard", "enhanced"],
        "decision_date": "YYYY-MM-DD or DD/MM/YYYY",
        "sent_date": "YYYY-MM-DD or DD/MM/YYYY",
    }}


@info_router.get("/models", response_model=ModelsPublic, responses={503: ERRORS[503]})  # type: ignore[dict-item]
def read_models(holder: HolderDep) -> dict[str, Any]:
    """Registered versions, the champion, the version being served, and the champion's metrics."""
    index = holder.registry.index()
    champion, active = index.get("champion"), holder.scorer.version if holder.scorer else None
    manifest = holder.registry.manifest(champion) if champion else {}
    versions = [{"version": v, "created_at": e.get("created_at"), "champion": v == champion, "active": v == active}
                for v, e in sorted(index.get("versions", {}).items())]
    training = {k: v for k, v in manifest.get("training", {}).items() if k in ("records", "by_doc_type", "seconds")}
    return {"champion": champion, "active": active, "versions": versions, "metrics": manifest.get("concerns", {}),
            "training": training, "error": holder.error}
