"""``/labels`` (admin session) and ``/login``: the label loop in the browser.

- **Import**: an IQA export is uploaded into a private job folder and checked in full against
  the store (a dry run of ``casecheck labels import``); every bad row is listed (row, column,
  reason) with a CSV error report to download, and only a clean file can be imported, all or
  nothing. The folder is deleted after the import, on "discard", or when it expires.
- **Stats**: labels per concern, assessor (with agreement between assessors) and month.
- **Review queue**: web feedback waiting for an assessor ([reliability]'s store status).
- **Retrain** in the background with progress; then the champion/challenger comparison on the
  stored holdout (per-concern F1 and calibration) and the gate's decision with its reasons.
- **Models**: the registry, each version's model card, promote and roll back with a reason, and
  the promotion log.

Every route needs an admin session (``/login`` takes an admin token once and sets a signed cookie);
every form carries a CSRF token and cross-site posts are refused (``service.websecurity``).
"""

from __future__ import annotations

import io
import logging
import threading
import time
from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from model import BundleIntegrityError, BundleNotFoundError, ModelError, Registry
from service import websecurity
from service.deps import SettingsDep
from service.deps import get_label_store as get_store
from service.routes.web import TEMPLATES
from service.settings import Settings
from service.workspace import Job, Workspace

log = logging.getLogger("casecheck.labels_page")
router = APIRouter(prefix="/labels", tags=["web"], include_in_schema=False,
                   dependencies=[Depends(websecurity.require_admin_session)])
FormPost = [Depends(websecurity.require_form_post)]
LABEL_FORMATS = (".csv", ".xlsx", ".jsonl")
DONE_MESSAGES = {"imported": "The labels were imported.", "promoted": "The version was promoted and is now served.",
                 "rolledback": "Rolled back: the earlier champion is served again.",
                 "discarded": "The uploaded file was deleted.", "reviewed": "The review queue was updated."}


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    context = {"nav": "labels", "user": who(request), **context}
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


async def posted(request: Request) -> dict[str, str]:
    """The posted form's text fields (``require_form_post`` has checked its origin and CSRF token)."""
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def who(request: Request) -> str:
    """The user of record: the trusted proxy's user, else the signed-in admin."""
    return (websecurity.user_of_record(request) or "admin")[:200]


# ----------------------------------------------------------------------------- the page

def registry_of(settings: Settings) -> Registry:
    return Registry(settings.registry_dir)


def models_view(registry: Registry) -> list[dict[str, Any]]:
    """Every registered version, newest first, with what its manifest says."""
    champion = registry.champion()
    out: list[dict[str, Any]] = []
    for version in reversed(registry.versions()):
        try:
            manifest = registry.manifest(version)
        except ModelError as exc:
            out.append({"version": version, "problem": str(exc)})
            continue
        comparison = manifest.get("comparison") or {}
        out.append({"version": version, "champion": version == champion, "created": manifest.get("created_at", ""),
                    "macro_f1": (manifest.get("metrics") or {}).get("macro_f1"),
                    "holdout_f1": ((comparison.get("metrics") or {}).get("challenger") or {}).get("macro_f1"),
                    "retrained": bool(comparison)})
    return out


def stats_view(settings: Settings, request: Request) -> dict[str, Any] | None:
    try:
        return get_store(request).stats()
    except Exception as exc:  # an unreachable store: the page still shows the models
        log.error("label store unavailable: %s", type(exc).__name__)
        return None


def review_queue(request: Request) -> list[dict[str, Any]] | None:
    """Web feedback waiting for review (the oldest 200), or None when the store cannot be reached."""
    try:
        return get_store(request).review_queue(limit=200)
    except Exception as exc:  # an unreachable store: the page still shows the models
        log.error("label store unavailable: %s", type(exc).__name__)
        return None


