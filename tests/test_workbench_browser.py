"""The manager's and assessor's pages in a real browser (Playwright + Debian Chromium) against uvicorn.

One live server for the module (a copy of the small trained home, with a small seed corpus and the
tiny training config so a retrain takes seconds). Each flow is driven from the keyboard where a
person would type or press, checked with axe-core for serious and critical violations, and saved
as a screenshot under ``test-output/browser/``.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.registry import Registry
from service.settings import Settings
from tests.batch_data import drafts, read, write
from tests.conftest import TINY_CONFIG
from tests.labelkit import write_wide_csv
from tests.test_browser import OUTPUT, browser  # noqa: F401 (the Chromium fixture)
from tests.test_retrain import write_seed
from tests.test_service_live import live_server

pytestmark = pytest.mark.browser
ADMIN = "admin-browser-token"
EVIL = "https://evil.example/"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, retrain_base: Path, seed_records) -> Path:
    home = tmp_path_factory.mktemp("workbench") / "home"
    shutil.copytree(retrain_base, home)
    write_seed(home / "seed.jsonl", seed_records)
    return home


@pytest.fixture(scope="module")
def base_url(home: Path) -> Iterator[str]:
    settings = Settings(home=home, admin_tokens=[ADMIN], seed_files=[home / "seed.jsonl"],
                        training_config=TINY_CONFIG, _env_file=None)
    with live_server(settings) as base:
        yield base


@pytest.fixture
def page(browser, base_url):  # noqa: F811 (browser is the imported fixture)
    context = browser.new_context(base_url=base_url, viewport={"width": 1100, "height": 800}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def audit(page, name: str) -> None:
    """axe-core (shipped inside axe-playwright-python: no network) finds no serious or critical violation."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
           for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert bad == [], f"{name}: {bad}"
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"))


def tab_to(page, selector: str, presses: int = 80) -> None:
    """Press Tab until the element matching ``selector`` has the focus (it must be reachable by keyboard)."""
    target = page.locator(selector).first.element_handle()
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate("(el) => document.activeElement === el", target):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def wait_for_result(page) -> None:
    page.wait_for_selector("h1:has-text('Dip sample:')", timeout=120_000)


