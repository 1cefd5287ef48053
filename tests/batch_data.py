"""Inputs for the batch, report and sample tests: generated drafts with team, date and case columns."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pandas as pd

from data.generator.letters import generate_letters
from data.generator.reviews import generate_reviews

TEAMS = ("North", "South", "<script>alert(1)</script>")


def drafts(n_letters: int = 24, n_reviews: int = 12, seed: int = 5) -> list[dict[str, Any]]:
    """Rows with id, team, date, decided/sent dates, service level, lawyer, text and (mostly) doc type."""
    rng = random.Random(seed)
    records = generate_letters(n_letters, seed) + generate_reviews(n_reviews, seed)
    rng.shuffle(records)
    rows = []
    for i, r in enumerate(records):
        letter = r["doc_type"] == "vcl_letter"
        rows.append({
            "id": r["id"], "team": TEAMS[i % len(TEAMS)], "lawyer": f"00{i % 7}",
            "date": f"2024-{1 + i % 4:02d}-{1 + i % 27:02d}",
            "decided": "2024-03-28" if letter else "", "sent": f"2024-04-{1 + i % 9:02d}" if letter else "",
            "service": "enhanced" if i % 2 else "standard",
            "doc_type": "" if i % 5 == 0 else r["doc_type"], "text": r["text"],
        })
    return rows


def write(rows: list[dict[str, Any]], path: Path) -> Path:
    """Write rows as CSV, XLSX, JSONL or Parquet by the extension (strings everywhere)."""
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    elif path.suffix == ".csv":
        pd.DataFrame(rows).to_csv(path, index=False)
    elif path.suffix == ".xlsx":
        pd.DataFrame(rows).to_excel(path, index=False)
    elif path.suffix == ".parquet":
        pd.DataFrame(rows).to_parquet(path, index=False)
    else:
        raise ValueError(path)
    return path


def read(path: Path) -> list[dict[str, Any]]:
    """Read a scored file back as a list of dicts (text cells as strings)."""
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".csv":
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    elif path.suffix == ".xlsx":
        frame = pd.read_excel(path, dtype=str, keep_default_na=False)
    else:
        frame = pd.read_parquet(path)
    return frame.to_dict("records")


def score_with_cli(home: Path, rows: list[dict[str, Any]], folder: Path, ext: str = ".csv") -> Path:
    """Score ``rows`` with ``casecheck score`` (case columns given) into ``folder/scored<ext>``."""
    import pytest
    from click.testing import CliRunner

    from service.cli import main
    from service.settings import get_settings

    src = write(rows, folder / "drafts.csv")
    out = folder / f"scored{ext}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASECHECK_HOME", str(home))
        get_settings.cache_clear()
        result = CliRunner().invoke(main, ["score", str(src), "-o", str(out), "--workers", "1",
                                           "--decision-date-column", "decided", "--sent-date-column", "sent",
                                           "--service-level-column", "service"])
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    return out
