"""The web form in a real browser: Playwright driving Debian's Chromium against uvicorn.

Skipped, with the reason, only where no Chromium is installed (``.ci/run`` installs it).
The screenshot is saved under ``test-output/browser/`` for inspection.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.settings import Settings
from tests.test_service_live import live_server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "test-output" / "browser"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
XSS = (
    "\n\nP.S. <script>window.__xss=1</script> <img src=x onerror=\"window.__xss=2\"> "
    "</textarea><script>window.__xss=3</script> <svg onload=\"window.__xss=4\"></svg>"
)
LETTER = (
    "Dear Mrs Okafor\n\n"
    "I am writing to tell you that I have decided to stop the case against Dean Morris. "
    "There is insufficient evidence to provide a realistic prospect of conviction. "
    "The case was discontinued under s.23 and we offered no evidence on [insert date].\n\n"
    "Please contact [insert OIC name] if you have questions.\n\nYours faithfully\nCrown Prosecutor"
)


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CASECHECK_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium found at /usr/bin/chromium (apt-get install chromium; .ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def base_url(trained_home: Path) -> Iterator[str]:
    with live_server(Settings(home=trained_home, _env_file=None)) as base:
        yield base


@pytest.fixture(params=[True], ids=["js"])
def page(request, browser, base_url):
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900},
                                  java_script_enabled=request.param)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs
    page.js = request.param
    yield page
    context.close()


def submit_letter(page, text: str) -> None:
    page.goto("/")
    if page.js:
        page.evaluate("window.__samePage = 7")
    page.get_by_label("Draft text").fill(text)
    page.get_by_label("Document type").select_option("vcl_letter")
    page.get_by_label("Decision type").select_option("discontinue")
    page.get_by_label("Offence category").select_option("violence")
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("h1:has-text('found')")
    if page.js:  # checked with fetch: the page was not reloaded
        assert page.evaluate("window.__samePage") == 7


@pytest.mark.parametrize("page", [True, False], ids=["js", "no-js"], indirect=True)
def test_pasted_letter_is_highlighted_at_the_right_words_and_xss_stays_text(page):
    submit_letter(page, LETTER + XSS)
    marks = page.locator("pre.draft-text mark")
    texts = marks.all_inner_texts()
    assert "[insert date]" in texts and "[insert OIC name]" in texts
    assert any("s.23" in t for t in texts)
    # the payload is shown as text, nothing in it ran, and no element came out of it
    draft = page.locator("pre.draft-text").inner_text()
    assert "<script>window.__xss=1</script>" in draft and "</textarea>" in draft
    assert page.evaluate("window.__xss") is None and page.dialogs == []
    assert page.locator("pre.draft-text script, pre.draft-text img, pre.draft-text svg").count() == 0
    assert page.locator("textarea#text").input_value().endswith("</svg>")  # round-trips into the form
    OUTPUT.mkdir(parents=True, exist_ok=True)
    name = "result.png" if page.js else "result-no-js.png"
    page.screenshot(path=str(OUTPUT / name), full_page=True)


def test_clicking_a_concern_focuses_its_highlighted_span(page):
    submit_letter(page, LETTER)
    item = page.locator("li.concern", has=page.locator("p.quote", has_text="[insert date]"))
    item.locator("a.jump").click()
    focused = page.evaluate("[document.activeElement.tagName, document.activeElement.textContent]")
    assert focused == ["MARK", "[insert date]"]
    assert "active" in (page.locator("mark.active").get_attribute("class") or "")


def test_the_form_is_keyboard_reachable_and_labelled(page):
    page.goto("/")
    reached = []
    for _ in range(12):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.tagName"))
    for control in ("text", "doc_type", "decision_type", "offence_category", "service_level", "decision_date"):
        assert control in reached, f"{control} is not reachable with Tab: {reached}"
    assert page.locator("html").get_attribute("lang") == "en-GB"
    assert re.search(r"Check", page.get_by_role("button", name="Check").inner_text())
