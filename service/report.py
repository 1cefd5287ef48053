"""Report: one self-contained HTML page about a scored file.

Input: a scored file (CSV, XLSX, JSONL or Parquet, as ``casecheck score`` writes it), read
chunk by chunk so any size fits in memory. Output: an HTML file with flag rates per concern,
the on-time rate of letters, both by any grouping column (or month of a date column), the
distribution of scores, and the documents with the most concerns. Charts are inline SVG
drawn by matplotlib without a display; there are no scripts and no network assets (a
Content-Security-Policy forbids them). Every value taken from the file is escaped.
"""

from __future__ import annotations

import heapq
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from jinja2 import Environment
from markupsafe import Markup

from model import CaseDataError, default_schema
from model.timeliness import parse_date
from service.batch import CONCERNS, expected_concerns, scored_chunks
from service.batch_io import InputFileError, Reader, atomic_path, cell_text

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

BINS = 20
MAX_GROUPS = 40
COLOURS = {"bar": "#1d4e89", "late": "#b4412f", "any": "#1d4e89", "on_time": "#2e7d4f", "hist": "#5b7fa8"}
RC: dict[RcKeyType, Any] = {
    "svg.fonttype": "none", "svg.hashsalt": "casecheck", "text.parse_math": False, "font.size": 9,
    "font.family": "sans-serif", "axes.spines.top": False, "axes.spines.right": False}


@dataclass
class Tally:
    """Counts for one set of documents: flags per concern and timeliness of letters."""

    n: int = 0
    errors: int = 0
    with_any: int = 0
    applicable: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)
    look: Counter[str] = field(default_factory=Counter)  # "worth a look", apart from the flags
    timed: int = 0
    late: int = 0
    late_no_apology: int = 0

    def add(self, row: dict[str, Any]) -> None:
        self.n += 1
        if row["error"]:
            self.errors += 1
            return
        flags = [row[f"flag_{c}"] for c in CONCERNS]
        for c, flag in zip(CONCERNS, flags, strict=True):
            if flag is not None:
                self.applicable[c] += 1
                self.flagged[c] += flag
        self.look.update(c for c in str(row.get("worth_a_look") or "").split("; ") if c in CONCERNS)
        if row["late_letter"] is not None:
            self.timed += 1
            self.late += row["late_letter"]
            self.late_no_apology += row["late_letter_no_apology"] or 0
        self.with_any += bool(any(flags) or row["late_letter"])

    @property
    def scored(self) -> int:
        return self.n - self.errors

    def rate(self, concern: str) -> float | None:
        return self.flagged[concern] / self.applicable[concern] if self.applicable[concern] else None

    @property
    def on_time(self) -> float | None:
        return (self.timed - self.late) / self.timed if self.timed else None

    @property
    def any_rate(self) -> float | None:
        return self.with_any / self.scored if self.scored else None


@dataclass
class ReportData:
    """Everything the page shows, gathered in one pass over the file."""

    overall: Tally = field(default_factory=Tally)
    groups: dict[str, dict[str, Tally]] = field(default_factory=dict)
    hist: dict[str, list[int]] = field(default_factory=lambda: {c: [0] * BINS for c in CONCERNS})
    n_concerns: Counter[int] = field(default_factory=Counter)
    working_days: Counter[int] = field(default_factory=Counter)
    versions: Counter[str] = field(default_factory=Counter)
    doc_types: Counter[str] = field(default_factory=Counter)
    top: list[tuple[Any, ...]] = field(default_factory=list)

    def add(self, row: dict[str, Any], keys: dict[str, str], top_n: int) -> None:
        self.overall.add(row)
        for by, key in keys.items():
            self.groups[by].setdefault(key, Tally()).add(row)
        if row["error"]:
            return
        self.versions[str(row.get("model_version"))] += 1
        self.doc_types[str(row.get("doc_type"))] += 1
        for c in CONCERNS:
            p = row[f"p_{c}"]
            if p is not None:
                self.hist[c][min(BINS - 1, max(0, int(p * BINS)))] += 1
        if row["working_days"] is not None:
            self.working_days[row["working_days"]] += 1
        n = sum(row[f"flag_{c}"] or 0 for c in CONCERNS) + (row["late_letter"] or 0)
        self.n_concerns[n] += 1
        expected = expected_concerns(row)
        item = (n, round(expected, 4), -row["_index"], _top_entry(row, keys, n, expected))
        if len(self.top) < top_n:
            heapq.heappush(self.top, item)
        elif item[:3] > self.top[0][:3]:
            heapq.heapreplace(self.top, item)


