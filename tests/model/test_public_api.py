"""``model``'s public API is deliberate: ``__all__`` lists exactly what the package exports, nothing more."""

from __future__ import annotations

import types

import model

PUBLIC_API = {
    # scoring
    "Scorer", "Result", "Item", "RuleHit", "check_text", "DEFAULT_MAX_CHARS",
    # what a deployment configures or ships
    "Registry", "Bundle", "ConcernGroup", "RuleSet", "Schema", "ConcernInfo", "default_schema", "load_schema",
    # case data
    "CaseData", "DECISION_TYPES", "OFFENCE_CATEGORIES",
    # errors
    "ModelError", "BundleError", "BundleNotFoundError", "BundleIntegrityError", "InvalidTextError",
    "UnknownDocTypeError", "CaseDataError",
}


def test_all_lists_every_public_name_of_the_package_and_only_those():
    exported = {name for name, value in vars(model).items()
                if not name.startswith("_") and not isinstance(value, types.ModuleType)}
    assert set(model.__all__) == exported
    assert len(model.__all__) == len(set(model.__all__))


def test_the_public_api_changes_only_on_purpose():
    """Adding or removing a name is an API change: edit PUBLIC_API here in the same commit."""
    assert set(model.__all__) == PUBLIC_API


def test_every_exported_name_is_defined_inside_model():
    for name in model.__all__:
        value = getattr(model, name)
        home = getattr(value, "__module__", None)
        assert home is None or home.startswith("model."), (name, home)
