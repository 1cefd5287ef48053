"""The service under a real uvicorn server: a model swap while requests run, and cold start.

``LiveServer`` is shared with ``test_browser.py``.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn

from model.registry import Registry
from service.app import create_app
from service.settings import Settings
from tests.test_scoring import LETTER


@contextmanager
def live_server(settings: Settings) -> Iterator[str]:
    """``create_app(settings)`` under uvicorn in a thread on a free loopback port; yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings), log_config=None, access_log=False, ws="none",
                            lifespan="on", timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture
def own_home(trained_home: Path, tmp_path: Path) -> Path:
    """A copy of the trained state directory that a test may change (promote, register)."""
    home = tmp_path / "home"
    shutil.copytree(trained_home / "models", home / "models")
    return home


def test_promoting_a_version_swaps_it_in_without_failed_requests(own_home):
    settings = Settings(home=own_home, _env_file=None)
    registry = Registry(settings.registry_dir)
    old = registry.champion()
    assert old is not None
    statuses: list[int] = []
    versions: list[str] = []
    stop = threading.Event()

    def hammer(base: str) -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while not stop.is_set():
                response = client.post("/v1/check", json={"text": LETTER, "doc_type": "vcl_letter"})
                statuses.append(response.status_code)
                if response.status_code == 200:
                    versions.append(response.json()["model_version"])

    with live_server(settings) as base:
        threads = [threading.Thread(target=hammer, args=(base,)) for _ in range(4)]
        for t in threads:
            t.start()
        time.sleep(0.3)
        bundle, manifest = registry.load_bundle(old)
        new = f"{old}-copy"
        registry.register(new, bundle, manifest, "copy of the champion for the swap test\n")
        registry.promote(new, reason="swap test")
        deadline = time.monotonic() + 20
        while (not versions or versions[-1] != new) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        stop.set()
        for t in threads:
            t.join(30)
        after = httpx.post(f"{base}/v1/check", json={"text": LETTER}).json()["model_version"]
        ready = httpx.get(f"{base}/readyz").json()
        metrics = httpx.get(f"{base}/metrics").text

    assert statuses and set(statuses) == {200}, f"failed requests during the swap: {sorted(set(statuses))}"
    assert old in versions and new in versions
    assert versions.index(new) > versions.index(old)
    assert after == new and ready["model_version"] == new
    assert f'casecheck_model_info{{version="{new}"}} 1.0' in metrics and "casecheck_model_swaps 2.0" in metrics


def test_a_champion_that_fails_verification_is_not_swapped_in(own_home):
    settings = Settings(home=own_home, _env_file=None)
    registry = Registry(settings.registry_dir)
    old = registry.champion()
    bundle, manifest = registry.load_bundle(old)
    bad = f"{old}-tampered"
    registry.register(bad, bundle, manifest, "card\n")
    with live_server(settings) as base:
        registry.promote(bad, reason="test")
        (registry.root / bad / "model_card.md").write_text("tampered\n", encoding="utf-8")
        with httpx.Client(base_url=base) as client:
            served = client.post("/v1/check", json={"text": LETTER}).json()["model_version"]
            models = client.get("/v1/models").json()
    assert served == old
    assert models["champion"] == bad and models["active"] == old and "sha256" in models["error"]


def test_the_app_is_ready_within_3_seconds_of_starting(trained_home):
    """Start to /readyz in this process: model load, sha256 verification and warm-up (imports are done;
    benchmarks/service_latency.py measures a cold process)."""
    settings = Settings(home=trained_home, _env_file=None)
    started = time.perf_counter()
    with live_server(settings) as base:
        ready = httpx.get(f"{base}/readyz")
        elapsed = time.perf_counter() - started
    assert ready.status_code == 200
    assert elapsed < 3.0, f"cold start to /readyz took {elapsed:.2f} s"


def test_refresh_costs_a_stat_while_the_registry_file_is_unchanged(own_home):
    from service.state import ModelHolder

    holder = ModelHolder(Settings(home=own_home, _env_file=None))
    scorer = holder.load()
    index = Registry(own_home / "models").index_path
    st = index.stat()
    # Same size, same inode, same mtime: a holder that read the file would choke on this.
    with index.open("r+b") as fh:
        fh.write(b"x" * st.st_size)
    os.utime(index, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert holder.refresh() is scorer


def test_casecheck_serve_with_two_workers_swaps_each_and_sums_metrics(own_home):
    """The real command with ``CASECHECK_WORKERS=2``: two worker processes; a promotion reaches every
    worker (each checks the registry's pointer); ``/metrics`` counts the requests of both."""
    import psutil

    from tests.hardening.kit import casecheck_serve

    registry = Registry(own_home / "models")
    old = registry.champion()
    bundle, manifest = registry.load_bundle(old)
    new = f"{old}-copy"
    registry.register(new, bundle, manifest, "copy of the champion for the workers test\n")
    close = {"connection": "close"}  # a new connection each time: both workers get requests
    with casecheck_serve(own_home, own_home / "serve.log", CASECHECK_WORKERS="2") as (base, proc):
        time.sleep(1.0)  # the second worker is loading its model too
        workers = [p for p in psutil.Process(proc.pid).children() if "resource_tracker" not in " ".join(p.cmdline())]
        assert len(workers) == 2, workers
        body = {"text": LETTER, "doc_type": "vcl_letter"}
        before = [httpx.post(f"{base}/v1/check", json=body, headers=close).json()["model_version"] for _ in range(10)]
        registry.promote(new, reason="workers test")
        after = [httpx.post(f"{base}/v1/check", json=body, headers=close).json()["model_version"] for _ in range(20)]
        metrics = httpx.get(f"{base}/metrics").text
    assert set(before) == {old} and set(after) == {new}
    line = 'casecheck_http_requests_total{method="POST",route="/v1/check",status="200"} 30.0'
    assert line in metrics, [m for m in metrics.splitlines() if "requests_total" in m]
