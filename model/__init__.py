"""casecheck's scoring library: text in, scored and highlighted concerns out. No web, no database.

The names below are the public API, what ``service``, ``training`` and other callers may rely on.
The submodules hold the parts behind it; ``tests/model/test_public_api.py`` keeps this list deliberate.

    >>> from model import Registry, Scorer
    >>> scorer = Scorer.from_registry(Registry("var/models"))  # doctest: +SKIP
    >>> scorer.score("Dear Ms Smith, ...", doc_type="vcl_letter").flags  # doctest: +SKIP
"""

from model.bundle import Bundle, ConcernGroup
from model.casedata import DECISION_TYPES, OFFENCE_CATEGORIES, CaseData
from model.errors import (
    BundleError,
    BundleIntegrityError,
    BundleNotFoundError,
    CaseDataError,
    InvalidTextError,
    ModelError,
    UnknownDocTypeError,
)
from model.items import Item
from model.registry import Registry
from model.rules import RuleHit, RuleSet
from model.schema import ConcernInfo, Schema, default_schema, load_schema
from model.scoring import DEFAULT_MAX_CHARS, Result, Scorer, check_text

__all__ = [
    "DECISION_TYPES",
    "DEFAULT_MAX_CHARS",
    "OFFENCE_CATEGORIES",
    "Bundle",
    "BundleError",
    "BundleIntegrityError",
    "BundleNotFoundError",
    "CaseData",
    "CaseDataError",
    "ConcernGroup",
    "ConcernInfo",
    "InvalidTextError",
    "Item",
    "ModelError",
    "Registry",
    "Result",
    "RuleHit",
    "RuleSet",
    "Schema",
    "Scorer",
    "UnknownDocTypeError",
    "check_text",
    "default_schema",
    "load_schema",
]
