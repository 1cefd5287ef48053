"""The files casecheck reads and writes, one home for every layer (``model`` <- ``training`` <- ``service``).

- **JSONL**: ``parse_jsonl_line`` and ``jsonl_objects``, the one loop every JSONL reader uses.
- **Atomic writes**: ``atomic_write`` (a hidden temporary file beside the target, named with this
  process's id, renamed over it only when complete; those of dead processes are removed) and
  ``write_json_atomic``.
- **Formats**: ``SUFFIXES`` and ``format_of``: one table of file name endings.
- **Spreadsheet guards**: ``check_workbook`` refuses zip bombs, macros and external links before
  openpyxl inflates anything; ``neutralise`` and the cell functions keep formulas out of what we write.
- **The safe writer**: ``CsvWriter``, ``XlsxWriter`` and ``write_table``, used for every CSV and XLSX
  casecheck produces (scored files, samples, label exports, suggestions, audits, error reports).
- **Private temporary folders**: ``private_tempdir`` points ``tempfile`` (openpyxl, the multipart
  parser, child processes) at a 0700 folder under ``CASECHECK_HOME``, removed at the end and swept
  at the next start when a run was killed, so nothing of a draft stays in the system's TMPDIR.
"""

from __future__ import annotations

import contextlib
import csv
import glob
import io
import json
import math
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

# -- processes ---------------------------------------------------------------------------------------------------


def process_alive(pid: int) -> bool:
    """Whether a process with this id exists (ours or another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- JSONL -------------------------------------------------------------------------------------------------------

class JsonlError(ValueError):
    """A JSONL line is not a JSON object: ``line`` (from 1) and ``reason`` say which and why."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line, self.reason = line, reason


def parse_jsonl_line(line: str | bytes, number: int) -> dict[str, Any]:
    """One JSONL line as a dict; ``JsonlError`` when it is not valid JSON, not UTF-8 or not an object."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise JsonlError(number, f"not valid JSON ({exc.msg})") from None
    except UnicodeDecodeError:
        raise JsonlError(number, "not UTF-8 text") from None
    if not isinstance(obj, dict):
        raise JsonlError(number, "expected a JSON object")
    return obj


def jsonl_objects(lines: Iterable[str | bytes], max_chars: int | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; ``JsonlError`` at the first bad one.

    With ``max_chars``, a line longer than that is refused before it is parsed (give lines read with
    ``readline(max_chars + 1)`` so that memory stays bounded).
    """
    for number, line in enumerate(lines, start=1):
        if max_chars is not None and len(line) > max_chars:
            raise JsonlError(number, f"line over {max_chars:,} characters; refusing to read it (a draft is far "
                                     "shorter: is this a file of drafts?)")
        if line.strip():
            yield number, parse_jsonl_line(line, number)


# -- atomic writes -----------------------------------------------------------------------------------------------

