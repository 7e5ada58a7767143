"""`python -m kam_desktop` is the `kam` command line; `python -m kam_desktop gui` opens the app."""

import sys

from kam_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