def _top_entry(row: dict[str, Any], keys: dict[str, str], n: int, expected: float) -> dict[str, Any]:
    return {"id": cell_text(row.get("id")), "doc_type": row.get("doc_type"), "n": n, "expected": expected,
            "concerns": cell_text(row.get("concerns")), "groups": dict(keys)}


def group_key(row: dict[str, Any], by: str, date_column: str | None) -> str:
    """The group of a row: the month of its date for ``month`` with a date column, else the column's value."""
    if by == "month" and date_column:
        try:
            return f"{parse_date(row.get(date_column), date_column):%Y-%m}"
        except CaseDataError:
            return "(no date)"
    value = cell_text(row.get(by)).strip()
    return value or "(blank)"


def check_groups(found: list[str], by: list[str], date_column: str | None, where: str) -> None:
    listed = ", ".join(repr(c) for c in found)
    for column in ([date_column] if date_column else []) + [b for b in by if not (b == "month" and date_column)]:
        if column not in found:
            hint = " (--by month needs --date-column)" if column == "month" else ""
            raise InputFileError(f"{where}: no column {column!r}{hint}; columns found: {listed}")


def gather(reader: Reader, by: list[str], date_column: str | None, top_n: int) -> ReportData:
    check_groups(reader.columns(), by, date_column, reader.where)
    data = ReportData(groups={b: {} for b in by})
    for chunk in scored_chunks(reader):
        for row in chunk:
            data.add(row, {b: group_key(row, b, date_column) for b in by}, top_n)
    return data


# ----------------------------------------------------------------------------- charts

