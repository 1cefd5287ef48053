"""The suite's own schedule: the files it runs first exist (a renamed file would silently lose its place)."""

from tests.conftest import HEAVY_FILES_FIRST, ROOT


def test_every_heavy_file_named_first_exists():
    assert [name for name in HEAVY_FILES_FIRST if not (ROOT / name).is_file()] == []
