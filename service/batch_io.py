"""Batch files: CSV, XLSX, JSONL and Parquet read and written chunk by chunk, never whole.

Input: a path or a binary stream and a format. Output of a reader: its column names and
chunks of ``(number, row)``, where ``number`` is what a person finds in the file: the line
of a JSONL file, the spreadsheet row of a CSV or XLSX file (the header is row 1), the
record of a Parquet file (from 1). Writers take rows chunk by chunk; the CSV and XLSX writers,
the cell functions, the JSONL loop, the spreadsheet guards and ``atomic_path`` (a temporary
file beside the target, renamed over it only when complete) are those of ``model.files``.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import warnings
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from model.files import (
    CsvWriter,
    JsonlError,
    TextStreamWriter,
    UnsafeWorkbookError,
    XlsxWriter,
    cell_text,
    check_workbook,
    csv_cell,
    format_of,
    jsonl_objects,
    neutralise,
    plain,
    remove_stale_partials,
    unneutralise,
)
from model.files import atomic_write as atomic_path

__all__ = ["FORMATS", "MEDIA_TYPES", "InputFileError", "Reader", "TooManyRowsError", "atomic_path", "cell_text",
           "csv_cell", "detect_format", "jsonl_keys", "neutralise", "open_writer", "plain", "remove_stale_partials",
           "unneutralise"]

FORMATS = ("csv", "xlsx", "jsonl", "parquet")
EXTENSIONS = (".csv", ".xlsx", ".jsonl", ".ndjson", ".parquet", ".pq")  # not .xlsm: workbooks with macros
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
               "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "parquet": "application/vnd.apache.parquet"}
# A CSV record or JSONL line longer than this is refused before it is parsed: pandas needs several
# times a field's size to build it, and no draft comes near (the text limit is 100,000 characters).
MAX_RECORD_BYTES = 64 << 20
Source = Path | BinaryIO
Chunk = list[tuple[int, dict[str, Any]]]


class InputFileError(ValueError):
    """The input file cannot be read; the message names the file, the line or row, and the column."""


class TooManyRowsError(InputFileError):
    """The file has more rows than the reader's ``max_rows`` (``CASECHECK_MAX_BATCH_ROWS`` over HTTP)."""

    def __init__(self, where: str, limit: int) -> None:
        super().__init__(f"{where}: more than {limit:,} rows; the limit is {limit:,} (CASECHECK_MAX_BATCH_ROWS)")


def detect_format(path: Path | str, given: str | None = None, default: str | None = None) -> str:
    """The format named by ``given``, else by the file's extension, else ``default``."""
    if given:
        return given
    fmt = format_of(path, EXTENSIONS) or default
    if fmt is None:
        raise InputFileError(f"{path}: cannot tell the format from the extension; use one of "
                             f"{', '.join(EXTENSIONS)} or --format ({', '.join(FORMATS)})")
    return fmt


# ----------------------------------------------------------------------------- readers

