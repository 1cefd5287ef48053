"""The model the service holds in memory, swapped atomically when the champion changes."""

from __future__ import annotations

import logging
import threading

from model.errors import BundleError
from model.registry import Registry
from model.rules import RuleSet
from model.scoring import Scorer
from service.settings import Settings

log = logging.getLogger("casecheck")


class ModelHolder:
    """Holds the active ``Scorer``; ``refresh()`` loads a new champion and swaps it in one step."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.registry = Registry(settings.registry_dir)
        self.rules = RuleSet.load(extra=settings.rules_files, ignore=settings.ignore_terms)
        self._scorer: Scorer | None = None
        self._lock = threading.Lock()
        self.error: str | None = None

    @property
    def scorer(self) -> Scorer | None:
        return self._scorer

    def load(self, version: str | None = None) -> Scorer | None:
        """Load ``version`` (default champion). On failure keep serving the current model."""
        with self._lock:
            try:
                scorer = Scorer.from_registry(self.registry, version, rules=self.rules,
                                              max_chars=self.settings.max_text_chars)
            except BundleError as exc:
                self.error = str(exc)
                log.error("model not loaded: %s", exc)
                return self._scorer
            self._scorer, self.error = scorer, None
            log.info("model loaded version=%s", scorer.version)
            return scorer

    def refresh(self) -> Scorer | None:
        """Pick up a new champion if the registry's pointer moved."""
        champion = self.registry.champion()
        if champion and (self._scorer is None or self._scorer.version != champion):
            return self.load(champion)
        return self._scorer
