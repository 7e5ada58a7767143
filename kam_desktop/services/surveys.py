"""Satisfaction surveys: responses per contact (NPS 0–10, CSAT 1–5 overall and per dimension),
trends per account for charts, and the alerts they raise.

The alerts themselves are attention rules (falling satisfaction, detractor decision maker), so a
response recorded here shows up in the attention list the same way; `survey_alerts` gives just
those two for one account, e.g. right after a response is saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from kam_desktop.errors import NotFoundError
from kam_desktop.models import Contact, SurveyResponse
from kam_desktop.models.enums import SurveyChannel
from kam_desktop.models.survey import SURVEY_DIMENSIONS
from kam_desktop.services.attention import (
    AttentionItem,
    AttentionRules,
    Rule,
    attention_items,
)
from kam_desktop.services.attention_subset import attention_subset
from kam_desktop.services.edits import (
    Edit,
    EntityKind,
    RecordSpec,
    create_record,
    load_record,
    parse_id,
    read_fields,
    set_deleted,
    update_record,
    write_fields,
)
from kam_desktop.services.validation import Form
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

SURVEY_FIELDS = ("contact_id", "response_date", "channel", "nps", "csat", *SURVEY_DIMENSIONS,
                 "comment")
DIMENSION_LABELS = {
    "score_quality": "Product quality",
    "score_delivery": "Delivery",
    "score_service": "Service response",
    "score_price": "Price",
    "score_communication": "Communication",
}
PERIODS = {"month": "M", "quarter": "Q", "half": "2Q", "year": "Y"}
LIST_COLUMNS = ("id", "response_date", "contact_id", "contact", "role", "channel", "nps",
                "csat", *SURVEY_DIMENSIONS, "comment", "deleted_at")


@dataclass(frozen=True)
class SurveyRecord:
    id: str
    account_id: str
    contact_id: str | None
    response_date: date
    channel: str | None
    nps: int | None
    csat: int | None
    score_quality: int | None
    score_delivery: int | None
    score_service: int | None
    score_price: int | None
    score_communication: int | None
    comment: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in SURVEY_FIELDS}


def _read(session: Session, survey: SurveyResponse) -> dict[str, Any]:
    return read_fields(survey, SURVEY_FIELDS, refs=("contact_id",))


def _write(session: Session, survey: SurveyResponse, values: dict[str, Any]) -> None:
    write_fields(survey, values, refs=("contact_id",))


def _spec(today: date | None, account_id: uuid.UUID | None = None) -> RecordSpec:
    def validate(session: Session, values: dict[str, Any], record: SurveyResponse | None
                 ) -> dict[str, Any]:
        account = record.account_id if record is not None else account_id
        return _validate(session, values, record, account, today or date.today())

    return RecordSpec(kind=EntityKind.SURVEY, model=SurveyResponse, fields=SURVEY_FIELDS,
                      validate=validate,
                      describe=lambda s: f"Survey response of {s.response_date}",
                      account_of=lambda s: s.account_id, read=_read, write=_write)


def _validate(session: Session, values: dict[str, Any], record: SurveyResponse | None,
              account_id: uuid.UUID | None, today: date) -> dict[str, Any]:
    form = Form(values, what="survey response")
    day = form.day("response_date", "Response date", required=True)
    if day is not None and day > today:
        form.fail("response_date", f"The response date {day} is in the future.")
    form.choice("channel", "Channel", SurveyChannel)
    nps = form.rating("nps", "NPS", low=0, high=10)
    csat = form.rating("csat", "CSAT")
    dims = [form.rating(name, label) for name, label in DIMENSION_LABELS.items()]
    form.text("comment", "Comment", multiline=True)
    if nps is None and csat is None and all(d is None for d in dims) and not form.errors:
        form.fail("nps", "Give at least one score: NPS, CSAT or a dimension.")
    form.clean["contact_id"] = None
    if values.get("contact_id"):
        try:
            contact_id = parse_id(values["contact_id"], "contact")
        except NotFoundError:
            contact_id = None
        contact = session.get(Contact, contact_id) if contact_id else None
        unchanged = record is not None and record.contact_id == contact_id
        if contact is None or contact.account_id != account_id:
            form.fail("contact_id", "Contact: choose a contact of this account.")
        elif contact.deleted_at is not None and not unchanged:
            form.fail("contact_id", f"Contact: {contact.name} is deleted.")
        else:
            form.clean["contact_id"] = contact.id.hex
    return form.check()


SURVEY_SPEC = _spec(None)


def record_survey(db: Database, account_id: str, values: Mapping[str, Any], *,
                  today: date | None = None) -> Edit:
    """Save one response (`values`: fields of `SURVEY_FIELDS`; `contact_id` of the account or
    None for an anonymous answer). Check `survey_alerts` afterwards for what it raised."""
    account = parse_id(account_id, "account")
    return create_record(db, _spec(today, account), values, {"account_id": account})


def update_survey(db: Database, survey_id: str, changes: Mapping[str, Any], *,
                  expect: Mapping[str, Any] | None = None, today: date | None = None) -> Edit:
    return update_record(db, _spec(today), survey_id, changes, expect=expect)


def delete_survey(db: Database, survey_id: str) -> Edit:
    return set_deleted(db, SURVEY_SPEC, survey_id, True)


def restore_survey(db: Database, survey_id: str) -> Edit:
    return set_deleted(db, SURVEY_SPEC, survey_id, False)


def get_survey(uow: UnitOfWork, survey_id: str) -> SurveyRecord:
    survey = load_record(uow.session, SURVEY_SPEC, survey_id)
    values = {f.name: getattr(survey, f.name) for f in fields(SurveyRecord)}
    for key in ("id", "account_id", "contact_id"):
        values[key] = values[key].hex if values[key] else None
    return SurveyRecord(**values)


def list_surveys(uow: UnitOfWork, account_id: str, *,
                 include_deleted: bool = False) -> pd.DataFrame:
    """The account's responses, newest first, with the contact's name and role (columns
    `LIST_COLUMNS`; scores float, NaN where not given)."""
    where = "" if include_deleted else "AND s.deleted_at IS NULL"
    conn = uow.session.connection().connection.driver_connection
    dims = ", ".join(f"s.{d}" for d in SURVEY_DIMENSIONS)
    rows = conn.execute(
        f"""SELECT s.id, s.response_date, s.contact_id, c.name, c.role, s.channel, s.nps,
                   s.csat, {dims}, s.comment, s.deleted_at
              FROM survey_responses s LEFT JOIN contacts c ON c.id = s.contact_id
             WHERE s.account_id = ? {where}
             ORDER BY s.response_date DESC, s.created_at DESC""",
        (parse_id(account_id, "account").hex,)).fetchall()
    frame = pd.DataFrame(rows, columns=list(LIST_COLUMNS), dtype=object)
    frame["response_date"] = [date.fromisoformat(d) for d in frame["response_date"]]
    for column in ("nps", "csat", *SURVEY_DIMENSIONS):
        frame[column] = pd.to_numeric(frame[column]).astype(float)
    return frame


TREND_COLUMNS = ("period", "responses", "nps", "nps_avg", "promoters", "passives",
                 "detractors", "csat", *SURVEY_DIMENSIONS)


def satisfaction_trend(uow: UnitOfWork, account_id: str, *, period: str = "quarter",
                       contact_id: str | None = None) -> pd.DataFrame:
    """Series for the satisfaction charts: one row per `period` ("month", "quarter", "half",
    "year") that has responses, oldest first.

    `period` is the first day of the period (a date). `nps` is the Net Promoter Score of the
    period's answers (% promoters 9–10 minus % detractors 0–6, −100…100), `nps_avg` the mean
    answer (0–10), `csat` and each dimension the mean (1–5); NaN where nobody answered it.
    `contact_id`: only that respondent's answers ("" for the anonymous ones).
    """
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    frame = list_surveys(uow, account_id)
    if contact_id is not None:
        wanted = parse_id(contact_id, "contact").hex if contact_id else None
        frame = frame[frame["contact_id"].isna() if wanted is None
                      else (frame["contact_id"] == wanted)]
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=object if c == "period" else float)
                             for c in TREND_COLUMNS})
    days = pd.to_datetime(pd.Series(frame["response_date"].tolist()))
    if period == "half":
        start_month = np.where(days.dt.month <= 6, 1, 7)
        key = pd.to_datetime(pd.DataFrame({"year": days.dt.year, "month": start_month,
                                           "day": 1}))
    else:
        key = days.dt.to_period(PERIODS[period]).dt.start_time
    frame = frame.assign(period=key.dt.date.to_numpy())
    nps = frame["nps"]
    frame = frame.assign(promoter=(nps >= 9).astype(float).where(nps.notna()),
                         detractor=(nps <= 6).astype(float).where(nps.notna()),
                         passive=((nps >= 7) & (nps <= 8)).astype(float).where(nps.notna()))
    grouped = frame.groupby("period", sort=True)
    out = pd.DataFrame({
        "responses": grouped.size(),
        "nps": 100.0 * (grouped["promoter"].mean() - grouped["detractor"].mean()),
        "nps_avg": grouped["nps"].mean(),
        "promoters": grouped["promoter"].sum(),
        "passives": grouped["passive"].sum(),
        "detractors": grouped["detractor"].sum(),
        "csat": grouped["csat"].mean(),
        **{d: grouped[d].mean() for d in SURVEY_DIMENSIONS},
    })
    out = out.reset_index()
    out["responses"] = out["responses"].astype("int64")
    return out[list(TREND_COLUMNS)]


SATISFACTION_RULES = frozenset({Rule.FALLING_SATISFACTION, Rule.DETRACTOR_DECISION_MAKER})


def survey_alerts(uow: UnitOfWork, account_id: str, *, today: date | None = None,
                  rules: AttentionRules | None = None) -> list[AttentionItem]:
    """The satisfaction alerts of one account: a falling NPS or CSAT against the respondent's
    previous answer, a decision maker who is a detractor."""
    # Only the tables these two rules read (accounts and surveys): a few indexed lookups,
    # where the whole attention row would also scan the sales index (~0.5 s at 2M lines).
    table = attention_subset(uow, SATISFACTION_RULES, today=today, rules=rules,
                             account_id=account_id)
    return [i for i in attention_items(table, account_id) if i.rule in SATISFACTION_RULES]


__all__ = [
    "DIMENSION_LABELS", "LIST_COLUMNS", "PERIODS", "SURVEY_FIELDS", "TREND_COLUMNS",
    "SurveyRecord", "delete_survey", "get_survey", "list_surveys", "record_survey",
    "restore_survey", "satisfaction_trend", "survey_alerts", "update_survey",
]
