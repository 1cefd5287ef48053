"""Helper processes that do not outlive the process that started them.

``exit_with_parent`` is the initializer of every loky helper casecheck starts (batch scoring,
training): a daemon thread checks once a second that the parent is still the one that started the
helper, and ends the helper when it is not (the parent was killed: ``kill -9``, out of memory).
"""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 1.0
_watching: set[int] = set()


def exit_with_parent(parent: int) -> None:
    """Exit this process soon after process ``parent`` is gone (idempotent; for pool initializers)."""
    if parent in _watching or os.getpid() == parent:
        return
    _watching.add(parent)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL_SECONDS)
        os._exit(1)  # the parent is gone: nobody will read what this helper computes

    threading.Thread(target=watch, name="casecheck-exit-with-parent", daemon=True).start()
