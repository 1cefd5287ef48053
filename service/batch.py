"""Batch: score a file of drafts chunk by chunk, in parallel, one output row per input row.

Input: a ``Reader`` (CSV, XLSX, JSONL or Parquet; see ``service.batch_io``), the columns to
use and a ``ScorerSpec``. Output: records in input order, written chunk by chunk in any of
the four formats, and a ``Summary``. A row with bad text or case data gets an ``error`` and
the rest go on; a file that cannot be read, a named column that is missing or an unknown
doc type stops the batch with an ``InputFileError`` naming the file, row and column.

Chunks are scored in this process and, with ``--workers N`` (N > 1), on N - 1 helper processes
(joblib's loky executor) or on a Dask cluster (joblib's dask backend). This process is one of
the N: it reads, writes and scores a chunk whenever the helpers have enough queued, so N
processes score on N cores and no process sits idle holding a copy of the libraries. Each
process loads the model once (``cached_scorer``, verified sha256; helpers at start-up, while
this process already scores) and results come back in input order, so the output does not
depend on the number of workers. At most a few chunks per helper are in flight: memory stays
flat whatever the size of the file.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from model import CaseData, CaseDataError, InvalidTextError, Registry, RuleSet, default_schema
from model.processes import exit_with_parent
from model.scoring import DEFAULT_MAX_CHARS, PRESENCE_RULES, Scorer, check_text
from service.batch_io import (
    InputFileError,
    Reader,
    atomic_path,
    cell_text,
    jsonl_keys,
    open_writer,
    unneutralise,
)

if TYPE_CHECKING:
    from service.settings import Settings

__all__ = ["CHUNK", "Columns", "InputFileError", "Plan", "ScorerSpec", "Summary", "score_file", "score_stream"]

CHUNK = 256
CONCERNS = tuple(default_schema().concerns)
CASE_FIELDS = {"decision_date": "--decision-date-column", "sent_date": "--sent-date-column",
               "service_level": "--service-level-column", "decision_type": "--decision-type-column",
               "offence_category": "--offence-category-column"}
RESULT_KEYS = ("doc_type", "model_version", "scores", "flags", "concerns", "look", "advice", "doc_type_detected")
TIMELINESS = ("working_days", "late_letter", "late_letter_no_apology")


def tabular_fixed(timeliness: bool) -> list[str]:
    """The columns every tabular output has after the id and pass-through columns."""
    return (["doc_type", "doc_type_detected", "model_version"] + [f"p_{c}" for c in CONCERNS]
            + [f"flag_{c}" for c in CONCERNS] + (list(TIMELINESS) if timeliness else [])
            + ["concerns", "worth_a_look", "error"])


RESERVED = frozenset(["id", *RESULT_KEYS, "case_checks", *tabular_fixed(True)])


@dataclass(frozen=True)
class Columns:
    """The columns the user named; ``None`` for id and doc type means "use ``id``/``doc_type`` if present"."""

    text: str = "text"
    id: str | None = None
    doc_type: str | None = None
    case: tuple[tuple[str, str], ...] = ()  # (case-data field, column)
    keep_text: bool = False


@dataclass(frozen=True)
class Plan:
    """Columns resolved against a file: what is read, what passes through and under which name."""

    text: str
    id: str | None
    doc_type: str | None
    case: tuple[tuple[str, str], ...]
    passthrough: tuple[tuple[str, str], ...]  # (input column, output name)
    keep_text: bool

    @property
    def timeliness(self) -> bool:
        return any(f in ("decision_date", "sent_date") for f, _ in self.case)

    def consumed(self) -> set[str]:
        return {c for c in (self.text, self.id, self.doc_type) if c}

    def tabular_columns(self) -> list[str]:
        text = [output_name(self.text)] if self.keep_text else []
        return ["id", *(out for _, out in self.passthrough), *text, *tabular_fixed(self.timeliness)]


def plan_columns(found: list[str], columns: Columns, where: str, all_columns: list[str] | None = None) -> Plan:
    """Check the named columns against ``found``; exit-2 material when one is missing."""
    wanted = [(columns.text, "--text-column")] + [(c, CASE_FIELDS[f]) for f, c in columns.case]
    wanted += [(c, o) for c, o in ((columns.id, "--id-column"), (columns.doc_type, "--type-column")) if c]
    for column, option in wanted:
        if column not in found:
            listed = ", ".join(repr(c) for c in found) or "none"
            raise InputFileError(f"{where}: no column {column!r} ({option}); columns found: {listed}")
    id_col = columns.id or ("id" if "id" in found else None)
    type_col = columns.doc_type or ("doc_type" if "doc_type" in found else None)
    consumed = {c for c in (columns.text, id_col, type_col) if c}
    passthrough = tuple((c, output_name(c)) for c in (all_columns or found) if c not in consumed)
    return Plan(columns.text, id_col, type_col, columns.case, passthrough, columns.keep_text)


def output_name(column: str) -> str:
    """An input column keeps its name unless an output column has it: then ``input_<name>``."""
    return f"input_{column}" if column in RESERVED else column


# ----------------------------------------------------------------------------- scorers in workers

@dataclass(frozen=True)
class ScorerSpec:
    """Everything a worker needs to load the same verified model and rules."""

    registry: str
    version: str
    rules_files: tuple[str, ...] = ()
    ignore_terms: tuple[str, ...] = ()
    max_chars: int = DEFAULT_MAX_CHARS

    def load(self) -> Scorer:
        rules = RuleSet.load(extra=[Path(p) for p in self.rules_files], ignore=self.ignore_terms)
        return Scorer.from_registry(Registry(Path(self.registry)), self.version, rules=rules,
                                    max_chars=self.max_chars)


def spec_of(settings: Settings, version: str) -> ScorerSpec:
    """The spec of ``version`` with the rules, ignored terms and text limit of ``settings``."""
    return ScorerSpec(str(Path(settings.registry_dir).resolve()), version,
                      tuple(str(Path(p).resolve()) for p in settings.rules_files), tuple(settings.ignore_terms),
                      settings.max_text_chars)


_SCORERS: dict[ScorerSpec, Scorer] = {}
_SCORERS_LOCK = threading.Lock()


def cached_scorer(spec: ScorerSpec, scorer: Scorer | None = None) -> Scorer:
    """The scorer for ``spec`` in this process, loaded once (or registered, when given)."""
    with _SCORERS_LOCK:
        if scorer is not None:
            _SCORERS[spec] = scorer
        if spec not in _SCORERS:
            _SCORERS[spec] = spec.load()
        return _SCORERS[spec]


def score_job(spec: ScorerSpec, texts: list[str], doc_types: list[str | None], cases: list[CaseData | None],
              explain: bool, full: bool) -> list[dict[str, Any]]:
    """Score one chunk in a worker, with the worker's copy of the model."""
    return score_texts(cached_scorer(spec), texts, doc_types, cases, explain, full)


