"""Admin and label routes (admin bearer token): feedback labels, retrain, promote, roll back.

``POST /v1/labels`` stores a reviewer's "wrong" / "missed" mark as a label with source
``web_feedback``; the draft's text is kept only when ``consent`` is true, otherwise only its
sha256. ``POST /v1/admin/retrain`` runs the retrain (``casecheck retrain``); a promotion from
it or from ``POST /v1/admin/promote`` / ``rollback`` is loaded at once (verified first), and a
version that fails verification is refused while the current model keeps serving.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from model import BundleIntegrityError, BundleNotFoundError, ModelError, default_schema
from model.registry import Registry, now_iso, process_alive, write_json_atomic
from service.deps import LabelStoreDep, SettingsDep, require_admin
from service.errors import field_error
from service.settings import Settings

# The label store and the retrain (SQLAlchemy, Alembic, training) are imported by the routes that use
# them, not at start: the service is ready sooner, and scoring never needs them.

router = APIRouter(prefix="/v1", tags=["admin"], dependencies=[Depends(require_admin)],
                   responses={401: {"description": "No bearer token"},
                              403: {"description": "The token is not an admin token"}})


class LabelCreate(BaseModel):
    """A reviewer's correction of one concern on one draft."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The draft the mark is about.")
    doc_type: str = Field(description="pre_charge_review, post_charge_review or vcl_letter.")
    concern: str = Field(max_length=64, description="The concern id marked (see GET /v1/concerns).")
    mark: Literal["wrong", "missed"] = Field(description="wrong: flagged but not a concern (0); "
                                                         "missed: a concern the checker did not flag (1).")
    consent: bool = Field(False, description="Keep the draft's text for retraining; otherwise only its sha256.")
    assessor: str = Field("", max_length=200, description="Who marked it.")
    model_version: str | None = Field(None, max_length=60, description="The model that scored the draft.")
    document_id: str | None = Field(None, max_length=200, description="The draft's id, if it has one.")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty or only white space")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a JSON "\ud800": not text, and it would break hashing and storage
            raise ValueError("text contains an unpaired surrogate (U+D800 to U+DFFF): not valid Unicode") from None
        return value

    @field_validator("doc_type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in default_schema().doc_types:
            raise ValueError(f"unknown doc_type {value!r}; valid: {', '.join(default_schema().doc_types)}")
        return value


class LabelPublic(BaseModel):
    label_id: int
    document_id: str
    concern: str
    value: int
    text_stored: bool
    split: str
    status: str


LabelId = Annotated[int, Field(ge=1, le=2**63 - 1)]  # a database integer key


class ReviewCreate(BaseModel):
    """An assessor's decision on pending labels of the review queue."""

    model_config = ConfigDict(extra="forbid")
    approve: list[LabelId] = Field([], max_length=10_000, description="Label ids to approve for retraining.")
    reject: list[LabelId] = Field([], max_length=10_000, description="Label ids to reject (never trained on).")
    who: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$",
                     description="The assessor of record (no control characters).")


class RetrainCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    force_reason: str | None = Field(None, description="Promote even if the comparison says no; recorded.")
    wait: bool = Field(True, description="Answer when the retrain ends; false: 202 and poll GET /v1/admin/retrain.")
    who: str = Field("admin api", max_length=200)


class PromotionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str
    reason: str = Field("promoted over the admin API", min_length=1)
    who: str = Field("admin api", max_length=200)


class RollbackCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field("rolled back over the admin API", min_length=1)
    who: str = Field("admin api", max_length=200)


def _serving(request: Request) -> dict[str, Any]:
    scorer = request.app.state.models.scorer
    registry = Registry(request.app.state.settings.registry_dir)
    return {"champion": registry.champion(), "serving": scorer.version if scorer else None}


@router.post("/labels", status_code=201, response_model=LabelPublic,
             responses={413: {"description": "Text over the limit"}, 503: {"description": "Label store unavailable"}})
def create_label(body: LabelCreate, settings: SettingsDep, store: LabelStoreDep) -> dict[str, Any]:
    """Store a "wrong" / "missed" mark as a label (text only with consent), pending review."""
    from sqlalchemy.exc import SQLAlchemyError

    from training.store import LabelStoreError

    if len(body.text) > settings.max_text_chars:
        raise HTTPException(413, detail=f"text has {len(body.text)} characters; the limit is {settings.max_text_chars}")
    try:
        return store.add_feedback(
            body.text, body.doc_type, body.concern, 1 if body.mark == "missed" else 0, consent=body.consent,
            assessor=body.assessor, note=body.mark, model_version=body.model_version, document_id=body.document_id)
    except LabelStoreError as exc:
        detail = [{"loc": ["body", "concern"], "msg": str(exc), "type": "value_error"}]
        raise HTTPException(422, detail=detail) from None
    except SQLAlchemyError as exc:
        raise HTTPException(503, detail=f"label store unavailable: {str(exc).splitlines()[0]}") from None


@router.get("/admin/labels/review", responses={503: {"description": "Label store unavailable"}})
def read_review_queue(store: LabelStoreDep, limit: int = 500) -> dict[str, Any]:
    """The review queue: web feedback labels waiting for an assessor (oldest first, text only if kept)."""
    queue = store.review_queue(limit=max(1, min(limit, 10_000)))
    return {"pending": queue, "count": len(queue)}


