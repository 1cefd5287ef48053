"""``casecheck labels ...`` and ``casecheck retrain``: the IQA label loop.

Errors in what the user gave (files, rows, columns) exit with code 2 and name the place;
an import with any bad row imports nothing and lists every problem.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from model import ModelError
from model.files import write_table
from service.cli.common import InputError, load_scorer
from service.settings import get_settings

if TYPE_CHECKING:
    from training.store import LabelStore

# The label store and the retrain (SQLAlchemy, Alembic, training) are imported by the commands that use
# them: every ``casecheck`` command, ``serve`` included, imports this module to register them.


def _store() -> LabelStore:
    from sqlalchemy.exc import SQLAlchemyError

    from service.retraining import open_store
    from training.store import LabelStoreError

    settings = get_settings()
    try:
        return open_store(settings)
    except LabelStoreError as exc:
        raise click.ClickException(str(exc)) from None
    except SQLAlchemyError as exc:  # a database that cannot be reached: say which, not a traceback
        where = "CASECHECK_DATABASE_URL" if settings.database_url else f"{settings.home}/labels.db"
        raise click.ClickException(f"label store ({where}): {str(exc).splitlines()[0]}") from None


@contextmanager
def _output(path: str) -> Iterator[TextIO]:
    if path == "-":
        yield sys.stdout
        return
    with Path(path).open("w", encoding="utf-8", newline="") as fh:
        yield fh


def _column_option(values: tuple[str, ...]) -> dict[str, str]:
    mapping = {}
    for value in values:
        dest, sep, src = value.partition("=")
        if not sep or not dest.strip() or not src.strip():
            raise click.BadParameter(f"{value!r}: use FIELD=HEADER, such as id='Case URN'", param_hint="--column")
        mapping[dest.strip()] = src.strip()
    return mapping


@click.group()
def labels() -> None:
    """Import, export and inspect assessors' labels; choose what to label next."""


@labels.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "jsonl"]), help="Default: from the file name.")
@click.option("--layout", type=click.Choice(["auto", "wide", "long"]), default="auto", show_default=True,
              help="wide: a column per concern; long: id, concern, rating.")
@click.option("--column", "columns", multiple=True, metavar="FIELD=HEADER",
              help="Read FIELD (id, doc_type, text, assessor, assessed_at, concern, rating or a concern id) "
                   "from column HEADER. Repeatable.")
@click.option("--partial-as", type=click.Choice(["1", "0"]), default="1", show_default=True,
              help="Label for 'partially meeting' (1 flags the concern).")
@click.option("--assessor", default="", help="Assessor for rows without one.")
@click.option("--assessed-at", help="Assessment date for rows without one (default: now).")
@click.option("--source", type=click.Choice(["import", "seed"]), default="import", show_default=True)
@click.option("--sheet", help="XLSX sheet (default: the first).")
@click.option("--report", type=click.Path(path_type=Path), help="On errors, also write them to this CSV.")
def labels_import(file: Path, fmt: str | None, layout: str, columns: tuple[str, ...], partial_as: str,
                  assessor: str, assessed_at: str | None, source: str, sheet: str | None, report: Path | None) -> None:
    """Import IQA labels from FILE (CSV, XLSX or JSONL); all or nothing.

    Values: 0/1, yes/no, or fully / partially / not meeting (any case). Importing the same
    file again changes nothing.

    \b
    Example:
        casecheck labels import iqa-2025-q1.xlsx --column id="Case URN" --assessor "Area IQA"
        casecheck labels import ratings.csv --layout long
    """
    from sqlalchemy.exc import SQLAlchemyError

    from training.label_import import ImportOptions, LabelImportError, import_file, parse_time

    when = parse_time(assessed_at) if assessed_at else None
    if assessed_at and when is None:
        raise click.BadParameter(f"cannot read the date {assessed_at!r}", param_hint="--assessed-at")
    options = ImportOptions(format=fmt, layout=layout, columns=_column_option(columns), partial_as=int(partial_as),
                            assessor=assessor, assessed_at=when, source=source, sheet=sheet)
    if not file.exists():
        raise InputError(f"{file}: no such file")
    try:
        result = import_file(_store(), file, options)
    except SQLAlchemyError as exc:  # the database went away mid-import: its transaction was rolled back
        raise click.ClickException(f"label store: {str(exc).splitlines()[0]}; nothing was imported (the "
                                   "transaction was rolled back): run the import again") from None
    except LabelImportError as exc:
        if report:
            write_table(report, ["row", "column", "reason"],
                        ({"row": e.row, "column": e.column, "reason": e.reason} for e in exc.errors))
        raise InputError(str(exc)) from None
    click.echo(result.summary())


