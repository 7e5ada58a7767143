"""One error tree for the whole application.

`KamError` and its children are *user or environment* errors: the message says what went wrong,
where, and what to do; the command line turns them into exit code 2 and the UI into a dialog.
Anything else that escapes is a bug (exit code 1, crash dialog).
"""

from __future__ import annotations


class KamError(Exception):
    """A problem the user can understand and act on. Nothing was changed."""


class InvalidInputError(KamError):
    """Bad arguments or values given by the user."""


class NotFoundError(KamError):
    """A record the user named does not exist."""


class DatabaseError(KamError):
    """The database file cannot be used as it is."""


class NotADatabaseError(DatabaseError):
    """The file is not a SQLite database, or not one written by KAM Desktop."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer version of KAM Desktop."""


class DamagedDatabaseError(DatabaseError):
    """The database (or backup) fails SQLite's integrity check or is truncated."""


class DatabaseBusyError(DatabaseError):
    """Another program holds a lock on the database."""


class RefusedError(KamError):
    """The action would overwrite or destroy data and was not confirmed (e.g. `--force`)."""


class ImportFileError(KamError):
    """A file that cannot be read as an export: the message names the file and says why."""

    def __init__(self, message: str, *, path: object = None, code: str = "unreadable") -> None:
        super().__init__(message)
        self.path = path
        # A stable identifier of the kind of problem (e.g. "encrypted", "zip_bomb"), so the UI
        # can translate the headline and tests can tell the cases apart.
        self.code = code


class ImportValidationError(KamError):
    """Rows that fail validation; nothing was imported. `problems` lists every one."""

    def __init__(self, message: str, problems: list | None = None, result: object = None) -> None:
        super().__init__(message)
        self.problems = problems or []
        self.result = result  # the ImportResult with counts and every problem
