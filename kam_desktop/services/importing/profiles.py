"""Saved column mappings ("profiles"): by name, and offered again for the same headers."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from kam_desktop.errors import InvalidInputError, NotFoundError
from kam_desktop.models import ImportProfile
from kam_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Profile:
    name: str
    kind: str
    header_signature: str
    mapping: dict[str, str]  # field → header text


def _plain(row: ImportProfile) -> Profile:
    return Profile(row.name, row.kind, row.header_signature, json.loads(row.mapping_json))


def list_profiles(uow: UnitOfWork, kind: str | None = None) -> list[Profile]:
    query = select(ImportProfile).order_by(ImportProfile.name)
    if kind:
        query = query.where(ImportProfile.kind == kind)
    return [_plain(p) for p in uow.session.scalars(query)]


def get_profile(uow: UnitOfWork, name: str) -> Profile:
    row = uow.session.scalars(select(ImportProfile).where(ImportProfile.name == name)).first()
    if row is None:
        names = ", ".join(p.name for p in list_profiles(uow)) or "none saved yet"
        raise NotFoundError(f"No import profile called {name!r} (profiles: {names}).")
    return _plain(row)


def find_profile(uow: UnitOfWork, kind: str, signature: str) -> Profile | None:
    """The most recently saved profile for files with these headers, if any."""
    row = uow.session.scalars(
        select(ImportProfile)
        .where(ImportProfile.kind == kind, ImportProfile.header_signature == signature)
        .order_by(ImportProfile.updated_at.desc())
    ).first()
    return _plain(row) if row else None


def save_profile(uow: UnitOfWork, name: str, kind: str, signature: str,
                 mapping: dict[str, str]) -> Profile:
    """Create or replace the profile `name` (the caller commits)."""
    name = name.strip()
    if not name:
        raise InvalidInputError("A profile needs a name.")
    row = uow.session.scalars(select(ImportProfile).where(ImportProfile.name == name)).first()
    if row is not None and row.kind != kind:
        raise InvalidInputError(
            f"A mapping called {name!r} already exists for {row.kind} imports; choose another "
            "name."
        )
    if row is None:
        row = ImportProfile(name=name, kind=kind, header_signature=signature, mapping_json="{}")
        uow.session.add(row)
    row.kind = kind
    row.header_signature = signature
    row.mapping_json = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
    uow.session.flush()
    return _plain(row)


def delete_profile(uow: UnitOfWork, name: str) -> None:
    row = uow.session.scalars(select(ImportProfile).where(ImportProfile.name == name)).first()
    if row is None:
        raise NotFoundError(f"No import profile called {name!r}.")
    uow.session.delete(row)
