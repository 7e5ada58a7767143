"""Importing ERP Excel exports: read safely, find the table, map columns, validate, upsert, undo."""
