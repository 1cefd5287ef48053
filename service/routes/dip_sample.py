"""``/dip-sample``: a manager scores a period's drafts in the browser (``casecheck score`` + ``report`` + ``sample``).

Upload (multipart field ``file``, CSV or XLSX) -> column mapping when the text column is not
recognised -> scoring in the background (progress polled by script, or a page that refreshes
itself without one) -> the result page: the report, the risk-ranked sample with controls and a
link to each draft highlighted as the single-draft form shows it, and downloads. Access follows
the scoring routes'; every form carries a CSRF token. Files live in the job's private folder
until discarded or expired (``CASECHECK_UPLOAD_TTL_SECONDS``).
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup

from service import dip_sample as dip
from service import websecurity
from service.batch import spec_of
from service.batch_io import MEDIA_TYPES, InputFileError
from service.deps import ScorerDep, SettingsDep, require_scoring_page
from service.routes.web import TEMPLATES, _form_context, result_context
from service.settings import Settings
from service.uploads import Upload, check_upload_csrf, receive_upload
from service.workspace import Job, Workspace

router = APIRouter(prefix="/dip-sample", tags=["web"], include_in_schema=False,
                   dependencies=[Depends(require_scoring_page)])
FormPost = [Depends(websecurity.require_form_post)]
KIND = "dip-sample"
DOWNLOAD_TYPES = {"csv": MEDIA_TYPES["csv"], "xlsx": MEDIA_TYPES["xlsx"]}


def workspace(settings: Settings) -> Workspace:
    return Workspace(settings.home, KIND, settings.upload_ttl_seconds)


def max_rows(settings: Settings) -> int:
    return settings.max_batch_rows


def get_job(job_id: str, settings: SettingsDep) -> Job:
    job = workspace(settings).get(job_id)
    if job is None:
        raise HTTPException(404, detail="This dip sample is gone: it was discarded or has expired. Upload the "
                                        "file again.")
    return job


JobDep = Annotated[Job, Depends(get_job)]


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, {"nav": "dip-sample", **context}, status_code=status)


@router.get("", response_class=HTMLResponse)
def read_upload_form(request: Request, settings: SettingsDep, discarded: bool = False) -> HTMLResponse:
    """The upload form."""
    workspace(settings).sweep()
    return page(request, "dip_upload.html", {"discarded": discarded, "ttl_minutes": settings.upload_ttl_seconds // 60,
                                             "max_rows": max_rows(settings),
                                             "max_mb": settings.max_upload_bytes // 1_000_000})


def upload_error(request: Request, settings: Settings, message: str, status: int) -> HTMLResponse:
    return page(request, "dip_upload.html", {"error": message, "ttl_minutes": settings.upload_ttl_seconds // 60,
                                             "max_rows": max_rows(settings),
                                             "max_mb": settings.max_upload_bytes // 1_000_000}, status)


@router.post("", response_class=HTMLResponse)
async def create_dip_sample(request: Request, settings: SettingsDep, scorer: ScorerDep) -> Response:
    """Take the upload into a new private job folder; map its columns or start scoring."""
    websecurity.check_same_origin(request)
    job = workspace(settings).create({"status": "uploading"})
    try:
        upload = await dip_upload(request, job)
        check_upload_csrf(request, upload.fields.get("csrf_token", ""))
        fmt = dip.FORMATS.get(PurePath(upload.filename or "").suffix.lower()) or dip.FORMATS.get(
            upload.content_type.split(";")[0].strip().lower())
        if not upload.filename or upload.size == 0:
            raise HTTPException(422, detail="Choose a CSV or XLSX file of drafts (the field 'file' is empty).")
        if fmt is None:
            raise HTTPException(415, detail="The file must be a CSV (.csv) or Excel (.xlsx) file.")
        job.path("upload").rename(job.path(f"upload.{fmt}"))
        state = job.update(status="mapping", format=fmt, filename=PurePath(upload.filename).name[:200],
                           bytes=upload.size)
        reader = dip.reader_of(job, state)
        found = reader.columns()
        rows = reader.estimate_rows()
        if rows is not None and rows > max_rows(settings):
            raise HTTPException(413, detail=f"The file has {rows:,} rows; the limit is {max_rows(settings):,} "
                                            "(CASECHECK_MAX_BATCH_ROWS). Split it and upload the parts.")
    except InputFileError as exc:
        job.discard()
        return upload_error(request, settings, str(exc), 422)
    except HTTPException as exc:
        job.discard()
        if exc.status_code == 403:
            raise
        return upload_error(request, settings, str(exc.detail), exc.status_code)
    except BaseException:
        job.discard()
        raise
    guess = dip.guess_mapping(found)
    job.update(columns=found, guess=guess)
    if guess["text"]:
        job.update(mapping=guess)
        dip.start(job, scorer, max_rows(settings), spec_of(settings, scorer.version))
        return RedirectResponse(f"/dip-sample/{job.id}", status_code=303)
    return RedirectResponse(f"/dip-sample/{job.id}/columns", status_code=303)


async def dip_upload(request: Request, job: Job) -> Upload:
    return await receive_upload(request, job.path("upload"))


@router.get("/{job_id}/columns", response_class=HTMLResponse)
def read_columns(request: Request, job: JobDep) -> HTMLResponse:
    """The column-mapping step, with the first rows (text cut short)."""
    state = job.state()
    return columns_page(request, job, state, state.get("mapping") or state["guess"])


def columns_page(request: Request, job: Job, state: dict[str, Any], chosen: dict[str, Any], error: str = "",
                 status: int = 200) -> HTMLResponse:
    rows = dip.preview(dip.reader_of(job, state))
    return page(request, "dip_columns.html", {"job": job, "state": state, "columns": state["columns"], "rows": rows,
                                              "roles": dip.ROLE_LABELS, "chosen": chosen, "error": error}, status)


@router.post("/{job_id}/columns", response_class=HTMLResponse, dependencies=FormPost)
async def create_columns(request: Request, job: JobDep, settings: SettingsDep, scorer: ScorerDep) -> Response:
    """Take the mapping and start scoring."""
    form = await request.form()
    state = job.state()
    if state.get("status") not in ("mapping", "failed"):
        return RedirectResponse(f"/dip-sample/{job.id}", status_code=303)
    chosen = {role: (str(form.get(role, "")) or None) for role in dip.ROLE_LABELS}
    problem = dip.check_mapping(chosen, state["columns"])
    if problem:
        return columns_page(request, job, state, chosen, problem, 422)
    job.update(mapping=chosen, error=None)
    dip.start(job, scorer, max_rows(settings), spec_of(settings, scorer.version))
    return RedirectResponse(f"/dip-sample/{job.id}", status_code=303)


@router.get("/{job_id}/status")
def read_status(job: JobDep) -> JSONResponse:
    """Progress for the page's script: status, rows done and the estimated total."""
    state = job.state()
    return JSONResponse({k: state.get(k) for k in ("status", "rows_done", "rows_total", "error")})


