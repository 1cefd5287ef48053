"""Service latency: ``POST /v1/check`` and ``POST /v2/check`` on a ~400-word letter under concurrent clients.

Starts ``casecheck serve`` (uvicorn) on loopback with the model registered under
``CASECHECK_HOME`` (default ``var``: the model ``make run`` trains) and as many worker
processes as it starts by default, measures the cold start to ``/readyz``, then fires a
bounded number of requests from N concurrent clients and reports p50/p90/p99 latency,
requests per second, CPU time per request (server and client) and the server's resident
memory before and after. ``POST /v2/check`` (the LanguageTool-compatible route) gets the same
letter as a URL-encoded form, as LanguageTool clients send it, in the same run: its p50 is
compared with ``/v1/check``'s. ``GET /healthz`` at the same concurrency is the baseline (the cost
of HTTP and the event loop on this machine).

The load generator is a minimal HTTP/1.1 keep-alive client on raw asyncio streams (uvloop
when installed): each connection sends the same pre-encoded request bytes and reads the
response by its ``Content-Length``, so that the client, on the same cores as the server,
costs little CPU of its own. Any status but 200, or a broken connection, counts as an error.
httpx is used only to poll ``/readyz``.

Usage::

    .venv/bin/python -m benchmarks.service_latency                      # 10,000 requests, 8 clients
    .venv/bin/python -m benchmarks.service_latency --requests 2000 --write docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

from service.settings import Settings

try:
    import uvloop
except ImportError:  # pragma: no cover - uvloop is a dependency, but the client works without it
    uvloop = None

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPHS = [
    "Dear Mrs Okafor",
    "I am writing to tell you about a decision I have made in the case against Dean Morris, who was charged with "
    "assaulting you outside your home on 14 February. I know that this has been a very difficult time for you, and "
    "I am sorry that I have to tell you that I have decided to stop the case.",
    "When a case comes to us, a prosecutor must decide whether there is enough evidence for a court to be more likely "
    "than not to convict, and whether a prosecution is needed in the public interest. I have looked again at all of "
    "the evidence in this case, including your statement, the statement of your neighbour and the footage from the "
    "camera on the shop opposite.",
    "The footage does not show the moment you were struck, because a van was parked across the view. Your neighbour "
    "now says that she did not see who threw the first punch, and she will not be able to say in court that it was "
    "Mr Morris. Without her evidence, or a clear picture from the camera, I do not think a court would be more likely "
    "than not to find that Mr Morris was the person who hurt you. "
    "The case was discontinued under s.23 on [insert date].",
    "I understand that this will be upsetting and that you may feel let down. Please be assured that this decision "
    "does not mean that we do not believe you. It means only that I cannot prove what happened to the standard a "
    "court requires.",
    "If you are not happy with my decision, you can ask for it to be reviewed under the Victims' Right to Review "
    "scheme. You should ask within ten working days of the date of this letter by writing to the address at the top "
    "of this letter or by email. A different prosecutor, who has not worked on the case, will look at it again.",
    "If you would like to talk about this decision, or if there is anything in this letter that is not clear, please "
    "call me on the number above. You can also contact the Witness Care Unit, who will be able to tell you about the "
    "support services in your area, including Victim Support, who can help whether or not a case goes to court.",
    "I am sorry that I could not bring this case to court. Thank you for the help you have given the police and for "
    "your patience while the case was being considered.",
    "Yours sincerely",
    "Crown Prosecutor",
]
LETTER = "\n\n".join(PARAGRAPHS)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    """Resident memory of the server: the process and its worker processes, in MB."""
    text = Path(f"/proc/{pid}/status").read_text()
    own = int(re.search(r"VmRSS:\s+(\d+) kB", text).group(1)) / 1024  # type: ignore[union-attr]
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return own + sum(rss_mb(int(c)) for c in children)


def pss_mb(pid: int) -> float:
    """Proportional set size of the server and its workers, in MB: pages the forked workers share with
    the parent counted once (RSS counts them in every process)."""
    text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    own = int(re.search(r"Pss:\s+(\d+) kB", text).group(1)) / 1024  # type: ignore[union-attr]
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return own + sum(pss_mb(int(c)) for c in children)


def default_workers() -> int:
    """The worker processes ``casecheck serve`` starts (``CASECHECK_WORKERS``)."""
    return Settings().worker_processes


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of the server: the process and its worker processes, in seconds."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return own + sum(cpu_seconds(int(c)) for c in children)


def start_server(port: int, home: str, workers: int | None = None,
                 ready_within: float = 60) -> tuple[subprocess.Popen[bytes], float]:
    """Start uvicorn; return the process and the seconds until ``/readyz`` answered 200."""
    # As deployed: ``casecheck serve`` (uvicorn, the app factory, forked workers); warnings only, so no
    # request log lines.
    env = {**os.environ, "CASECHECK_HOME": home, "CASECHECK_LOG_LEVEL": "warning"}
    workers = workers or default_workers()
    cmd = [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(workers)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}/readyz"
    while time.perf_counter() - started < ready_within:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return proc, time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.01)
    proc.terminate()
    raise SystemExit(f"the server was not ready within {ready_within:g} s")


class Form(dict):
    """A body sent URL-encoded (``application/x-www-form-urlencoded``), as LanguageTool clients send it."""


def encode_request(port: int, method: str, path: str, body: dict | None) -> bytes:
    """The request's bytes, built once and sent as they are on every request."""
    if isinstance(body, Form):
        payload, ctype = urlencode(body).encode(), "application/x-www-form-urlencoded"
    else:
        payload, ctype = (json.dumps(body).encode() if body is not None else b""), "application/json"
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: application/json\r\n"
    if body is not None:
        head += f"Content-Type: {ctype}\r\nContent-Length: {len(payload)}\r\n"
    return head.encode("ascii") + b"\r\n" + payload


