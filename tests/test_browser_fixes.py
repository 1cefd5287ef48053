"""One-click fixes in a real browser (Playwright + Debian Chromium, as ``tests/test_browser.py``).

A replacement button changes the draft in the form, the draft is checked again by itself and the
concern is gone; keyboard-only use works; "Copy revised draft" copies the edited text; typing
re-checks after a pause and keeps the caret; without JavaScript no fix button shows.
"""

from __future__ import annotations

import pytest

from tests.test_browser import base_url, browser  # noqa: F401 - the fixtures, shared

pytestmark = pytest.mark.browser

LETTER = (
    "Dear Mr Aldous\n\n"
    "I am writing about the case against Petra Quill. I have decided to stop the case, and I am sorry.\n\n"
    "At the hearing on 3 March we offered no evidence. Your statement and the footage from the shop "
    "were not enough on their own, because the footage does not show her face.\n\n"
    "Yours sincerely\nCrown Prosecutor"
)
TERM = "offered no evidence"


@pytest.fixture(params=[True], ids=["js"])
def page(request, browser, base_url):  # noqa: F811 - the shared fixtures are arguments here
    context = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900},
                                  java_script_enabled=request.param)
    if request.param:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    yield page
    context.close()


def check(page, text: str = LETTER) -> None:
    page.goto("/")
    page.get_by_label("Draft text").fill(text)
    page.get_by_label("Document type").select_option("vcl_letter")
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("h1:has-text('found')")


def concern(page, words: str):
    return page.locator("li.concern", has=page.locator("p.quote", has_text=words))


def wait_for_status(page, words: str) -> None:
    from playwright.sync_api import expect

    expect(page.locator("#fix-status")).to_contain_text(words, timeout=15000)


def wait_for_recheck(page) -> None:
    wait_for_status(page, "Checked again")


def test_a_replacement_changes_the_draft_and_the_concern_is_gone_after_the_recheck(page):
    check(page)
    assert concern(page, TERM).count() == 1
    button = concern(page, TERM).locator(".fixes button.fix").first
    replacement = button.get_attribute("data-replacement")
    button.click()
    draft = page.locator("textarea#text").input_value()
    assert TERM not in draft and replacement in draft
    assert draft.startswith("Dear Mr Aldous") and draft.endswith("Crown Prosecutor")
    wait_for_recheck(page)
    assert concern(page, TERM).count() == 0
    assert replacement in page.locator("pre.draft-text").inner_text()  # the result shows the fixed draft


def test_fixes_work_from_the_keyboard_alone(page):
    check(page)
    button = concern(page, TERM).locator(".fixes button.fix").first
    replacement = button.get_attribute("data-replacement")
    page.locator("h1").focus()
    for _ in range(60):  # Tab until the fix button has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('fix')"):
            break
    assert page.evaluate("document.activeElement.dataset.replacement") == replacement
    page.keyboard.press("Enter")
    assert replacement in page.locator("textarea#text").input_value()
    wait_for_recheck(page)
    assert concern(page, TERM).count() == 0
    assert page.evaluate("document.activeElement !== document.body")  # the reviewer's place is kept


def test_copy_revised_draft_copies_the_edited_text(page):
    check(page)
    concern(page, TERM).locator(".fixes button.fix").first.click()
    page.get_by_role("button", name="Copy revised draft").click()
    wait_for_status(page, "copied")
    assert page.evaluate("navigator.clipboard.readText()") == page.locator("textarea#text").input_value()


def test_typing_is_checked_again_after_a_pause_and_the_caret_stays(page):
    check(page)
    text = page.locator("textarea#text")
    text.focus()
    at = LETTER.index("sorry.") + len("sorry.")
    page.evaluate(f"document.getElementById('text').setSelectionRange({at}, {at})")
    typed = " The police file was NFA."
    page.keyboard.type(typed)  # a new unexplained abbreviation
    wait_for_recheck(page)
    assert concern(page, "NFA").count() == 1
    assert page.evaluate("document.activeElement.id") == "text"
    assert page.evaluate("document.getElementById('text').selectionStart") == at + len(typed)


@pytest.mark.parametrize("page", [False], ids=["no-js"], indirect=True)
def test_without_javascript_no_fix_button_shows_and_the_form_still_works(page):
    check(page)
    assert concern(page, TERM).count() == 1
    assert page.locator(".fixes button.fix").first.is_hidden()
    assert page.get_by_role("button", name="Copy revised draft").count() == 0  # hidden: not in the a11y tree
