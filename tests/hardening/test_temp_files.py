"""Drafts stay in memory or in a private, swept folder; helper processes die with their parent.

A unique marker in every draft; the system TMPDIR and CASECHECK_HOME are scanned for it during
and after each path (files, and the members of zip files such as XLSX). During a run the marker
may be in ``<home>/tmp/<pid>-*`` (0700, this run's private folder) and nowhere else; after it,
nowhere but the outputs asked for.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import Workbook

from model.processes import exit_with_parent
from service.app import create_app
from service.settings import Settings
from tests.hardening.kit import casecheck_argv, cli_env, copy_home, run_cli, wait_for
from tests.test_scoring import LETTER


def marker() -> str:
    return f"tmpmarker{uuid.uuid4().hex}"


STARTED = time.time()


def files_with(roots: list[Path], needle: str, skip: tuple[Path, ...] = ()) -> list[Path]:
    """Files under ``roots`` (not under ``skip``) holding ``needle``, zip members (XLSX) included.

    Only files changed since this module was imported are read, and other pytest runs' folders in a
    shared TMPDIR are left out (the marker is new: it can only be in a file written since).
    """
    raw = needle.encode()
    found = []
    for root in roots:
        for dirpath, dirs, names in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith("pytest-of-")]
            for name in names:
                path = Path(dirpath) / name
                if any(path.is_relative_to(s) for s in skip):
                    continue
                try:
                    if path.stat().st_mtime < STARTED - 1:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue  # gone since it was listed
                if raw in data or (data[:2] == b"PK" and _zip_has(data, raw)):
                    found.append(path)
    return found


def _zip_has(data: bytes, raw: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(raw in archive.read(n) for n in archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, KeyError):
        return False


class Scanner:
    """Scans ``roots`` every 20 ms in a thread; ``hits`` are the files that held the marker at any time."""

    def __init__(self, roots: list[Path], needle: str, skip: tuple[Path, ...] = ()) -> None:
        self.roots, self.needle, self.skip = roots, needle, skip
        self.hits: set[Path] = set()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            self.hits.update(files_with(self.roots, self.needle, self.skip))
            time.sleep(0.02)

    def __enter__(self) -> Scanner:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def drafts_xlsx(tag: str, n: int, strip_dimension: bool = False) -> bytes:
    book = Workbook()  # not write-only: it writes no temporary file of its own
    sheet = book.active
    sheet.append(["id", "text"])
    for i in range(n):
        sheet.append([f"d{i}", LETTER.replace("Dean Morris", f"Dean {tag} {i}")])
    out = io.BytesIO()
    book.save(out)
    if not strip_dimension:
        return out.getvalue()
    # No <dimension>: the reader cannot count the rows before reading them (some exporters write none).
    src, dst = zipfile.ZipFile(io.BytesIO(out.getvalue())), io.BytesIO()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb"<dimension[^>]*/>", b"", data)
            z.writestr(item, data)
    return dst.getvalue()


@pytest.fixture
def home(trained_home: Path, tmp_path: Path) -> Path:
    return copy_home(trained_home, tmp_path / "home")


def test_uploads_and_xlsx_results_leave_nothing_in_tmpdir_or_home(home):
    system_tmp = Path(tempfile.gettempdir())
    tag = marker()
    big_csv = ("id,text\n" + "".join(f'c{i},"{LETTER.replace("Dean Morris", f"Dean {tag}")}"\n' for i in range(3000))
               ).encode()
    assert len(big_csv) > 1_100_000  # over the multipart parser's 1 MB default spool size
    settings = Settings(home=home, max_batch_rows=300, _env_file=None)
    with TestClient(create_app(settings)) as client, Scanner([system_tmp, home], tag, (home / "tmp",)) as scan:
        private = home / "tmp"
        assert stat.S_IMODE(private.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o700 for p in private.iterdir())
        ok_csv = client.post("/v1/batch/file", files={"file": ("d.csv", big_csv[: big_csv.index(b"\nc280,")] + b"\n",
                                                                  "text/csv")})
        assert ok_csv.status_code == 200 and ok_csv.headers["x-casecheck-rows"] == "280"
        too_many = client.post("/v1/batch/file", files={"file": ("d.csv", big_csv, "text/csv")})
        assert too_many.status_code == 413 and "300" in too_many.json()["detail"]
        ok_xlsx = client.post("/v1/batch/file", files={"file": ("d.xlsx", drafts_xlsx(tag, 200), "application/x")})
        assert ok_xlsx.status_code == 200 and ok_xlsx.headers["x-casecheck-rows"] == "200"
        # Fails while the XLSX result is being written (the row count is found out only while reading).
        failed = client.post("/v1/batch/file", files={"file": ("d.xlsx", drafts_xlsx(tag, 600, True), "app/x")})
        assert failed.status_code == 413 and "CASECHECK_MAX_BATCH_ROWS" in failed.json()["detail"]
        assert files_with([private], tag) == []  # openpyxl's file of that failed result is gone at once
    assert scan.hits == set(), "a draft reached the system TMPDIR or the state directory"
    assert files_with([system_tmp, home], tag) == []
    assert not list((home / "tmp").iterdir())  # the server's private folder went with it


def _csv_of_drafts(path: Path, tag: str, n: int, broken_at: int | None = None) -> Path:
    lines = ["id,text"] + [f'r{i},"{LETTER.replace("Dean Morris", f"Dean {tag} {i}")}"' for i in range(n)]
    if broken_at is not None:
        lines[broken_at] = "x,too,many,fields"  # a parse error in a later chunk, after rows were written
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_runs_leave_nothing_in_tmpdir_after_success_error_or_kill(home, tmp_path):
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    env = cli_env(home, TMPDIR=str(system_tmp))
    tag = marker()
    src = _csv_of_drafts(tmp_path / "drafts.csv", tag, 700)
    out = tmp_path / "scored.xlsx"
    done = run_cli(home, "score", src, "-o", out, "--keep-text", "--workers", "1", "-q", env=env, timeout=300)
    assert done.rc == 0, done
    assert set(files_with([tmp_path], tag)) == {src, out}  # only in the input and the output asked for
    assert files_with([system_tmp, home], tag) == [] and not list((home / "tmp").iterdir())
    # An error after the first chunks were written to the XLSX.
    bad = _csv_of_drafts(tmp_path / "bad.csv", tag, 700, broken_at=600)
    failed = run_cli(home, "score", bad, "-o", tmp_path / "bad.xlsx", "--keep-text", "--workers", "1", "-q",
                     env=env, timeout=300)
    assert failed.rc == 2, failed
    assert files_with([system_tmp, home], tag) == [] and not (tmp_path / "bad.xlsx").exists()
    # kill -9 while openpyxl streams the rows to its temporary file.
    proc = subprocess.Popen(casecheck_argv("score", src, "-o", tmp_path / "k.xlsx", "--keep-text", "--workers", "1",
                                           "-q", "--chunk-size", "16"),
                            cwd=home, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        wait_for(lambda: bool(files_with([home / "tmp"], tag)) or proc.poll() is not None, 300,
                 "openpyxl's temporary file", step=0.05)
        assert proc.poll() is None, "the run ended before it could be killed"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
    left = files_with([home / "tmp"], tag)
    assert left and all(p.relative_to(home / "tmp").parts[0].startswith(f"{proc.pid}-") for p in left)
    assert files_with([system_tmp], tag) == []  # never in the system's TMPDIR
    assert run_cli(home, "models", "list", env=env).rc == 0  # the next run sweeps the killed run's folder
    assert files_with([system_tmp, home], tag) == []


def _children(pid: int) -> set[int]:
    found = set()
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat_file.parent.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


@pytest.mark.slow
def test_helper_processes_exit_when_score_is_killed(home, tmp_path):
    src = _csv_of_drafts(tmp_path / "drafts.csv", marker(), 3000)
    proc = subprocess.Popen(casecheck_argv("score", src, "-o", tmp_path / "out.csv", "--workers", "2", "-q"),
                            cwd=home, env=cli_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        wait_for(lambda: len(_children(proc.pid)) >= 2, 120, "the helper processes", step=0.1)
        helpers = _children(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)  # the main process only, as `kill -9 <pid>` does
        proc.wait(30)
        wait_for(lambda: not _alive(helpers), 20, f"helpers {sorted(_alive(helpers))} to exit", step=0.2)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


def test_exit_with_parent_ends_a_grandchild_whose_parent_dies(tmp_path):
    code = ("import os, sys, time\n"
            "from model.processes import exit_with_parent\n"
            "pid = os.fork()\n"
            "if pid == 0:\n"
            "    exit_with_parent(os.getppid())\n"
            "    open(sys.argv[1], 'w').write(str(os.getpid()))\n"
            "    time.sleep(120)\n"
            "    os._exit(0)\n"
            "time.sleep(120)\n")
    pid_file = tmp_path / "grandchild"
    parent = subprocess.Popen([sys.executable, "-c", code, str(pid_file)], start_new_session=True)
    try:
        wait_for(lambda: pid_file.exists() and pid_file.read_text().isdigit(), 30, "the grandchild")
        grandchild = int(pid_file.read_text())
        parent.kill()
        parent.wait(10)
        wait_for(lambda: not _alive({grandchild}), 10, "the grandchild to exit", step=0.1)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(parent.pid, signal.SIGKILL)
    assert exit_with_parent(os.getpid()) is None  # in the parent itself: nothing to watch
