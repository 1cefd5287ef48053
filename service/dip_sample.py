"""Dip sampling in the browser: one uploaded CSV or XLSX file scored, reported on and sampled.

The same engine as ``casecheck score``, ``report`` and ``sample`` (``service.batch``,
``service.report``, ``service.sample``), run on the server's model in a background thread and on
the batch engine's helper processes (one per further core), with every file in the job's private
folder (``service.workspace``):

- ``upload.<fmt>``: the file as uploaded;
- ``scored.<fmt>``: ``casecheck score`` output in the uploaded format (formula-safe);
- ``scored-view.csv``: the same rows as CSV (for an XLSX upload), which the report, the sample
  and the draft links read quickly;
- ``report.html`` (self-contained, as ``casecheck report`` writes it) and ``report-part.html``
  (the same sections for the result page).

Columns are found by name (the defaults of ``casecheck score`` and common export headers); when
no text column is recognised the manager maps them by hand.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from model import CaseData, CaseDataError, Scorer
from service import memory
from service.batch import Columns, Options, ScorerSpec, default_workers, plan_columns, score_stream
from service.batch_io import CsvWriter, InputFileError, Reader, cell_text, plain
from service.report import draw_charts, gather, render
from service.sample import SampleResult, draw_sample
from service.workspace import Job

log = logging.getLogger("casecheck.dip_sample")

FORMATS = {".csv": "csv", ".xlsx": "xlsx", "text/csv": "csv", "application/csv": "csv",
           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx"}
DEFAULT_MAX_ROWS = 100_000
PREVIEW_ROWS = 5
PREVIEW_CHARS = 60
TOP = 25
# Each role's header names, normalised (lower case, runs of other characters as "_"); first match wins.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "draft", "draft_text", "body", "content", "letter_text", "review_text", "document_text"),
    "id": ("id", "urn", "case_urn", "document_id", "doc_id", "reference", "case_reference", "ref"),
    "doc_type": ("doc_type", "document_type", "doctype", "type"),
    "team": ("team", "unit", "area", "division", "office"),
    "date": ("date", "review_date", "letter_date", "created", "created_at", "sent_date", "decision_date"),
    "decision_date": ("decision_date", "date_of_decision", "decided"),
    "sent_date": ("sent_date", "date_sent", "sent"),
    "service_level": ("service_level", "service"),
}
ROLE_LABELS = {"text": "Draft text (required)", "id": "Document id", "doc_type": "Document type",
               "team": "Team (groups the report and the sample)", "date": "Date (groups the report by month)",
               "decision_date": "Decision date (letters: on time?)", "sent_date": "Date the letter was sent",
               "service_level": "Service level (enhanced or standard)"}


def normalise(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.lower()).strip("_")


@dataclass(frozen=True)
class Mapping:
    """Which column of the file plays each role; only ``text`` is required."""

    text: str
    id: str | None = None
    doc_type: str | None = None
    team: str | None = None
    date: str | None = None
    decision_date: str | None = None
    sent_date: str | None = None
    service_level: str | None = None

    @classmethod
    def from_state(cls, values: dict[str, Any]) -> Mapping:
        return cls(**{f.name: values.get(f.name) or None for f in fields(cls)})  # type: ignore[arg-type]

    def columns(self) -> Columns:
        """The columns ``casecheck score`` is given (``--text-column``, ``--id-column``...)."""
        case = tuple((f, c) for f, c in (("decision_date", self.decision_date), ("sent_date", self.sent_date),
                                          ("service_level", self.service_level)) if c)
        return Columns(self.text, self.id, self.doc_type, case)

    def grouping(self, output_names: dict[str, str]) -> tuple[list[str], str | None]:
        """The report's ``--by`` columns and ``--date-column`` (as named in the scored file)."""
        by = [output_names[self.team]] if self.team else []
        date = output_names[self.date] if self.date else None
        return ([*by, "month"] if date else by), date


def guess_mapping(found: list[str]) -> dict[str, str | None]:
    """Each role's column by header name (a column plays one role at most)."""
    by_name = {normalise(c): c for c in reversed(found)}
    taken: set[str] = set()
    guess: dict[str, str | None] = {}
    for role, names in ALIASES.items():
        guess[role] = next((by_name[n] for n in names if n in by_name and by_name[n] not in taken), None)
        if guess[role] and role not in ("date",):
            taken.add(guess[role])  # type: ignore[arg-type]
    return guess


