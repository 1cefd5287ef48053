"""Registry: versioned model bundles under ``<home>/models`` with a champion pointer.

Input: a ``Bundle`` and its manifest (from ``training``). Output: immutable version
directories, ``registry.json`` (each version's manifest sha256, the champion) and a
promotion log. Loading verifies every file against the sha256 recorded at registration,
because the bundle file is a pickle: a file we did not write is never unpickled.

The bundle (``model.joblib``) is a zlib-compressed standard pickle, written and read by the C pickler:
joblib's pure-Python one took 1.4-1.7 s to write and 0.65-0.75 s to read the default model (tens of
thousands of small vocabulary objects), the C one 0.7-0.9 s and 0.1-0.2 s. ``joblib.load`` reads these files
too; a version registered before (its manifest has no ``objects_format``) is read with ``joblib.load``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import pickle
import shutil
import tempfile
import time
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import joblib

from model.bundle import Bundle
from model.errors import BundleIntegrityError, BundleNotFoundError, RegistryUnreadableError
from model.files import JsonlError, parse_jsonl_line, process_alive, write_json_atomic

__all__ = ["Registry", "now_iso", "process_alive", "sha256_file", "write_json_atomic"]

OBJECTS_FILE = "model.joblib"
OBJECTS_FORMAT = "pickle5+zlib"  # the manifest's ``objects_format``: how OBJECTS_FILE was written
MANIFEST_FILE = "manifest.json"
CARD_FILE = "model_card.md"
STALE_STAGING_SECONDS = 3600.0  # a registration takes seconds; an older staging folder was abandoned


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _dump_objects(objects: Any, path: Path) -> None:
    """Write ``objects`` to ``path`` as OBJECTS_FORMAT."""
    path.write_bytes(zlib.compress(pickle.dumps(objects, protocol=5), 3))


def _load_objects(path: Path, objects_format: str | None) -> Any:
    """What ``path`` holds: OBJECTS_FORMAT, or (no format recorded) a file ``joblib.dump`` wrote."""
    if objects_format == OBJECTS_FORMAT:
        return pickle.loads(zlib.decompress(path.read_bytes()))
    return joblib.load(path)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class Registry:
    """The model registry in ``root`` (``<CASECHECK_HOME>/models``)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def index_path(self) -> Path:
        return self.root / "registry.json"

    def index(self) -> dict[str, Any]:
        """``registry.json``; ``RegistryUnreadableError`` (naming the file and the repair) when it is damaged."""
        try:
            index = json.loads(self.index_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"versions": {}, "champion": None, "previous": []}
        except (OSError, ValueError) as exc:
            raise self._unreadable(getattr(exc, "strerror", None) or type(exc).__name__) from None
        if not (isinstance(index, dict) and isinstance(index.get("versions"), dict) and "champion" in index):
            raise self._unreadable("not a registry index")
        return index

    def _unreadable(self, why: str) -> RegistryUnreadableError:
        return RegistryUnreadableError(
            f"{self.index_path} is unreadable ({why}); restore it from a backup, or rebuild it from the version "
            "folders and promotions.jsonl with `casecheck models repair`")

    def repair(self) -> dict[str, Any]:
        """Rebuild ``registry.json`` from the version folders and the promotion log; return the new index.

        A version is listed when its files match its manifest; the champion and the rollback history are
        those the promotion log's last entries give (a champion whose folder no longer verifies is
        dropped). The damaged file is kept beside it as ``registry.json.damaged-<time>``.
        """
        versions: dict[str, Any] = {}
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(".")):
            manifest_path = folder / MANIFEST_FILE
            try:
                manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
                intact = all(sha256_file(folder / n) == h for n, h in manifest["files"].items())
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                continue
            if intact:
                versions[folder.name] = {"manifest_sha256": sha256_file(manifest_path),
                                         "created_at": manifest.get("created_at")}
        champion, previous = replay(self.promotions(), versions)
        index = {"versions": versions, "champion": champion, "previous": previous}
        if self.index_path.exists():
            os.replace(self.index_path, self.index_path.with_name(f"registry.json.damaged-{int(time.time())}"))
        write_json_atomic(self.index_path, index)
        return index

    def versions(self) -> list[str]:
        return sorted(self.index()["versions"])

    def champion(self) -> str | None:
        champion: str | None = self.index()["champion"]
        return champion

    def manifest(self, version: str) -> dict[str, Any]:
        self._entry(version)
        manifest: dict[str, Any] = json.loads((self.root / version / MANIFEST_FILE).read_text(encoding="utf-8"))
        return manifest

    def _entry(self, version: str) -> dict[str, Any]:
        entry: dict[str, Any] | None = self.index()["versions"].get(version)
        if entry is None:
            known = ", ".join(self.versions()) or "none"
            raise BundleNotFoundError(f"no model version {version!r} in {self.root} (registered: {known})")
        return entry

    def register(self, version: str, bundle: Bundle, manifest: dict[str, Any], card: str) -> Path:
        """Write a new immutable version; it is registered only once fully on disk."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.remove_stale_staging()
        final = self.root / version
        if final.exists() or version in self.index()["versions"]:
            raise FileExistsError(f"model version {version} already exists")
        staging = Path(tempfile.mkdtemp(dir=self.root, prefix=f".staging-{os.getpid()}-{version}-"))
        try:
            _dump_objects(bundle.as_objects(), staging / OBJECTS_FILE)
            (staging / CARD_FILE).write_text(card, encoding="utf-8")
            manifest = dict(manifest, version=version, objects_format=OBJECTS_FORMAT, files={
                name: sha256_file(staging / name) for name in (OBJECTS_FILE, CARD_FILE)
            })
            write_json_atomic(staging / MANIFEST_FILE, manifest)
            os.rename(staging, final)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        index = self.index()
        index["versions"][version] = {
            "manifest_sha256": sha256_file(final / MANIFEST_FILE),
            "created_at": manifest.get("created_at"),
        }
        write_json_atomic(self.index_path, index)
        return final

    def remove_stale_staging(self, older_than: float = STALE_STAGING_SECONDS) -> list[Path]:
        """Delete staging folders a killed registration left behind (never registered, never loaded).

        A folder named with the id of a process that is gone goes at once; one without (older
        casecheck) or of a live process only when older than ``older_than`` seconds.
        """
        removed = []
        cutoff = time.time() - older_than
        for path in self.root.glob(".staging-*"):
            pid = path.name.split("-")[1]
            gone = pid.isdigit() and not process_alive(int(pid))
            if path.is_dir() and (gone or path.stat().st_mtime < cutoff):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
        return removed

    def verify(self, version: str) -> dict[str, Any]:
        """Check every file of ``version`` against the registry; return its manifest."""
        entry = self._entry(version)
        folder = self.root / version
        manifest_path = folder / MANIFEST_FILE
        if not manifest_path.exists() or sha256_file(manifest_path) != entry["manifest_sha256"]:
            raise BundleIntegrityError(
                f"model {version}: manifest.json does not match the sha256 in {self.index_path}; "
                "refusing to load it. Retrain or promote another version."
            )
        manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
        for name, expected in manifest["files"].items():
            path = folder / name
            if not path.exists() or sha256_file(path) != expected:
                raise BundleIntegrityError(
                    f"model {version}: {name} does not match the sha256 in its manifest; "
                    "refusing to load it (joblib files are code). Retrain or promote another version."
                )
        return manifest

    def load_bundle(self, version: str) -> tuple[Bundle, dict[str, Any]]:
        """Verify, then unpickle, the bundle of ``version``; with its manifest."""
        manifest = self.verify(version)
        objects = _load_objects(self.root / version / OBJECTS_FILE, manifest.get("objects_format"))
        return Bundle.from_objects(objects), manifest

    def promote(self, version: str, reason: str, who: str | None = None) -> None:
        """Make ``version`` the champion (after verifying it) and log the promotion."""
        self.verify(version)
        index = self.index()
        previous = index["champion"]
        if previous and previous != version:
            index["previous"] = [*index.get("previous", []), previous]
        index["champion"] = version
        write_json_atomic(self.index_path, index)
        self._log({"action": "promote", "version": version, "from": previous, "reason": reason,
                   "who": who or _whoami(), "at": now_iso()})

    def rollback(self, reason: str = "rollback", who: str | None = None) -> str:
        """Return to the champion before the current one."""
        index = self.index()
        history = list(index.get("previous", []))
        if not history:
            raise BundleNotFoundError("no earlier champion to roll back to")
        target: str = history.pop()
        self.verify(target)
        current = index["champion"]
        index.update(champion=target, previous=history)
        write_json_atomic(self.index_path, index)
        self._log({"action": "rollback", "version": target, "from": current, "reason": reason,
                   "who": who or _whoami(), "at": now_iso()})
        return target

    def promotions(self) -> list[dict[str, Any]]:
        """The promotion log, oldest first (a line cut short by a crash is skipped)."""
        path = self.root / "promotions.jsonl"
        if not path.exists():
            return []
        events = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                events.append(parse_jsonl_line(line, 0))
            except JsonlError:
                continue
        return events

    def _log(self, event: dict[str, Any]) -> None:
        with (self.root / "promotions.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(event, sort_keys=True) + "\n")
            fh.flush()
            os.fsync(fh.fileno())


def replay(events: Iterable[dict[str, Any]], versions: Iterable[str]) -> tuple[str | None, list[str]]:
    """The champion and the rollback history that a promotion log leaves, among ``versions``."""
    known = set(versions)
    champion: str | None = None
    previous: list[str] = []
    for event in events:
        target = event.get("version")
        if event.get("action") == "promote" and target in known:
            if champion and champion != target:
                previous.append(champion)
            champion = target
        elif event.get("action") == "rollback" and target in known:
            while previous and previous[-1] != target:
                previous.pop()
            if previous:
                previous.pop()
            champion = target
    return champion, [v for v in previous if v in known]


def _whoami() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
