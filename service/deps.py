"""Dependencies shared by the routes.

They are ``async def`` on purpose: FastAPI runs a plain ``def`` dependency in the threadpool, a
thread hop per dependency per request. None of these blocks, except ``get_scorer`` when the
registry's champion pointer moved: that load (and verification) runs in the threadpool.
"""

from __future__ import annotations

import secrets
import threading
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from model import Scorer
from service import websecurity
from service.metrics import ServiceMetrics
from service.settings import Settings
from service.state import ModelHolder

if TYPE_CHECKING:
    from training.store import LabelStore

_STORE_LOCK = threading.Lock()


async def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


async def get_metrics(request: Request) -> ServiceMetrics:
    return request.app.state.metrics


async def get_holder(request: Request) -> ModelHolder:
    return request.app.state.models


async def get_scorer(request: Request) -> Scorer:
    holder: ModelHolder = request.app.state.models
    # One stat of registry.json while it is unchanged; a moved champion is loaded off the event loop.
    scorer = await run_in_threadpool(holder.refresh) if holder.stale() else holder.scorer
    if scorer is None:
        detail = holder.error or "no model loaded"
        raise HTTPException(status_code=503, detail=f"model not ready: {detail}")
    return scorer


def _token_ok(request: Request, tokens: list[str]) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    return any(secrets.compare_digest(token.encode(), t.encode()) for t in tokens)


async def require_scoring_access(request: Request) -> None:
    settings: Settings = request.app.state.settings
    if settings.scoring_open:
        return
    if not _token_ok(request, settings.api_tokens + settings.admin_tokens):
        raise HTTPException(status_code=401, detail="a valid bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})


async def require_scoring_page(request: Request) -> None:
    """The web pages' scoring access (the form, feedback, ``/dip-sample``): open by default; when scoring is closed,
    a session (signed in with an admin or a scoring token) or a bearer token. A page asked for without either
    goes to the sign-in form; a post gets 401."""
    settings: Settings = request.app.state.settings
    if settings.scoring_open or websecurity.session_user(request) is not None:
        return
    try:
        await require_scoring_access(request)
    except HTTPException:
        if request.method in ("GET", "HEAD"):
            page = "/" + request.url.path.strip("/").split("/", 1)[0]
            raise HTTPException(303, detail="sign in first", headers={"Location": f"/login?next={page}"}) from None
        raise HTTPException(401, detail="Scoring is closed on this server: sign in first (see /login).") from None


async def require_admin(request: Request) -> None:
    settings: Settings = request.app.state.settings
    if not request.headers.get("authorization"):
        raise HTTPException(status_code=401, detail="admin bearer token required",
                            headers={"WWW-Authenticate": "Bearer"})
    if not settings.admin_tokens or not _token_ok(request, settings.admin_tokens):
        raise HTTPException(status_code=403, detail="token not accepted for admin routes")


def get_label_store(request: Request) -> LabelStore:
    """The app's one label store (admin routes and web feedback alike), opened and migrated on first use.

    Imported here, not at start: SQLAlchemy and Alembic are not needed to score. A plain ``def``: opening
    the store may touch the database, so FastAPI runs it in the threadpool.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from service.retraining import open_store

    with _STORE_LOCK:
        store = getattr(request.app.state, "label_store", None)
        if store is None:
            try:
                store = request.app.state.label_store = open_store(request.app.state.settings)
            except SQLAlchemyError as exc:
                raise HTTPException(503, detail=f"label store unavailable: {str(exc).splitlines()[0][:200]}") from None
        return store


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
ScorerDep = Annotated[Scorer, Depends(get_scorer)]
MetricsDep = Annotated[ServiceMetrics, Depends(get_metrics)]
HolderDep = Annotated[ModelHolder, Depends(get_holder)]
# Typed ``Any``: naming ``LabelStore`` here would import SQLAlchemy when the app starts.
LabelStoreDep = Annotated[Any, Depends(get_label_store)]