def sample_request(state: dict[str, Any], n: int | None, random: int | None, seed: int | None,
                   by: str | None) -> tuple[dip.SampleRequest, str]:
    """The sample asked for (defaults: 20, a quarter at random, the job's seed, by team); or a problem."""
    mapping = dip.Mapping.from_state(state["mapping"])
    team = state["output_names"].get(mapping.team) if mapping.team else None
    choices = stratify_choices(state)
    by = team if by is None else (by or None)
    problem = ""
    if by is not None and by not in choices:
        by, problem = team, "Stratify by one of the listed columns."
    n = 20 if n is None else n
    if random is not None and random > n:
        random, problem = n // 4, f"The random share ({random}) cannot be more than the sample size ({n})."
    return dip.SampleRequest(n, random, state["seed"] if seed is None else seed, by), problem


def stratify_choices(state: dict[str, Any]) -> list[str]:
    """Pass-through columns a sample may be stratified by (with the doc type)."""
    mapping = dip.Mapping.from_state(state["mapping"])
    skip = {mapping.text, mapping.id}
    return ["doc_type"] + [out for col, out in state["output_names"].items() if col not in skip and out != "id"]


SampleQuery = Annotated[int | None, Query(ge=1, le=1000)]


@router.get("/{job_id}", response_class=HTMLResponse)
def read_job(request: Request, job: JobDep, settings: SettingsDep, n: SampleQuery = None,
             random: Annotated[int | None, Query(ge=0, le=1000)] = None,
             seed: Annotated[int | None, Query(ge=0, le=2**31 - 1)] = None, by: str | None = None) -> HTMLResponse:
    """Progress while scoring; then the report, the sample and the downloads."""
    state = job.state()
    status = state.get("status")
    if status == "mapping":
        return columns_page(request, job, state, state.get("mapping") or state["guess"])
    if status != "done":
        return page(request, "dip_job.html", {"job": job, "state": state})
    if "seed" not in state:
        import secrets

        state = job.update(seed=secrets.randbelow(2**31))
    wanted, problem = sample_request(state, n, random, seed, by)
    try:
        picked = dip.sample(job, state, wanted)
    except InputFileError as exc:
        picked, problem = None, str(exc)
    report = Markup(job.path("report-part.html").read_text(encoding="utf-8"))  # rendered with autoescape
    return page(request, "dip_result.html", {"job": job, "state": state, "report": report, "sample": picked,
                                             "wanted": wanted, "problem": problem,
                                             "choices": stratify_choices(state),
                                             "query": wanted.query(),
                                             "expires": expiry(state, settings)})