class Reader:
    """Columns and chunks of one input file."""

    def __init__(self, source: Source, fmt: str, where: str, chunk_size: int = 256,
                 max_rows: int | None = None) -> None:
        self.source, self.fmt, self.where, self.chunk_size = source, fmt, where, chunk_size
        self.max_rows = max_rows  # more rows than this: ``TooManyRowsError`` (checked first when cheap)
        self.arrow_schema: Any = None  # Parquet inputs: the pass-through types
        self.encoding: str | None = None  # CSV inputs: found while checking no record is over MAX_RECORD_BYTES

    def columns(self) -> list[str]:
        """The columns found (for JSONL, the keys of the first chunk's objects, in order)."""
        try:
            return _COLUMNS[self.fmt](self)
        except InputFileError:
            raise
        except Exception as exc:  # the libraries raise many kinds; all mean "unreadable"
            raise InputFileError(f"{self.where}: not a readable {self.fmt.upper()} file ({_short(exc)})") from None
        finally:
            _rewind(self.source)

    def chunks(self) -> Iterator[Chunk]:
        if self.max_rows is not None and (self.estimate_rows() or 0) > self.max_rows:
            raise TooManyRowsError(self.where, self.max_rows)  # before any row is scored
        rows = 0
        try:
            for chunk in _CHUNKS[self.fmt](self):
                rows += len(chunk)
                if self.max_rows is not None and rows > self.max_rows:  # the estimate may be low (XLSX)
                    raise TooManyRowsError(self.where, self.max_rows)
                yield chunk
        except InputFileError:
            raise
        except Exception as exc:
            raise InputFileError(f"{self.where}: not a readable {self.fmt.upper()} file ({_short(exc)})") from None

    def estimate_rows(self) -> int | None:
        """The number of rows, when cheap to know (for the progress bar's ETA)."""
        try:
            return _ESTIMATE[self.fmt](self)
        except Exception:  # an estimate only: the real read reports any problem
            return None
        finally:
            _rewind(self.source)


def _rewind(source: Source) -> None:
    if not isinstance(source, Path):
        source.seek(0)


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _open_binary(source: Source) -> BinaryIO:
    return source.open("rb") if isinstance(source, Path) else source


def check_csv_records(source: Source, where: str, limit: int = MAX_RECORD_BYTES) -> str:
    """Refuse a CSV with a record (line breaks inside quotes included) over ``limit`` bytes; return its encoding.

    One streaming pass in blocks no longer than ``limit`` (so a line inside one block is never over
    it), tracking whether the position is inside quotes and how long the current record is. The
    encoding is UTF-8 (with or without a BOM) when every block decodes as UTF-8, else cp1252: what
    spreadsheet exports on Windows write.
    """
    fh = _open_binary(source)
    quoted, length, row = False, 0, 1
    utf8: Any = codecs.getincrementaldecoder("utf-8")()

    def refuse() -> InputFileError:
        return InputFileError(f"{where}: row {row} is over {limit:,} bytes; refusing to read it "
                              "(a draft is far shorter: is this a file of drafts?)")

    try:
        while block := fh.read(min(1 << 20, limit)):
            if utf8 is not None:
                try:
                    utf8.decode(block)
                except UnicodeDecodeError:
                    utf8 = None
            pos, n = 0, len(block)
            while pos < n:
                quote = block.find(b'"', pos)
                stop = n if quote < 0 else quote
                first = -1 if quoted else block.find(b"\n", pos, stop)
                if first < 0:
                    length += stop - pos
                else:
                    if length + first - pos > limit:
                        raise refuse()
                    row += block.count(b"\n", pos, stop)
                    length = stop - block.rfind(b"\n", pos, stop) - 1
                if quote >= 0:
                    quoted, length, pos = not quoted, length + 1, quote + 1
                else:
                    pos = n
                if length > limit:
                    raise refuse()
        if utf8 is not None:
            try:
                utf8.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = None
    finally:
        if isinstance(source, Path):
            fh.close()
        else:
            source.seek(0)
    return "utf-8-sig" if utf8 is not None else "cp1252"


def _csv_frames(r: Reader, **kwargs: Any) -> Any:
    import pandas as pd

    if r.encoding is None:
        r.encoding = check_csv_records(r.source, r.where)
    return pd.read_csv(r.source, dtype=str, keep_default_na=False, na_filter=False, encoding=r.encoding,
                       **kwargs)


def _csv_columns(r: Reader) -> list[str]:
    import pandas as pd

    try:
        return [str(c) for c in _csv_frames(r, nrows=0).columns]
    except pd.errors.EmptyDataError:
        raise InputFileError(f"{r.where}: empty file (no header row)") from None


