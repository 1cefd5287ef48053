"""Batch files over HTTP: ``POST /v1/batch/file`` (owned by the [batch] work).

A CSV or XLSX upload (multipart field ``file``, at most ``CASECHECK_MAX_UPLOAD_BYTES``) comes
back scored in the same format, one row per input row, exactly as ``casecheck score`` writes
it. Scoring runs in this process on the served model. The upload is parsed in memory (the
multipart parser keeps parts up to ``CASECHECK_MAX_UPLOAD_BYTES`` in memory) and the scored
file is built in memory; openpyxl's temporary file, when writing XLSX, is in the private folder
under ``CASECHECK_HOME`` and removed when the request ends, also on error. At most
``CASECHECK_MAX_BATCH_ROWS`` rows (more: 413 naming the limit).
"""

from __future__ import annotations

import io
import re
from pathlib import PurePath
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile
from fastapi.responses import Response

from service import memory
from service.batch import Columns, Options, score_stream
from service.batch_io import MEDIA_TYPES, InputFileError, Reader, TooManyRowsError
from service.deps import ScorerDep, SettingsDep, require_scoring_access

router = APIRouter(prefix="/v1", tags=["batch"], dependencies=[Depends(require_scoring_access)])

UPLOAD_TYPES = {".csv": "csv", ".xlsx": "xlsx", "text/csv": "csv", "application/csv": "csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx"}
ERRORS: dict[int | str, dict[str, str]] = {
    401: {"description": "Scoring is closed and no valid bearer token was sent"},
    413: {"description": "File over CASECHECK_MAX_UPLOAD_BYTES, or more rows than CASECHECK_MAX_BATCH_ROWS"},
    415: {"description": "Not a CSV or XLSX file"},
    422: {"description": "The file cannot be read, a named column is missing, or a doc type is unknown"},
}
ColumnForm = Annotated[str | None, Form(description="Column name (optional).")]


def upload_format(file: UploadFile) -> str:
    """``csv`` or ``xlsx`` from the file name, else from the declared content type."""
    suffix = PurePath(file.filename or "").suffix.lower()
    ctype = (file.content_type or "").split(";")[0].strip().lower()
    fmt = UPLOAD_TYPES.get(suffix) or UPLOAD_TYPES.get(ctype)
    if fmt is None:
        raise HTTPException(status_code=415, detail="upload a .csv or .xlsx file")
    return fmt


def read_upload(file: UploadFile, limit: int) -> bytes:
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(status_code=413, detail=f"file over {limit} bytes")
    return data


def download_name(filename: str | None, fmt: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", PurePath(filename or "batch").stem).strip("._") or "batch"
    return f"{stem[:80]}-scored.{fmt}"


@router.post("/batch/file", responses=ERRORS, response_class=Response)
def create_batch_file(
    scorer: ScorerDep, settings: SettingsDep,
    file: Annotated[UploadFile, File(description="A CSV or XLSX file with a text column.")],
    text_column: Annotated[str, Form()] = "text", id_column: ColumnForm = None, type_column: ColumnForm = None,
    decision_date_column: ColumnForm = None, sent_date_column: ColumnForm = None,
    service_level_column: ColumnForm = None, decision_type_column: ColumnForm = None,
    offence_category_column: ColumnForm = None,
) -> Response:
    """Score every row of an uploaded CSV or XLSX file and return the scored file in the same format."""
    fmt = upload_format(file)
    data = read_upload(file, settings.max_upload_bytes)
    case = {"decision_date": decision_date_column, "sent_date": sent_date_column,
            "service_level": service_level_column, "decision_type": decision_type_column,
            "offence_category": offence_category_column}
    columns = Columns(text_column, id_column or None, type_column or None,
                      tuple((f, c) for f, c in case.items() if c))
    out = io.BytesIO()
    try:
        reader = Reader(io.BytesIO(data), fmt, file.filename or "upload", max_rows=settings.max_batch_rows)
        summary = score_stream(reader, out, fmt, columns, None, Options(workers=1, scorer=scorer))
    except TooManyRowsError as exc:
        raise HTTPException(status_code=413, detail=str(exc)) from None
    except InputFileError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    finally:
        memory.release()  # the parsed file's pages go back to the system, not to this thread's arena
    headers = {"Content-Disposition": f'attachment; filename="{download_name(file.filename, fmt)}"',
               "X-Casecheck-Rows": str(summary.rows), "X-Casecheck-Errors": str(summary.errors)}
    return Response(out.getvalue(), media_type=MEDIA_TYPES[fmt], headers=headers)