def score_texts(scorer: Scorer, texts: list[str], doc_types: list[str | None], cases: list[CaseData | None],
                explain: bool, full: bool) -> list[dict[str, Any]]:
    """The result fields of each draft, in order.

    ``full`` (JSONL output): the [spine] fields with every concern item and the writing advice.
    Otherwise only what a table shows: scores, flags, the words of presence concerns, case checks.
    """
    if not texts:
        return []
    results = scorer.score_many(texts, doc_types, explain=explain and full, cases=cases, advice=full)
    if full:
        return [{k: d[k] for k in (*RESULT_KEYS, "case_checks")} for d in (r.to_dict() for r in results)]
    return [{"doc_type": r.doc_type, "model_version": r.model_version, "doc_type_detected": r.doc_type_detected,
             "scores": r.scores, "flags": r.flags, "look": r.look,
             "case_checks": [{"check": c["check"]} for c in r.case_checks],
             "concerns": [{"concern": i.concern, "text": r.text[i.start : i.end]} for i in r.items
                          if i.concern in PRESENCE_RULES]} for r in results]


# ----------------------------------------------------------------------------- one chunk

@dataclass
class Prepared:
    """A chunk read and checked in the main process: records to fill and the drafts to score."""

    records: list[dict[str, Any]] = field(default_factory=list)
    todo: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    doc_types: list[str | None] = field(default_factory=list)
    cases: list[CaseData | None] = field(default_factory=list)


def prepare(chunk: list[tuple[int, dict[str, Any]]], plan: Plan, where: str, max_chars: int) -> Prepared:
    out = Prepared()
    consumed = plan.consumed()
    for number, row in chunk:
        rec: dict[str, Any] = {"id": row.get(plan.id) if plan.id else number, "_row": number,
                               "_pass": {output_name(k): v for k, v in row.items() if k not in consumed}}
        if plan.keep_text:
            rec["_text"] = row.get(plan.text)
        doc_type = _doc_type(row, plan, f"{where}:{number}")
        try:
            text = check_text(row.get(plan.text), max_chars)
        except InvalidTextError as exc:
            rec["error"] = f"column {plan.text!r}: {exc}"
        else:
            rec["_case"] = case = _case(row, plan, rec)
            if "error" not in rec:
                out.todo.append(len(out.records))
                out.texts.append(text)
                out.doc_types.append(doc_type)
                out.cases.append(case)
        out.records.append(rec)
    return out


