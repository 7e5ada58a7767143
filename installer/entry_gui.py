"""Frozen entry point of the `kam-desktop` app."""

import sys

from kam_desktop.ui.app import main

sys.exit(main())