@labels.command("export")
@click.argument("output", metavar="OUT")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), help="Default: from OUT's name (jsonl).")
@click.option("--history", is_flag=True, help="Every label ever stored, one per line, instead of current ones.")
def labels_export(output: str, fmt: str | None, history: bool) -> None:
    """Write the stored labels to OUT ('-' for standard output).

    JSONL holds one document per line in the corpus format (current labels); CSV uses the
    import's wide layout, so an exported file imports again.

    \b
    Example:
        casecheck labels export labels.jsonl
        casecheck labels export --history - --format csv
    """
    fmt = fmt or ("csv" if output.endswith(".csv") else "jsonl")
    store = _store()
    if fmt == "csv":
        columns, rows = _history_table(store) if history else _current_table(store)
        write_table(sys.stdout.buffer if output == "-" else Path(output), columns, rows, "csv")
        n = len(rows)
    else:
        with _output(output) as out:
            if history:
                rows = store.history()
                out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
                n = len(rows)
            else:
                n = _export_current(store, out)
    click.echo(f"exported {n} {'labels' if history else 'documents'}", err=True)


def _history_table(store: LabelStore) -> tuple[list[str], list[dict[str, Any]]]:
    rows = store.history()
    return (list(rows[0]) if rows else ["document_id"]), rows


def _current_table(store: LabelStore) -> tuple[list[str], list[dict[str, Any]]]:
    """The import's wide layout: an exported file imports again (``labels import`` drops our quotes)."""
    docs = store.documents()
    concerns = list(store.schema.concerns)
    rows = [{"id": d.id, "doc_type": d.doc_type, "text": d.text or "", **d.labels} for d in docs]
    return ["id", "doc_type", "text", *concerns], rows


def _export_current(store: LabelStore, out: TextIO) -> int:
    docs = store.documents()
    for d in docs:
        meta = {"source": d.source, "split": d.split, "text_sha256": d.text_sha256,
                "assessed_at": {c: t.isoformat() for c, t in d.assessed_at.items()}}
        out.write(json.dumps({"id": d.id, "doc_type": d.doc_type, "text": d.text, "labels": d.labels,
                              "meta": meta}, ensure_ascii=False) + "\n")
    return len(docs)


@labels.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
def labels_stats(as_json: bool) -> None:
    """Counts per concern, source, month and assessor (with assessors' agreement).

    \b
    Example:
        casecheck labels stats
    """
    store = _store()
    stats = store.stats()
    if as_json:
        click.echo(json.dumps(stats, indent=2))
        return
    click.echo(f"label store {store.describe()} (schema {store.revision()})")
    click.echo(f"documents {stats['documents']} ({stats['documents_with_text']} with text, "
               f"{stats['holdout_documents']} in the holdout); labels {stats['labels']} "
               f"({stats['current_labels']} current); import batches {stats['batches']}")
    click.echo(f"\n{'concern':<38}{'labels':>8}{'flagged':>9}")
    for concern, m in stats["by_concern"].items():
        click.echo(f"{concern:<38}{m['labels']:>8}{m['flagged']:>9}")
    click.echo("\nby source: " + (", ".join(f"{k} {v}" for k, v in stats["by_source"].items()) or "none"))
    click.echo("by month:  " + (", ".join(f"{k} {v}" for k, v in stats["by_month"].items()) or "none"))
    click.echo(f"\n{'assessor':<24}{'labels':>8}{'flag rate':>11}{'partial':>9}{'overlaps':>10}{'agreement':>11}")
    for who, m in stats["assessors"].items():
        click.echo(f"{who[:23]:<24}{m['labels']:>8}{_num(m['flag_rate']):>11}{_num(m['partial_share']):>9}"
                   f"{m['overlaps']:>10}{_num(m['agreement']):>11}")


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


