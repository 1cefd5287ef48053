"""A real LanguageTool client, ``language-tool-python``, in remote-server mode against a live ``casecheck serve``.

The client never starts or downloads LanguageTool: it is given the server's URL, its download and
local-server entry points are made to fail the test if called, and its download directory must stay
absent. All traffic stays on loopback.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import language_tool_python
import pytest
from language_tool_python import download_lt
from language_tool_python import server as lt_server
from language_tool_python.exceptions import LanguageToolError

from tests.hardening.kit import casecheck_serve, copy_home
from tests.test_languagetool_api import UNICODE_LETTER
from tests.test_scoring import LETTER

pytestmark = pytest.mark.slow
TOKEN = "editor-client-token"
ACCENTS_CRLF = ("Dear Ms Siân Ní Bhriain\r\n\r\nI am writing about the case against René Côté. I have decided to "
                "stop the case. There is insufficient evidence. The case was discontinued under s.23 and we offered "
                "no evidence at the hearing in Llanelli.\r\n\r\nPlease contact [insert OIC name] with any "
                "questions.\r\n\r\nYours sincerely")


@pytest.fixture(scope="module")
def served(trained_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = copy_home(trained_home, tmp_path_factory.mktemp("lt-client") / "home")
    with casecheck_serve(home, home / "serve.log", CASECHECK_WORKERS="1") as (base, _):
        yield base


@pytest.fixture
def no_download(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Make any attempt to fetch or start LanguageTool fail the test; the download directory must stay absent."""
    ltp = tmp_path / "ltp"
    monkeypatch.setenv("LTP_PATH", str(ltp))

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("language-tool-python tried to download or start LanguageTool")

    monkeypatch.setattr(download_lt.LocalLanguageTool, "download", refuse)
    monkeypatch.setattr(lt_server.LanguageTool, "_start_local_server", refuse)
    yield ltp
    assert not ltp.exists()


@pytest.fixture
def tool(served: str, no_download: Path) -> Iterator[language_tool_python.LanguageTool]:
    with language_tool_python.LanguageTool("en-GB", remote_server=served) as lt:
        assert lt.is_remote
        yield lt


def v1_concerns(base: str, text: str) -> list[dict]:
    return httpx.post(f"{base}/v1/check", json={"text": text}, timeout=30).json()["concerns"]


@pytest.mark.parametrize("text", [UNICODE_LETTER, ACCENTS_CRLF, LETTER])
def test_check_returns_casecheck_concerns_on_the_right_words(tool, served, text):
    expected = v1_concerns(served, text)
    matches = tool.check(text)
    assert expected and len(matches) == len(expected)
    # The client turns the offset into a Python index (it subtracts the emoji before it) but keeps the length in
    # UTF-16 units, as LanguageTool sends it: a match with an emoji inside reads one character long in Python.
    assert {(m.rule_id, m.offset, m.error_length) for m in matches} == \
        {(c["concern"], c["start"], c["end_utf16"] - c["start_utf16"]) for c in expected}
    words = {text[m.offset: m.offset + m.error_length] for m in matches}
    assert {c["text"] for c in expected if c["end"] - c["start"] == c["end_utf16"] - c["start_utf16"]} <= words
    assert {"discontinued under s.23", "[insert OIC name]"} <= words
    for m in matches:
        assert m.category == m.rule_id and m.rule_issue_type in {"non-conformance", "style"}


def test_correct_applies_the_replacements(tool, served):
    expected = v1_concerns(served, ACCENTS_CRLF)
    replaced = [c for c in expected if c["replacements"]]
    assert replaced, "the draft has a term with a plain-English replacement"
    want = ACCENTS_CRLF
    for c in sorted(replaced, key=lambda c: c["start"], reverse=True):
        want = want[: c["start"]] + c["replacements"][0] + want[c["end"]:]
    corrected = tool.correct(ACCENTS_CRLF)
    assert corrected == want and corrected != ACCENTS_CRLF
    assert "René Côté" in corrected and "\r\n\r\n" in corrected


def test_enabling_and_disabling_rules_by_id(tool):
    every = {m.rule_id for m in tool.check(LETTER)}
    assert {"unexplained_jargon", "template_residue"} <= every
    tool.disabled_rules = {"unexplained_jargon"}
    assert {m.rule_id for m in tool.check(LETTER)} == every - {"unexplained_jargon"}
    tool.disabled_rules = set()
    tool.enabled_rules = {"template_residue"}
    tool.enabled_rules_only = True
    assert {m.rule_id for m in tool.check(LETTER)} == {"template_residue"}
    tool.enabled_rules_only = False
    tool.enabled_rules = set()
    tool.disabled_categories = {"template_residue"}
    assert "template_residue" not in {m.rule_id for m in tool.check(LETTER)}


def test_an_unknown_language_is_refused_by_the_client_from_the_servers_list(served, no_download):
    with pytest.raises(ValueError, match="unsupported language"):
        language_tool_python.LanguageTool("de-DE", remote_server=served)


def test_closed_scoring_refuses_the_client_without_credentials_and_takes_an_api_key(trained_home, tmp_path,
                                                                                    no_download):
    """language-tool-python 3.4 sends no credentials: it reports the server's plain-text refusal. The same live
    server takes LanguageTool's credential fields (``username`` + ``apiKey``) as newer clients and editors send them."""
    home = copy_home(trained_home, tmp_path / "home")
    with casecheck_serve(home, home / "serve.log", CASECHECK_WORKERS="1", CASECHECK_SCORING_OPEN="false",
                         CASECHECK_API_TOKENS=f'["{TOKEN}"]') as (base, _):
        with (language_tool_python.LanguageTool("en-GB", remote_server=base) as lt,
              pytest.raises(LanguageToolError, match="Error: a valid bearer token")):
            lt.check(LETTER)
        form = {"text": LETTER, "language": "en-GB", "username": "reviewer@cps", "apiKey": TOKEN}
        response = httpx.post(f"{base}/v2/check", data=form, timeout=30)
    assert response.status_code == 200 and response.json()["matches"]
