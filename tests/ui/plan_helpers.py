"""Shared by the plan printing and Plans page tests: a classified demo portfolio with plans."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdf

from kam_desktop.services.classification import classify
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.plan_editing import ActionItem, Objective, PlanData, create_plan
from kam_desktop.services.plan_lookup import plan_status_table
from kam_desktop.storage.database import Database

PERIOD = "2025"
TIMEOUT = 30_000


@dataclass(frozen=True)
class Portfolio:
    db: Database
    ids: list[str]  # every account, by code
    codes: dict[str, str]  # id -> code
    names: dict[str, str]  # id -> name
    tiers: dict[str, str | None]  # id -> tier in force
    plans: dict[str, str]  # id -> plan id (PERIOD), for the first accounts


def fill_portfolio(db: Database, *, accounts: int = 40, planned: int = 6) -> Portfolio:
    """A demo portfolio, classified, with a plan for `PERIOD` for the first `planned`
    accounts (the first one with objectives and actions)."""
    generate_demo(db, accounts=accounts, seed=1)
    classify(db, "Balanced scorecard")
    with db.unit_of_work() as uow:
        frame = plan_status_table(uow, PERIOD)
    ids = frame["id"].tolist()
    plans = {}
    for number, account_id in enumerate(ids[:planned]):
        data = PlanData(period=PERIOD, owner="Li Wei") if number else PlanData(
            period=PERIOD, owner="Li Wei",
            objectives=(Objective(description="Grow revenue", metric="revenue",
                                  current_value=1_000_000, target_value=1_400_000),),
            actions=(ActionItem(what="Quarterly business review", owner="Li Wei"),))
        plans[account_id] = create_plan(db, account_id, PERIOD, data=data)
    return Portfolio(
        db=db, ids=ids, codes=dict(zip(ids, frame["code"], strict=True)),
        names=dict(zip(ids, frame["name"], strict=True)),
        tiers={i: (t if isinstance(t, str) else None)
               for i, t in zip(ids, frame["tier"], strict=True)},
        plans=plans,
    )


def pdf_reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in pdf_reader(data).pages)
