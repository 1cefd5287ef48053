"""Prometheus metrics of one app, in its own ``CollectorRegistry``.

Labels are fixed vocabularies only: route templates (never raw paths), HTTP methods,
status codes, doc type, concern and case-check ids from the schema, and model versions.
No label ever carries submitted text.

With several server worker processes (``casecheck serve`` sets ``PROMETHEUS_MULTIPROC_DIR``),
the counters and histograms are written to files there and ``/metrics`` sums every worker's;
the model gauges are those of the worker that answers the scrape.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from service.state import ModelHolder

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
UNMATCHED = "unmatched"
MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"  # set by casecheck serve with several workers


class ModelCollector(Collector):
    """The served model, read at scrape time so a swap shows up at once."""

    def __init__(self, holder: ModelHolder) -> None:
        self.holder = holder

    def collect(self) -> Iterator[Metric]:
        scorer = self.holder.scorer
        info = GaugeMetricFamily("casecheck_model_info", "The model version being served (value 1).",
                                 labels=["version"])
        if scorer is not None:
            info.add_metric([scorer.version], 1.0)
        yield info
        yield GaugeMetricFamily("casecheck_model_loaded", "1 when a model is loaded and serving.",
                                value=float(scorer is not None))
        yield GaugeMetricFamily("casecheck_model_swaps", "Models swapped in since start (the first load counts).",
                                value=float(self.holder.swaps))
        yield GaugeMetricFamily("casecheck_degraded", "1 while the registry cannot be read (the loaded model "
                                "serves on; /readyz says why).", value=float(self.holder.degraded is not None))
        yield CounterMetricFamily("casecheck_registry_errors", "Times registry.json could not be read.",
                                  value=float(self.holder.registry_errors))


class ServiceMetrics:
    """Counters and histograms of the service; ``render()`` is the ``/metrics`` body."""

    def __init__(self, holder: ModelHolder) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("casecheck_http_requests", "HTTP requests by route template, method and status.",
                                ["route", "method", "status"], registry=r)
        self.latency = Histogram("casecheck_http_request_duration_seconds",
                                 "Time to answer an HTTP request, by route template.", ["route", "method"],
                                 buckets=LATENCY_BUCKETS, registry=r)
        self.documents = Counter("casecheck_documents_scored", "Drafts scored, by doc type and channel.",
                                 ["doc_type", "channel"], registry=r)
        self.flags = Counter("casecheck_flags", "Concerns flagged, by concern id.", ["concern"], registry=r)
        self.case_checks = Counter("casecheck_case_checks_failed", "Case-data checks that failed, by check id.",
                                   ["check"], registry=r)
        self.document_errors = Counter("casecheck_document_errors", "Batch documents refused, by channel.",
                                       ["channel"], registry=r)
        self.model_collector = ModelCollector(holder)
        r.register(self.model_collector)
        # (route, method, status) -> the counter and histogram children: ``labels()`` once per label set.
        self._request_children: dict[tuple[str | None, str, int], tuple[Any, Any]] = {}

    def observe_request(self, route: str | None, method: str, status: int, seconds: float) -> None:
        key = (route, method, status)
        children = self._request_children.get(key)
        if children is None:
            route_label = route or UNMATCHED
            method_label = method if method in METHODS else "OTHER"
            children = (self.requests.labels(route_label, method_label, str(status)),
                        self.latency.labels(route_label, method_label))
            if method in METHODS:  # an arbitrary method token is not cached (it would grow the dict)
                self._request_children[key] = children
        children[0].inc()
        children[1].observe(seconds)

    def observe_results(self, results: Iterable[dict[str, Any]], channel: str) -> None:
        """Count scored drafts (result dicts of ``Result.to_dict``) and what they flagged."""
        for result in results:
            self.documents.labels(result["doc_type"], channel).inc()
            for concern in result["flags"]:
                self.flags.labels(concern).inc()
            for check in result.get("case_checks", []):
                self.case_checks.labels(check["check"]).inc()

    def observe_errors(self, n: int, channel: str) -> None:
        if n:
            self.document_errors.labels(channel).inc(n)

    def render(self) -> tuple[bytes, str]:
        if not os.environ.get(MULTIPROCESS_DIR):
            return generate_latest(self.registry), CONTENT_TYPE_LATEST
        from prometheus_client.multiprocess import MultiProcessCollector

        registry = CollectorRegistry()
        MultiProcessCollector(registry)  # every worker's counters and histograms, summed
        registry.register(self.model_collector)
        return generate_latest(registry), CONTENT_TYPE_LATEST
