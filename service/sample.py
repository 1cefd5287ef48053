"""Sample: which scored documents to read in a dip sample or a quality panel.

Input: a scored file (any batch format), read once, chunk by chunk. Output: the picked rows,
each with ``pick`` (``risk`` or ``random``), the ``reason`` it was picked and its ``risk``: the
expected number of concerns (the sum of the concern probabilities, plus one for a late letter).

The random share is drawn first, from all scored documents, so it stays an unbiased baseline;
the highest-risk documents are then taken from the rest. With a grouping column the sample is
stratified: each group gets a share of ``n`` in proportion to its size (at least one each when
``n`` allows), and the random share is spread the same way. A row's random draw depends only on
the seed and its position in the file, so the same file and seed give the same sample.
"""

from __future__ import annotations

import hashlib
import heapq
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from service.batch import expected_concerns, scored_chunks
from service.batch_io import InputFileError, Reader, atomic_path, detect_format, open_writer, plain
from service.report import group_key

ALL = "(all)"


@dataclass
class Stratum:
    """One group's candidates: the ``n`` highest risks and the ``n`` smallest random keys seen."""

    size: int = 0
    risky: list[tuple[float, int, dict[str, Any]]] = field(default_factory=list)
    lucky: list[tuple[float, int, dict[str, Any]]] = field(default_factory=list)

    def add(self, row: dict[str, Any], risk: float, key: float, keep: int) -> None:
        self.size += 1
        _keep_top(self.risky, (risk, -row["_index"], row), keep)
        _keep_top(self.lucky, (-key, row["_index"], row), keep)


def _keep_top(heap: list[tuple[float, int, dict[str, Any]]], item: tuple[float, int, dict[str, Any]],
              keep: int) -> None:
    if len(heap) < keep:
        heapq.heappush(heap, item)
    elif item[:2] > heap[0][:2]:
        heapq.heapreplace(heap, item)


@dataclass
class SampleResult:
    rows: list[dict[str, Any]]
    scored: int
    errors: int
    seed: int
    groups: int
    by: str | None
    output: Path

    def line(self) -> str:
        n_random = sum(r["pick"] == "random" for r in self.rows)
        strata = f" across {self.groups} groups of {self.by!r}" if self.by else ""
        return (f"picked {len(self.rows)} of {self.scored} scored documents ({len(self.rows) - n_random} highest "
                f"risk, {n_random} random; seed {self.seed}){strata}; {self.errors} rows with errors left out; "
                f"written to {self.output}")


def random_key(seed: int, index: int) -> float:
    """A uniform draw in [0, 1) fixed by the seed and the row's position: the same in every format."""
    digest = hashlib.blake2b(f"{seed}:{index}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def allocate(total: int, sizes: dict[str, int]) -> dict[str, int]:
    """Split ``total`` over groups in proportion to ``sizes``, never more than a group has.

    Largest remainders get the leftovers (ties: the larger group, then the name), and when
    ``total`` allows, every non-empty group gets at least one, taken from the largest share.
    """
    alloc = dict.fromkeys(sizes, 0)
    remaining = min(total, sum(sizes.values()))
    while remaining > 0:
        open_ = [g for g in sizes if alloc[g] < sizes[g]]
        weight = sum(sizes[g] for g in open_)
        quotas = {g: remaining * sizes[g] / weight for g in open_}
        give = {g: min(int(q), sizes[g] - alloc[g]) for g, q in quotas.items()}
        left = remaining - sum(give.values())
        for g in sorted(open_, key=lambda g: (int(quotas[g]) - quotas[g], -sizes[g], g)):
            if left and alloc[g] + give[g] < sizes[g]:
                give[g] += 1
                left -= 1
        for g, k in give.items():
            alloc[g] += k
        remaining = left
    empty = [g for g in sorted(sizes) if sizes[g] and not alloc[g]]
    if total >= sum(1 for g in sizes if sizes[g]):
        for g in empty:
            donor = max(alloc, key=lambda d: (alloc[d], sizes[d], d))
            alloc[donor] -= 1
            alloc[g] = 1
    return alloc


def pick(strata: dict[str, Stratum], n: int, n_random: int, seed: int, by: str | None) -> list[dict[str, Any]]:
    """The sample, group by group: highest risks by rank, then the random baseline."""
    totals = allocate(n, {g: s.size for g, s in strata.items()})
    randoms = allocate(n_random, totals)
    out: list[dict[str, Any]] = []
    for g in sorted(strata):
        s, where = strata[g], f" in {by} {g!r}" if by else ""
        lucky = [row for _, _, row in sorted(s.lucky, key=lambda t: (-t[0], t[1]))][: randoms[g]]
        taken = {row["_index"] for row in lucky}
        ordered = [row for _, _, row in sorted(s.risky, key=lambda t: (-t[0], -t[1]))]
        ranked = [(rank, row) for rank, row in enumerate(ordered, start=1) if row["_index"] not in taken]
        for rank, row in ranked[: totals[g] - randoms[g]]:
            flagged = row.get("concerns") or "none"
            out.append(_picked(row, g, "risk", f"highest risk{where}: rank {rank} of {s.size}; expected "
                                               f"{expected_concerns(row):.2f} concerns; flagged: {flagged}"))
        for row in sorted(lucky, key=lambda r: r["_index"]):
            out.append(_picked(row, g, "random", f"random baseline{where}: {randoms[g]} of {s.size} drawn "
                                                 f"with seed {seed}"))
    return out


def _picked(row: dict[str, Any], group: str, how: str, reason: str) -> dict[str, Any]:
    return {"pick": how, "reason": reason, "risk": expected_concerns(row), "_group": group, **row}


def draw_sample(scored: Path, output: Path, fmt: str, n: int, n_random: int | None, by: str | None,
                seed: int | None) -> SampleResult:
    """Read ``scored`` once, pick the sample and write it to ``output`` (format from its extension)."""
    if not scored.is_file():
        raise InputFileError(f"{scored}: no such file")
    n_random = n // 4 if n_random is None else n_random
    if n_random > n:
        raise InputFileError(f"--random {n_random} is more than --n {n}")
    seed = secrets.randbelow(2**31) if seed is None else seed
    reader = Reader(scored, fmt, str(scored))
    found = reader.columns()
    if by and by not in found:
        raise InputFileError(f"{scored}: no column {by!r} (--by); columns found: {', '.join(map(repr, found))}")
    strata: dict[str, Stratum] = {}
    errors = 0
    for chunk in scored_chunks(reader):
        for row in chunk:
            if row["error"]:
                errors += 1
                continue
            group = group_key(row, by, None) if by else ALL
            strata.setdefault(group, Stratum()).add(row, expected_concerns(row), random_key(seed, row["_index"]), n)
    rows = pick(strata, n, n_random, seed, by)
    _write(rows, output)
    return SampleResult(rows, sum(s.size for s in strata.values()), errors, seed, len(strata), by, output)


def _write(rows: list[dict[str, Any]], output: Path) -> None:
    columns = list(dict.fromkeys(k for r in rows for k in r if not k.startswith("_")))
    if not columns:
        columns = ["pick", "reason", "risk"]
    clean = [{k: plain(r.get(k)) for k in columns} for r in rows]
    fmt = detect_format(output, None, default="csv")
    schema = None
    if fmt == "parquet":
        import pyarrow as pa

        schema = pa.Table.from_pylist(clean).schema if clean else pa.schema([(c, pa.string()) for c in columns])
    with atomic_path(output) as fh:
        writer = open_writer(fmt, fh, columns, schema)
        try:
            writer.write(clean)
        except BaseException:
            writer.discard()
            raise
        writer.close()
