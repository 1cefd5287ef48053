"""Faults: a process killed mid-write, a full disk, a database restarted mid-import. Nothing is lost or
left half-done.

Covered elsewhere, not repeated here:

* a tampered or corrupted bundle is refused and the serving model keeps serving:
  ``tests/test_registry.py::test_a_tampered_bundle_is_refused_with_a_clear_error``,
  ``tests/test_service_live.py::test_a_champion_that_fails_verification_is_not_swapped_in``,
  ``tests/test_admin_routes.py::test_a_tampered_bundle_is_refused_and_the_service_keeps_serving``;
* kill -9 during a retrain (mid-training and while writing its version):
  ``tests/test_retrain.py::test_a_retrain_killed_*``.
"""

from __future__ import annotations

import csv
import errno
import os
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from model.registry import Registry
from service.settings import Settings
from service.state import ModelHolder
from tests.batch_data import drafts, write
from tests.hardening.kit import casecheck_argv, cli_env, copy_home, run_cli, tree_snapshot, wait_for
from tests.test_scoring import LETTER
from training.store import LabelStore

LETTER_CONCERNS = ("missing_reasons", "unexplained_jargon", "lacks_empathy", "missing_vrr", "missing_meeting_offer",
                   "template_residue")


@pytest.fixture
def home(trained_home: Path, tmp_path: Path) -> Path:
    return copy_home(trained_home, tmp_path / "home")


def start_cli(home: Path, *args: object, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(casecheck_argv(*args), cwd=home, env=env or cli_env(home), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def kill9(proc: subprocess.Popen[bytes]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)


# -- kill -9 while `casecheck score` writes its output ---------------------------------------------------
@pytest.mark.slow
def test_kill_9_while_score_writes_leaves_no_complete_looking_file(home, tmp_path):
    src = write(drafts(160, 80, seed=21) * 3, tmp_path / "drafts.jsonl")  # 720 rows, written chunk by chunk
    out = tmp_path / "scored.csv"
    for previous in (None, b"id,previous\n1,content from last quarter\n"):
        if previous is not None:
            out.write_bytes(previous)
        proc = start_cli(home, "score", src, "-o", out, "--workers", "1", "--chunk-size", "16", "-q")

        def partial_written() -> bool:
            return any(p.stat().st_size > 0 for p in tmp_path.glob(".scored.csv.*.partial"))

        wait_for(partial_written, 60, "the partial output to be written")
        kill9(proc)
        assert proc.returncode == -signal.SIGKILL
        if previous is None:
            assert not out.exists(), "a killed run left an output that looks complete"
        else:
            assert out.read_bytes() == previous, "a killed run changed the previous output"
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".scored.csv.")]
        assert all(name.endswith(".partial") for name in leftovers)  # only a hidden, named-partial temp file
    # The next run completes, replaces the previous output and removes what the killed runs left.
    result = run_cli(home, "score", src, "-o", out, "--workers", "1", "-q", timeout=300)
    assert result.rc == 0, result
    assert out.read_bytes().count(b"\n") == 721
    assert not list(tmp_path.glob(".scored.csv.*.partial"))


# -- kill -9 during `casecheck labels import` (SQLite) ----------------------------------------------------
def iqa_csv(path: Path, n: int, prefix: str = "K") -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "doc_type", "text", "assessor", "assessed_at", *LETTER_CONCERNS])
        for i in range(n):
            ratings = ["Not meeting" if (i + k) % 3 == 0 else "Fully meeting" for k in range(len(LETTER_CONCERNS))]
            writer.writerow([f"{prefix}{i:05d}", "vcl_letter", LETTER.replace("Okafor", f"Okafor {i}"), "Area IQA",
                             "2025-03-31", *ratings])
    return path


def store_counts(url: str) -> tuple[int, int, int]:
    store = LabelStore(url)
    try:
        return len(store.batches()), len(store.documents()), len(store.history())
    finally:
        store.close()


@pytest.mark.slow
def test_kill_9_during_label_import_imports_nothing_then_a_retry_imports_everything(home, tmp_path):
    n = 4000
    src = iqa_csv(tmp_path / "iqa.csv", n)
    url = f"sqlite:///{home / 'labels.db'}"
    assert store_counts(url) == (0, 0, 0)  # migrated; the WAL is checkpointed away when the last connection closes
    wal = home / "labels.db-wal"
    outcomes = []
    for grow_to in (1 << 16, 1 << 20):
        proc = start_cli(home, "labels", "import", src)
        wait_for(lambda p=proc, size=grow_to: (wal.exists() and wal.stat().st_size > size) or p.poll() is not None,
                 120, "the import's write transaction", step=0.002)
        kill9(proc)
        counts = store_counts(url)
        assert counts in ((0, 0, 0), (1, n, n * len(LETTER_CONCERNS))), f"half an import is stored: {counts}"
        outcomes.append("nothing stored" if counts == (0, 0, 0) else "all stored (killed after the commit)")
    print(f"\nlabels import killed mid-write: {outcomes}")
    result = run_cli(home, "labels", "import", src, timeout=300)
    assert result.rc == 0, result
    assert store_counts(url) == (1, n, n * len(LETTER_CONCERNS))


# -- disk full while a bundle is written --------------------------------------------------------------------
@contextmanager
def small_disk(root: Path, size_kib: int) -> Iterator[Path | None]:
    """A tmpfs of ``size_kib`` KiB mounted at ``root`` (None when this machine cannot mount one)."""
    root.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(root)],
                             capture_output=True, check=False).returncode == 0
    try:
        yield root if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(root)], check=False)


