"""Errors of the scoring library. None of them knows about HTTP or the command line.

    ModelError
    ├── BundleError                 a model bundle cannot be used
    │   ├── BundleNotFoundError     no such version, or no model registered
    │   ├── BundleIntegrityError    files do not match the registry's sha256
    │   └── RegistryUnreadableError registry.json cannot be read (truncated, not JSON): repairable
    ├── InvalidTextError            (also ValueError) empty or oversize text
    ├── UnknownDocTypeError         (also ValueError) a doc type outside the schema
    └── CaseDataError               (also ValueError) a case-data value that cannot be used
"""

from __future__ import annotations


class ModelError(Exception):
    """Base class of casecheck's library errors."""


class BundleError(ModelError):
    """A model bundle cannot be used."""


class BundleNotFoundError(BundleError):
    """No bundle at that version, or none registered."""


class BundleIntegrityError(BundleError):
    """A bundle's files do not match the sha256 recorded for them: refused."""


class RegistryUnreadableError(BundleError):
    """``registry.json`` cannot be read; the message names it and how to restore it."""


class InvalidTextError(ModelError, ValueError):
    """The text cannot be scored (empty, whitespace only, or too long)."""


class UnknownDocTypeError(ModelError, ValueError):
    """A doc type that is not in the schema."""


class CaseDataError(ModelError, ValueError):
    """A case-data value is not usable; the message names the field."""