def check_mapping(values: dict[str, str | None], found: list[str]) -> str | None:
    """What is wrong with a mapping, in words for the manager, or None."""
    if not values.get("text"):
        return "Choose the column that holds the draft text (the field 'text')."
    for role, column in values.items():
        if column and column not in found:
            return f"The file has no column {column!r} (the field {role!r})."
    used = [c for r, c in values.items() if c and r in ("text", "id", "doc_type")]
    if len(used) != len(set(used)):
        return "Text, id and document type must be three different columns."
    return None


def preview(reader: Reader, rows: int = PREVIEW_ROWS, width: int = PREVIEW_CHARS) -> list[list[str]]:
    """The first rows of the file as text, each cell cut to ``width`` characters."""
    out: list[list[str]] = []
    columns = reader.columns()
    for chunk in reader.chunks():
        for _, row in chunk:
            cells = [" ".join(cell_text(row.get(c)).split()) for c in columns]
            out.append([c if len(c) <= width else c[: width - 1] + "…" for c in cells])
            if len(out) >= rows:
                return out
    return out


# ----------------------------------------------------------------------------- the job

CHUNK = 64  # rows a chunk: progress moves often, and the helper processes take chunks as soon as they are up


def reader_of(job: Job, state: dict[str, Any]) -> Reader:
    return Reader(job.path(f"upload.{state['format']}"), state["format"], state["filename"], CHUNK)


def view_path(job: Job, state: dict[str, Any]) -> Path:
    """The scored rows as CSV: the scored file itself for a CSV upload."""
    return job.path("scored.csv" if state["format"] == "csv" else "scored-view.csv")


def start(job: Job, scorer: Scorer, max_rows: int, spec: ScorerSpec | None = None) -> None:
    """Score the job's upload in a background thread (progress in its state file).

    With the ``spec`` of ``scorer``'s model, the batch engine's helper processes score too (one per core
    beside this one, as ``casecheck score`` does); without, this process scores alone.
    """
    job.update(status="running", rows_done=0, started=time.time())
    threading.Thread(target=run, args=(job, scorer, max_rows, spec), name=f"dip-sample-{job.id[:6]}",
                     daemon=True).start()


def run(job: Job, scorer: Scorer, max_rows: int, spec: ScorerSpec | None = None) -> None:
    state = job.state()
    started = time.perf_counter()
    try:
        summary_rows, errors = score(job, state, scorer, max_rows, spec)
        scored_at = time.perf_counter()
        build_reports(job, job.state())
    except InputFileError as exc:
        job.update(status="failed", error=str(exc))
        log.info("dip-sample job=%s failed: input error", job.id[:6])
        return
    except Exception as exc:  # the page must say so; the log gets the type only (no draft text)
        job.update(status="failed", error="Something went wrong on our side while scoring; try again.")
        log.error("dip-sample job=%s failed: %s", job.id[:6], type(exc).__name__)
        return
    finally:
        memory.release()  # the parsed workbook's and the report's pages go back to the system
    job.update(status="done", rows=summary_rows, errors=errors, seconds_scoring=round(scored_at - started, 2),
               seconds_total=round(time.perf_counter() - started, 2))
    log.info("dip-sample job=%s rows=%s seconds=%.1f", job.id[:6], summary_rows, time.perf_counter() - started)


class RowCapError(InputFileError):
    pass


