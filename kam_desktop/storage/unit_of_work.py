"""Unit of work: one transaction per service call that writes.

`with db.unit_of_work() as uow: ...; uow.commit()` — leaving the block without `commit()` rolls
everything back, so an exception half-way through a service leaves the database as it was.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.models.meta import GENERATION_KEY, AppMeta


class UnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._committed = False
        self._changes_at_begin: int | None = None
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        event.listen(self.session, "after_begin", self._remember_changes)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if not self._committed:
                self.session.rollback()
        finally:
            self.session.close()

    def _remember_changes(self, _session, _transaction, connection) -> None:
        self._changes_at_begin = connection.connection.driver_connection.total_changes

    def commit(self) -> None:
        """Commit, bumping the database's change counter when anything was written.

        The counter lets the automatic backup tell whether the data changed since the last
        backup without comparing files.
        """
        self.session.flush()
        if self._changes_at_begin is not None:
            conn = self.session.connection().connection.driver_connection
            if conn.total_changes != self._changes_at_begin:
                bump_generation(self.session)
        self.session.commit()
        self._committed = True

    def rollback(self) -> None:
        self.session.rollback()


def bump_generation(session: Session) -> int:
    meta = session.scalars(select(AppMeta).where(AppMeta.key == GENERATION_KEY)).one_or_none()
    if meta is None:
        meta = AppMeta(key=GENERATION_KEY, value="1")
        session.add(meta)
    else:
        meta.value = str(int(meta.value) + 1)
    session.flush()
    return int(meta.value)
