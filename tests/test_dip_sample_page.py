"""``/dip-sample`` over the real app (TestClient): upload, mapping, the result, downloads, privacy, CSRF."""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings
from tests.batch_data import drafts, read, write
from tests.test_scoring import LETTER

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def home(trained_home: Path, tmp_path: Path) -> Path:
    import shutil

    home = tmp_path / "home"
    shutil.copytree(trained_home / "models", home / "models")
    return home


@pytest.fixture
def web(home: Path) -> TestClient:
    with TestClient(create_app(Settings(home=home, _env_file=None))) as c:
        yield c


def csrf(client: TestClient, path: str = "/dip-sample", headers: dict[str, str] | None = None) -> str:
    page = client.get(path, headers={k: v for k, v in (headers or {}).items() if k == "Authorization"})
    assert page.status_code == 200, page.text
    return TOKEN.search(page.text).group(1)


def upload(client: TestClient, path: Path, token: str | None = None, **headers: str):
    token = csrf(client, headers=headers) if token is None else token
    with path.open("rb") as fh:
        return client.post("/dip-sample", files={"file": (path.name, fh.read())}, data={"csrf_token": token},
                           headers=headers, follow_redirects=False)


def wait_done(client: TestClient, location: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = client.get(f"{location}/status").json()
        if status["status"] != "running":
            assert status["status"] == "done", status
            return location
        time.sleep(0.1)
    raise AssertionError("the dip sample did not finish")


def test_upload_scores_reports_and_samples_and_the_scored_file_equals_casecheck_score(web, home, tmp_path, run):
    rows = drafts(24, 12)
    src = write(rows, tmp_path / "month.csv")
    answer = upload(web, src)
    assert answer.status_code == 303
    job = wait_done(web, answer.headers["location"])
    page = web.get(job)
    assert page.status_code == 200
    assert "Flag rates per concern" in page.text and "Drafts to read" in page.text
    assert "By team" in page.text and "By month" in page.text  # team and date columns found by name
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert(1)" not in page.text
    links = re.findall(r'href="(/dip-sample/[^/"]+/draft/\d+)"', page.text)
    assert len(links) == 20
    cli_out = tmp_path / "cli.csv"  # the columns the page found by name, given to the CLI
    result = run("score", src, "-o", cli_out, "--workers", "1", "--decision-date-column", "decided",
                 "--sent-date-column", "sent", "--service-level-column", "service")
    assert result.exit_code == 0, result.output
    scored = web.get(f"{job}/scored")
    assert scored.headers["content-disposition"].startswith("attachment")
    assert scored.content == cli_out.read_bytes()


def test_a_draft_link_opens_the_draft_highlighted_like_the_form(web, tmp_path):
    rows = drafts(6, 0)
    rows[0]["text"] += "\n\nPlease contact [insert OIC name] with any questions."
    job = wait_done(web, upload(web, write(rows, tmp_path / "few.csv")).headers["location"])
    page = web.get(f"{job}/draft/0")
    assert page.status_code == 200
    assert "<mark" in page.text and "[insert OIC name]" in page.text and "Back to the dip sample" in page.text
    assert web.get(f"{job}/draft/99").status_code == 404


def test_unusual_headers_go_through_the_mapping_step(web, tmp_path):
    rows = [{"Case Ref": r["id"], "Unit": r["team"], "Letter body": r["text"]} for r in drafts(8, 4)]
    answer = upload(web, write(rows, tmp_path / "odd.csv"))
    assert answer.headers["location"].endswith("/columns")
    page = web.get(answer.headers["location"])
    assert "Which column holds what?" in page.text and "Letter body" in page.text
    cells = re.findall(r"<td>([^<]*)</td>", page.text)
    assert cells and max(len(c) for c in cells) <= 60  # the preview cuts the text short
    token = TOKEN.search(page.text).group(1)
    missing = web.post(answer.headers["location"], data={"csrf_token": token, "id": "Case Ref"})
    assert missing.status_code == 422 and "draft text" in missing.text
    done = web.post(answer.headers["location"], data={"csrf_token": token, "text": "Letter body", "id": "Case Ref",
                                                      "team": "Unit"}, follow_redirects=False)
    job = wait_done(web, done.headers["location"])
    page = web.get(job, params={"n": 5, "random": 1, "seed": 7, "by": "Unit"})
    assert "By Unit" in page.text and "stratified by Unit" in page.text
    sample = web.get(f"{job}/sample.xlsx", params={"n": 5, "random": 1, "seed": 7, "by": "Unit"})
    out = tmp_path / "sample.xlsx"
    out.write_bytes(sample.content)
    assert len(read(out)) == 5


def test_bad_files_are_refused_with_a_message_and_leave_nothing(web, home, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    answer = upload(web, text)
    assert answer.status_code == 415 and ".xlsx" in answer.text
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    answer = upload(web, broken)
    assert answer.status_code == 422 and "broken.xlsx" in answer.text
    assert list((home / "private" / "dip-sample").iterdir()) == []


def test_posts_without_the_csrf_token_or_from_another_site_are_refused(web, home, tmp_path):
    src = write(drafts(3, 0), tmp_path / "x.csv")
    assert upload(web, src, token="forged").status_code == 403
    assert upload(web, src, **{"Origin": "https://evil.example"}).status_code == 403
    assert upload(web, src, **{"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert list((home / "private" / "dip-sample").iterdir()) == []


def test_discard_now_and_expiry_delete_the_files(web, home, tmp_path):
    from service.workspace import Workspace

    job = wait_done(web, upload(web, write(drafts(4, 0), tmp_path / "x.csv")).headers["location"])
    folder = home / "private" / "dip-sample" / job.rsplit("/", 1)[1]
    assert (folder / "upload.csv").exists() and oct(folder.stat().st_mode)[-3:] == "700"
    page = web.get(job)
    gone = web.post(f"{job}/discard", data={"csrf_token": TOKEN.search(page.text).group(1)}, follow_redirects=False)
    assert gone.status_code == 303 and not folder.exists()
    assert web.get(job).status_code == 404
    job = wait_done(web, upload(web, write(drafts(4, 0), tmp_path / "y.csv")).headers["location"])
    space = Workspace(home, "dip-sample", 3600)
    assert space.sweep(now=time.time() + 3601) == [job.rsplit("/", 1)[1]]
    assert web.get(job).status_code == 404


def test_with_scoring_closed_the_page_needs_a_session_or_a_token(home, tmp_path):
    settings = Settings(home=home, scoring_open=False, api_tokens=["scorer-token"], admin_tokens=["admin-token"],
                        _env_file=None)
    with TestClient(create_app(settings)) as c:
        away = c.get("/dip-sample", follow_redirects=False)
        assert away.status_code == 303 and away.headers["location"].startswith("/login")
        assert c.get("/dip-sample", headers={"Authorization": "Bearer scorer-token"}).status_code == 200
        src = write(drafts(2, 0), tmp_path / "x.csv")
        assert upload(c, src, token="", **{"Authorization": "Bearer nope"}).status_code == 401
        login = TOKEN.search(c.get("/login").text).group(1)
        signed = c.post("/login", data={"csrf_token": login, "token": "admin-token", "next": "/dip-sample"},
                        follow_redirects=False)
        assert signed.status_code == 303 and signed.headers["location"] == "/dip-sample"
        assert c.get("/dip-sample").status_code == 200


def test_with_scoring_closed_a_scoring_token_signs_in_for_the_page_but_not_for_the_label_pages(home, tmp_path):
    tokens = {"scoring_open": False, "admin_tokens": ["admin-token"], "_env_file": None}
    with TestClient(create_app(Settings(home=home, api_tokens=["scorer-token"], **tokens))) as c:
        login = TOKEN.search(c.get("/login").text).group(1)
        signed = c.post("/login", data={"csrf_token": login, "token": "scorer-token", "next": "/dip-sample"},
                        follow_redirects=False)
        assert signed.status_code == 303 and signed.headers["location"] == "/dip-sample"
        session = c.cookies["casecheck_session"]
        assert "scorer-token" not in session
        job = wait_done(c, upload(c, write(drafts(3, 0), tmp_path / "x.csv")).headers["location"])
        assert "Flag rates per concern" in c.get(job).text
        assert "with a scoring token" in c.get("/login").text
        form = c.post("/", data={"text": LETTER})  # the single-draft form opens to the same session
        assert form.status_code == 200 and "missing_vrr" in form.text
        labels = c.get("/labels", follow_redirects=False)  # the label loop stays an admin's
        assert labels.status_code == 303 and labels.headers["location"].startswith("/login")
        assert c.post("/labels/review", data={"csrf_token": login}).status_code == 401
    with TestClient(create_app(Settings(home=home, api_tokens=["another-scorer-token"], **tokens))) as rotated:
        rotated.cookies.set("casecheck_session", session)
        away = rotated.get("/dip-sample", follow_redirects=False)  # the token left the settings: so does the session
        assert away.status_code == 303 and away.headers["location"].startswith("/login")


def loky_cpu() -> dict[int, float]:
    """CPU seconds of each of this process's loky helpers (the batch engine's helper processes), by pid."""
    import psutil

    out = {}
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if "loky" in " ".join(child.cmdline()):
                out[child.pid] = sum(child.cpu_times()[:2])
    return out


def test_the_page_scores_on_the_batch_engines_helpers_and_still_equals_casecheck_score(web, tmp_path, run):
    from service.batch import default_workers

    if default_workers() < 2:
        pytest.skip("one core: the page scores in the server's process alone")
    src = write(drafts(50, 20), tmp_path / "quarter.csv")  # 70 rows: two chunks of the page's 64
    before = loky_cpu()
    job = wait_done(web, upload(web, src).headers["location"], timeout=180)
    worked = [pid for pid, cpu in loky_cpu().items() if cpu > before.get(pid, 0.0) + 0.5]  # more than idling
    assert worked  # a helper process started (imports, the model) and scored beside the server
    cli_out = tmp_path / "cli.csv"
    result = run("score", src, "-o", cli_out, "--workers", "1", "--decision-date-column", "decided",
                 "--sent-date-column", "sent", "--service-level-column", "service")
    assert result.exit_code == 0, result.output
    assert web.get(f"{job}/scored").content == cli_out.read_bytes()


POST_FORM = re.compile(r"<form\b[^>]*method=\"post\"[^>]*>(.*?)</form>", re.S | re.I)


def test_every_form_that_posts_carries_a_csrf_token_on_every_page(home, tmp_path):
    settings = Settings(home=home, admin_tokens=["admin-token"], _env_file=None)
    with TestClient(create_app(settings)) as c:
        login = TOKEN.search(c.get("/login").text).group(1)
        c.post("/login", data={"csrf_token": login, "token": "admin-token"})
        odd = [{"Case Ref": r["id"], "Letter body": r["text"]} for r in drafts(2, 1)]
        columns = upload(c, write(odd, tmp_path / "odd.csv")).headers["location"]
        job = wait_done(c, upload(c, write(drafts(2, 1), tmp_path / "x.csv")).headers["location"])
        pages = {path: c.get(path).text for path in ("/", "/dip-sample", "/login", "/labels", columns, job)}
        pages["POST /"] = c.post("/", data={"text": drafts(1, 0)[0]["text"], "csrf_token": login}).text
    for name, html in pages.items():
        forms = POST_FORM.findall(html)
        assert forms, name
        for form in forms:
            assert re.search(r'name="csrf_token" value="[^"]{20,}"', form), (name, form[:200])
