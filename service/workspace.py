"""Private job folders for uploaded drafts: ``<home>/private/<kind>/<job id>/``, mode 0700.

An uploaded file of drafts and everything made from it (the scored file, the report, the sample)
live in one folder per job and nowhere else. A job folder is removed when its owner discards it,
when it is older than ``CASECHECK_UPLOAD_TTL_SECONDS`` (swept whenever a job page is used), and at
start (``sweep_all``, from the app's lifespan: a job cannot outlive the process that ran it, and a
crash leaves nothing behind for long). Job ids are 128-bit random tokens; the state of a job is a
small JSON file that any server worker process can read, so progress polls may land anywhere.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from model.registry import process_alive, write_json_atomic

JOB_ID = re.compile(r"[A-Za-z0-9_-]{22}")
STATE_FILE = "job.json"


def private_root(home: Path, kind: str) -> Path:
    """``<home>/private/<kind>``, created 0700 (and made 0700 if it existed looser)."""
    root = home / "private" / kind
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    for folder in (home / "private", root):
        os.chmod(folder, 0o700)
    return root


@dataclass(frozen=True)
class Workspace:
    """The job folders of one kind (``dip-sample``, ``labels``) under a home, with their time to live."""

    home: Path
    kind: str
    ttl_seconds: float

    @property
    def root(self) -> Path:
        return private_root(self.home, self.kind)

    def create(self, state: dict[str, Any]) -> Job:
        job_id = secrets.token_urlsafe(16)
        folder = self.root / job_id
        folder.mkdir(mode=0o700)
        job = Job(job_id, folder)
        job.save({"created": time.time(), "pid": os.getpid(), **state})
        return job

    def get(self, job_id: str) -> Job | None:
        """The job, or None when the id is malformed, unknown, discarded or expired."""
        if not JOB_ID.fullmatch(job_id):
            return None
        self.sweep()
        folder = self.root / job_id
        return Job(job_id, folder) if (folder / STATE_FILE).is_file() else None

    def sweep(self, now: float | None = None) -> list[str]:
        """Remove job folders older than the time to live (and half-made ones); return their ids."""
        now = time.time() if now is None else now
        removed = []
        for folder in self.root.iterdir():
            created = Job(folder.name, folder).raw().get("created")
            try:
                age = now - (float(created) if created is not None else folder.stat().st_mtime)
            except (OSError, ValueError, TypeError):
                continue
            if age > self.ttl_seconds:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder.name)
        return removed


def sweep_at_start(home: Path, ttl_seconds: float) -> None:
    """At start: remove expired job folders and those whose server process is gone (a crash, a restart)."""
    base = home / "private"
    if not base.is_dir():
        return
    for kind in [k for k in base.iterdir() if k.is_dir()]:
        Workspace(home, kind.name, ttl_seconds).sweep()
        for folder in kind.iterdir():
            pid = Job(folder.name, folder).raw().get("pid")
            if not (isinstance(pid, int) and process_alive(pid)):
                shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class Job:
    id: str
    folder: Path

    def path(self, name: str) -> Path:
        return self.folder / name

    def raw(self) -> dict[str, Any]:
        try:
            return json.loads(self.path(STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"status": "gone"}

    def state(self) -> dict[str, Any]:
        """The saved state; a running job whose process is gone is reported failed."""
        state = self.raw()
        if state.get("status") == "running" and not process_alive(int(state.get("pid", 0))):
            state.update(status="failed", error="the server process running this job stopped before it finished")
        return state

    def save(self, state: dict[str, Any]) -> None:
        write_json_atomic(self.path(STATE_FILE), state)

    def update(self, **changes: Any) -> dict[str, Any]:
        state = {**self.state(), **changes}
        self.save(state)
        return state

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
