"""Scoring API: ``POST /v1/check``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException

from service.deps import ScorerDep, SettingsDep, require_scoring_access
from service.schemas import CheckCreate, CheckPublic

router = APIRouter(prefix="/v1", tags=["scoring"], dependencies=[Depends(require_scoring_access)])


def check_size(text: str, limit: int) -> None:
    if len(text) > limit:
        raise HTTPException(status_code=413, detail=f"text has {len(text)} characters; the limit is {limit}")


@router.post("/check", response_model=CheckPublic)
def create_check(body: CheckCreate, scorer: ScorerDep, settings: SettingsDep) -> dict[str, Any]:
    """Score one draft: scores, flags and highlighted concerns."""
    check_size(body.text, settings.max_text_chars)
    return scorer.score(body.text, body.doc_type).to_dict()