def test_a_manager_scores_an_xlsx_of_200_drafts_and_downloads_what_casecheck_score_writes(page, run, tmp_path):
    src = write(drafts(140, 60, seed=11), tmp_path / "march.xlsx")
    page.goto("/dip-sample")
    audit(page, "dip-sample")
    page.set_input_files("#file", str(src))
    tab_to(page, "button:has-text('Upload and score')")
    page.keyboard.press("Enter")
    wait_for_result(page)
    assert page.locator("#report-title").is_visible() and page.locator("table.sample").is_visible()
    assert page.locator("table.sample tbody tr").count() == 20
    assert page.locator(".report img.chart").count() >= 3 and "By team" in page.content()
    audit(page, "dip-sample-result")
    with page.expect_download() as info:
        page.get_by_role("link", name="Scored file (XLSX)").click()
    scored = tmp_path / "from-page.xlsx"
    info.value.save_as(scored)
    cli = tmp_path / "from-cli.xlsx"
    done = run("score", src, "-o", cli, "--workers", "1", "--decision-date-column", "decided",
               "--sent-date-column", "sent", "--service-level-column", "service")
    assert done.exit_code == 0, done.output
    assert read(scored) == read(cli) and len(read(cli)) == 200
    # the sample controls, from the keyboard: a sample of 6, 2 at random, stratified by team
    tab_to(page, "#n")
    page.keyboard.press("Control+A")
    page.keyboard.type("6")
    tab_to(page, "#random")
    page.keyboard.type("2")
    page.select_option("#by", "team")
    tab_to(page, "button:has-text('Draw the sample')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    wait_for_result(page)
    assert page.locator("table.sample tbody tr").count() == 6 and "stratified by team" in page.content()
    # a sampled draft opens highlighted as the single-draft form shows it
    first = page.locator("table.sample tbody a").first
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('found')")
    assert page.locator("pre.draft-text").is_visible() and page.get_by_role("link", name="Back to the dip sample")


def test_a_csv_with_unusual_headers_goes_through_the_mapping_step_without_javascript(browser, base_url,  # noqa: F811
                                                                                     tmp_path):
    rows = [{"Case Ref": r["id"], "Unit": r["team"], "Letter body": r["text"]} for r in drafts(10, 5)]
    src = write(rows, tmp_path / "odd headers.csv")
    context = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/dip-sample")
        page.set_input_files("#file", str(src))
        page.get_by_role("button", name="Upload and score").click()
        page.wait_for_selector("h1:has-text('Which column holds what?')")
        assert page.locator("table.preview tbody tr").count() == 5
        assert all(len(c) <= 60 for c in page.locator("table.preview td").all_inner_texts())
        page.screenshot(path=str(OUTPUT / "dip-sample-columns.png"))
        page.select_option("#col-text", "Letter body")
        page.select_option("#col-id", "Case Ref")
        page.select_option("#col-team", "Unit")
        page.get_by_role("button", name="Score the drafts").click()
        wait_for_result(page)  # without scripts, the progress page refreshes itself until the result is ready
        assert "By Unit" in page.content() and page.locator("table.sample tbody tr").count() == 15
    finally:
        context.close()


def cross_site_post(page, action: str, fields: dict[str, str]) -> int:
    """Post a form to ``action`` from a page on another site; the status the server answered."""
    inputs = "".join(f'<input type="hidden" name="{k}" value="{v}">' for k, v in fields.items())
    html = f'<form method="post" action="{action}">{inputs}<button>Win a prize</button></form>'
    page.route(EVIL, lambda route: route.fulfill(status=200, content_type="text/html", body=html))
    page.goto(EVIL)
    with page.expect_response(action) as info:
        page.click("button")
    return info.value.status


def sign_in(page) -> None:
    page.goto("/labels")
    page.wait_for_selector("h1:has-text('Sign in')")
    audit(page, "login")
    tab_to(page, "input[name=token]")
    page.keyboard.type(ADMIN)
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Labels and models')")


def test_an_assessor_imports_labels_retrains_promotes_and_rolls_back(page, home, base_url, unseen_records, tmp_path):
    sign_in(page)
    audit(page, "labels")
    good = write_wide_csv(tmp_path / "iqa-q1.csv", unseen_records[:40], assessor=["Ann", "Bo"] * 20)
    bad = tmp_path / "iqa-q1-bad.csv"
    bad.write_text(good.read_text(encoding="utf-8").replace("Not meeting", "Sometimes", 3), encoding="utf-8")
    page.set_input_files("#label-file", str(bad))
    page.get_by_role("button", name="Check the file").click()
    page.wait_for_selector("table.errors")
    assert page.locator("table.errors tbody tr").count() == 3 and "Nothing was imported" in page.content()
    with page.expect_download() as info:
        page.get_by_role("link", name="Download the error report (CSV)").click()
    assert info.value.path().read_text(encoding="utf-8").count("Sometimes") == 3
    page.goto("/labels")
    page.set_input_files("#label-file", str(good))
    page.get_by_role("button", name="Check the file").click()
    page.wait_for_selector("h1:has-text('is ready to import')")
    page.get_by_role("button", name=re.compile(r"Import \d+ labels")).click()
    page.wait_for_selector("text=The labels were imported.")
    assert page.locator("#stats table").count() >= 3 and "Bo" in page.locator("#stats").inner_text()
    registry = Registry(home / "models")
    first = registry.champion()
    tab_to(page, "button:has-text('Retrain now')")
    page.keyboard.press("Enter")
    page.wait_for_selector("h1:has-text('Retrained')", timeout=300_000)
    assert page.locator("table.comparison tbody tr").count() >= 5
    decision = page.locator("#gate-decision").inner_text()
    assert re.match(r"(Promoted|Not promoted).*: \S", decision)
    audit(page, "labels-retrain")
    page.goto("/labels#models")
    other = next(v for v in registry.versions() if v != registry.champion())
    page.select_option("#promote-version", other)
    tab_to(page, "#promote-reason")
    page.keyboard.type("assessors prefer it on Q1")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=The version was promoted")
    assert registry.champion() == other
    before = registry.champion()
    tab_to(page, "#rollback-reason")
    page.keyboard.type("complaints from the North team")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Rolled back")
    assert registry.champion() != before and registry.promotions()[-1]["reason"] == "complaints from the North team"
    assert "complaints from the North team" in page.locator("#models").inner_text()
    assert first in registry.versions()
    # a page on another site cannot roll back, even while this browser is signed in
    champion = registry.champion()
    assert cross_site_post(page, f"{base_url}/labels/rollback", {"reason": "evil"}) in (401, 403)
    assert registry.champion() == champion


def test_cross_site_posts_are_refused_and_the_check_page_is_accessible(page, base_url, tmp_path):
    page.goto("/")
    audit(page, "check")
    page.goto("/dip-sample")
    page.set_input_files("#file", str(write(drafts(3, 0), tmp_path / "x.csv")))
    page.get_by_role("button", name="Upload and score").click()
    wait_for_result(page)
    job = page.url.split("?")[0]
    assert cross_site_post(page, f"{job}/discard", {}) == 403
    assert cross_site_post(page, f"{base_url}/dip-sample", {"csrf_token": "x"}) == 403
    page.goto(job)
    assert page.locator("h1").inner_text().startswith("Dip sample:")  # still there
