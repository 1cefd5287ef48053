"""The HTML report: self-contained, escaped, grouped, and readable in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from service.cli import main
from tests.batch_data import drafts, score_with_cli

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def scored(trained_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = drafts(24, 12, seed=9)
    rows[3]["text"] = "   "
    return score_with_cli(trained_home, rows, tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def report(scored: Path, trained_home: Path) -> Path:
    out = scored.parent / "report.html"
    result = CliRunner().invoke(main, ["report", str(scored), "-o", str(out), "--by", "team", "--by", "month",
                                       "--date-column", "date"])
    assert result.exit_code == 0, result.output
    assert "report on 36 rows" in result.output
    return out




def test_the_report_is_one_self_contained_file(report):
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and page.count("<svg") >= 5
    assert "<script" not in page and "<link" not in page and "<img" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page)
    assert not re.search(r"url\(\s*['\"]?(?:https?:|//)", page)
    assert "default-src 'none'" in page


def test_the_report_shows_rates_timeliness_groups_scores_and_top_documents(report):
    page = report.read_text(encoding="utf-8")
    for heading in ("Flag rates per concern", "Letters on time", "By team", "By month", "Distribution of scores",
                    "Documents with the most concerns"):
        assert f">{heading}</h2>" in page
    assert "Right to review not given" in page and "2024-01" in page and "2024-04" in page
    assert re.search(r"<b>\d+%</b>letters on time", page)
    assert "<b>36</b>documents" in page and "<b>1</b>not scored (errors)" in page


def test_values_from_the_file_are_escaped(report):
    page = report.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_report_from_jsonl_and_without_groups(run, trained_home, tmp_path):
    scored = score_with_cli(trained_home, drafts(6, 3, seed=4), tmp_path, ".jsonl")
    result = run("report", scored, "-o", tmp_path / "r.html", "--title", "Q3 <panel>")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<h1>Q3 &lt;panel&gt;</h1>" in page and "By team" not in page and "<b>9</b>documents" in page


def test_report_errors_exit_2_listing_the_columns(run, scored, tmp_path):
    result = run("report", scored, "-o", tmp_path / "r.html", "--by", "unit")
    assert result.exit_code == 2 and "no column 'unit'" in result.output and "'team'" in result.output
    month = run("report", scored, "-o", tmp_path / "r.html", "--by", "month")
    assert month.exit_code == 2 and "--by month needs --date-column" in month.output
    assert not (tmp_path / "r.html").exists()


@pytest.mark.browser
def test_the_report_renders_in_chromium(report):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Chromium (apt-get install chromium) to render the report")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    shots = ROOT / "test-output"
    shots.mkdir(exist_ok=True)
    requests: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(report.as_uri())
            assert page.locator("h1").inner_text() == "casecheck report"
            assert page.locator("h2").count() == 6
            charts = page.locator("figure svg")
            assert charts.count() >= 5
            box = charts.first.bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 150
            assert page.evaluate("document.documentElement.scrollWidth") <= 1100
            page.screenshot(path=str(shots / "report.png"), full_page=True)
        finally:
            browser.close()
    assert requests == [report.as_uri()] and errors == []
    assert (shots / "report.png").stat().st_size > 10_000
