"""The screenshots module writes real pictures of the windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from kam_desktop import settings
from kam_desktop.storage.database import Database
from kam_desktop.ui import screenshots


def test_screenshots_are_written(sample_db: Database, tmp_path: Path) -> None:
    sample_db.close()
    out = tmp_path / "shots"
    written = screenshots.render_screenshots(out, sample_db.path, "en")
    names = sorted(p.name for p in written)
    pages = ["dashboard", "visits", "surveys", "plans", "settings"]
    tabs = [f"account-{key}" for key in
            ("overview", "contacts", "visits", "surveys", "sales", "plan")]
    forms = ["account-form", "contact-form", "quick-visit", "survey-form"]
    assert names == sorted(f"{name}-en.png" for name in
                           ["about", "first-run", "main", *pages, *tabs, *forms])
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert path.stat().st_size > 5000
    main = QImage(str(out / "main-en.png"))
    assert (main.width(), main.height()) == screenshots.SIZE
    # the user's settings were not touched
    assert not settings.settings_path().exists()
