"""Schemathesis over a running app: send every generated request and record what came back.

Both fuzz tests (``/v1`` in ``tests/hardening/test_schema_fuzz.py``, ``/v2`` in
``tests/test_languagetool_fuzz.py``) use this loop. Hypothesis runs derandomised, so a run is repeatable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from schemathesis import checks
from schemathesis.core.failures import FailureGroup

CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.response_headers_conformance]

Key = tuple[str, str, int]  # method, path, status
Widen = Callable[[schemathesis.APIOperation, schemathesis.GenerationMode, st.SearchStrategy], st.SearchStrategy]


class Fuzz:
    """Sends cases over one session, counts statuses and keeps the first schema violation of each kind."""

    def __init__(self, session: requests.Session,
                 headers: Callable[[str, str], dict[str, str] | None] = lambda method, path: None) -> None:
        self.session = session
        self.headers = headers
        self.statuses: Counter[Key] = Counter()
        self.failures: dict[Key, str] = {}

    def send(self, case: schemathesis.Case) -> None:
        method, path = case.operation.method.upper(), case.operation.path
        response = case.call(session=self.session, headers=self.headers(method, path), timeout=60)
        key = (method, path, response.status_code)
        self.statuses[key] += 1
        try:
            case.validate_response(response, checks=CHECKS)
        except FailureGroup as exc:
            self.failures.setdefault(key, str(exc)[:1500])

    def run(self, operations: Iterable[schemathesis.APIOperation], examples: dict[str, int],
            widen: Widen = lambda op, mode, strategy: strategy) -> None:
        """Positive and negative cases for every operation (``examples`` per method and mode)."""
        for op in operations:
            for mode in schemathesis.GenerationMode:
                strategy = widen(op, mode, op.as_strategy(generation_mode=mode))

                @hsettings(max_examples=examples[op.method.upper()], deadline=None, database=None,
                           derandomize=True, suppress_health_check=list(HealthCheck),
                           phases=[Phase.explicit, Phase.generate])
                @given(case=strategy)
                def fuzz(case: schemathesis.Case) -> None:
                    self.send(case)

                try:
                    fuzz()
                except Exception as exc:  # an operation without inputs has no negative case to generate
                    if type(exc).__name__ != "Unsatisfiable" or mode is schemathesis.GenerationMode.POSITIVE:
                        raise

    @property
    def total(self) -> int:
        return sum(self.statuses.values())

    def by_status(self) -> dict[int, int]:
        return dict(sorted(Counter(status for _, _, status in self.statuses.elements()).items()))

    def assert_clean(self) -> None:
        """No 5xx and no response that breaks the documented schema."""
        server_errors = [k for k in self.statuses if k[2] >= 500]
        assert not server_errors, f"5xx responses: {server_errors}"
        assert not self.failures, "schema violations:\n" + "\n\n".join(f"{k}: {v}" for k, v in self.failures.items())
