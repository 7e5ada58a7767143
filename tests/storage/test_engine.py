"""Connections, transactions and the constraints that live in the schema."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from kam_desktop.models import Account, Contact, SurveyResponse, TierOverride, Visit
from kam_desktop.storage.database import Database


def _account(code: str = "0001", **kw) -> Account:
    return Account(code=code, name=kw.pop("name", f"Account {code}"), **kw)


def test_connections_have_foreign_keys_wal_and_busy_timeout(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_unit_of_work_without_commit_rolls_back(db: Database) -> None:
    with db.unit_of_work() as uow:
        uow.session.add(_account())
        uow.session.flush()
    with db.unit_of_work() as uow:
        assert uow.session.scalars(select(Account)).all() == []


def test_unit_of_work_rolls_back_on_error_half_way(db: Database) -> None:
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:
        uow.session.add(_account("A"))
        uow.session.flush()
        uow.session.execute(text("UPDATE accounts SET name = 'changed'"))
        raise RuntimeError("crash in the middle of a service")
    with db.unit_of_work() as uow:
        assert uow.session.scalars(select(Account)).all() == []


def test_generation_counts_committed_writes_only(db: Database) -> None:
    def generation() -> str | None:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT value FROM app_meta WHERE key = 'generation'"
            ).scalar()

    assert generation() is None
    with db.unit_of_work() as uow:
        uow.session.add(_account())
        uow.commit()
    assert generation() == "1"
    with db.unit_of_work() as uow:  # read-only commit: no bump
        uow.session.scalars(select(Account)).all()
        uow.commit()
    assert generation() == "1"
    with db.unit_of_work() as uow:
        uow.session.execute(text("UPDATE accounts SET notes = 'x'"))
        uow.commit()
    assert generation() == "2"


def test_rows_get_uuid_keys_and_utc_timestamps(db: Database) -> None:
    with db.unit_of_work() as uow:
        account = _account("007")
        uow.session.add(account)
        uow.commit()
    with db.unit_of_work() as uow:
        stored = uow.session.scalars(select(Account)).one()
        assert isinstance(stored.id, uuid.UUID)
        assert stored.code == "007"  # leading zeros kept
        assert stored.created_at.tzinfo == UTC
        assert abs((datetime.now(UTC) - stored.created_at).total_seconds()) < 60


@pytest.mark.parametrize(
    ("field", "value"),
    [("value_fit", 6), ("influence", 0), ("status", "sleeping"), ("company_size", -1),
     ("code", "   "), ("name", "")],
)
def test_account_checks_are_in_the_schema(db: Database, field: str, value: object) -> None:
    with pytest.raises(IntegrityError), db.unit_of_work() as uow:
        account = _account()
        setattr(account, field, value)
        uow.session.add(account)
        uow.session.flush()


def test_account_code_is_unique(db: Database) -> None:
    with db.unit_of_work() as uow:
        uow.session.add(_account("C1"))
        uow.commit()
    with pytest.raises(IntegrityError), db.unit_of_work() as uow:
        uow.session.add(_account("C1", name="Another"))
        uow.session.flush()


def test_contact_rules(db: Database) -> None:
    with db.unit_of_work() as uow:
        account = _account()
        uow.session.add(account)
        uow.session.flush()
        boss = Contact(account_id=account.id, name="王伟", role="decision_maker")
        uow.session.add(boss)
        uow.commit()
        account_id, boss_id = account.id, boss.id
    bad = [
        {"role": "cto"}, {"attitude": "hostile"}, {"relationship_strength": 9},
        {"reports_to_id": uuid.uuid4()},  # nobody
    ]
    for values in bad:
        with pytest.raises(IntegrityError), db.unit_of_work() as uow:
            uow.session.add(Contact(account_id=account_id, name="X", **values))
            uow.session.flush()
    with pytest.raises(IntegrityError), db.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE contacts SET reports_to_id = id WHERE id = :id"), {"id": boss_id.hex}
        )


def test_visit_and_survey_checks(db: Database) -> None:
    with db.unit_of_work() as uow:
        account = _account()
        uow.session.add(account)
        uow.commit()
    now = datetime(2026, 1, 1, 9, 0)
    for bad in ({"kind": "fax"}, {"status": "maybe"}):
        with pytest.raises(IntegrityError), db.unit_of_work() as uow:
            uow.session.add(Visit(account_id=account.id, visit_at=now,
                                  **({"kind": "phone"} | bad)))
            uow.session.flush()
    for bad in ({"nps": 11}, {"csat": 0}, {"score_price": 6}):
        with pytest.raises(IntegrityError), db.unit_of_work() as uow:
            uow.session.add(SurveyResponse(account_id=account.id, response_date=now.date(),
                                           **bad))
            uow.session.flush()


def test_only_one_override_in_force_per_account(db: Database) -> None:
    now = datetime.now(UTC)
    with db.unit_of_work() as uow:
        account = _account()
        uow.session.add(account)
        uow.session.flush()
        uow.session.add(TierOverride(account_id=account.id, tier="S", reason="board decision",
                                     set_by="me", set_at=now, cleared_at=now))
        uow.session.add(TierOverride(account_id=account.id, tier="A", reason="new contract",
                                     set_by="me", set_at=now))
        uow.commit()
    with pytest.raises(IntegrityError), db.unit_of_work() as uow:
        uow.session.add(TierOverride(account_id=account.id, tier="B", reason="again",
                                     set_by="me", set_at=now))
        uow.session.flush()
    with pytest.raises(IntegrityError), db.unit_of_work() as uow:
        uow.session.add(TierOverride(account_id=account.id, tier="B", reason="  ",
                                     set_by="me", set_at=now, cleared_at=now))
        uow.session.flush()


def test_soft_delete_and_restore_and_hard_delete_cascades(db: Database) -> None:
    with db.unit_of_work() as uow:
        account = _account()
        uow.session.add(account)
        uow.session.flush()
        uow.session.add(Contact(account_id=account.id, name="Ann"))
        uow.commit()
    with db.unit_of_work() as uow:
        stored = uow.session.get(Account, account.id)
        stored.soft_delete()
        uow.commit()
    with db.unit_of_work() as uow:
        stored = uow.session.get(Account, account.id)
        assert stored.is_deleted
        stored.restore()
        uow.commit()
    with db.unit_of_work() as uow:
        assert not uow.session.get(Account, account.id).is_deleted
        uow.session.execute(text("DELETE FROM accounts"))
        uow.commit()
    with db.unit_of_work() as uow:
        assert uow.session.scalars(select(Contact)).all() == []
