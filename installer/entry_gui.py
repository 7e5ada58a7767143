"""Frozen entry point of the `kam-desktop` app."""

import sys

from kam_desktop.services.importing.sandbox import child_main_if_requested

# A frozen app is its own import sandbox: `<exe> --kam-import-child` reads one file and exits.
child_main_if_requested()

from kam_desktop.ui.app import main  # noqa: E402 - after the child check: a child never loads Qt

sys.exit(main())
