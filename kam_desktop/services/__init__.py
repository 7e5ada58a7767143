"""Domain services: plain functions over a unit of work, usable from the CLI, tests and UI."""