def _doc_type(row: dict[str, Any], plan: Plan, where: str) -> str | None:
    value = row.get(plan.doc_type) if plan.doc_type else None
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str) and value.strip() in default_schema().doc_types:
        return value.strip()
    valid = ", ".join(default_schema().doc_types)
    raise InputFileError(f"{where}: column {plan.doc_type!r}: unknown doc_type {str(value)[:40]!r}; valid: {valid}")


def _case(row: dict[str, Any], plan: Plan, rec: dict[str, Any]) -> CaseData | None:
    if not plan.case:
        return None
    values = {f: row.get(c) for f, c in plan.case}
    for f, c in plan.case:
        try:
            CaseData.from_fields(**{f: values[f]})
        except CaseDataError as exc:
            rec["error"] = f"column {c!r}: {exc}"
            return None
    case = CaseData.from_fields(**values)
    return case if case != CaseData() else None


def merge(prepared: Prepared, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The prepared records with their results (and working days for letters with both dates)."""
    for i, result in zip(prepared.todo, results, strict=True):
        rec = prepared.records[i]
        rec["result"] = result
        case = rec.get("_case")
        if case is not None and result["doc_type"] == "vcl_letter":
            rec["working_days"] = case.working_days()
    return prepared.records


# ----------------------------------------------------------------------------- output rows

def jsonl_row(rec: dict[str, Any], plan: Plan) -> dict[str, Any]:
    """The [spine] object: id, the result fields (or an error), then the pass-through fields."""
    out: dict[str, Any] = {"id": rec["id"]}
    if "result" in rec:
        result = rec["result"]
        out.update((k, result[k]) for k in RESULT_KEYS)
        if plan.timeliness:
            out["case_checks"] = result["case_checks"]
            out["working_days"] = rec.get("working_days")
    else:
        out["error"] = rec["error"]
    if plan.keep_text:
        out[output_name(plan.text)] = rec["_text"]
    out.update(rec["_pass"])
    return out


def flat_row(rec: dict[str, Any], plan: Plan) -> dict[str, Any]:
    """One tabular row: probabilities and 0/1 flags for all concerns (empty where not applicable)."""
    out: dict[str, Any] = {"id": rec["id"], **rec["_pass"], "error": rec.get("error")}
    if plan.keep_text:
        out[output_name(plan.text)] = rec["_text"]
    result = rec.get("result")
    if result is None:
        return out
    out.update(doc_type=result["doc_type"], doc_type_detected=int(result["doc_type_detected"]),
               model_version=result["model_version"], concerns=concerns_summary(result),
               worth_a_look="; ".join(result.get("look") or []))
    for c, p in result["scores"].items():
        out[f"p_{c}"] = p
        out[f"flag_{c}"] = int(c in result["flags"])
    if plan.timeliness and rec.get("working_days") is not None:
        checks = {c["check"] for c in result["case_checks"]}
        out.update(working_days=rec["working_days"], late_letter=int("late_letter" in checks),
                   late_letter_no_apology=int("late_letter_no_apology" in checks))
    return out


def concerns_summary(result: dict[str, Any]) -> str:
    """"missing_vrr; unexplained_jargon (NFA, CPIA)": flagged concerns with the words found."""
    parts = []
    for concern in result["flags"]:
        words = [i["text"] for i in result["concerns"] if i["concern"] == concern and concern in PRESENCE_RULES]
        words = [w if len(w) <= 40 else w[:39] + "…" for w in dict.fromkeys(" ".join(w.split()) for w in words)]
        parts.append(f"{concern} ({', '.join(words)})" if words else concern)
    return "; ".join(parts + [c["check"] for c in result["case_checks"]])


def arrow_schema(plan: Plan, input_schema: Any = None) -> Any:
    """Parquet output types: pass-through types from a Parquet input, text otherwise."""
    import pyarrow as pa

    typed = {f.name: f.type for f in input_schema} if input_schema is not None else {}
    numbers = {"doc_type_detected": pa.int8(), "working_days": pa.int32(), "late_letter": pa.int8(),
               "late_letter_no_apology": pa.int8()}
    fields = []
    for name in plan.tabular_columns():
        source = {out: col for col, out in plan.passthrough}.get(name, plan.id if name == "id" else None)
        if name.startswith("p_"):
            fields.append(pa.field(name, pa.float64()))
        elif name.startswith("flag_") or name in numbers:
            fields.append(pa.field(name, numbers.get(name, pa.int8())))
        else:
            fields.append(pa.field(name, typed.get(source, pa.string()) if source else pa.string()))
    return pa.schema(fields)


def _parquet_values(rows: list[dict[str, Any]], schema: Any) -> list[dict[str, Any]]:
    import pyarrow as pa

    text = [f.name for f in schema if f.type == pa.string()]
    for row in rows:
        for name in text:
            value = row.get(name)
            row[name] = None if value is None else cell_text(value)
    return rows


# ----------------------------------------------------------------------------- running

@dataclass
class Summary:
    """Rows scored, rows with errors and flags per concern (case checks included)."""

    rows: int = 0
    errors: int = 0
    flags: Counter[str] = field(default_factory=Counter)
    look: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, records: Iterable[dict[str, Any]]) -> None:
        for rec in records:
            self.rows += 1
            if "error" in rec:
                self.errors += 1
                continue
            self.flags.update(rec["result"]["flags"])
            self.flags.update(c["check"] for c in rec["result"]["case_checks"])
            self.look.update(rec["result"].get("look") or [])

    def line(self) -> str:
        flags = ", ".join(f"{k} {v}" for k, v in sorted(self.flags.items())) or "none"
        rate = self.rows / self.seconds if self.seconds else 0.0
        look = ", ".join(f"{k} {v}" for k, v in sorted(self.look.items())) or "none"
        return (f"scored {self.rows - self.errors} rows, {self.errors} with errors; flags: {flags}; "
                f"worth a look: {look} ({self.seconds:.1f} s, {rate:.0f} rows/s)")


@dataclass(frozen=True)
class Options:
    """How to run: workers, backend, evidence, a per-chunk progress callback, and the scorer of this process."""

    workers: int = 1
    backend: str = "loky"
    scheduler: str | None = None
    explain: bool = False
    progress: Callable[[int], None] | None = None
    scorer: Scorer | None = None  # default: cached_scorer(spec)
    tee: Callable[[list[dict[str, Any]]], None] | None = None  # also given each chunk's output rows


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_chunks(prepared: Iterator[Prepared], spec: ScorerSpec | None, options: Options,
               full: bool = True) -> Iterator[tuple[Prepared, list[dict[str, Any]]]]:
    """Each prepared chunk with its results (``full``: see ``score_texts``), in input order."""
    job = (options.explain, full)
    if options.backend == "dask" and spec is not None:
        yield from _parallel(prepared, spec, -1, job, _dask_context(options.scheduler))
        return
    first = next(prepared, None)
    second = next(prepared, None) if first is not None else None
    if first is None:
        return
    chunks = chain([first], [second] if second is not None else [], prepared)
    if options.workers <= 1 or second is None or spec is None:  # one chunk: no helper to start
        scorer = options.scorer or cached_scorer(spec)  # type: ignore[arg-type]
        for p in chunks:
            yield p, score_texts(scorer, p.texts, p.doc_types, p.cases, *job)
        return
    yield from _with_helpers(chunks, spec, options, job)


def _with_helpers(chunks: Iterator[Prepared], spec: ScorerSpec, options: Options,
                  job: tuple[bool, bool]) -> Iterator[tuple[Prepared, list[dict[str, Any]]]]:
    """Score on ``workers - 1`` helper processes and in this one, in input order.

    Until a helper has started (imports and model load take seconds), this process scores every
    chunk. Then a chunk goes to the helpers while fewer than two per helper are unfinished (one
    running, one waiting: a helper never waits for this process to come back from a chunk of its
    own), otherwise this process scores it. Finished chunks at the head are yielded at once, and
    at most ``HELD`` per process are held.
    """
    from concurrent.futures import Future

    from threadpoolctl import threadpool_limits

    helpers = options.workers - 1
    executor = helper_pool(spec, helpers)
    started = executor.submit(_started)  # the helpers start now, while this process loads its model
    scorer = options.scorer or cached_scorer(spec)
    pending: deque[tuple[Prepared, Future[list[dict[str, Any]]] | list[dict[str, Any]]]] = deque()

    def head() -> tuple[Prepared, list[dict[str, Any]]]:
        p, item = pending.popleft()
        return p, item.result() if isinstance(item, Future) else item

    try:
        with threadpool_limits(1):  # no BLAS or OpenMP threads competing with the helpers for cores
            for p in chunks:
                busy = sum(isinstance(item, Future) and not item.done() for _, item in pending)
                if started.done() and started.result() and busy < 2 * helpers:
                    pending.append((p, executor.submit(score_job, spec, p.texts, p.doc_types, p.cases, *job)))
                else:
                    pending.append((p, score_texts(scorer, p.texts, p.doc_types, p.cases, *job)))
                while pending and (not isinstance(pending[0][1], Future) or pending[0][1].done()
                                   or len(pending) >= HELD * (helpers + 1)):
                    yield head()
            while pending:
                yield head()
    finally:
        for _, item in pending:
            if isinstance(item, Future):
                item.cancel()


HELD = 4  # chunks read and not yet written, per scoring process

# Helpers score one chunk at a time on one core: numerical libraries must not start thread pools.
ONE_THREAD = dict.fromkeys(("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS",
                            "NUMEXPR_NUM_THREADS"), "1")


def helper_pool(spec: ScorerSpec, helpers: int) -> Any:
    """The helper processes (joblib's loky executor, reused while the spec and number stay the same).

    Taken through joblib, as its ``Parallel`` takes it: loky's executor is one per process, and
    ``Parallel`` (training, in the same process) fails on one that joblib did not set up.
    """
    from joblib.executor import get_memmapping_executor

    return get_memmapping_executor(helpers, timeout=60, initializer=_start_helper, initargs=(spec, os.getpid()),
                                   env=ONE_THREAD)


def _start_helper(spec: ScorerSpec, parent: int) -> None:
    """A helper process's initializer: exit when the parent dies; load the model before the first chunk."""
    exit_with_parent(parent)
    cached_scorer(spec)


def _started() -> bool:
    """Returns once a helper is up (its initializer has run)."""
    return True


def _parallel(prepared: Iterator[Prepared], spec: ScorerSpec, n_jobs: int, job: tuple[bool, bool],
              context: AbstractContextManager[Any]) -> Iterator[tuple[Prepared, list[dict[str, Any]]]]:
    """Chunks scored through joblib in ``context`` (the Dask backend), in input order."""
    from joblib import Parallel, delayed

    pending: deque[Prepared] = deque()
    failure: list[InputFileError] = []

    def tasks() -> Iterator[Any]:  # consumed lazily by joblib, at most 2 * n_jobs chunks ahead
        try:
            for p in prepared:
                pending.append(p)
                yield delayed(score_job)(spec, p.texts, p.doc_types, p.cases, *job)
        except InputFileError as exc:
            failure.append(exc)

    with context:
        outputs = Parallel(n_jobs=n_jobs, return_as="generator", batch_size=1, pre_dispatch="2*n_jobs")(tasks())
        try:
            for results in outputs:
                yield pending.popleft(), results
                if failure:
                    break
        finally:
            outputs.close()
    if failure:
        raise failure[0]


def _dask_context(scheduler: str | None) -> AbstractContextManager[Any]:
    from contextlib import ExitStack

    try:
        from dask.distributed import Client
        from joblib import parallel_config
    except ImportError:
        raise InputFileError("--backend dask needs the optional extra: pip install 'casecheck[distributed]'") from None
    if not scheduler:
        raise InputFileError("--backend dask needs --scheduler ADDRESS (for example tcp://10.0.0.5:8786)")
    stack = ExitStack()
    try:
        client = stack.enter_context(Client(scheduler, set_as_default=False, timeout=30))
    except OSError as exc:
        raise InputFileError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    stack.enter_context(parallel_config(backend="dask", client=client))
    return stack


def score_stream(reader: Reader, target: BinaryIO, out_fmt: str, columns: Columns, spec: ScorerSpec | None,
                 options: Options) -> Summary:
    """Score everything ``reader`` gives and write it to ``target`` in ``out_fmt``.

    Without a ``spec`` (the web service), everything runs in this process with ``options.scorer``.
    """
    started = time.perf_counter()
    max_chars = options.scorer.max_chars if options.scorer else spec.max_chars  # type: ignore[union-attr]
    found = reader.columns()
    every = jsonl_keys(reader) if reader.fmt == "jsonl" and out_fmt != "jsonl" else None
    plan = plan_columns(found, columns, reader.where, every)
    schema = arrow_schema(plan, reader.arrow_schema) if out_fmt == "parquet" else None
    writer = open_writer(out_fmt, target, plan.tabular_columns(), schema)
    prepared = (prepare(c, plan, reader.where, max_chars) for c in reader.chunks())
    summary = Summary()
    try:
        for p, results in run_chunks(prepared, spec, options, full=out_fmt == "jsonl"):
            records = merge(p, results)
            rows = [jsonl_row(r, plan) if out_fmt == "jsonl" else flat_row(r, plan) for r in records]
            writer.write(_parquet_values(rows, schema) if schema is not None else rows)
            if options.tee:
                options.tee(rows)
            summary.add(records)
            if options.progress:
                options.progress(len(records))
    except BaseException:
        writer.discard()  # openpyxl's temporary file of scored drafts goes now, not at exit
        raise
    writer.close()
    summary.seconds = time.perf_counter() - started
    return summary


def score_file(input_path: Path, output: Path, in_fmt: str, out_fmt: str, columns: Columns, spec: ScorerSpec,
               options: Options, chunk_size: int = CHUNK) -> Summary:
    """Score ``input_path`` into ``output``; the output appears only when complete."""
    if not input_path.is_file():
        raise InputFileError(f"{input_path}: no such file")
    reader = Reader(input_path, in_fmt, str(input_path), chunk_size)
    with atomic_path(output) as target:
        return score_stream(reader, target, out_fmt, columns, spec, options)


# ----------------------------------------------------------------------------- reading scored files

def scored_chunks(reader: Reader) -> Iterator[list[dict[str, Any]]]:
    """The rows of a scored file (any format) as flat rows with numbers parsed.

    ``_row`` is the line or row a person finds in the file; ``_index`` the position (from 0) in any format.
    """
    found = reader.columns()
    if reader.fmt == "jsonl" and not {"scores", "error"} & set(found):
        raise InputFileError(f"{reader.where}: not a scored file (no 'scores'); keys found: {', '.join(found)}")
    if reader.fmt != "jsonl" and not any(c.startswith("p_") for c in found):
        listed = ", ".join(repr(c) for c in found) or "none"
        raise InputFileError(f"{reader.where}: not a scored file (no p_<concern> columns); columns found: {listed}")
    index = 0
    for chunk in reader.chunks():
        yield [_scored_row(row, number, index + i, reader.fmt == "jsonl") for i, (number, row) in enumerate(chunk)]
        index += len(chunk)


def expected_concerns(row: dict[str, Any]) -> float:
    """The risk of a scored row: the sum of its concern probabilities, plus one for a late letter."""
    return round(sum(row[f"p_{c}"] or 0.0 for c in CONCERNS) + (row["late_letter"] or 0), 4)


def _scored_row(row: dict[str, Any], number: int, index: int, from_jsonl: bool) -> dict[str, Any]:
    if from_jsonl:
        row = _flat_from_jsonl(row)
    out = {k: unneutralise(v) for k, v in row.items()}
    out["_row"], out["_index"] = number, index
    for c in CONCERNS:
        out[f"p_{c}"] = _number(row.get(f"p_{c}"))
        flag = _number(row.get(f"flag_{c}"))
        out[f"flag_{c}"] = None if flag is None else int(flag)
    for key in TIMELINESS:
        value = _number(row.get(key))
        out[key] = None if value is None else int(value)
    error = row.get("error")
    out["error"] = None if error is None or (isinstance(error, str) and not error.strip()) else str(error)
    return out


def _flat_from_jsonl(row: dict[str, Any]) -> dict[str, Any]:
    if "error" in row or not isinstance(row.get("scores"), dict):
        return {k: v for k, v in row.items() if k not in ("scores", "flags", "concerns", "advice")}
    result = {"doc_type": row.get("doc_type"), "doc_type_detected": bool(row.get("doc_type_detected")),
              "model_version": row.get("model_version"), "scores": row["scores"], "flags": row.get("flags") or [],
              "look": row.get("look") or [], "concerns": row.get("concerns") or [],
              "case_checks": row.get("case_checks") or []}
    rest = {k: v for k, v in row.items() if k not in {"id", *RESULT_KEYS, "case_checks", "working_days"}}
    rec = {"id": row.get("id"), "_pass": rest, "result": result, "working_days": row.get("working_days")}
    plan = Plan("text", "id", None, (("decision_date", ""),) if "working_days" in row else (), (), False)
    return flat_row(rec, plan)


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None if value is None else float(value)
    try:
        number = float(str(value).strip().lstrip("'"))
    except ValueError:
        return None
    return None if number != number else number