@router.post("/admin/labels/review", responses={409: {"description": "A label is unknown or already reviewed"},
                                                503: {"description": "Label store unavailable"}})
def create_review(body: ReviewCreate, store: LabelStoreDep) -> dict[str, Any]:
    """Approve or reject pending labels, all or nothing; retraining then uses the approved ones."""
    from training.store import LabelStoreError

    if set(body.approve) & set(body.reject):
        raise HTTPException(422, detail=field_error(["body", "reject"], "a label cannot be approved and rejected"))
    try:
        return store.review({**dict.fromkeys(body.approve, "approve"), **dict.fromkeys(body.reject, "reject")},
                            body.who)
    except LabelStoreError as exc:
        raise HTTPException(409, detail=str(exc)) from None


def _retrain(settings: Settings, body: RetrainCreate, request: Request) -> dict[str, Any]:
    from service.retraining import run_retrain

    result = run_retrain(settings, force_reason=body.force_reason, who=body.who)
    if result.promoted:
        request.app.state.models.load()
    return {"version": result.version, "previous": result.previous, "promoted": result.promoted,
            "reasons": result.comparison["reasons"], "comparison": result.comparison, **_serving(request)}


def _background(settings: Settings, body: RetrainCreate, request: Request, job: dict[str, Any]) -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from training.retrain import RetrainError
    from training.store import LabelStoreError

    try:
        job.update(status="done", result=_retrain(settings, body, request))
    except (RetrainError, ModelError, LabelStoreError, SQLAlchemyError) as exc:
        job.update(status="failed", error=str(exc).splitlines()[0])
    finally:
        job["finished_at"] = now_iso()
        _save_job(settings, job)


def _job_path(settings: Settings) -> Path:
    """The background retrain's status, in a file: any worker process may answer the poll."""
    return settings.home / "retrain-job.json"


def _save_job(settings: Settings, job: dict[str, Any]) -> None:
    settings.home.mkdir(parents=True, exist_ok=True)
    write_json_atomic(_job_path(settings), {**job, "pid": os.getpid()})


def _load_job(settings: Settings) -> dict[str, Any] | None:
    try:
        job = json.loads(_job_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    pid = job.pop("pid", None)
    if job.get("status") == "running" and isinstance(pid, int) and not process_alive(pid):
        job.update(status="failed", error="the server process running the retrain stopped before it finished")
    return job


@router.post("/admin/retrain", responses={409: {"description": "The retrain could not run"},
                                          503: {"description": "Label store unavailable"}})
def create_retrain(body: RetrainCreate, request: Request, settings: SettingsDep) -> JSONResponse:
    """Retrain from the label store; promote (and serve) the challenger if it is no worse."""
    from sqlalchemy.exc import SQLAlchemyError

    from training.retrain import RetrainError
    from training.store import LabelStoreError

    if not body.wait:
        job = {"id": uuid.uuid4().hex[:12], "status": "running", "started_at": now_iso()}
        _save_job(settings, job)
        threading.Thread(target=_background, args=(settings, body, request, job), daemon=True).start()
        return JSONResponse(job, status_code=202)
    try:
        return JSONResponse(_retrain(settings, body, request))
    except (RetrainError, ModelError, LabelStoreError) as exc:
        raise HTTPException(409, detail=str(exc)) from None
    except SQLAlchemyError as exc:
        raise HTTPException(503, detail=f"label store unavailable: {str(exc).splitlines()[0]}") from None


@router.get("/admin/retrain", responses={404: {"description": "No background retrain has been started"}})
def read_retrain(settings: SettingsDep) -> dict[str, Any]:
    """The latest background retrain started with ``wait: false`` (by any worker process)."""
    job = _load_job(settings)
    if job is None:
        raise HTTPException(404, detail="no background retrain has been started")
    return job


@router.post("/admin/promote", responses={404: {"description": "No such version"},
                                          409: {"description": "The version fails verification"}})
def create_promotion(body: PromotionCreate, request: Request, settings: SettingsDep) -> dict[str, Any]:
    """Make a registered version the champion (verified first) and serve it now."""
    registry = Registry(settings.registry_dir)
    return _change_champion(request, lambda: registry.promote(body.version, reason=body.reason, who=body.who))


@router.post("/admin/rollback", responses={404: {"description": "No earlier champion"},
                                           409: {"description": "The earlier champion fails verification"}})
def create_rollback(body: RollbackCreate, request: Request, settings: SettingsDep) -> dict[str, Any]:
    """Return to the previous champion (verified first) and serve it now."""
    registry = Registry(settings.registry_dir)
    return _change_champion(request, lambda: registry.rollback(reason=body.reason, who=body.who))


def _change_champion(request: Request, change: Callable[[], object]) -> dict[str, Any]:
    """Move the champion pointer, mapping registry errors to 404/409, then serve the new champion."""
    try:
        change()
    except BundleNotFoundError as exc:
        raise HTTPException(404, detail=str(exc)) from None
    except BundleIntegrityError as exc:
        raise HTTPException(409, detail=f"{exc} The current model keeps serving.") from None
    request.app.state.models.load()
    return _serving(request)
