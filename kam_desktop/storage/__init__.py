"""Database plumbing: engines, units of work, schema migrations, SQLite file checks."""
