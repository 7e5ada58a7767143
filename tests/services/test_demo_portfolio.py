"""The first-run demo: generated and classified once with the balanced scorecard."""

from __future__ import annotations

import sqlite3

import pytest

from kam_desktop.errors import KamError
from kam_desktop.services.classification.builtin import BALANCED_SCORECARD
from kam_desktop.services.classification.runs import list_runs
from kam_desktop.services.demo_portfolio import FILL_SHARE, create_demo_portfolio
from kam_desktop.storage.database import Database


def test_the_demo_arrives_classified_with_progress_to_100(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    summary = create_demo_portfolio(db, progress=lambda done, total, _m: seen.append((done, total)))
    with db.unit_of_work() as uow:
        runs = list_runs(uow)
    assert [(r.policy_name, r.account_count > 0) for r in runs] == [(BALANCED_SCORECARD, True)]
    with sqlite3.connect(db.path) as con:
        accounts = con.execute("SELECT COUNT(*) FROM accounts").fetchone()[0]
        tiered = con.execute("SELECT COUNT(DISTINCT account_id), COUNT(DISTINCT computed_tier) "
                             "FROM tier_results WHERE run_id = ?", (runs[0].run_id,)).fetchone()
    assert accounts == summary.accounts == 300
    assert tiered[0] == runs[0].account_count and tiered[1] >= 3  # S/A/B/C spread, not one tier
    done = [d for d, _ in seen]
    assert {t for _, t in seen} == {100} and done == sorted(done) and done[-1] == 100
    assert any(d < 90 for d in done) and any(90 <= d < 100 for d in done)


def test_a_cancel_during_the_classification_stores_no_run(db: Database) -> None:
    """Cancelled once the fill is done: the portfolio stays, unclassified (the first-run
    caller removes the new file)."""
    classifying = {"on": False}

    def progress(done: int, _total: int, _message: str) -> None:
        classifying["on"] = classifying["on"] or done >= FILL_SHARE

    with pytest.raises(KamError, match="Classification cancelled"):
        create_demo_portfolio(db, progress=progress, cancelled=lambda: classifying["on"])
    with db.unit_of_work() as uow:
        assert list_runs(uow) == []
    with sqlite3.connect(db.path) as con:
        assert con.execute("SELECT COUNT(*) FROM accounts").fetchone()[0] == 300
