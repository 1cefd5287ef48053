"""The model the service holds in memory, swapped atomically when the champion changes.

Every scoring request checks ``stale()``: one ``stat`` of ``registry.json`` while the file
is unchanged. When the file changed, ``refresh()`` (in the threadpool, off the event loop)
reads the champion pointer, and if the champion moved it loads (and verifies) the new
version beside the old one and swaps it in with a single assignment. Requests already
running keep the scorer they took; requests arriving during the load keep being served by
the old model.

With several server worker processes each holds its own ``ModelHolder`` and swaps by
itself on its next scoring request: the registry file is the only shared state.
"""

from __future__ import annotations

import logging
import os
import threading

from model import Registry, RuleSet, Scorer
from model.errors import BundleError, RegistryUnreadableError
from service.settings import Settings

log = logging.getLogger("casecheck")

IndexKey = tuple[int, int, int] | None
# Scored once after loading, before the swap, so the first real request does not pay for warm-up.
WARM_UP = ("Dear Ms Smith\n\nI am writing to tell you that I have decided to stop the case. "
           "There is insufficient evidence.\n\nYours sincerely")


class ModelHolder:
    """Holds the active ``Scorer``; ``refresh()`` loads a new champion and swaps it in one step."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.registry = Registry(settings.registry_dir)
        self.rules = RuleSet.load(extra=settings.rules_files, ignore=settings.ignore_terms)
        self._scorer: Scorer | None = None
        self._lock = threading.Lock()
        self._seen: IndexKey | bool = False  # the registry.json stat last acted on (False: never looked)
        self.error: str | None = None
        self.degraded: str | None = None  # why the registry cannot be read while a loaded model serves on
        self.registry_errors = 0
        self.swaps = 0

    @property
    def scorer(self) -> Scorer | None:
        return self._scorer

    def _index_key(self) -> IndexKey:
        try:
            st = os.stat(self.registry.index_path)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_ino, st.st_size)

    def load(self, version: str | None = None) -> Scorer | None:
        """Load ``version`` (default champion). On failure keep serving the current model."""
        with self._lock:
            key = self._index_key()
            try:
                champion = version or self.registry.champion()
            except RegistryUnreadableError as exc:
                self._registry_unreadable(exc, key)
                return self._scorer
            self.degraded = None
            self._load(champion, key)
            return self._scorer

    def _registry_unreadable(self, exc: RegistryUnreadableError, key: IndexKey) -> None:
        """Keep serving the loaded model; say why (``/readyz``), count it (``/metrics``), log it once a change."""
        self._seen = key  # tried again when the file changes, not on every request
        self.registry_errors += 1
        self.degraded = str(exc)
        if self._scorer is None:
            self.error = str(exc)
        log.error("registry unreadable; %s: %s", "serving the loaded model" if self._scorer else "no model", exc)

    def stale(self) -> bool:
        """True when ``registry.json`` changed since it was last acted on (or never was): ``refresh()`` may load."""
        return self._index_key() != self._seen

    def refresh(self) -> Scorer | None:
        """Pick up a new champion if the registry's pointer moved (cheap when it did not)."""
        if self._index_key() == self._seen:
            return self._scorer
        if not self._lock.acquire(blocking=False):
            return self._scorer  # another request is loading the new champion; keep serving
        try:
            key = self._index_key()
            try:
                champion = self.registry.champion() if key is not None else None
            except RegistryUnreadableError as exc:
                self._registry_unreadable(exc, key)
                return self._scorer
            self.degraded = None
            if champion and (self._scorer is None or self._scorer.version != champion):
                self._load(champion, key)
            self._seen = key
        finally:
            self._lock.release()
        return self._scorer

    def _load(self, version: str | None, key: IndexKey) -> None:
        """Load and swap; the caller holds the lock."""
        self._seen = key
        try:
            scorer = Scorer.from_registry(self.registry, version, rules=self.rules,
                                          max_chars=self.settings.max_text_chars)
            scorer.score(WARM_UP)
        except BundleError as exc:
            self.error = str(exc)
            log.error("model not loaded: %s", exc)
            return
        self._scorer, self.error = scorer, None  # the swap: one assignment
        self.swaps += 1
        log.info("model loaded version=%s", scorer.version)
