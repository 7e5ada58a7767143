"""User settings: one typed place, persisted as JSON, with plain-Python change callbacks.

The file is `paths.config_dir()/settings.json`. Reading it never fails: a missing, unreadable or
corrupt file (or a field of the wrong type) falls back to the defaults, because a settings problem
must never stop the user from reaching their data. Writing is atomic (temporary file, then
`os.replace`), so a crash mid-write leaves the previous file intact.

No Qt here: the UI adapts the callbacks to a Qt signal where it needs one.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kam_desktop import paths

log = logging.getLogger(__name__)

LANGUAGES = ("system", "en", "zh_CN")
SETTINGS_FILE = "settings.json"
# Attention rules (services/attention.py `AttentionRules` has the same defaults; a test keeps
# them equal). Kept as plain values here so that settings need no service import.
ATTENTION_RULES = (
    "visit_overdue", "falling_satisfaction", "detractor_decision_maker", "overdue_receivables",
    "single_threaded", "sales_down", "no_contact",
)
VISIT_KINDS = ("on_site", "phone", "video", "email", "wechat", "event")


@dataclass(frozen=True)
class Settings:
    """Every setting with its default. Frozen: change through `SettingsStore.update`."""

    language: str = "system"  # "system" | "en" | "zh_CN"
    last_db_path: str | None = None
    window_geometry: str | None = None  # base64 of QMainWindow.saveGeometry()
    window_state: str | None = None  # base64 of QMainWindow.saveState()
    last_page: str = "accounts"
    accounts_hidden_columns: list[str] = field(default_factory=list)
    accounts_splitter: str | None = None  # base64 of QSplitter.saveState()
    # Visit cadence per tier label, in days; tiers not listed (and unclassified accounts, unless
    # unclassified_cadence_days is set) have no cadence rule.
    visit_cadence_days: dict[str, int] = field(
        default_factory=lambda: {"S": 30, "A": 60, "B": 90, "C": 180})
    unclassified_cadence_days: int | None = None
    # Which visit kinds count as a visit for the cadence (any kind counts as a contact).
    attention_visit_kinds: list[str] = field(
        default_factory=lambda: ["on_site", "video", "event"])
    attention_nps_drop: int = 2  # points below the respondent's previous answer
    attention_csat_drop: int = 1
    attention_survey_max_age_days: int = 365  # older answers raise no alert
    attention_overdue_amount: float = 10_000.0
    attention_single_threaded_tiers: list[str] = field(default_factory=lambda: ["S", "A"])
    attention_sales_down_percent: float = 20.0
    attention_sales_window_months: int = 12
    attention_no_contact_days: int = 120
    attention_rules_enabled: list[str] = field(default_factory=lambda: list(ATTENTION_RULES))
    # Account plans: page setup for printing (QPageSize id name, e.g. "A4"; None: the PDF's
    # paper) and the last choices of the PDF export (ui/plan_print.py, ui/plans_page.py).
    print_printer: str | None = None  # None: the system's default printer
    print_page_size: str | None = None
    print_orientation: str = "portrait"  # "portrait" | "landscape"
    print_margins_mm: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0, 0.0])  # l t r b
    plan_pdf_language: str | None = None  # "en" | "zh"; None: the app's language
    plan_pdf_paper: str = "a4"  # "a4" | "letter"
    plan_export_folder: str | None = None
    plan_export_merged: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# Validators per field: a stored value that fails is replaced by the default, not an error.
def _optional_str(value: object) -> bool:
    return value is None or isinstance(value, str)


def _whole(low: int, high: int) -> Callable[[object], bool]:
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and low <= v <= high


def _amount(low: float, high: float) -> Callable[[object], bool]:
    return lambda v: (isinstance(v, int | float) and not isinstance(v, bool)
                      and low <= v <= high)


def _labels(v: object) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v)


def _subset(allowed: tuple[str, ...]) -> Callable[[object], bool]:
    return lambda v: isinstance(v, list) and all(x in allowed for x in v)


def _cadence(v: object) -> bool:
    return isinstance(v, dict) and all(
        isinstance(k, str) and k.strip() and _whole(1, 3650)(d) for k, d in v.items())


_VALID: dict[str, Callable[[object], bool]] = {
    "language": lambda v: v in LANGUAGES,
    "last_db_path": _optional_str,
    "window_geometry": _optional_str,
    "window_state": _optional_str,
    "last_page": lambda v: isinstance(v, str) and bool(v),
    "accounts_hidden_columns": lambda v: isinstance(v, list)
    and all(isinstance(x, str) for x in v),
    "accounts_splitter": _optional_str,
    "visit_cadence_days": _cadence,
    "unclassified_cadence_days": lambda v: v is None or _whole(1, 3650)(v),
    "attention_visit_kinds": _subset(VISIT_KINDS),
    "attention_nps_drop": _whole(1, 10),
    "attention_csat_drop": _whole(1, 4),
    "attention_survey_max_age_days": _whole(1, 3650),
    "attention_overdue_amount": _amount(0, 1e15),
    "attention_single_threaded_tiers": _labels,
    "attention_sales_down_percent": _amount(0, 100),
    "attention_sales_window_months": _whole(1, 60),
    "attention_no_contact_days": _whole(1, 3650),
    "attention_rules_enabled": _subset(ATTENTION_RULES),
    "print_printer": _optional_str,
    "print_page_size": _optional_str,
    "print_orientation": lambda v: v in ("portrait", "landscape"),
    "print_margins_mm": lambda v: isinstance(v, list) and len(v) == 4
    and all(_amount(0, 100)(x) for x in v),
    "plan_pdf_language": lambda v: v is None or v in ("en", "zh"),
    "plan_pdf_paper": lambda v: v in ("a4", "letter"),
    "plan_export_folder": _optional_str,
    "plan_export_merged": lambda v: isinstance(v, bool),
}


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def from_dict(data: object) -> Settings:
    """Settings from parsed JSON; unknown keys are ignored, invalid values become defaults."""
    if not isinstance(data, dict):
        return Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in data:
            continue
        value = data[f.name]
        if _VALID[f.name](value):
            values[f.name] = value
        else:
            log.warning("settings: ignoring invalid %s=%r", f.name, value)
    return Settings(**values)


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file; anything wrong with it gives the defaults."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("settings: cannot read %s (%s); using defaults", path, exc)
        return Settings()
    try:
        data = json.loads(text)
    except ValueError as exc:
        log.warning("settings: %s is not valid JSON (%s); using defaults", path, exc)
        return Settings()
    return from_dict(data)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a temporary file in the same folder, then `os.replace`."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(settings.to_dict(), handle, ensure_ascii=False, indent=2, sort_keys=True)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


Listener = Callable[[Settings, frozenset[str]], None]


class SettingsStore:
    """The settings of one settings file, with change listeners.

    `update(language="zh_CN")` validates, saves and then calls every listener with the new
    settings and the names of the fields that changed. A failed save (disk full, read-only
    folder) is logged and the new values still apply for this session.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._settings = load_settings(self.path)
        self._listeners: list[Listener] = []

    @property
    def settings(self) -> Settings:
        return self._settings

    def update(self, **changes: Any) -> Settings:
        for name, value in changes.items():
            if name not in _VALID:
                raise AttributeError(f"no setting named {name!r}")
            if not _VALID[name](value):
                raise ValueError(f"invalid value for setting {name}: {value!r}")
        new = replace(self._settings, **changes)
        changed = frozenset(n for n in changes if getattr(new, n) != getattr(self._settings, n))
        if not changed:
            return self._settings
        self._settings = new
        try:
            save_settings(new, self.path)
        except OSError as exc:
            log.warning("settings: cannot save %s (%s)", self.path, exc)
        for listener in list(self._listeners):
            listener(new, changed)
        return new

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(settings, changed_names)` after each change; returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe


_store: SettingsStore | None = None


def store() -> SettingsStore:
    """The store for the current config folder (re-read when tests redirect `KAM_HOME`)."""
    global _store
    if _store is None or _store.path != settings_path():
        _store = SettingsStore()
    return _store


def current() -> Settings:
    return store().settings