@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    """A binary file beside ``path``, renamed over it only when the block ends without error.

    The temporary file's name holds this process's id: one left by a run that was killed
    (``kill -9``, a power cut) is removed by the next run writing the same file.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{os.getpid()}-", suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:  # a full disk, an error, Ctrl-C: leave nothing beside the target
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_partials(path: Path) -> list[Path]:
    """Remove the temporary files of earlier runs writing ``path`` whose process is gone."""
    removed = []
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*-*.partial"):
        pid = tmp.name[len(path.name) + 2:].split("-", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def write_json_atomic(path: Path, data: Any, **dump: Any) -> None:
    """``data`` as JSON in ``path``, all or nothing (indented and sorted unless ``dump`` says otherwise)."""
    options = {"indent": 2, "sort_keys": True, **dump}
    with atomic_write(path) as fh:
        fh.write(json.dumps(data, **options).encode("utf-8"))


# -- formats -----------------------------------------------------------------------------------------------------

SUFFIXES = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".jsonl": "jsonl",
            ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


def format_of(path: Path | str, accepted: Iterable[str]) -> str | None:
    """The format of a file name ending in one of ``accepted`` (``.csv``, ...), else None."""
    suffix = Path(path).suffix.lower()
    return SUFFIXES.get(suffix) if suffix in set(accepted) else None


# -- spreadsheet guards ------------------------------------------------------------------------------------------

MAX_RATIO = 100  # Apache POI's default too (a minimum inflate ratio of 0.01)
RATIO_FROM = 1 << 20  # small parts (styles, themes) may compress better than that harmlessly
MAX_EXPANDED = 1 << 30


class UnsafeWorkbookError(ValueError):
    """The workbook is refused; the message says why and what to do instead."""


def check_workbook(source: Path | BinaryIO) -> None:
    """Raise ``UnsafeWorkbookError`` for a zip bomb, macros or external links; anything else passes.

    An XLSX file is a zip archive of XML parts; this reads only the archive's directory (zipfile
    never inflates a part past the size the directory declares, so the declared sizes bound what a
    reader can be made to inflate). Refused: a part over 1 MiB that expands more than ``MAX_RATIO``
    times, or parts totalling over ``MAX_EXPANDED`` bytes (openpyxl keeps every shared string in
    memory); macros (``vbaProject.bin``: a file of drafts has no reason to carry code); links to
    other workbooks (``xl/externalLinks/``: the cells would hold copies of values from elsewhere).
    A file that is not a zip archive passes: openpyxl reports it as unreadable. A stream is left
    at the position it had.
    """
    position = None if isinstance(source, Path) else source.tell()
    try:
        with zipfile.ZipFile(source) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return
    finally:
        if position is not None:
            source.seek(position)  # type: ignore[union-attr]
    total = 0
    for part in parts:
        name = part.filename
        total += part.file_size
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_FROM and ratio > MAX_RATIO:
            raise UnsafeWorkbookError(
                f"refused: {name} expands {ratio:.0f} times ({part.file_size:,} bytes from {part.compress_size:,}), "
                f"more than the {MAX_RATIO} times a real spreadsheet does (a zip bomb?); save the data as CSV")
        lower = name.lower()
        if lower.endswith("vbaproject.bin"):
            raise UnsafeWorkbookError(
                f"refused: the workbook contains macros ({name}); save it as an Excel Workbook (.xlsx) without "
                "macros, or as CSV, and try again")
        if lower.startswith("xl/externallinks/"):
            raise UnsafeWorkbookError(
                f"refused: the workbook links to other workbooks ({name}), so some cells hold copies of values "
                "from elsewhere; break the links (Data > Edit Links > Break Link) or save the data as CSV")
    if total > MAX_EXPANDED:
        raise UnsafeWorkbookError(f"refused: the workbook expands to {total:,} bytes, over the {MAX_EXPANDED:,} "
                                  "this reader accepts; split it or save the data as CSV")


# -- safe cells --------------------------------------------------------------------------------------------------

# What a spreadsheet may run as a formula at the start of a cell (OWASP CSV injection), and the
# full-width forms some spreadsheet programs treat the same way.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
XLSX_CELL_LIMIT = 32_767


def _needs_quote(text: str) -> bool:
    """A formula, or text that already starts with quotes before one (so that reading back is exact)."""
    return text.startswith(FORMULA_START) or (text.startswith("'") and text.lstrip("'").startswith(FORMULA_START))


def neutralise(value: str) -> str:
    """Prefix a quote to text a spreadsheet would run as a formula (= + - @ tab CR LF)."""
    return "'" + value if _needs_quote(value) else value


def unneutralise(value: Any) -> Any:
    """Undo ``neutralise`` when reading a file back (the quote was ours)."""
    if isinstance(value, str) and value.startswith("'") and _needs_quote(value[1:]):
        return value[1:]
    return value


def plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO text, NaN as null, decimals and bytes as text."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value == datetime.combine(value.date(), datetime.min.time()) \
            else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


def cell_text(value: Any) -> str:
    """The text of a CSV cell: empty for missing, ISO for dates, JSON for lists and objects."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=plain)
    return str(value)


def csv_cell(value: Any) -> str:
    """``neutralise(cell_text(value))``, the common types first: a batch writes millions of cells."""
    kind = type(value)
    if kind is str:
        text: str = value
    elif value is None:
        return ""
    elif kind is int or (kind is float and value == value):  # not bool, not NaN
        text = str(value)
    else:
        text = cell_text(value)
    return "'" + text if _needs_quote(text) else text


def xlsx_cell(value: Any) -> Any:
    """A value for an XLSX cell: text neutralised, cleared of characters XML cannot hold, cut to Excel's limit."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = plain(value)
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False, default=plain)
    if isinstance(value, str):
        value = neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
        if len(value) > XLSX_CELL_LIMIT:
            value = value[: XLSX_CELL_LIMIT - 1] + "…"
    return value


# -- the safe writer ---------------------------------------------------------------------------------------------

class TextStreamWriter:
    """A text layer over the caller's binary target: closing flushes it and leaves the target open."""

    fh: io.TextIOWrapper

    def close(self) -> None:
        self.fh.flush()
        self.fh.detach()

    def discard(self) -> None:
        self.fh.detach()


