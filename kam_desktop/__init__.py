"""KAM Desktop: offline-first key-account management."""

__version__ = "0.1.0"
