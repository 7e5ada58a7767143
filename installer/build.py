#!/usr/bin/env python3
"""Build the frozen app with PyInstaller, then smoke-test it before anyone packages it.

    python installer/build.py            build into dist/KAM Desktop/ and smoke-test it

The build runs in its own virtual environment (build/venv) so that the frozen program holds only
the app's own dependencies. The smoke test runs the *frozen* `kam` on a fresh database: version,
demo portfolio, accounts list, db check, backup — every one must exit 0 with the expected output.
Making a Windows installer (Inno Setup / NSIS) from the folder is the next step on Windows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
BUILD_VENV = BUILD / "venv"


def _python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return BUILD_VENV / sub


def _run(*cmd: object, **kw) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], check=True, text=True, **kw)


def build() -> Path:
    if not _python().exists():
        venv.EnvBuilder(with_pip=True).create(BUILD_VENV)
    _run(_python(), "-m", "pip", "install", "--quiet", str(ROOT), "pyinstaller>=6")
    _run(_python(), "-c", "from kam_desktop.ui.i18n import build_translations; "
         "build_translations()", cwd=ROOT)
    _run(_python(), "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", DIST, "--workpath", BUILD / "pyinstaller",
         ROOT / "installer" / "kam_desktop.spec")
    return DIST / "KAM Desktop"


def smoke_test(folder: Path) -> None:
    kam = folder / ("kam.exe" if os.name == "nt" else "kam")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "smoke.db"
        env = dict(os.environ, KAM_HOME=tmp, QT_QPA_PLATFORM="offscreen")

        def kam_ok(*args: str) -> str:
            return _run(kam, "--db", db, *args, capture_output=True, env=env).stdout

        assert "KAM Desktop" in _run(kam, "--version", capture_output=True).stdout
        kam_ok("demo", "--accounts", "25")
        accounts = json.loads(kam_ok("accounts", "list", "--json"))
        assert len(accounts) == 25, len(accounts)
        assert "integrity: ok" in kam_ok("db", "check")
        assert "Backed up" in kam_ok("backup")
    print(f"Smoke test passed: {folder}")


if __name__ == "__main__":
    smoke_test(build())
    sys.exit(0)
