"""``python -m service.cli``: the ``casecheck`` command."""

import sys

from service.cli import main

sys.exit(main())
