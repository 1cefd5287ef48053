"""A multipart upload streamed straight into a private job folder (never into the system ``TMPDIR``).

Starlette's form parser spools file parts over 1 MB to a temporary file in ``TMPDIR``; an export
of drafts must not land there. ``receive_upload`` parses the request body as it arrives with
python-multipart's streaming parser: the part named ``file`` is written to ``target`` (in a
0700 job folder) and the small text fields are kept in memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.exceptions import HTTPException as StarletteHTTPException

MAX_FIELD_BYTES = 4096
MAX_FIELDS = 50


@dataclass
class Upload:
    fields: dict[str, str] = field(default_factory=dict)
    filename: str | None = None
    content_type: str = ""
    size: int = 0


def check_upload_csrf(request: Request, token: str) -> None:
    """``websecurity.require_form_post``'s CSRF check, for a multipart body parsed here (after the origin check)."""
    from service.websecurity import csrf_problem

    problem = csrf_problem(request, token)
    if problem:
        raise HTTPException(403, detail=problem[0].upper() + problem[1:] + ".")


async def receive_upload(request: Request, target: Path, file_field: str = "file") -> Upload:
    """Parse a ``multipart/form-data`` body: ``file_field`` to ``target``, other fields into ``Upload.fields``."""
    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    boundary = params.get(b"boundary")
    if ctype != b"multipart/form-data" or not boundary:
        raise HTTPException(415, detail="send the form as multipart/form-data with a file in the field 'file'")
    upload = Upload()
    part: dict[str, Any] = {}
    out = target.open("wb")

    def on_part_begin() -> None:
        part.clear()
        part.update(headers={}, name=None, data=bytearray(), field=b"", value=b"")

    def on_header_field(data: bytes, start: int, end: int) -> None:
        part["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        part["value"] += data[start:end]

    def on_header_end() -> None:
        part["headers"][part["field"].lower()] = part["value"]
        part["field"], part["value"] = b"", b""

    def on_headers_finished() -> None:
        _, disposition = parse_options_header(part["headers"].get(b"content-disposition", b""))
        part["name"] = disposition.get(b"name", b"").decode("utf-8", "replace")
        if part["name"] == file_field:
            upload.filename = disposition.get(b"filename", b"").decode("utf-8", "replace") or None
            upload.content_type = part["headers"].get(b"content-type", b"").decode("latin-1")
        elif len(upload.fields) >= MAX_FIELDS:
            raise HTTPException(422, detail="too many form fields")

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if part["name"] == file_field:
            out.write(data[start:end])
            upload.size += end - start
        else:
            part["data"] += data[start:end]
            if len(part["data"]) > MAX_FIELD_BYTES:
                raise HTTPException(422, detail=f"form field {part['name']!r} is too long")

    def on_part_end() -> None:
        if part["name"] and part["name"] != file_field:
            upload.fields[part["name"]] = part["data"].decode("utf-8", "replace")

    callbacks = {"on_part_begin": on_part_begin, "on_header_field": on_header_field,
                 "on_header_value": on_header_value, "on_header_end": on_header_end,
                 "on_headers_finished": on_headers_finished, "on_part_data": on_part_data,
                 "on_part_end": on_part_end}
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except StarletteHTTPException:  # ours, and the middleware's 413 for a body over the limit
        raise
    except Exception as exc:  # python-multipart raises its own errors for a malformed body
        raise HTTPException(422, detail=f"the upload could not be read ({type(exc).__name__})") from None
    finally:
        out.close()
    return upload