async def exchange(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes,
                   sent: asyncio.Event) -> tuple[int, bool]:
    """Send ``request`` and read one response; return its status and whether the connection stays open."""
    writer.write(request)
    if not sent.is_set():
        await writer.drain()
        sent.set()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length, chunked, keep = 0, False, True
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
        elif name == b"connection":
            keep = b"close" not in value.lower()
    if chunked:  # not expected from these routes; read it properly all the same
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")
    else:
        await reader.readexactly(length)
    return status, keep


async def fire(port: int, method: str, path: str, body: dict | None, n: int, clients: int) -> dict[str, float]:
    """``n`` requests from ``clients`` concurrent keep-alive connections; latency percentiles in ms, requests/s
    and the client's own CPU time per request."""
    request = encode_request(port, method, path, body)
    latencies: list[float] = []
    errors = 0
    remaining = n

    # Clients connect one after another, each once the one before it has sent its first request, as
    # clients arriving over time do: a server worker busy with a request does not accept the next
    # connection, so the connections spread over the worker processes. (Eight connections opened at
    # the same instant would all be accepted by whichever worker woke first.)
    sent_first = [asyncio.Event() for _ in range(clients)]

    async def worker(k: int) -> None:
        nonlocal remaining, errors
        if k:
            await sent_first[k - 1].wait()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while remaining > 0:
                remaining -= 1
                t = time.perf_counter()
                try:
                    status, keep = await exchange(reader, writer, request, sent_first[k])
                except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, IndexError):
                    status, keep = 0, False
                latencies.append(time.perf_counter() - t)
                errors += status != 200
                if not keep:
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
        finally:
            writer.close()

    cpu = time.process_time()
    started = time.perf_counter()
    await asyncio.gather(*(worker(k) for k in range(clients)))
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu
    ms = sorted(x * 1000 for x in latencies)
    return summary(ms, errors, wall, cpu)


def summary(ms: list[float], errors: int, wall: float, cpu: float) -> dict[str, float]:
    """Percentiles of the sorted latencies ``ms``, requests/s over ``wall`` seconds, client CPU ms per request."""
    return {"n": len(ms), "errors": errors, "p50": statistics.median(ms), "p90": ms[int(0.90 * len(ms)) - 1],
            "p99": ms[int(0.99 * len(ms)) - 1], "max": ms[-1], "rps": len(ms) / wall, "seconds": wall,
            "client_cpu_ms": cpu / len(ms) * 1000, "ms": ms}


