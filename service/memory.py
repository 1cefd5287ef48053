"""Keep a long-running server's resident memory flat: fewer malloc arenas, freed memory given back.

glibc's malloc gives each thread that allocates under contention an arena of its own (up to 8 per
core) and keeps the pages a request freed for later. Under a mixed load, requests that parse a
large upload in the threadpool (the 50,001-row file that ``/v1/batch/file`` refuses, a dip-sample
file) leave their peak behind in several arenas, so RSS steps up with each new high-water mark
(``docs/benchmarks.md``, "Load and soak"). ``limit_arenas`` caps the arenas; ``release`` returns
free pages to the system after such a request. Both do nothing where malloc is not glibc's.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import Any

M_ARENA_MAX = -8  # mallopt parameter (glibc malloc.h)
ARENAS = 2  # per process: the event loop's thread and one for the threadpool to share


@functools.cache
def _libc() -> Any | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        return libc if libc is not None and hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None
    except OSError:
        return None


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap malloc's arenas for this process and the processes it forks (as ``MALLOC_ARENA_MAX``)."""
    libc = _libc()
    return bool(libc and libc.mallopt(M_ARENA_MAX, arenas))


def release() -> bool:
    """Give free heap pages back to the system (``malloc_trim``), in every arena; True if any were."""
    libc = _libc()
    return bool(libc and libc.malloc_trim(0))