@router.get("", response_class=HTMLResponse)
def read_labels(request: Request, settings: SettingsDep, done: str = "", error: str = "") -> HTMLResponse:
    """The label loop: import, stats, review queue, retrain, models."""
    return labels_page(request, settings, message=DONE_MESSAGES.get(done, ""))


def labels_page(request: Request, settings: Settings, status: int = 200, **context: Any) -> HTMLResponse:
    registry = registry_of(settings)
    latest = latest_comparison(registry)
    return page(request, "labels.html", {
        "stats": stats_view(settings, request), "queue": review_queue(request), "models": models_view(registry),
        "champion": registry.champion(), "log": list(reversed(registry.promotions()))[:50],
        "rollback_to": (registry.index().get("previous") or [None])[-1] if registry.versions() else None,
        "latest": latest, "concern_titles": concern_titles(), **context}, status)


def concern_titles() -> dict[str, str]:
    from model import default_schema

    return {c: info.title for c, info in default_schema().concerns.items()}


def latest_comparison(registry: Registry) -> dict[str, Any] | None:
    """The comparison of the newest retrained version."""
    for version in reversed(registry.versions()):
        try:
            comparison = registry.manifest(version).get("comparison")
        except ModelError:
            continue
        if comparison:
            return comparison
    return None


# ----------------------------------------------------------------------------- import

def imports(settings: Settings) -> Workspace:
    return Workspace(settings.home, "labels", settings.upload_ttl_seconds)


@router.post("/import", response_class=HTMLResponse)
async def create_import_check(request: Request, settings: SettingsDep) -> Response:
    """Upload an IQA export and check it against the store (a dry run): the error table, or "ready"."""
    from service.uploads import check_upload_csrf, receive_upload

    websecurity.check_same_origin(request)
    job = imports(settings).create({"status": "uploading"})
    try:
        upload = await receive_upload(request, job.path("upload"))
        check_upload_csrf(request, upload.fields.get("csrf_token", ""))
    except BaseException:
        job.discard()
        raise
    suffix = PurePath(upload.filename or "").suffix.lower()
    if not upload.filename or upload.size == 0 or suffix not in LABEL_FORMATS:
        job.discard()
        return labels_page(request, settings, 422, import_error="Choose an IQA export: a .csv, .xlsx or .jsonl file "
                                                                 "(the field 'file').")
    name = PurePath(upload.filename).name[:200]
    job.path("upload").rename(job.path(f"upload{suffix}"))
    job.update(status="checking", filename=name, suffix=suffix, layout=upload.fields.get("layout", "auto"))
    return check_page(request, settings, job)


def check_page(request: Request, settings: Settings, job: Job) -> HTMLResponse:
    from training.label_files import LabelImportError

    state = job.state()
    try:
        result = run_import(request, job, state, dry_run=True)
    except LabelImportError as exc:
        return invalid_page(request, job, exc)
    job.update(status="valid", errors=[])
    return page(request, "labels_check.html", {"job": job, "state": job.state(), "errors": [], "result": result})


def invalid_page(request: Request, job: Job, exc: Any) -> HTMLResponse:
    """The error table; the uploaded file is deleted at once (only the list of problems is kept, for the report)."""
    state = job.update(status="invalid", errors=[[e.row, e.column, e.reason] for e in exc.errors])
    job.path(f"upload{state['suffix']}").unlink(missing_ok=True)
    return page(request, "labels_check.html", {"job": job, "state": state, "errors": exc.errors, "result": None}, 422)


def run_import(request: Request, job: Job, state: dict[str, Any], dry_run: bool) -> Any:
    from training.label_import import ImportOptions, import_bytes

    layout = str(state.get("layout")) if state.get("layout") in ("auto", "wide", "long") else "auto"
    user = who(request)
    options = ImportOptions(layout=layout, who=user, assessor=user if websecurity.trusted_user(request) else "")
    data = job.path(f"upload{state['suffix']}").read_bytes()
    return import_bytes(get_store(request), data, PurePath(state["filename"]), options, dry_run=dry_run)  # type: ignore[arg-type]


