"""Frozen entry point of the `kam` command line."""

import sys

from kam_desktop.services.importing.sandbox import child_main_if_requested

# A frozen app is its own import sandbox: `<exe> --kam-import-child` reads one file and exits.
child_main_if_requested()

from kam_desktop.cli import main  # noqa: E402 - after the child check, on purpose

sys.exit(main())
