"""A second, read-only connection to the store, for slow reads off the GUI thread."""

from __future__ import annotations

import sqlite3

from fgc_desktop.store import encryption
from fgc_desktop.store.connection import Store


def open_reader(store: Store) -> Store:
    """Another connection to the same file that only reads (WAL lets it read while the app
    writes). One thread at a time may use it; `interrupt` may be called from any thread."""
    connection = encryption.connect(store.path, store.passphrase)
    connection.execute("PRAGMA query_only = ON")
    return Store(connection, store.path, store.backups, passphrase=store.passphrase)


def interrupt(reader: Store) -> None:
    """Stop what the reader is running now; it ends with an error `is_interrupted` knows."""
    reader.conn.interrupt()


def is_interrupted(error: BaseException) -> bool:
    """True when a read stopped because it was interrupted for a newer one."""
    return isinstance(error, sqlite3.OperationalError) and "interrupt" in str(error).lower()
