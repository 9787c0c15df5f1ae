"""The local SQLite store: the only code that speaks SQL (through sqlite-utils)."""
