"""The suite's own schedule and speed settings: the files it runs first exist (a renamed file would silently
lose its place), and the numerical libraries run one thread each (tests/conftest.py sets that before numpy
loads; set after, it would do nothing and the suite would be several times slower on two cores)."""

import os

from tests.conftest import HEAVY_FILES_FIRST, NUMERIC_THREADS, ROOT


def test_every_heavy_file_named_first_exists():
    assert [name for name in HEAVY_FILES_FIRST if not (ROOT / name).is_file()] == []


def test_the_numerical_libraries_run_one_thread_here_and_in_the_commands_tests_start():
    from threadpoolctl import threadpool_info

    import model  # noqa: F401 (loads numpy, scipy and scikit-learn with their thread pools)

    pools = threadpool_info()
    assert {pool["user_api"] for pool in pools} >= {"blas", "openmp"}
    assert [(pool["prefix"], pool["num_threads"]) for pool in pools if pool["num_threads"] != 1] == []
    assert all(os.environ[name] == "1" for name in NUMERIC_THREADS)
