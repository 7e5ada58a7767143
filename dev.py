#!/usr/bin/env python3
"""Set up and run KAM Desktop from a source checkout. Needs only Python 3.11+.

    python3 dev.py app     set up, then open the app (on the demo portfolio if you have no database)
    python3 dev.py test    set up, then run the whole test suite (extra arguments go to pytest)
    python3 dev.py setup   only set up

Setup creates `.venv/`, installs the package with its `dev` extra (again only when pyproject.toml
changed), and compiles the translations. Everything the tests need is installed here, so CI runs
exactly `python3 dev.py test`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".setup-stamp"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def run(*cmd: object, **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def setup() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 is
        sys.exit(f"KAM Desktop needs Python 3.11 or newer (this is {sys.version.split()[0]}).")
    if not venv_python().exists():
        print(f"Creating the virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    py = venv_python()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        run(py, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(py, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev]")
        STAMP.write_text(wanted)
    run(py, "-c", "from kam_desktop.ui.i18n import build_translations; build_translations()")
    return py


POPPLER_TOOLS = ("pdffonts", "pdftoppm")  # the PDF tests check fonts and render pages


def ensure_poppler() -> None:
    """Install poppler-utils for the PDF tests when they are missing (apt-get on Linux, as root
    or with password-less sudo; Homebrew on macOS). When that is impossible, say so: those
    tests are then skipped with the reason."""
    if all(shutil.which(tool) for tool in POPPLER_TOOLS):
        return
    commands: list[list[str]] = []
    if sys.platform.startswith("linux") and shutil.which("apt-get"):
        root = hasattr(os, "geteuid") and os.geteuid() == 0
        prefix = [] if root else ["sudo", "-n"] if shutil.which("sudo") else None
        if prefix is not None:
            install = [*prefix, "apt-get", "install", "-y", "-q", "poppler-utils"]
            commands = [install, [*prefix, "apt-get", "update", "-q"], install]
    elif sys.platform == "darwin" and shutil.which("brew"):
        commands = [["brew", "install", "poppler"]]
    if commands:
        print("Installing poppler-utils (pdffonts, pdftoppm) for the PDF tests", flush=True)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in commands:  # apt: install; if that fails, update the lists and retry
            print("+", " ".join(command), flush=True)
            subprocess.call(command, env=env, stdin=subprocess.DEVNULL)
            if all(shutil.which(tool) for tool in POPPLER_TOOLS):
                return
    if not all(shutil.which(tool) for tool in POPPLER_TOOLS):
        print("dev.py: poppler-utils (pdffonts, pdftoppm) is not installed and could not be "
              "installed here (needs apt-get as root or password-less sudo, or Homebrew). The "
              "PDF tests that need it will be skipped; install it (Debian/Ubuntu: "
              "`apt-get install poppler-utils`, macOS: `brew install poppler`, Windows: "
              "`conda install poppler`) to run them.", file=sys.stderr, flush=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "app"
    rest = argv[1:]
    if command not in {"app", "test", "setup"}:
        print(__doc__)
        return 2
    py = setup()
    if command == "setup":
        return 0
    if command == "app":
        return subprocess.call([str(py), "-m", "kam_desktop", "gui", "--demo-if-missing", *rest])
    ensure_poppler()
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and os.name != "nt":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = subprocess.call([str(py), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if code == 5:
        print("dev.py: pytest collected no tests; that is a failure.", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
