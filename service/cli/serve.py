"""``casecheck serve``: the web form and API in uvicorn worker processes."""

from __future__ import annotations

import sys

import click

from service.settings import Settings, get_settings


@click.command()
@click.option("--host", help="Address to listen on (default from CASECHECK_HOST).")
@click.option("--port", type=int, help="Port (default from CASECHECK_PORT).")
@click.option("--workers", type=click.IntRange(min=1),
              help="Worker processes (default from CASECHECK_WORKERS; 0 there: one per CPU core).")
def serve(host: str | None, port: int | None, workers: int | None) -> None:
    """Serve the web form and API.

    Each worker process loads the champion model and picks up a new champion by itself
    (it checks the registry's pointer on every scoring request).

    \b
    Example:
        casecheck serve --port 8000
        casecheck serve --workers 1
    """
    import copy
    import os
    import shutil
    import tempfile

    import uvicorn
    from uvicorn.config import LOGGING_CONFIG

    settings = get_settings()
    workers = workers or settings.worker_processes
    # casecheck's own loggers (request lines with ids, sizes and timings; errors) print beside uvicorn's.
    log_config = copy.deepcopy(LOGGING_CONFIG)
    log_config["loggers"]["casecheck"] = {"handlers": ["default"], "level": settings.log_level.upper(),
                                          "propagate": False}
    metrics_dir = None
    if workers > 1 and not os.environ.get(PROMETHEUS_MULTIPROC_DIR):
        # The workers' Prometheus counters go to files here, so that /metrics sums all workers. Set before
        # prometheus_client creates any metric (the app imports it): it picks its value class from it.
        metrics_dir = os.environ[PROMETHEUS_MULTIPROC_DIR] = tempfile.mkdtemp(prefix="casecheck-metrics-")
    from service import memory

    memory.limit_arenas()  # before any worker thread allocates: forked workers inherit the cap
    if workers > 1:
        fork_workers()
    try:
        uvicorn.run("service.app:create_app", factory=True, host=host or settings.host,
                    port=port or settings.port, workers=workers, log_level=settings.log_level.lower(),
                    log_config=log_config, access_log=False, **server_limits(settings))  # type: ignore[arg-type]
    finally:
        if metrics_dir:
            shutil.rmtree(metrics_dir, ignore_errors=True)
            del os.environ[PROMETHEUS_MULTIPROC_DIR]


PROMETHEUS_MULTIPROC_DIR = "PROMETHEUS_MULTIPROC_DIR"  # service.metrics.MULTIPROCESS_DIR


def server_limits(settings: Settings) -> dict[str, object]:
    """uvicorn's bounds: read deadlines (our protocol), the keep-alive timeout, a connection cap, a header cap."""
    import importlib.util

    limits: dict[str, object] = {"timeout_keep_alive": settings.keep_alive_timeout,
                                 "limit_concurrency": settings.max_connections,
                                 "h11_max_incomplete_event_size": 64 * 1024}
    if importlib.util.find_spec("httptools") is not None:
        limits["http"] = "service.server:DeadlineHttpToolsProtocol"  # read deadlines from these settings
    return limits


def fork_workers() -> None:
    """Have uvicorn fork its worker processes from this one, with the app's modules imported here once.

    uvicorn starts workers with multiprocessing's "spawn": each imports the app anew (2-3 s of imports:
    scikit-learn, spaCy, FastAPI), all at once on the same cores, which doubles the cold start on two
    cores. Forked workers start with the imports done (sharing their memory until written) and only
    build the app and load the model, in parallel. On other systems than Linux, or if uvicorn's
    internals change, uvicorn keeps spawning.
    """
    import gc
    import multiprocessing

    if not sys.platform.startswith("linux"):
        return

    from uvicorn import _subprocess

    import service.app  # noqa: F401  the imports every worker inherits

    gc.freeze()  # the collector in a worker then never writes to (and so copies) the pages it shares
    if isinstance(getattr(_subprocess, "spawn", None), multiprocessing.context.SpawnContext):
        _subprocess.spawn = multiprocessing.get_context("fork")  # type: ignore[assignment]


def register(main: click.Group) -> None:
    """Add ``serve`` to the ``casecheck`` group."""
    main.add_command(serve)