class CsvWriter(TextStreamWriter):
    """A header, then one line a row; every cell through ``csv_cell``."""

    def __init__(self, target: BinaryIO, columns: list[str]) -> None:
        self.columns = columns
        self.fh = io.TextIOWrapper(target, encoding="utf-8", newline="")
        self.out = csv.writer(self.fh)
        self.out.writerow([csv_cell(c) for c in columns])

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        self.out.writerows([csv_cell(r.get(c)) for c in self.columns] for r in rows)


class XlsxWriter:
    """One sheet in openpyxl's streaming mode; every cell through ``xlsx_cell``.

    openpyxl streams rows into a temporary file (in ``tempfile``'s folder: the private one under
    ``private_tempdir``); ``close`` and ``discard`` both remove it.
    """

    def __init__(self, target: BinaryIO, columns: list[str], sheet: str = "scored") -> None:
        from openpyxl import Workbook

        self.target, self.columns = target, columns
        self.wb = Workbook(write_only=True)
        self.ws = self.wb.create_sheet(sheet)
        self.ws.append([xlsx_cell(c) for c in columns])

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        for r in rows:
            self.ws.append([xlsx_cell(r.get(c)) for c in self.columns])

    def close(self) -> None:
        try:
            self.wb.save(self.target)
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove openpyxl's temporary file now (it would otherwise stay until the process exits)."""
        from openpyxl.worksheet._writer import ALL_TEMP_FILES

        rows = getattr(self.ws, "_rows", None)  # the sheet's row generator: end it now, not at garbage collection
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
        out = getattr(getattr(self.ws, "_writer", None), "out", None)
        if out and out in ALL_TEMP_FILES:
            ALL_TEMP_FILES.remove(out)
            Path(out).unlink(missing_ok=True)


def table_writer(fmt: str, target: BinaryIO, columns: list[str]) -> CsvWriter | XlsxWriter:
    if fmt == "xlsx":
        return XlsxWriter(target, columns)
    if fmt == "csv":
        return CsvWriter(target, columns)
    raise ValueError(f"not a spreadsheet format: {fmt!r} (csv or xlsx)")


def write_table(target: Path | BinaryIO, columns: list[str], rows: Iterable[dict[str, Any]],
                fmt: str | None = None) -> None:
    """Write ``rows`` (dicts) under ``columns`` as CSV or XLSX, formulas neutralised.

    A path is written atomically, in the format of its name (``.xlsx``, else CSV); a stream as CSV.
    """
    if not isinstance(target, Path):
        writer = table_writer(fmt or "csv", target, columns)
        writer.write(rows)
        writer.close()
        return
    fmt = fmt or (format_of(target, (".xlsx",)) or "csv")
    with atomic_write(target) as fh:
        writer = table_writer(fmt, fh, columns)
        try:
            writer.write(rows)
        except BaseException:
            writer.discard()
            raise
        writer.close()


# -- private temporary folders -----------------------------------------------------------------------------------

TMP_DIR = "tmp"


def sweep_private_tmp(home: Path) -> list[Path]:
    """Remove the private temporary folders under ``home`` of processes that are gone (killed runs)."""
    removed: list[Path] = []
    base = Path(home) / TMP_DIR
    if not base.is_dir():
        return removed
    for entry in base.iterdir():
        pid = entry.name.split("-", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed


@contextlib.contextmanager
def private_tempdir(home: Path) -> Iterator[Path]:
    """A 0700 folder ``<home>/tmp/<pid>-...`` that ``tempfile`` (and child processes, via TMPDIR) use.

    Removed when the block ends; a killed run's folder is swept by the next one (its process is gone).
    """
    base = Path(home) / TMP_DIR
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    base.chmod(0o700)
    sweep_private_tmp(home)
    folder = Path(tempfile.mkdtemp(dir=base, prefix=f"{os.getpid()}-"))  # mkdtemp: mode 0700
    saved_dir, saved_env = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir = str(folder)
    os.environ["TMPDIR"] = str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = saved_dir
        if saved_env is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved_env
        shutil.rmtree(folder, ignore_errors=True)
