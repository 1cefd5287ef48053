"""Model bundles are verified against the registry before they are unpickled."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from model.errors import BundleIntegrityError, BundleNotFoundError
from model.registry import Registry
from model.scoring import Scorer


@pytest.fixture
def copy_registry(registry: Registry, tmp_path: Path) -> Registry:
    shutil.copytree(registry.root, tmp_path / "models")
    return Registry(tmp_path / "models")


def test_manifest_records_hashes_metrics_and_libraries(registry: Registry):
    manifest = registry.manifest(registry.champion())
    assert set(manifest["files"]) == {"model.joblib", "model_card.md"}
    assert len(manifest["training"]["fingerprint"]) == 64
    assert {"scikit-learn", "spacy", "python"} <= set(manifest["libraries"])
    assert set(manifest["concerns"]) == {
        "weak_case_analysis", "no_case_strategy", "code_test_unreasoned", "disclosure_not_addressed",
        "victim_witness_needs_not_addressed", "missing_reasons", "unexplained_jargon", "lacks_empathy",
        "missing_vrr", "missing_meeting_offer", "template_residue"}


def test_a_version_joblib_wrote_still_loads_and_scores_the_same(copy_registry: Registry):
    """Versions registered before the bundle became a plain zlib pickle (``joblib.dump``, no
    ``objects_format`` in the manifest) load as before; joblib reads the new files too."""
    import joblib

    from model.registry import OBJECTS_FORMAT, sha256_file, write_json_atomic

    version = copy_registry.champion()
    folder = copy_registry.root / version
    manifest = copy_registry.manifest(version)
    assert manifest["objects_format"] == OBJECTS_FORMAT
    letter = "Dear Ms Smith, I have decided to stop the case. Yours sincerely"
    before = Scorer.from_registry(copy_registry).score(letter, "vcl_letter").to_dict()
    objects = joblib.load(folder / "model.joblib")  # joblib reads what the registry writes now
    joblib.dump(objects, folder / "model.joblib", compress=3)  # what the registry wrote before
    del manifest["objects_format"]
    manifest["files"]["model.joblib"] = sha256_file(folder / "model.joblib")
    write_json_atomic(folder / "manifest.json", manifest)
    index = copy_registry.index()
    index["versions"][version]["manifest_sha256"] = sha256_file(folder / "manifest.json")
    write_json_atomic(copy_registry.index_path, index)
    assert Scorer.from_registry(copy_registry).score(letter, "vcl_letter").to_dict() == before


def test_a_tampered_bundle_is_refused_with_a_clear_error(copy_registry: Registry):
    version = copy_registry.champion()
    path = copy_registry.root / version / "model.joblib"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BundleIntegrityError, match=r"model\.joblib does not match the sha256"):
        Scorer.from_registry(copy_registry)


def test_a_tampered_manifest_is_refused(copy_registry: Registry):
    version = copy_registry.champion()
    path = copy_registry.root / version / "manifest.json"
    path.write_text(path.read_text().replace('"format": 1', '"format": 1 '))
    with pytest.raises(BundleIntegrityError, match=r"manifest\.json does not match"):
        copy_registry.load_bundle(version)


def test_unknown_version_names_the_registered_ones(copy_registry: Registry):
    with pytest.raises(BundleNotFoundError, match=re.escape(copy_registry.champion())):
        copy_registry.verify("v-does-not-exist")


def test_promote_and_rollback_are_logged(copy_registry: Registry):
    first = copy_registry.champion()
    bundle, manifest = copy_registry.load_bundle(first)
    copy_registry.register("v-second", bundle, dict(manifest), "card")
    copy_registry.promote("v-second", reason="test")
    assert copy_registry.champion() == "v-second"
    assert copy_registry.rollback("undo") == first
    assert copy_registry.champion() == first
    actions = [(e["action"], e["version"], e["from"]) for e in copy_registry.promotions()]
    assert actions[-2:] == [("promote", "v-second", first), ("rollback", first, "v-second")]


def test_versions_are_immutable(copy_registry: Registry):
    bundle, manifest = copy_registry.load_bundle(copy_registry.champion())
    with pytest.raises(FileExistsError):
        copy_registry.register(copy_registry.champion(), bundle, manifest, "card")


def test_an_abandoned_staging_folder_is_removed_at_the_next_registration(copy_registry: Registry):
    import os
    import time

    stale = copy_registry.root / ".staging-v-killed-abc"
    stale.mkdir()
    (stale / "model.joblib").write_bytes(b"half")
    old = time.time() - 7200
    os.utime(stale, (old, old))
    fresh = copy_registry.root / ".staging-v-running-def"
    fresh.mkdir()
    bundle, manifest = copy_registry.load_bundle(copy_registry.champion())
    copy_registry.register("v-next", bundle, dict(manifest), "card")
    assert not stale.exists() and fresh.exists()
    assert "v-killed-abc" not in " ".join(copy_registry.versions())


def test_training_on_very_little_data_works(tmp_path):
    from tests.conftest import small_corpus
    from training.train import train_and_register

    version = train_and_register(small_corpus(per_type=25), Registry(tmp_path / "models"))
    assert Registry(tmp_path / "models").champion() == version