@labels.command("review")
@click.option("--approve", "approve", metavar="IDS", help="Approve these pending labels (comma-separated ids, or all).")
@click.option("--reject", "reject", metavar="IDS", help="Reject these pending labels (comma-separated ids, or all).")
@click.option("--who", default=None, help="The assessor of record (default: your login name).")
@click.option("--json", "as_json", is_flag=True, help="Print the queue as JSON lines.")
def labels_review(approve: str | None, reject: str | None, who: str | None, as_json: bool) -> None:
    """The review queue: web feedback waits here until an assessor approves it for retraining.

    Without --approve or --reject, lists the pending labels (id, draft, concern, mark, when).
    Rejected labels stay in the store's history and are never trained on.

    \b
    Example:
        casecheck labels review
        casecheck labels review --approve 12,13 --reject 14 --who "A. Assessor"
    """
    import getpass

    from training.store import LabelStoreError

    store = _store()
    queue = store.review_queue()
    if approve is None and reject is None:
        for item in queue:
            if as_json:
                click.echo(json.dumps({k: v for k, v in item.items() if k != "text"}))
            else:
                click.echo(f"{item['label_id']:>6}  {item['document_id']:<28} {item['doc_type']:<20} "
                           f"{item['concern']:<36} {item['note'] or item['value']:<7} {item['assessed_at']}  "
                           f"{'text kept' if item['text'] is not None else 'hash only'}")
        click.echo(f"{len(queue)} labels pending review", err=True)
        return
    pending = [item["label_id"] for item in queue]
    approved, rejected = _ids(approve or "", pending), _ids(reject or "", pending)
    if set(approved) & set(rejected):
        raise InputError("a label cannot be both approved and rejected")
    who = who or getpass.getuser()
    try:
        done = store.review({**dict.fromkeys(approved, "approve"), **dict.fromkeys(rejected, "reject")}, who)
    except LabelStoreError as exc:
        raise InputError(str(exc)) from None
    click.echo(f"approved {done['approved']}, rejected {done['rejected']} (reviewer: {who})")


def _ids(value: str, pending: list[int]) -> list[int]:
    if value.strip().lower() == "all":
        return pending
    try:
        ids = [int(part) for part in value.split(",") if part.strip()]
        if any(not 1 <= i < 2**63 for i in ids):
            raise ValueError
        return ids
    except ValueError:
        raise InputError(f"label ids must be numbers separated by commas, or all (got {value[:40]!r})") from None


@labels.command("suggest")
@click.argument("input_path", metavar="SCORED_OR_UNLABELLED", type=click.Path(path_type=Path))
@click.option("--n", "n", type=click.IntRange(1), default=50, show_default=True, help="How many drafts.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write a CSV to fill in and import (wide layout, concern columns empty).")
@click.option("--json", "as_json", is_flag=True, help="Print the ranking as JSON lines.")
def labels_suggest(input_path: Path, n: int, output: Path | None, as_json: bool) -> None:
    """Rank unlabelled drafts by how much a label would help (scores near thresholds).

    SCORED_OR_UNLABELLED is `casecheck score` output or drafts (JSONL or CSV: id, text, doc_type).

    \b
    Example:
        casecheck labels suggest drafts.jsonl --n 50 -o to-label.csv
    """
    from training.active import SuggestInputError, read_drafts, suggest, write_suggestions

    if not input_path.exists():
        raise InputError(f"{input_path}: no such file")
    try:
        rows = read_drafts(input_path)
    except SuggestInputError as exc:
        raise InputError(str(exc)) from None
    try:
        picked = suggest(rows, load_scorer(), n=n, store=_store())
    except ModelError as exc:
        raise InputError(f"{input_path}: {exc}") from None
    if output:
        write_suggestions(output, picked)
    for s in picked:
        if as_json:
            click.echo(json.dumps({k: v for k, v in vars(s).items() if k != "text"}))
        else:
            click.echo(f"{s.rank:>4}  {s.id:<28} {s.doc_type:<20} {s.concern:<36} score {s.score:.3f} "
                       f"threshold {s.threshold:.3f}")
    click.echo(f"{len(picked)} drafts suggested from {len(rows)}" + (f"; wrote {output}" if output else ""),
               err=True)


@labels.command("audit")
@click.option("--n", "n", type=click.IntRange(1), default=50, show_default=True, help="Most labels to list.")
@click.option("--folds", type=click.IntRange(2, 20), default=5, show_default=True)
@click.option("--seed", "seed_files", multiple=True, type=click.Path(path_type=Path),
              help="Seed corpus JSONL the fold models also learn from (default: CASECHECK_SEED_FILES, else "
                   "data/corpus). Repeatable.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Also write every suspect label to a CSV.")
