"""Persistence. SQLite is the default, embedded store (`Store`)."""
from .sqlite import Store

__all__ = ["Store"]
