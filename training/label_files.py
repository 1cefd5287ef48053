"""Label files: CSV, XLSX and JSONL exports read into rows, and their cells into labels and dates.

Input: a file's bytes. Output: the header, ``(row number, {column: value})`` rows (row numbers as a
spreadsheet shows them: the header is row 1; a JSONL file's are line numbers) and ``RowError``s
for rows that cannot be read. Cell helpers turn the IQA three-point scale, 0/1 and yes/no into
a label, and spreadsheet or ISO dates into naive UTC datetimes.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from model import Schema
from model.files import JsonlError, UnsafeWorkbookError, check_workbook, format_of, parse_jsonl_line, unneutralise
from training.store import LabelStoreError

FORMATS = ("csv", "xlsx", "jsonl")
SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".jsonl", ".ndjson", ".json")  # .xlsm: refused if it has macros
BLANK = {"", "n/a", "na", "n.a.", "-", "--", "not applicable", "none", "null"}
FLAG = {"1", "yes", "y", "true", "t"}
CLEAR = {"0", "no", "n", "false", "f"}
FULLY = {"fully meeting", "fully meets", "fully met", "fully", "fm", "meeting", "meets", "met", "fully meet",
         "fully compliant", "compliant"}
PARTIAL = {"partially meeting", "partially meets", "partially met", "partially", "partial", "pm", "partly meeting",
           "partly meets", "partly met", "partly", "part met", "part meeting", "partially meet", "partially compliant"}
NOT = {"not meeting", "not meets", "not met", "nm", "does not meet", "not meet", "fails", "failed", "fail",
       "not compliant", "non compliant", "noncompliant"}
_STANDARD = re.compile(r"\s+(?:the\s+)?(?:required\s+)?standards?$")
DATE_FORMATS = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d",
                "%d/%m/%y")

FIELDS = ("id", "doc_type", "text", "assessor", "assessed_at", "concern", "rating")
ALIASES = {
    "id": ("document_id", "doc_id"),
    "doc_type": ("document_type", "type"),
    "text": ("draft",),
    "assessor": ("assessed_by", "reviewer"),
    "assessed_at": ("assessment_date", "assessed_on", "date_assessed"),
    "rating": ("value", "label"),
}
Rows = list[tuple[int, dict[str, Any]]]
MAX_FIELD_CHARS = 1_000_000  # a CSV cell longer than this stops the read (texts are at most 200,000)


class LabelImportError(LabelStoreError):
    """A file that cannot be imported; ``errors`` lists every bad row. Nothing was stored."""

    def __init__(self, path: str, errors: Sequence[RowError]) -> None:
        self.path = path
        self.errors = list(errors)
        listed = "\n".join(f"  {e}" for e in self.errors[:200])
        more = f"\n  ... and {len(self.errors) - 200} more" if len(self.errors) > 200 else ""
        super().__init__(f"{path}: {len(self.errors)} problem{'s' if len(self.errors) != 1 else ''}; "
                         f"nothing was imported\n{listed}{more}")


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.reason}"


# -- columns ---------------------------------------------------------------------------------------
def map_header(header: Sequence[str], columns: dict[str, str],
               schema: Schema) -> tuple[dict[str, str], list[str], list[RowError]]:
    """Which file column holds each field and concern; the columns left unused; header errors."""
    errors: list[RowError] = []
    explicit = dict(columns)
    for dest, src in explicit.items():
        if dest not in FIELDS and dest not in schema.concerns:
            errors.append(RowError(1, src, f"--column maps to {dest!r}, which is neither a field "
                                           f"({', '.join(FIELDS)}) nor a concern id"))
        elif src not in header:
            errors.append(RowError(1, src, f"no such column (mapped to {dest}); columns: {', '.join(header)}"))
    mapping: dict[str, str] = {d: s for d, s in explicit.items() if s in header}
    taken = set(mapping.values())
    targets = {**{f: (f, *ALIASES.get(f, ())) for f in FIELDS}, **{c: (c,) for c in schema.concerns}}
    for column in header:
        if column in taken or not column:
            continue
        k = key(column)
        for dest, names in targets.items():
            if k in names and dest not in explicit:
                if dest in mapping:
                    errors.append(RowError(1, column, f"also matches {dest!r} (already column {mapping[dest]!r}); "
                                                      "map one with --column"))
                else:
                    mapping[dest] = column
                    taken.add(column)
                break
    seen: dict[str, str] = {}
    for column in header:
        if column and column in seen:
            errors.append(RowError(1, column, "the header names this column twice"))
        seen[column] = column
    ignored = [c for c in header if c and c not in taken]
    return mapping, ignored, errors


def header_errors(mapping: dict[str, str], layout: str, schema: Schema) -> list[RowError]:
    errors = []
    if "id" not in mapping:
        errors.append(RowError(1, "id", "missing column 'id' (map another with --column id=HEADER)"))
    if layout == "long":
        errors += [RowError(1, f, f"missing column {f!r} of the long layout") for f in ("concern", "rating")
                   if f not in mapping]
    elif not any(c in mapping for c in schema.concerns):
        errors.append(RowError(1, "-", "no concern column (wide layout: one column per concern id, such as "
                                       "missing_vrr; long layout: id, concern, rating)"))
    return errors


# -- values ---------------------------------------------------------------------------------------
def key(name: object) -> str:
    """A header or value folded for matching: lower case, runs of other characters to ``_``."""
    return re.sub(r"[^a-z0-9]+", "_", str(name).strip().lower()).strip("_")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in BLANK)


def parse_rating(value: object, partial_as: int = 1) -> tuple[int, str | None] | None:
    """(0/1, three-point rating or None) for a cell; None when the value is not understood."""
    if isinstance(value, bool):
        return int(value), None
    if isinstance(value, int | float):
        return (int(value), None) if value in (0, 1) else None
    words = " ".join(re.sub(r"[_\-\u2013\u2014/]+", " ", str(value)).lower().replace(".", " ").split())
    words = _STANDARD.sub("", words)
    if words in FLAG or words == "1 0":
        return 1, None
    if words in CLEAR or words == "0 0":
        return 0, None
    if words in FULLY:
        return 0, "fully_meeting"
    if words in PARTIAL:
        return partial_as, "partially_meeting"
    if words in NOT:
        return 1, "not_meeting"
    return None


def parse_time(value: object) -> datetime | None:
    """A naive UTC datetime from a cell (ISO, dd/mm/yyyy [hh:mm[:ss]], or a spreadsheet date)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        for fmt in DATE_FORMATS:
            try:
                return datetime.strptime(text, fmt)
            except ValueError:
                continue
        return None
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