@click.option("--json", "as_json", is_flag=True, help="Print the audit as JSON.")
def labels_audit(n: int, folds: int, seed_files: tuple[Path, ...], output: Path | None, as_json: bool) -> None:
    """List stored labels that out-of-fold predictions strongly disagree with, and per-assessor rates.

    \b
    Example:
        casecheck labels audit --n 30 -o recheck.csv
    """
    from service.retraining import rules_of
    from training.active import audit
    from training.analysis_cache import AnalysisCache
    from training.retrain import default_cache_dir

    settings = get_settings()
    seed = _seed(seed_files)
    report = audit(_store(), load_scorer(), seed, AnalysisCache(default_cache_dir(settings.home), rules_of(settings)),
                   folds=folds)
    items = report["items"]
    if output:
        write_table(output, list(items[0]) if items else ["document_id"], items)
    report["items"] = items[:n]
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(f"audited {report['labels_audited']} labels on {report['documents']} documents "
               f"({folds}-fold, {report['method']}); {report['suspects']} look wrong")
    for s in report["items"]:
        click.echo(f"  {s['document_id']:<28} {s['concern']:<36} label {s['label']}  out-of-fold flag "
                   f"probability {s['flag_probability']:.3f}  assessor {s['assessor'] or '-'}")
    click.echo(f"\n{'assessor':<24}{'audited':>9}{'suspect':>9}{'rate':>8}")
    for who, m in report["assessors"].items():
        click.echo(f"{who[:23]:<24}{m['audited']:>9}{m['suspect']:>9}{_num(m['suspect_rate']):>8}")


@click.command("retrain")
@click.option("--config", type=click.Path(exists=True, path_type=Path),
              help="Training config (default: CASECHECK_TRAINING_CONFIG, else the champion's).")
@click.option("--seed", "seed_files", multiple=True, type=click.Path(path_type=Path),
              help="Seed corpus JSONL (default: CASECHECK_SEED_FILES, else data/corpus). Repeatable.")
@click.option("--no-seed", is_flag=True, help="Train on the store's labels only.")
@click.option("--force", is_flag=True, help="Promote even if the comparison says no (needs --reason).")
@click.option("--reason", help="Why the promotion is forced; recorded in the promotion log.")
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as JSON.")
def retrain_command(config: Path | None, seed_files: tuple[Path, ...], no_seed: bool, force: bool,
                    reason: str | None, as_json: bool) -> None:
    """Train a challenger on the seed corpus + stored labels; promote it only if it is no worse.

    Champion and challenger are compared on the store's fixed holdout (assessors' imported labels):
    promotion needs macro-F1 not to drop, no concern's F1 to drop by more than 0.02, and at most
    CASECHECK_MAX_SEED_MOVED of the seed validation set's decisions to change.

    \b
    Example:
        casecheck retrain
        casecheck retrain --force --reason "assessors re-marked the holdout"
    """
    from sqlalchemy.exc import SQLAlchemyError

    from service.retraining import run_retrain
    from training.retrain import RetrainError

    if force and not (reason and reason.strip()):
        raise click.BadParameter("--force needs --reason (it goes in the promotion log)", param_hint="--force")
    settings = get_settings()
    seed = _seed(seed_files, no_seed)
    try:
        result = run_retrain(settings, force_reason=reason if force else None, config=config, seed=seed,
                             progress=lambda m: click.echo(m, err=True))
    except (RetrainError, ModelError) as exc:
        raise click.ClickException(str(exc)) from None
    except SQLAlchemyError as exc:
        raise click.ClickException(f"label store: {str(exc).splitlines()[0]}") from None
    if as_json:
        click.echo(json.dumps(result.comparison, indent=2))
        return
    click.echo(result.summary())
    click.echo(f"comparison: {result.comparison_path}")


def _seed(files: tuple[Path, ...], no_seed: bool = False) -> list:
    from service.retraining import seed_records
    from training.dataset import DatasetError

    for f in files:
        if not f.exists():
            raise InputError(f"{f}: no such file")
    try:
        return seed_records(get_settings(), files, no_seed)
    except DatasetError as exc:
        raise InputError(str(exc)) from None


def register(main: click.Group) -> None:
    """Add the label and retraining commands to the ``casecheck`` group."""
    main.add_command(labels)
    main.add_command(retrain_command)
