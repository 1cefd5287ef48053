"""``casecheck score``, ``report`` and ``sample``: batch scoring and dip sampling ([batch] work).

Errors in what the user gave (files, rows, columns) exit with code 2 and name the place.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from click.core import ParameterSource

from model import BundleError, Registry
from service.batch import CASE_FIELDS, CHUNK, Columns, Options, ScorerSpec, default_workers, score_file, spec_of
from service.batch_io import FORMATS, InputFileError, Reader, detect_format
from service.cli.common import InputError
from service.settings import get_settings


def _scorer_spec(version: str | None) -> ScorerSpec:
    """The model to use, verified here and described so that every helper process loads the same one.

    This process scores too (it is one of the ``--workers``), so it loads the model as well,
    except with ``--backend dask``, where it only reads and writes.
    """
    settings = get_settings()
    registry = Registry(settings.registry_dir)
    version = version or registry.champion()
    if version is None:
        raise click.ClickException(f"no model is registered in {registry.root}; run `casecheck train`")
    spec = spec_of(settings, version)
    try:
        registry.verify(version)
    except BundleError as exc:
        raise click.ClickException(str(exc)) from None
    return spec


def show_progress(quiet: bool, stream: object = None) -> bool:
    """A progress bar only on a terminal, and not with --quiet."""
    stream = stream or sys.stderr
    return not quiet and bool(getattr(stream, "isatty", lambda: False)())


@contextmanager
def _progress(enabled: bool, total: Callable[[], int | None]) -> Iterator[Callable[[int], None] | None]:
    if not enabled:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total(), unit=" rows", file=sys.stderr, smoothing=0.05, dynamic_ncols=True) as bar:
        yield bar.update


def _columns(ctx: click.Context, text: str, id_col: str, type_col: str, keep_text: bool,
             case: dict[str, str | None]) -> Columns:
    """Named columns; the id and type defaults apply only when the file has them."""
    given = {name: ctx.get_parameter_source(name) != ParameterSource.DEFAULT for name in ("id_column", "type_column")}
    return Columns(text=text, id=id_col if given["id_column"] else None,
                   doc_type=type_col if given["type_column"] else None,
                   case=tuple((f.removesuffix("_column"), c) for f, c in case.items() if c), keep_text=keep_text)


def _case_options(fn: Callable[..., None]) -> Callable[..., None]:
    for name, option in reversed(list(CASE_FIELDS.items())):
        what = name.replace("_", " ")
        fn = click.option(option, f"{name}_column", metavar="COLUMN",
                          help=f"Column with the {what} (case data for letters).")(fn)
    return fn


def register(main: click.Group) -> None:
    """Add the batch commands to the ``casecheck`` group."""
    main.add_command(score)
    main.add_command(report)
    main.add_command(sample)


@click.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Output file; its extension picks the format (.csv .xlsx .jsonl .parquet).")
@click.option("--format", "in_fmt", type=click.Choice(FORMATS), help="Input format (default: from the extension).")
@click.option("--output-format", "out_fmt", type=click.Choice(FORMATS),
              help="Output format (default: from the extension, else the input's).")
@click.option("--text-column", default="text", show_default=True, help="Column with the draft.")
@click.option("--id-column", default="id", show_default=True, help="Column with the document id.")
@click.option("--type-column", default="doc_type", show_default=True,
              help="Column with the doc type (empty: detected).")
@_case_options
@click.option("--keep-text", is_flag=True, help="Copy the draft into the output too.")
@click.option("--explain", is_flag=True, help="Add the evidence behind absence concerns (JSONL; slower).")
@click.option("--workers", type=click.IntRange(1), default=default_workers, show_default="all cores",
              help="Processes scoring chunks in parallel (this one, which also reads and writes, included).")
@click.option("--backend", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local processes, or a Dask cluster (needs --scheduler and casecheck[distributed]).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
@click.option("--chunk-size", type=click.IntRange(1, 100_000), default=CHUNK, show_default=True,
              help="Rows read and scored together.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar (the summary is still printed).")
@click.option("--model", "version", help="Model version (default: the champion).")
@click.pass_context
def score(ctx: click.Context, input_path: Path, output: Path, in_fmt: str | None, out_fmt: str | None,
          text_column: str, id_column: str, type_column: str, keep_text: bool, explain: bool, workers: int,
          backend: str, scheduler: str | None, chunk_size: int, quiet: bool, version: str | None,
          **case: str | None) -> None:
    """Score every draft in INPUT (CSV, XLSX, JSONL or Parquet) and write one row per input row.

    Every other column (team, lawyer, date, case reference) passes through. A row with empty,
    non-text or oversize text gets an `error` and the rest go on. With a decision date and a sent
    date, letters also get `working_days`, `late_letter` and `late_letter_no_apology`.

    \b
    Example:
        casecheck score drafts.jsonl -o scored.jsonl
        casecheck score q3.xlsx -o q3-scored.csv --text-column body --id-column urn \\
            --decision-date-column decided --sent-date-column sent --service-level-column service
        casecheck score big.parquet -o scored.parquet --backend dask --scheduler tcp://10.0.0.5:8786
    """
    try:
        if not input_path.is_file():
            raise InputFileError(f"{input_path}: no such file")
        in_fmt = detect_format(input_path, in_fmt)
        out_fmt = detect_format(output, out_fmt, default=in_fmt)
        columns = _columns(ctx, text_column, id_column, type_column, keep_text, case)
        spec = _scorer_spec(version)
        total = Reader(input_path, in_fmt, str(input_path)).estimate_rows
        with _progress(show_progress(quiet), total) as progress:
            options = Options(workers, "dask" if backend == "dask" else "loky", scheduler, explain, progress)
            summary = score_file(input_path, output, in_fmt, out_fmt, columns, spec, options, chunk_size)
    except InputFileError as exc:
        raise InputError(str(exc)) from None
    click.echo(summary.line(), err=True)


@click.command()
@click.argument("scored", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="HTML file to write.")
@click.option("--format", "in_fmt", type=click.Choice(FORMATS), help="Format of SCORED (default: extension).")
@click.option("--by", "by", multiple=True, metavar="COLUMN",
              help="Group by a column (repeatable); 'month' groups by the month of --date-column.")
@click.option("--date-column", metavar="COLUMN", help="Date column for --by month.")
@click.option("--top", type=click.IntRange(1, 500), default=25, show_default=True,
              help="Documents listed with the most concerns.")
@click.option("--title", default="casecheck report", show_default=True, help="Report title.")
def report(scored: Path, output: Path, in_fmt: str | None, by: tuple[str, ...], date_column: str | None,
           top: int, title: str) -> None:
    """Write a self-contained HTML report of a scored file: flag rates, timeliness, groups, scores.

    \b
    Example:
        casecheck report scored.csv -o report.html --by team
        casecheck report scored.csv -o report.html --by team --by month --date-column date
    """
    from service.report import build_report

    try:
        stats = build_report(scored, output, detect_format(scored, in_fmt), list(by), date_column, top, title)
    except InputFileError as exc:
        raise InputError(str(exc)) from None
    click.echo(f"report on {stats['rows']} rows written to {output}", err=True)


@click.command()
@click.argument("scored", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Sample file; its extension picks the format.")
@click.option("--format", "in_fmt", type=click.Choice(FORMATS), help="Format of SCORED (default: extension).")
@click.option("--n", "n", type=click.IntRange(1), default=20, show_default=True, help="Documents to pick in all.")
@click.option("--random", "n_random", type=click.IntRange(0), help="How many of them at random [default: n/4].")
@click.option("--by", metavar="COLUMN", help="Stratify by this column (each group gets its share).")
@click.option("--seed", type=int, help="Seed for the random share (default: a new one, printed).")
def sample(scored: Path, output: Path, in_fmt: str | None, n: int, n_random: int | None, by: str | None,
           seed: int | None) -> None:
    """Pick documents to read: the highest risk (expected number of concerns) plus a random baseline.

    Each picked row says why it was picked. The same file and seed give the same sample.

    \b
    Example:
        casecheck sample scored.csv --n 20 --random 5 --by team --seed 42 -o sample.csv
    """
    from service.sample import draw_sample

    try:
        result = draw_sample(scored, output, detect_format(scored, in_fmt), n, n_random, by, seed)
    except InputFileError as exc:
        raise InputError(str(exc)) from None
    click.echo(result.line(), err=True)