def expiry(state: dict[str, Any], settings: Settings) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(state["created"] + settings.upload_ttl_seconds, UTC).strftime("%H:%M UTC")


def attachment(path: Any, name: str, media_type: str) -> FileResponse:
    return FileResponse(path, media_type=media_type, filename=name)


def stem(state: dict[str, Any]) -> str:
    from service.routes.batch_files import download_name

    return download_name(state["filename"], "x").removesuffix("-scored.x")


def done_state(job: Job) -> dict[str, Any]:
    state = job.state()
    if state.get("status") != "done":
        raise HTTPException(409, detail="The file is still being scored; wait for the result page.")
    return state


@router.get("/{job_id}/scored")
def read_scored(job: JobDep) -> FileResponse:
    """The scored file, in the uploaded format (as ``casecheck score`` writes it)."""
    state = done_state(job)
    fmt = state["format"]
    return attachment(job.path(f"scored.{fmt}"), f"{stem(state)}-scored.{fmt}", DOWNLOAD_TYPES[fmt])


@router.get("/{job_id}/report")
def read_report(job: JobDep) -> FileResponse:
    """The report as one self-contained HTML file."""
    state = done_state(job)
    return attachment(job.path("report.html"), f"{stem(state)}-report.html", "text/html; charset=utf-8")


@router.get("/{job_id}/sample.{fmt}")
def read_sample_file(job: JobDep, fmt: str, n: SampleQuery = None,
                     random: Annotated[int | None, Query(ge=0, le=1000)] = None,
                     seed: Annotated[int | None, Query(ge=0, le=2**31 - 1)] = None, by: str | None = None) -> Response:
    """The sample shown on the result page, as CSV or XLSX."""
    if fmt not in DOWNLOAD_TYPES:
        raise HTTPException(404, detail="The sample downloads as .csv or .xlsx.")
    state = done_state(job)
    wanted, problem = sample_request(state, n, random, seed, by)
    if problem:
        raise HTTPException(422, detail=problem)
    dip.sample(job, state, wanted, f"sample.{fmt}")
    return attachment(job.path(f"sample.{fmt}"), f"{stem(state)}-sample.{fmt}", DOWNLOAD_TYPES[fmt])


@router.get("/{job_id}/draft/{index}", response_class=HTMLResponse)
def read_draft(request: Request, job: JobDep, index: int, scorer: ScorerDep) -> HTMLResponse:
    """One uploaded draft, scored and highlighted as the single-draft form shows it."""
    state = done_state(job)
    row = dip.find_row(job, state, index) if index >= 0 else None
    if row is None:
        raise HTTPException(404, detail=f"The file has no draft number {index + 1}.")
    text, doc_type, case, case_fields = dip.draft_of(row, dip.Mapping.from_state(state["mapping"]))
    if not text.strip():
        raise HTTPException(422, detail=f"Draft number {index + 1} has no text.")
    known = scorer.schema.doc_types
    result = scorer.score(text, doc_type if doc_type in known else None, case=case).to_dict()
    context = _form_context(scorer, text, result["doc_type"], case_fields)
    context.update(result_context(scorer.schema, text, result), feedback=True,
                   back={"href": f"/dip-sample/{job.id}", "text": "Back to the dip sample"})
    return TEMPLATES.TemplateResponse(request, "result.html", context)


@router.post("/{job_id}/discard", dependencies=FormPost)
def create_discard(job: JobDep) -> RedirectResponse:
    """Delete the upload and everything made from it, now."""
    job.discard()
    return RedirectResponse("/dip-sample?discarded=true", status_code=303)