def test_disk_full_while_registering_a_bundle_leaves_the_registry_as_it_was(trained_home, tmp_path, monkeypatch):
    used = sum(p.stat().st_size for p in (trained_home / "models").rglob("*") if p.is_file())
    with small_disk(tmp_path / "disk", used // 1024 + 512) as disk:
        if disk is None:  # last resort: the bundle's compression (not our code) fails as a full disk makes it fail
            import zlib

            def full(*args: object, **kwargs: object) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            disk = tmp_path / "disk"
            monkeypatch.setattr(zlib, "compress", full)
        shutil.copytree(trained_home / "models", disk / "models")
        registry = Registry(disk / "models")
        champion = registry.champion()
        before = tree_snapshot(registry.root)
        bundle, manifest = registry.load_bundle(champion)
        with pytest.raises(OSError) as raised:
            registry.register(f"{champion}-next", bundle, manifest, "a challenger that does not fit\n")
        assert raised.value.errno == errno.ENOSPC
        assert tree_snapshot(registry.root) == before, "the failed registration changed the registry"
        assert not list(registry.root.glob(".staging-*")) and not list(registry.root.glob(".*"))
        # A full disk when the champion pointer moves: refused, pointer and log unchanged, no temp files.
        filler = disk / "filler"
        with filler.open("wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        before = tree_snapshot(registry.root)
        with pytest.raises(OSError):
            registry.promote(champion, reason="on a full disk")
        assert tree_snapshot(registry.root) == before
        assert not list(registry.root.glob(".*")), "a temp file was left beside registry.json"
        # The champion still verifies and serves.
        holder = ModelHolder(Settings(home=disk, _env_file=None))
        assert holder.load() is not None and holder.scorer.version == champion


# -- PostgreSQL restarted mid-import --------------------------------------------------------------------------
def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


class PrivateCluster:
    """A throwaway PostgreSQL cluster on a free loopback port (run as the postgres user when we are root)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="casecheck-pg-"))
        self.data, self.log = self.dir / "data", self.dir / "log"
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.dir, "postgres", "postgres")

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self.as_user, *args], capture_output=True, text=True, timeout=120, check=False,
                              cwd=self.dir)

    def init(self) -> str | None:
        done = self.run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "casecheck",
                        "--no-sync")
        return None if done.returncode == 0 else done.stderr[-500:]

    def pg_ctl(self, action: str) -> subprocess.CompletedProcess[str]:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        return self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options,
                        "-m", "fast", "-w", "-t", "60", action)

    @property
    def url(self) -> str:
        return f"postgresql://casecheck@127.0.0.1:{self.port}/postgres"

    def close(self) -> None:
        self.pg_ctl("stop")
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def pg_cluster() -> Iterator[PrivateCluster]:
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries are not installed (apt-get install postgresql; .ci/run does)")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start a PostgreSQL cluster as another user")
    cluster = PrivateCluster(bindir)
    problem = cluster.init()
    if problem is None and cluster.pg_ctl("start").returncode != 0:
        problem = cluster.log.read_text()[-500:] if cluster.log.exists() else "pg_ctl start failed"
    if problem is not None:
        shutil.rmtree(cluster.dir, ignore_errors=True)
        pytest.skip(f"cannot start a private PostgreSQL cluster: {problem}")
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.mark.slow
def test_postgresql_restarted_mid_import_rolls_back_and_the_retry_succeeds(home, tmp_path, pg_cluster):
    from sqlalchemy import create_engine, text

    from training.store import normalise_url

    n = 300
    src = iqa_csv(tmp_path / "iqa.csv", n, prefix="P")
    url = pg_cluster.url
    assert store_counts(url) == (0, 0, 0)  # migrated
    env = cli_env(home, CASECHECK_DATABASE_URL=url)
    engine = create_engine(normalise_url(url))
    blocker = engine.connect()
    # Readers may go on; the import's INSERT INTO labels waits, inside its transaction, after its batch
    # and documents rows are written.
    blocker.execute(text("LOCK TABLE labels IN EXCLUSIVE MODE"))
    proc = subprocess.Popen(casecheck_argv("labels", "import", src), cwd=home, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        def import_waits_on_labels() -> bool:
            with engine.connect() as conn:
                rows = conn.execute(text("SELECT query FROM pg_stat_activity WHERE wait_event_type = 'Lock'"))
                return any("INSERT INTO labels" in (q or "") for (q,) in rows) or proc.poll() is not None

        wait_for(import_waits_on_labels, 60, "the import to wait inside its transaction", step=0.05)
        assert proc.poll() is None, proc.communicate()
        restarted = pg_cluster.pg_ctl("restart")
        assert restarted.returncode == 0, restarted.stderr
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            kill9(proc)
        blocker.invalidate()
        engine.dispose()
    message = err.decode(errors="replace")
    assert proc.returncode not in (0, None) and "Traceback" not in message, message
    assert "label store" in message and "nothing was imported" in message, message
    assert store_counts(url) == (0, 0, 0), "the interrupted import left rows behind"
    result = run_cli(home, "labels", "import", src, env=env, timeout=120)
    assert result.rc == 0, result
    assert store_counts(url) == (1, n, n * len(LETTER_CONCERNS))

