"""Every path the application uses, in one place.

Tests redirect everything by setting `KAM_HOME` (or calling `set_home`), so nothing a test does
touches the real user folders.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "KAM Desktop"
APP_AUTHOR = "KAM"

_home_override: Path | None = None


def set_home(path: Path | None) -> None:
    """Redirect the data and config folders (used by tests and portable installs)."""
    global _home_override
    _home_override = Path(path) if path is not None else None


def _home() -> Path | None:
    if _home_override is not None:
        return _home_override
    env = os.environ.get("KAM_HOME")
    return Path(env) if env else None


def data_dir() -> Path:
    """The folder that holds the default database and its backups."""
    home = _home()
    if home is not None:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """The folder that holds the settings file."""
    home = _home()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "kam.db"


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """`--db` wins, then the `KAM_DB` environment variable, then the user's data folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("KAM_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database they protect: `<name>.backups/`.

    Keeping them next to the file (not in one global folder) means two databases never rotate
    each other's backups away, and a user who moves the database folder moves its history too.
    """
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".backups")


def resources_dir() -> Path:
    """The top-level `resources/` folder (fonts, icons, translations)."""
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "i18n"