def job_or_404(job: Job | None, gone: str) -> Job:
    """The job, or a 404 that says why it is not there."""
    if job is None:
        raise HTTPException(404, detail=gone)
    return job


def get_import(job_id: str, settings: SettingsDep) -> Job:
    return job_or_404(imports(settings).get(job_id), "This upload is gone: it was imported, discarded or has expired.")


ImportJob = Annotated[Job, Depends(get_import)]


@router.get("/import/{job_id}/errors.csv")
def read_error_report(job: ImportJob) -> Response:
    """Every bad row of the checked file (row, column, reason), formula-safe."""
    from service.batch_io import CsvWriter

    state = job.state()
    out = io.BytesIO()
    writer = CsvWriter(out, ["row", "column", "reason"])
    writer.write([{"row": r, "column": c, "reason": why} for r, c, why in state.get("errors", [])])
    writer.close()
    name = PurePath(state.get("filename", "labels")).stem[:80] or "labels"
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{safe_name(name)}-errors.csv"'})


def safe_name(name: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "labels"


@router.post("/import/{job_id}", response_class=HTMLResponse, dependencies=FormPost)
async def create_import(request: Request, settings: SettingsDep, job: ImportJob) -> Response:
    """Import the checked file, all or nothing (checked again inside the write transaction)."""
    from training.label_files import LabelImportError

    form = await posted(request)
    if form.get("action") == "discard":
        job.discard()
        return RedirectResponse("/labels?done=discarded", status_code=303)
    state = job.state()
    if state.get("status") != "valid":
        raise HTTPException(409, detail="Only a file whose check found no problem can be imported; upload it again.")
    try:
        result = run_import(request, job, state, dry_run=False)
    except LabelImportError as exc:  # the store changed since the check
        return invalid_page(request, job, exc)
    job.discard()
    log.info("labels imported via web: rows=%s labels=%s", result.rows, result.labels_added)
    return RedirectResponse("/labels?done=imported", status_code=303)


# ----------------------------------------------------------------------------- review queue

@router.post("/review", response_class=HTMLResponse, dependencies=FormPost)
async def create_review(request: Request, settings: SettingsDep) -> Response:
    """Approve or reject web feedback labels (ids ticked in the queue)."""
    form = await request.form()
    decision = str(form.get("decision", ""))
    ids = [int(v) for v in form.getlist("label") if isinstance(v, str) and v.isdigit()]
    if decision not in ("approve", "reject") or not ids:
        return labels_page(request, settings, 422, review_error="Tick at least one label, then approve or reject.")
    from training.store import LabelStoreError

    try:
        get_store(request).review(dict.fromkeys(ids, decision), who(request))
    except LabelStoreError as exc:
        return labels_page(request, settings, 409, review_error=str(exc))
    return RedirectResponse("/labels?done=reviewed#review", status_code=303)


# ----------------------------------------------------------------------------- retrain

def retrains(settings: Settings) -> Workspace:
    return Workspace(settings.home, "retrain", max(settings.upload_ttl_seconds, 24 * 3600))


@router.post("/retrain", dependencies=FormPost)
async def create_retrain(request: Request, settings: SettingsDep) -> Response:
    """Start a retrain in the background; its page shows progress, then the comparison."""
    form = await posted(request)
    force = " ".join(form.get("force_reason", "").split())[:500] or None
    job = retrains(settings).create({"status": "running", "message": "starting", "force_reason": force})
    threading.Thread(target=run_retrain_job, args=(request.app, settings, job, force, who(request)),
                     name="web-retrain", daemon=True).start()
    return RedirectResponse(f"/labels/retrain/{job.id}", status_code=303)


def run_retrain_job(app: Any, settings: Settings, job: Job, force: str | None, user: str) -> None:
    from service.retraining import run_retrain

    def say(message: str) -> None:
        job.update(message=message)

    started = time.perf_counter()
    try:
        result = run_retrain(settings, force_reason=force, who=user, progress=say)
    except Exception as exc:  # RetrainError, a store or registry error: the page says which
        job.update(status="failed", error=str(exc).splitlines()[0][:300] or type(exc).__name__)
        return
    if result.promoted:
        app.state.models.load()
    job.update(status="done", version=result.version, promoted=result.promoted,
               seconds=round(time.perf_counter() - started, 1))


def get_retrain(job_id: str, settings: SettingsDep) -> Job:
    return job_or_404(retrains(settings).get(job_id), "No such retrain (its record expires after a day).")


RetrainJob = Annotated[Job, Depends(get_retrain)]


@router.get("/retrain/{job_id}/status")
def read_retrain_status(job: RetrainJob) -> JSONResponse:
    state = job.state()
    return JSONResponse({k: state.get(k) for k in ("status", "message", "error")})


@router.get("/retrain/{job_id}", response_class=HTMLResponse)
def read_retrain(request: Request, settings: SettingsDep, job: RetrainJob) -> HTMLResponse:
    """Progress of a retrain; then the comparison and the gate's decision."""
    state = job.state()
    comparison = None
    if state.get("status") == "done":
        comparison = registry_of(settings).manifest(state["version"]).get("comparison")
    return page(request, "labels_retrain.html", {"job": job, "state": state, "latest": comparison,
                                                 "champion": registry_of(settings).champion(),
                                                 "concern_titles": concern_titles()})


# ----------------------------------------------------------------------------- models

@router.get("/models/{version}", response_class=HTMLResponse)
def read_model_card(request: Request, settings: SettingsDep, version: str) -> HTMLResponse:
    """A version's model card (as registered, sha256-checked against its manifest)."""
    registry = registry_of(settings)
    if version not in registry.versions():
        raise HTTPException(404, detail=f"No model version {version!r} in the registry.")
    try:
        registry.verify(version)
        card = (registry.root / version / "model_card.md").read_text(encoding="utf-8")
    except ModelError as exc:
        card = f"This version fails verification: {exc}"
    return page(request, "labels_card.html", {"version": version, "card": card,
                                              "champion": registry.champion() == version})


@router.post("/promote", response_class=HTMLResponse, dependencies=FormPost)
async def create_promotion(request: Request, settings: SettingsDep) -> Response:
    """Promote a version (verified first) with a reason; the service serves it at once."""
    form = await posted(request)
    reason = " ".join(form.get("reason", "").split())[:500]
    version = form.get("version", "")
    registry = registry_of(settings)
    if not reason:
        return labels_page(request, settings, 422, models_error="Give a reason for the promotion (the field 'reason').")
    return change_champion(request, settings, lambda: registry.promote(version, reason=reason, who=who(request)),
                           "promoted")


@router.post("/rollback", response_class=HTMLResponse, dependencies=FormPost)
async def create_rollback(request: Request, settings: SettingsDep) -> Response:
    """Return to the previous champion with a reason."""
    form = await posted(request)
    reason = " ".join(form.get("reason", "").split())[:500]
    registry = registry_of(settings)
    if not reason:
        return labels_page(request, settings, 422, models_error="Give a reason for the rollback (the field 'reason').")
    return change_champion(request, settings, lambda: registry.rollback(reason=reason, who=who(request)),
                           "rolledback")


def change_champion(request: Request, settings: Settings, change: Any, done: str) -> Response:
    try:
        change()
    except BundleNotFoundError as exc:
        return labels_page(request, settings, 404, models_error=str(exc))
    except BundleIntegrityError as exc:
        return labels_page(request, settings, 409, models_error=f"{exc} The current model keeps serving.")
    request.app.state.models.load()
    log.info("champion changed via web: %s", done)
    return RedirectResponse(f"/labels?done={done}#models", status_code=303)