def score(job: Job, state: dict[str, Any], scorer: Scorer, max_rows: int,
          spec: ScorerSpec | None = None) -> tuple[int, int]:
    """``casecheck score`` on the upload, into ``scored.<fmt>`` (and ``scored-view.csv``); with ``spec``, on
    helper processes as well."""
    fmt, mapping = state["format"], Mapping.from_state(state["mapping"])
    reader = reader_of(job, state)
    estimate = reader.estimate_rows()
    if estimate is not None and estimate > max_rows:
        raise RowCapError(f"{state['filename']}: {estimate:,} rows; the limit is {max_rows:,} "
                          "(CASECHECK_MAX_BATCH_ROWS): split the file")
    job.update(rows_total=estimate)
    plan = plan_columns(reader.columns(), mapping.columns(), reader.where)
    done = 0

    def progress(n: int) -> None:
        nonlocal done
        done += n
        if done > max_rows:
            raise RowCapError(f"{state['filename']}: over {max_rows:,} rows (CASECHECK_MAX_BATCH_ROWS): split the file")
        job.update(rows_done=done)

    with job.path(f"scored.{fmt}").open("wb") as target, _view_writer(job, fmt, plan.tabular_columns()) as tee:
        workers = default_workers() if spec is not None else 1
        summary = score_stream(reader, target, fmt, mapping.columns(), spec,
                               Options(workers=workers, scorer=scorer, progress=progress, tee=tee))
    names = {**dict(plan.passthrough), **({plan.id: "id"} if plan.id else {})}
    job.update(output_names={c: names.get(c, c) for c in reader.columns()})
    return summary.rows, summary.errors


class _view_writer:
    """A ``tee`` writing the output rows to ``scored-view.csv`` as well (XLSX uploads only)."""

    def __init__(self, job: Job, fmt: str, columns: list[str]) -> None:
        self.fh = job.path("scored-view.csv").open("wb") if fmt != "csv" else None
        self.writer = CsvWriter(self.fh, columns) if self.fh else None

    def __enter__(self) -> Any:
        return self.writer.write if self.writer else None

    def __exit__(self, *exc: object) -> None:
        if self.writer and self.fh:
            self.writer.close()
            self.fh.close()


def build_reports(job: Job, state: dict[str, Any]) -> None:
    """``casecheck report`` on the scored rows: the whole page to download, its sections for the result page."""
    by, date_column = Mapping.from_state(state["mapping"]).grouping(state["output_names"])
    data = gather(Reader(view_path(job, state), "csv", state["filename"]), by, date_column, TOP)
    title = f"Dip sample: {state['filename']}"
    charts = draw_charts(data)  # drawn once for both
    job.path("report.html").write_text(render(data, state["filename"], title, charts=charts), encoding="utf-8")
    job.path("report-part.html").write_text(render(data, state["filename"], title, fragment=True, charts=charts),
                                            encoding="utf-8")


@dataclass(frozen=True)
class SampleRequest:
    """The sample controls: size, random share, seed and stratify-by column (as named in the scored file)."""

    n: int = 20
    random: int | None = None
    seed: int = 0
    by: str | None = None

    def query(self) -> str:
        from urllib.parse import urlencode

        values = {k: v for k, v in asdict(self).items() if v is not None}
        return urlencode(values)


def sample(job: Job, state: dict[str, Any], request: SampleRequest, output: str = "sample.csv") -> SampleResult:
    """``casecheck sample`` on the scored rows, written to ``output`` in the job folder."""
    return draw_sample(view_path(job, state), job.path(output), "csv", request.n, request.random, request.by,
                       request.seed)


def find_row(job: Job, state: dict[str, Any], index: int) -> dict[str, Any] | None:
    """The ``index``-th row (from 0) of the upload: the row behind the scored row at that position."""
    seen = 0
    for chunk in reader_of(job, state).chunks():
        if index < seen + len(chunk):
            return chunk[index - seen][1]
        seen += len(chunk)
    return None


def draft_of(row: dict[str, Any], mapping: Mapping) -> tuple[str, str | None, CaseData | None, dict[str, str]]:
    """Text, doc type, case data and the case fields as text (for the form) of an uploaded row."""
    text = row.get(mapping.text)
    text = text.replace("\r\n", "\n") if isinstance(text, str) else ""
    doc_type = cell_text(row.get(mapping.doc_type)).strip() or None if mapping.doc_type else None
    given = {f: plain(row.get(c)) for f, c in (("decision_date", mapping.decision_date),
                                               ("sent_date", mapping.sent_date),
                                               ("service_level", mapping.service_level)) if c}
    try:
        case = CaseData.from_fields(**given) if given else None
    except CaseDataError:
        case = None
    return text, doc_type, case, {k: cell_text(v) for k, v in given.items() if v not in (None, "")}
