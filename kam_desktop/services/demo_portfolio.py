"""The demo portfolio a new user starts on: generated, then classified once.

`generate_demo` only writes data (benchmarks build 100,000-account demos with it); a person
opening the app on the demo should see tiers and their explanations straight away, so the
first-run demo also applies the built-in balanced scorecard, stored as an ordinary run.
"""

from __future__ import annotations

from collections.abc import Callable

from kam_desktop.services.classification.builtin import BALANCED_SCORECARD
from kam_desktop.services.classification.runs import classify
from kam_desktop.services.demo import DemoSummary, Progress, generate_demo
from kam_desktop.storage.database import Database

FILL_SHARE = 90  # of 100 progress steps: filling; the rest is the classification


def create_demo_portfolio(db: Database, *, progress: Progress | None = None,
                          cancelled: Callable[[], bool] | None = None) -> DemoSummary:
    """Fill `db` with the demo portfolio and classify it with the balanced scorecard.

    Progress runs 0–100 over both steps. A cancel during the fill writes nothing; a cancel
    during the classification leaves the filled, unclassified portfolio (the caller of a
    first run removes the new file either way).
    """
    def scaled(lo: int, span: int) -> Progress | None:
        if progress is None:
            return None

        def report(done: int, total: int, message: str) -> None:
            progress(lo + (span * done // total if total else 0), 100, message)
        return report

    summary = generate_demo(db, progress=scaled(0, FILL_SHARE), cancelled=cancelled)
    classify(db, BALANCED_SCORECARD, progress=scaled(FILL_SHARE, 100 - FILL_SHARE),
             cancelled=cancelled)
    if progress is not None:
        progress(100, 100, "")
    return summary