def alternating(port: int, server_pid: int, a: tuple[str, dict], b: tuple[str, dict], n: int, clients: int,
                rounds: int = 5) -> tuple[dict[str, float], dict[str, float]]:
    """``n`` POSTs of ``a`` and of ``b`` in alternating blocks, so that other work on the machine falls on both
    alike; each side's blocks summed."""
    parts: dict[int, list[dict]] = {0: [], 1: []}
    for _ in range(rounds):
        for side, (path, body) in enumerate((a, b)):
            parts[side].append(load(port, server_pid, "POST", path, body, n // rounds, clients))
    out = []
    for blocks in parts.values():
        total = sum(x["n"] for x in blocks)
        merged = summary(sorted(v for x in blocks for v in x["ms"]), sum(x["errors"] for x in blocks),
                         sum(x["seconds"] for x in blocks), sum(x["client_cpu_ms"] * x["n"] for x in blocks) / 1000)
        merged["server_cpu_ms"] = sum(x["server_cpu_ms"] * x["n"] for x in blocks) / total
        out.append(merged)
    return out[0], out[1]


def load(port: int, server_pid: int, method: str, path: str, body: dict | None, n: int,
         clients: int) -> dict[str, float]:
    """``fire`` on uvloop (when installed), with the server's CPU time per request."""
    before = cpu_seconds(server_pid)
    coro = fire(port, method, path, body, n, clients)
    result = uvloop.run(coro) if uvloop is not None else asyncio.run(coro)
    result["server_cpu_ms"] = (cpu_seconds(server_pid) - before) / result["n"] * 1000
    return result


def scoring_alone(home: str, n: int = 300) -> dict[str, float]:
    """The scorer in this process, no HTTP: what a request costs before the service adds anything."""
    from model import Registry, RuleSet, Scorer

    scorer = Scorer.from_registry(Registry(Path(home) / "models"), rules=RuleSet.load())
    for _ in range(20):
        scorer.score(LETTER, "vcl_letter")
    ms = []
    cpu = time.process_time()
    for _ in range(n):
        t = time.perf_counter()
        scorer.score(LETTER, "vcl_letter").to_dict()
        ms.append((time.perf_counter() - t) * 1000)
    cpu = time.process_time() - cpu
    ms.sort()
    return {"p50": statistics.median(ms), "p99": ms[int(0.99 * n) - 1], "cpu_ms": cpu / n * 1000}


def run(requests: int, clients: int, home: str, workers: int | None = None) -> dict[str, object]:
    load_before = os.getloadavg()[0]
    workers = workers or default_workers()
    port = free_port()
    proc, cold = start_server(port, home, workers)
    base = f"http://127.0.0.1:{port}"
    try:
        version = httpx.get(f"{base}/readyz").json()["model_version"]
        rss_ready, pss_ready = rss_mb(proc.pid), pss_mb(proc.pid)
        body = {"text": LETTER, "doc_type": "vcl_letter"}
        form = Form(text=LETTER, language="en-GB", docType="vcl_letter")
        load(port, proc.pid, "POST", "/v1/check", body, 200 * workers, clients)  # warm-up, not counted
        load(port, proc.pid, "POST", "/v2/check", form, 200 * workers, clients)
        rss_before = rss_mb(proc.pid)
        check, lt = alternating(port, proc.pid, ("/v1/check", body), ("/v2/check", form), requests, clients)
        rss_after = rss_mb(proc.pid)
        health = load(port, proc.pid, "GET", "/healthz", None, requests, clients)
        single = min(requests, 1000)  # one client: the time of one request, without queueing
        check_1, lt_1 = alternating(port, proc.pid, ("/v1/check", body), ("/v2/check", form), single, 1)
        health_1 = load(port, proc.pid, "GET", "/healthz", None, single, 1)
    finally:
        proc.terminate()
        proc.wait(10)
    return {"cold_start_s": cold, "model_version": version, "rss_ready_mb": rss_ready, "pss_ready_mb": pss_ready,
            "rss_before_mb": rss_before,
            "rss_after_mb": rss_after, "check": check, "health": health, "check_1": check_1, "health_1": health_1,
            "lt": lt, "lt_1": lt_1,
            "requests": requests, "clients": clients, "words": len(LETTER.split()), "workers": workers,
            "load": load_before, "load_after": os.getloadavg()[0], "alone": scoring_alone(home)}


def report(r: dict[str, object], command: str) -> str:
    c, h, c1, h1, alone = r["check"], r["health"], r["check_1"], r["health_1"], r["alone"]
    lt, lt1 = r["lt"], r["lt_1"]
    assert all(isinstance(x, dict) for x in (c, h, c1, h1, alone, lt, lt1))
    growth = (float(r["rss_after_mb"]) / float(r["rss_before_mb"]) - 1) * 100  # type: ignore[arg-type]
    row = ("| {name} | {clients} | {n} | {errors} | {p50:.1f} | {p90:.1f} | {p99:.1f} | {max:.1f} | {rps:.0f} "
           "| {server_cpu_ms:.2f} | {client_cpu_ms:.2f} |")
    return "\n".join([
        "## Service",
        "",
        f"`{command}` (benchmarks/service_latency.py): `casecheck serve --workers {r['workers']}` (uvicorn, "
        f"{server_stack()}, `CASECHECK_LOG_LEVEL=warning`: no request log lines) and the load generator on the same "
        f"machine, loopback: a minimal HTTP/1.1 keep-alive client on raw asyncio streams "
        f"({'uvloop' if uvloop is not None else 'asyncio'} event loop) that sends pre-encoded request bytes and "
        f"reads each response by its Content-Length (non-200 statuses and broken connections count as errors). "
        f"`nproc` = {os.cpu_count()}, Python {platform.python_version()}, model {r['model_version']}; "
        f"1-minute load average {r['load']:.1f} before, {r['load_after']:.1f} after (other work on the machine).",
        "",
        f"POST /v1/check with a {r['words']}-word letter (`doc_type` given), {r['clients']} concurrent clients, "
        f"{r['requests']} requests after 200 warm-up requests; POST /v2/check (LanguageTool-compatible) with the same "
        f"letter as a URL-encoded form (`language=en-GB`, `docType` given), likewise, the two in 5 alternating "
        f"blocks each so that other work on the machine falls on both alike; GET /healthz at the same "
        f"concurrency is the baseline. The 1-client rows show the time of one request without queueing.",
        "",
        "| request | clients | n | errors | p50 ms | p90 ms | p99 ms | max ms | requests/s | server CPU ms/req "
        "| client CPU ms/req |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        row.format(name="POST /v1/check", clients=r["clients"], **c),
        row.format(name="POST /v2/check", clients=r["clients"], **lt),
        row.format(name="GET /healthz (baseline)", clients=r["clients"], **h),
        row.format(name="POST /v1/check", clients=1, **c1),
        row.format(name="POST /v2/check", clients=1, **lt1),
        row.format(name="GET /healthz (baseline)", clients=1, **h1),
        "",
        f"- /v2/check p50 minus /v1/check p50: {lt['p50'] - c['p50']:+.2f} ms at {r['clients']} clients, "
        f"{lt1['p50'] - c1['p50']:+.2f} ms at 1 client (target: within 1 ms); server CPU per request "
        f"{lt['server_cpu_ms']:.2f} ms against {c['server_cpu_ms']:.2f} ms.",
        f"- p50 ratio check/healthz: {c['p50'] / h['p50']:.1f}x at {r['clients']} clients, "
        f"{c1['p50'] / h1['p50']:.1f}x at 1 client; throughput ratio: {h['rps'] / c['rps']:.1f}x.",
        f"- The scorer alone (in process, no HTTP, same letter): p50 {alone['p50']:.1f} ms, p99 {alone['p99']:.1f} ms, "
        f"{alone['cpu_ms']:.2f} ms CPU per letter; "
        f"so one request spends about {c1['p50'] - alone['p50']:.1f} ms outside the scorer (the HTTP round trip "
        f"with this client, validation, JSON), and the server's CPU time per check, {c['server_cpu_ms']:.2f} ms, "
        f"is {c['server_cpu_ms'] - alone['cpu_ms']:.2f} ms more than the scorer's. "
        f"With {r['clients']} clients in a closed loop, latency is about clients / throughput: the queue "
        f"for the CPU, which the server and this client share.",
        f"- Server RSS: {r['rss_ready_mb']:.0f} MB when ready, {r['rss_before_mb']:.0f} MB after warm-up, "
        f"{r['rss_after_mb']:.0f} MB after {r['requests']} checks ({growth:+.1f}%); proportional (PSS, the pages "
        f"forked workers share counted once) {r['pss_ready_mb']:.0f} MB when ready.",
        f"- Cold start (process start to /readyz 200, model loaded, verified and warmed): {r['cold_start_s']:.2f} s.",
        "",
    ])


def server_stack() -> str:
    """uvicorn's event loop and HTTP parser as ``--loop auto --http auto`` pick them here."""
    import importlib.util

    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    return f"{loop} + {http}"


def write_section(path: Path, section: str) -> None:
    """Replace (or add) the ``## Service`` section of ``path``, keeping the other sections."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    pattern = re.compile(r"^## Service\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10_000, help="Requests per measured run.")
    parser.add_argument("--clients", type=int, default=8, help="Concurrent clients.")
    parser.add_argument("--home", default=os.environ.get("CASECHECK_HOME", "var"), help="CASECHECK_HOME with a model.")
    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="uvicorn worker processes (default: as casecheck serve, CASECHECK_WORKERS).")
    parser.add_argument("--write", type=Path, help="Write the '## Service' section into this Markdown file.")
    args = parser.parse_args()
    result = run(args.requests, args.clients, args.home, args.workers)
    command = "python -m benchmarks.service_latency " + " ".join(sys.argv[1:])
    section = report(result, command.strip())
    print(section)
    if args.write:
        write_section(args.write, section)


if __name__ == "__main__":
    main()
