"""Database-level facts: a change counter used to decide whether a backup is due."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.models.base import Base, Entity

GENERATION_KEY = "generation"


class AppMeta(Entity, Base):
    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    value: Mapped[str] = mapped_column(Text, nullable=False)
