"""Frozen entry point of the `kam` command line."""

import sys

from kam_desktop.cli import main

sys.exit(main())