def shown(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "...")


# -- reading --------------------------------------------------------------------------------------
def detect_format(path: Path, given: str | None) -> str:
    if given:
        if given not in FORMATS:
            raise LabelImportError(str(path), [RowError(0, "-", f"unknown format {given!r}; use {', '.join(FORMATS)}")])
        return given
    fmt = format_of(path, SUFFIXES)
    if fmt is None:
        raise LabelImportError(str(path), [RowError(0, "-", f"cannot tell the format from {path.suffix!r}; "
                                                            f"give --format ({', '.join(FORMATS)})")])
    return fmt


def read_table(data: bytes, fmt: str, path: Path, sheet: str | None = None) -> tuple[list[str], Rows, list[RowError]]:
    """(header, [(row number, {header: value})], errors) of a file's bytes."""
    if fmt == "csv":
        return _read_csv(data, "\t" if path.suffix.lower() == ".tsv" else ",")
    if fmt == "xlsx":
        return _read_xlsx(data, sheet)
    return _read_jsonl(data)


def _is_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8, checked a block at a time (no copy of the whole file as text)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), 1 << 20):
            decoder.decode(data[start : start + (1 << 20)])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _read_csv(data: bytes, delimiter: str) -> tuple[list[str], Rows, list[RowError]]:
    # Spreadsheet exports on Windows are cp1252. The text is decoded line by line as it is read.
    encoding = "utf-8-sig" if _is_utf8(data) else "cp1252"
    content = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors="replace", newline="")
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))
    reader = csv.reader(content, delimiter=delimiter)
    header: list[str] | None = None
    rows: Rows = []
    errors: list[RowError] = []
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if header is None:
                header = [c.strip() for c in cells]
                continue
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
                errors.append(RowError(number, "-", f"{len(cells)} fields but the header has {len(header)}"))
                continue
            # A quote before a formula character is one casecheck's exports put there: drop it.
            rows.append((number, dict(zip(header, map(unneutralise, cells), strict=False))))
    except csv.Error as exc:  # a cell over the limit, a NUL in old Pythons: the rest cannot be read
        errors.append(RowError(number + 1, "-", f"cannot read the file from this row on ({exc})"))
    return header or [], rows, errors


def _read_xlsx(data: bytes, sheet: str | None) -> tuple[list[str], Rows, list[RowError]]:
    from openpyxl import load_workbook

    try:
        check_workbook(io.BytesIO(data))  # zip bombs, macros and external links, before anything is inflated
    except UnsafeWorkbookError as exc:
        return [], [], [RowError(0, "-", str(exc))]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # openpyxl warns about styles it does not read
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, XML and openpyxl errors of many kinds: all mean "not a workbook"
        return [], [], [RowError(0, "-", f"not a readable XLSX file ({' '.join(str(exc).split())[:200]})")]
    try:
        if sheet is not None and sheet not in book.sheetnames:
            return [], [], [RowError(0, "-", f"no sheet {sheet!r}; sheets: {', '.join(book.sheetnames)}")]
        ws = book[sheet] if sheet else book.worksheets[0]
        header: list[str] | None = None
        rows: Rows = []
        for number, cells in enumerate(ws.iter_rows(values_only=True), start=1):
            if not any(c is not None and str(c).strip() for c in cells):
                continue
            if header is None:
                header = ["" if c is None else str(c).strip() for c in cells]
                continue
            rows.append((number, {h: c for h, c in zip(header, cells, strict=False) if h}))
        return header or [], rows, []
    finally:
        book.close()


def _read_jsonl(data: bytes) -> tuple[list[str], Rows, list[RowError]]:
    header: dict[str, None] = {}
    rows: Rows = []
    errors: list[RowError] = []
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        return [], [], [RowError(0, "-", "not UTF-8")]
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = parse_jsonl_line(line, number)
        except JsonlError as exc:
            errors.append(RowError(number, "-", exc.reason))
            continue
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # "\ud800" escapes: not text, and they cannot be hashed or stored
            errors.append(RowError(number, "-", "contains an unpaired surrogate (U+D800 to U+DFFF): not valid Unicode"))
            continue
        flat = {k: v for k, v in obj.items() if k not in ("labels", "meta", "spans", "parts")}
        if isinstance(obj.get("labels"), dict):
            flat.update(obj["labels"])
        for k in flat:
            header.setdefault(k)
        rows.append((number, flat))
    return list(header), rows, errors