def _svg(fig: Any) -> Markup:
    """The figure as an inline ``<svg>`` element (no XML prolog, fonts left to the browser)."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    text = buf.getvalue()
    return Markup(text[text.index("<svg"):])  # matplotlib's own XML: it escapes the labels it draws


def _figure(width: float, height: float, layout: Literal["constrained"] | None = "constrained") -> Any:
    # The object-oriented API: no pyplot, no GUI backend; savefig picks the SVG canvas.
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout=layout)


def chart_rates(labels: list[str], rates: list[float], colour: str) -> Markup:
    """Horizontal bars of rates (0-100 %), labelled with the percentage."""
    import matplotlib

    with matplotlib.rc_context(RC):
        fig = _figure(7.5, 0.32 * len(labels) + 0.8)
        ax = fig.subplots()
        y = list(range(len(labels)))[::-1]
        ax.barh(y, [r * 100 for r in rates], color=colour, height=0.65)
        ax.set_yticks(y, labels)
        ax.set_xlim(0, 100)
        ax.set_xlabel("% of documents")
        for yi, r in zip(y, rates, strict=True):
            ax.text(r * 100 + 1, yi, f"{r:.0%}", va="center", fontsize=8)
        return _svg(fig)


def chart_groups(groups: list[str], series: dict[str, list[float | None]], ordered: bool) -> Markup:
    """Rates per group: lines over time for ordered groups (months), grouped bars otherwise."""
    import matplotlib

    with matplotlib.rc_context(RC):
        if ordered:
            fig = _figure(7.5, 3.0)
            ax = fig.subplots()
            for name, values in series.items():
                ys = [v * 100 if v is not None else float("nan") for v in values]
                ax.plot(range(len(groups)), ys, marker="o", label=name, color=COLOURS[_colour_key(name)])
            ax.set_xticks(range(len(groups)), groups, rotation=45 if len(groups) > 8 else 0,
                          ha="right" if len(groups) > 8 else "center")
            ax.set_ylim(0, 104)
            ax.set_ylabel("%")
        else:
            fig = _figure(7.5, (0.25 + 0.18 * len(series)) * len(groups) + 1.0)
            ax = fig.subplots()
            height = 0.8 / len(series)
            base = [len(groups) - 1 - i for i in range(len(groups))]
            for k, (name, values) in enumerate(series.items()):
                offset = (len(series) - 1) / 2 * height - k * height
                ax.barh([b + offset for b in base], [(v or 0) * 100 for v in values], height=height, label=name,
                        color=COLOURS[_colour_key(name)])
            ax.set_yticks(base, groups)
            ax.set_xlim(0, 100)
            ax.set_xlabel("%")
        fig.legend(loc="outside lower center", ncols=len(series), fontsize=8, frameon=False)
        return _svg(fig)


def _colour_key(name: str) -> str:
    return "on_time" if "on time" in name else "any"


def chart_histograms(hist: dict[str, list[int]], titles: dict[str, str]) -> Markup:
    """Small multiples: the distribution of each concern's probability."""
    import matplotlib

    shown = [c for c in CONCERNS if sum(hist[c])]
    with matplotlib.rc_context(RC):
        cols = 3
        rows = max(1, -(-len(shown) // cols))
        fig = _figure(7.5, 1.6 * rows + 0.3, layout=None)  # a fixed grid: constrained layout is slow here
        axes = fig.subplots(rows, cols, squeeze=False)
        fig.subplots_adjust(left=0.06, right=0.99, bottom=0.3 / rows, top=1 - 0.25 / rows, wspace=0.25,
                            hspace=0.6)
        edges = [i / BINS for i in range(BINS)]
        for ax, concern in zip(axes.flat, shown, strict=False):
            ax.bar(edges, hist[concern], width=1 / BINS, align="edge", color=COLOURS["hist"])
            ax.set_title(titles[concern], fontsize=8)
            ax.set_xlim(0, 1)
            ax.tick_params(labelsize=7)
        for ax in list(axes.flat)[len(shown):]:
            ax.set_visible(False)
        return _svg(fig)


def chart_counts(counts: Counter[int], xlabel: str) -> Markup:
    """Bars of how many documents have each count (concerns per document, working days)."""
    import matplotlib

    with matplotlib.rc_context(RC):
        fig = _figure(5.0, 2.4)
        ax = fig.subplots()
        xs = list(range(0, max(counts) + 1)) if counts else [0]
        ax.bar(xs, [counts.get(x, 0) for x in xs], color=COLOURS["bar"])
        ax.set_xlabel(xlabel)
        ax.set_ylabel("documents")
        ax.set_xticks(xs if len(xs) <= 20 else xs[:: max(1, len(xs) // 10)])
        return _svg(fig)


# ----------------------------------------------------------------------------- page

def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _heat(value: float | None) -> str:
    """An inline background for a rate cell (numbers only, never file content)."""
    return "" if value is None else f"background: rgba(180, 65, 47, {0.08 + 0.6 * value:.2f})"


def _groups_view(by: str, tallies: dict[str, Tally]) -> dict[str, Any]:
    ordered = by == "month"
    names = sorted(tallies) if ordered else sorted(tallies, key=lambda g: (-tallies[g].n, g))
    hidden = len(names) - MAX_GROUPS if len(names) > MAX_GROUPS else 0
    names = sorted(names[:MAX_GROUPS]) if ordered else names[:MAX_GROUPS]
    concerns = [c for c in CONCERNS if any(tallies[g].applicable[c] for g in names)]
    series: dict[str, list[float | None]] = {"with any concern": [tallies[g].any_rate for g in names]}
    if any(tallies[g].timed for g in names):
        series["letters on time"] = [tallies[g].on_time for g in names]
    return {"by": by, "names": names, "tallies": tallies, "concerns": concerns, "hidden": hidden,
            "chart": chart_groups(names, series, ordered) if names else Markup("")}


def draw_charts(data: ReportData) -> dict[str, Any]:
    """The report's charts as inline SVG (the slow part of a report: matplotlib), to render once and reuse."""
    schema = default_schema()
    titles = {c: schema.concerns[c].title for c in CONCERNS}
    rated = [c for c in CONCERNS if data.overall.applicable[c]]
    return {
        "rates": chart_rates([titles[c] for c in rated], [data.overall.rate(c) or 0.0 for c in rated],
                             COLOURS["bar"]) if rated else None,
        "hist": chart_histograms(data.hist, titles) if rated else None,
        "counts": chart_counts(data.n_concerns, "concerns per document") if data.n_concerns else None,
        "days": chart_counts(data.working_days, "working days to send") if data.working_days else None,
        "groups": [_groups_view(by, t) for by, t in data.groups.items()],
    }


def render(data: ReportData, source: str, title: str, fragment: bool = False,
           charts: dict[str, Any] | None = None) -> str:
    """The report page; ``fragment``: only its sections, for a page with its own CSS and a strict CSP.

    In a fragment the charts are ``<img>`` elements (SVG data URIs, with text alternatives) and rate
    cells carry no inline style, so nothing in it needs ``style-src 'unsafe-inline'``. ``charts``: those
    ``draw_charts`` made for ``data`` (drawn here when not given).
    """
    charts = charts or draw_charts(data)
    schema = default_schema()
    titles = {c: schema.concerns[c].title for c in CONCERNS}
    overall = data.overall
    rated = [c for c in CONCERNS if overall.applicable[c]]
    top = [entry for *_, entry in sorted(data.top, reverse=True)]
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(pct=_pct, heat=(lambda _: "") if fragment else _heat)

    def chart(svg: Markup | None, alt: str) -> Markup | None:
        return _as_img(svg, alt) if fragment and svg else svg

    groups = [{**g, "chart": chart(g["chart"], f"Rates by {g['by']}") if g["names"] else g["chart"]}
              for g in charts["groups"]]
    return env.from_string(BODY if fragment else PAGE).render(
        title=title, source=source, generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        overall=overall, data=data, titles=titles, rated=rated, top=top,
        rates_chart=chart(charts["rates"], "Flag rate per concern"),
        hist_chart=chart(charts["hist"], "Distribution of each concern's probability"),
        counts_chart=chart(charts["counts"], "Concerns per document"),
        days_chart=chart(charts["days"], "Working days to send"),
        groups=groups,
    )


def _as_img(svg: Markup, alt: str) -> Markup:
    """An inline SVG as an ``<img>`` with a data URI: its styles stay inside the image."""
    import base64

    data = base64.b64encode(('<?xml version="1.0" encoding="utf-8"?>' + str(svg)).encode("utf-8")).decode("ascii")
    return Markup('<img class="chart" alt="{}" src="data:image/svg+xml;base64,{}">').format(alt, data)


def build_report(scored: Path, output: Path, fmt: str, by: list[str], date_column: str | None, top_n: int = 25,
                 title: str = "casecheck report") -> dict[str, int]:
    """Read ``scored`` once and write the report to ``output`` (atomically)."""
    if not scored.is_file():
        raise InputFileError(f"{scored}: no such file")
    data = gather(Reader(scored, fmt, str(scored)), by, date_column, top_n)
    page = render(data, scored.name, title)
    with atomic_path(output) as fh:
        fh.write(page.encode("utf-8"))
    return {"rows": data.overall.n, "errors": data.overall.errors}


PAGE_HEAD = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{{ title }}: {{ source }}</title>
<style>
  :root { --ink: #1b1f24; --muted: #5a6472; --line: #d9dee5; --accent: #1d4e89; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
         margin: 0; background: #f6f7f9; }
  main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; background: #fff; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem;
  border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
  .meta { color: var(--muted); margin: 0 0 1rem; }
  .cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
  .card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; min-width: 8rem; }
  .card b { display: block; font-size: 1.4rem; color: var(--accent); }
  table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .5rem 0 1rem; }
  th, td { border-bottom: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
  th { background: #eef1f5; font-weight: 600; } td.num, th.num { text-align: right; }
  .scroll { overflow-x: auto; } figure { margin: .5rem 0 1rem; } figcaption { color: var(--muted);
  font-size: .85rem; } svg { max-width: 100%; height: auto; }
  .note { color: var(--muted); font-size: .9rem; }
  table.groups th { font-size: .78rem; } table.groups td:first-child, td.id { white-space: nowrap; }
</style>
</head>
<body>
<main>
<h1>{{ title }}</h1>
<p class="meta">{{ source }} · generated {{ generated }} · model {{ data.versions | list | join(", ") or "n/a" }}</p>
"""

BODY = """<div class="cards">
  <div class="card"><b>{{ overall.n }}</b>documents</div>
  <div class="card"><b>{{ overall.scored }}</b>scored</div>
  <div class="card"><b>{{ overall.errors }}</b>not scored (errors)</div>
  <div class="card"><b>{{ overall.any_rate | pct }}</b>with at least one concern</div>
  {% if overall.timed %}<div class="card"><b>{{ overall.on_time | pct }}</b>letters on time</div>{% endif %}
</div>
{% if data.doc_types %}
<p class="meta">{% for t, n in data.doc_types.most_common() %}{{ t }}: {{ n }}
{%- if not loop.last %} · {% endif %}{% endfor %}</p>
{% endif %}

<h2>Flag rates per concern</h2>
{% if rated %}
<figure role="img" aria-label="Flag rate per concern">{{ rates_chart }}
<figcaption>Share of the documents a concern applies to that were flagged. "Worth a look" counts the
documents the model doubts (below the flag threshold; not flagged).</figcaption></figure>
<table>
<thead><tr><th>Concern</th><th>id</th><th class="num">Applies to</th><th class="num">Flagged</th>
<th class="num">Rate</th><th class="num">Worth a look</th></tr></thead>
<tbody>
{% for c in rated %}<tr><td>{{ titles[c] }}</td><td><code>{{ c }}</code></td>
<td class="num">{{ overall.applicable[c] }}</td><td class="num">{{ overall.flagged[c] }}</td>
<td class="num" style="{{ overall.rate(c) | heat }}">{{ overall.rate(c) | pct }}</td>
<td class="num">{{ overall.look[c] }}</td></tr>
{% endfor %}
</tbody></table>
{% else %}<p class="note">No scored documents.</p>{% endif %}

{% if overall.timed %}
<h2>Letters on time</h2>
<p>{{ overall.timed }} letters carry a decision and a sent date: <strong>{{ overall.on_time | pct }}</strong> were sent
on time (1 working day for the enhanced service, 5 otherwise); {{ overall.late }} late, {{ overall.late_no_apology }}
of them without an apology for the delay.</p>
{% if days_chart %}<figure role="img" aria-label="Working days taken to send letters">{{ days_chart }}
<figcaption>Working days from decision to letter (England and Wales bank holidays excluded).</figcaption>
</figure>{% endif %}
{% endif %}

{% for g in groups %}
<h2>By {{ g.by }}</h2>
{% if g.names %}
<figure role="img" aria-label="Rates by {{ g.by }}">{{ g.chart }}
<figcaption>Documents with at least one concern (and letters sent on time, where dated), by {{ g.by }}.
</figcaption></figure>
<div class="scroll" tabindex="0" role="region" aria-label="Rates by {{ g.by }}"><table class="groups">
<thead><tr><th>{{ g.by }}</th><th class="num">Documents</th><th class="num">Errors</th>
{% for c in g.concerns %}<th class="num" title="{{ c }}">{{ titles[c] }}</th>{% endfor %}
<th class="num">On time</th></tr></thead>
<tbody>
{% for name in g.names %}{% set t = g.tallies[name] %}
<tr><td>{{ name }}</td><td class="num">{{ t.n }}</td><td class="num">{{ t.errors }}</td>
{% for c in g.concerns %}<td class="num" style="{{ t.rate(c) | heat }}">{{ t.rate(c) | pct }}</td>{% endfor %}
<td class="num">{{ t.on_time | pct }}</td></tr>
{% endfor %}
</tbody></table></div>
{% if g.hidden %}<p class="note">{{ g.hidden }} smaller groups not shown.</p>{% endif %}
{% else %}<p class="note">No rows.</p>{% endif %}
{% endfor %}

{% if hist_chart %}
<h2>Distribution of scores</h2>
<figure role="img" aria-label="Distribution of the probability of each concern">{{ hist_chart }}
<figcaption>How many documents had each probability, per concern (0 to 1, in steps of 0.05).</figcaption></figure>
{% if counts_chart %}<figure role="img" aria-label="Concerns per document">{{ counts_chart }}
<figcaption>Documents by the number of concerns flagged (case checks included).</figcaption></figure>{% endif %}
{% endif %}

{% if top %}
<h2>Documents with the most concerns</h2>
<div class="scroll" tabindex="0" role="region" aria-label="Documents with the most concerns"><table>
<thead><tr><th>id</th><th>Type</th>{% for by in data.groups %}<th>{{ by }}</th>{% endfor %}<th class="num">Concerns</th>
<th class="num">Expected</th><th>Flagged</th></tr></thead>
<tbody>
{% for d in top %}<tr><td class="id">{{ d.id }}</td><td>{{ d.doc_type }}</td>
{% for by in data.groups %}<td>{{ d.groups[by] }}</td>{% endfor %}
<td class="num">{{ d.n }}</td><td class="num">{{ "%.2f" | format(d.expected) }}</td><td>{{ d.concerns }}</td></tr>
{% endfor %}
</tbody></table></div>
{% endif %}
<p class="note">Flags point a reader at a draft; they are not findings. "Expected" is the sum of the concern
probabilities (plus one for a late letter): the number of concerns a reader would expect to find.</p>
"""

PAGE = PAGE_HEAD + BODY + """</main>
</body>
</html>
"""