def _csv_chunks(r: Reader) -> Iterator[Chunk]:
    row = 2
    with _csv_frames(r, chunksize=r.chunk_size) as frames:
        for frame in frames:
            names = [str(c) for c in frame.columns]
            records = [dict(zip(names, values, strict=True))
                       for values in zip(*(frame.iloc[:, i].tolist() for i in range(len(names))), strict=True)]
            yield list(enumerate(records, start=row))
            row += len(records)


def _csv_estimate(r: Reader) -> int:
    """The rows of a CSV, counted record by record (quoted line breaks included, blank lines not, as pandas
    reads it), stopping one past ``max_rows``: refusing an oversized file holds one record, not a frame."""
    if r.encoding is None:
        r.encoding = check_csv_records(r.source, r.where)
    fh = _open_binary(r.source)
    text = io.TextIOWrapper(fh, encoding=r.encoding, newline="")
    stop = None if r.max_rows is None else r.max_rows + 1
    rows = 0
    try:
        records = csv.reader(text)
        next(records, None)  # the header
        for record in records:
            rows += bool(record)
            if rows == stop:
                break
    except csv.Error:  # a field over the csv module's limit (drafts are shorter): pandas counts it
        rows = 0
        _rewind(r.source)
        with _csv_frames(r, chunksize=4096, usecols=[0]) as frames:
            for frame in frames:
                rows += len(frame)
    finally:
        text.detach()
        if isinstance(r.source, Path):
            fh.close()
    return rows


@contextmanager
def _workbook(source: Source, where: str) -> Iterator[Any]:
    import openpyxl

    try:
        check_workbook(source)  # zip bombs, macros and external links, before openpyxl inflates anything
    except UnsafeWorkbookError as exc:
        raise InputFileError(f"{where}: {exc}") from None
    with warnings.catch_warnings():
        # Files written by other tools may lack a default style; openpyxl warns and reads them fine.
        warnings.filterwarnings("ignore", message="Workbook contains no default style", category=UserWarning)
        wb = openpyxl.load_workbook(source, read_only=True, data_only=True)
    try:
        yield wb.worksheets[0]
    finally:
        wb.close()


def _xlsx_header(values: tuple[Any, ...]) -> list[str]:
    return [str(v).strip() if v is not None and str(v).strip() else f"column_{i + 1}" for i, v in enumerate(values)]


def _xlsx_columns(r: Reader) -> list[str]:
    with _workbook(r.source, r.where) as ws:
        first = next(ws.iter_rows(max_row=1, values_only=True), None)
    if first is None:
        raise InputFileError(f"{r.where}: empty sheet (no header row)")
    return _xlsx_header(first)


def _xlsx_chunks(r: Reader) -> Iterator[Chunk]:
    with _workbook(r.source, r.where) as ws:
        rows = ws.iter_rows(values_only=True)
        header = _xlsx_header(next(rows, ()))
        chunk: Chunk = []
        for number, values in enumerate(rows, start=2):
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue  # blank rows are not inputs
            padded = list(values[: len(header)]) + [None] * (len(header) - len(values))
            chunk.append((number, dict(zip(header, padded, strict=True))))
            if len(chunk) >= r.chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk


def _xlsx_estimate(r: Reader) -> int | None:
    with _workbook(r.source, r.where) as ws:
        return None if ws.max_row is None else max(0, ws.max_row - 1)


def _parquet_file(r: Reader) -> Any:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(r.source)
    r.arrow_schema = pf.schema_arrow
    return pf


def _parquet_columns(r: Reader) -> list[str]:
    return list(_parquet_file(r).schema_arrow.names)


def _parquet_chunks(r: Reader) -> Iterator[Chunk]:
    number = 1
    for batch in _parquet_file(r).iter_batches(batch_size=r.chunk_size):
        rows = batch.to_pylist()
        yield list(enumerate(rows, start=number))
        number += len(rows)


def _parquet_estimate(r: Reader) -> int:
    return int(_parquet_file(r).metadata.num_rows)


