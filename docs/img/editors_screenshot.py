"""Make ``docs/img/editors-form-and-json.png``: the web form's result for a letter beside the raw
``POST /v2/check`` answer for the same letter (headless Chromium, the model in ``var``).

    .venv/bin/python docs/img/editors_screenshot.py
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import httpx
from PIL import Image
from playwright.sync_api import sync_playwright

from service.settings import Settings
from tests.test_browser import CHROMIUM_ARGS, LETTER, chromium_path
from tests.test_service_live import live_server

OUT = Path(__file__).with_name("editors-form-and-json.png")
WIDTH, HEIGHT = 640, 760


def shot(page, path: Path) -> Image.Image:
    page.screenshot(path=str(path))
    return Image.open(path).convert("RGB")


def main() -> None:
    with live_server(Settings()) as base, sync_playwright() as p:
        answer = httpx.post(f"{base}/v2/check", data={"text": LETTER, "language": "en-GB"}, timeout=30).json()
        jargon = next(m for m in answer["matches"] if m["rule"]["id"] == "unexplained_jargon")
        shown = json.dumps({**answer, "matches": [jargon, f"... and {len(answer['matches']) - 1} more matches"]},
                           indent=1, ensure_ascii=False)
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.goto(base)
        page.fill("#text", LETTER)
        page.click("button[type=submit]")
        page.wait_for_selector("h1:has-text('found')")
        page.evaluate("window.scrollTo(0, 0)")
        left = shot(page, OUT.with_suffix(".left.png"))
        page.close()
        page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
        page.set_content(f"<pre style='font:12px monospace;margin:8px;white-space:pre-wrap;overflow-wrap:anywhere'>"
                         f"<b>POST /v2/check</b> text=&lt;the same letter&gt;&amp;language=en-GB\n\n"
                         f"{html.escape(shown)}</pre>")
        right = shot(page, OUT.with_suffix(".right.png"))
        page.close()
        browser.close()
    both = Image.new("RGB", (2 * WIDTH + 8, HEIGHT), "white")
    both.paste(left, (0, 0))
    both.paste(right, (WIDTH + 8, 0))
    both.quantize(colors=64).save(OUT, optimize=True)
    for tmp in (OUT.with_suffix(".left.png"), OUT.with_suffix(".right.png")):
        tmp.unlink()
    print(f"{OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