def _jsonl_lines(r: Reader) -> Generator[tuple[int, dict[str, Any]]]:
    try:
        fh = io.TextIOWrapper(_open_binary(r.source), encoding="utf-8-sig")
    except OSError as exc:
        raise InputFileError(f"{r.where}: cannot read ({exc.strerror})") from None
    try:
        # readline(limit + 1): a line is never read further than the limit, so memory stays bounded
        yield from jsonl_objects(iter(lambda: fh.readline(MAX_RECORD_BYTES + 1), ""), MAX_RECORD_BYTES)
    except JsonlError as exc:
        raise InputFileError(f"{r.where}:{exc.line}: {exc.reason}") from None
    except UnicodeDecodeError:
        raise InputFileError(f"{r.where}: not UTF-8 text") from None
    finally:
        if isinstance(r.source, Path):
            fh.close()
        else:
            fh.detach()


def _jsonl_columns(r: Reader) -> list[str]:
    keys: dict[str, None] = {}
    lines = _jsonl_lines(r)
    for i, (_, obj) in enumerate(lines):
        keys.update(dict.fromkeys(obj))
        if i + 1 >= r.chunk_size:
            break
    lines.close()
    return list(keys)


def _jsonl_chunks(r: Reader) -> Iterator[Chunk]:
    chunk: Chunk = []
    for item in _jsonl_lines(r):
        chunk.append(item)
        if len(chunk) >= r.chunk_size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _jsonl_estimate(r: Reader) -> int:
    fh = _open_binary(r.source)
    try:
        return sum(1 for line in fh if line.strip())
    finally:
        if isinstance(r.source, Path):
            fh.close()


def jsonl_keys(r: Reader) -> list[str]:
    """Every key of every object of a JSONL file, in order of appearance (one streaming pass)."""
    keys: dict[str, None] = {}
    for _, obj in _jsonl_lines(r):
        keys.update(dict.fromkeys(obj))
    _rewind(r.source)
    return list(keys)


_COLUMNS = {"csv": _csv_columns, "xlsx": _xlsx_columns, "parquet": _parquet_columns, "jsonl": _jsonl_columns}
_CHUNKS = {"csv": _csv_chunks, "xlsx": _xlsx_chunks, "parquet": _parquet_chunks, "jsonl": _jsonl_chunks}
_ESTIMATE = {"csv": _csv_estimate, "xlsx": _xlsx_estimate, "parquet": _parquet_estimate, "jsonl": _jsonl_estimate}


# ----------------------------------------------------------------------------- writers

class Writer(Protocol):
    def write(self, rows: list[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...

    def discard(self) -> None:
        """Give up (an error): drop what the writer holds outside ``target`` (openpyxl's temporary file)."""


class JsonlWriter(TextStreamWriter):
    """One JSON object a line, keys as given."""

    def __init__(self, target: BinaryIO) -> None:
        self.fh = io.TextIOWrapper(target, encoding="utf-8", newline="\n")

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.fh.write("".join(json.dumps(r, ensure_ascii=False, default=plain) + "\n" for r in rows))


class ParquetWriter:
    """One row group a chunk, with the schema fixed before the first row."""

    def __init__(self, target: BinaryIO, schema: Any) -> None:
        import pyarrow.parquet as pq

        self.schema = schema
        self.out = pq.ParquetWriter(target, schema)

    def write(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa

        if rows:
            self.out.write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def close(self) -> None:
        self.out.close()

    def discard(self) -> None:
        self.out.close()


def open_writer(fmt: str, target: BinaryIO, columns: list[str], schema: Any = None) -> Writer:
    """A writer for ``fmt``; tabular formats need the columns (Parquet: an Arrow schema)."""
    if fmt == "jsonl":
        return JsonlWriter(target)
    if fmt == "csv":
        return CsvWriter(target, columns)
    if fmt == "xlsx":
        return XlsxWriter(target, columns)
    if fmt == "parquet":
        return ParquetWriter(target, schema)
    raise InputFileError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
