"""What can go wrong when opening or writing the store, each with a message for the user."""

from __future__ import annotations


class StoreError(Exception):
    """A store problem; str() is a plain sentence to show the user."""


class NotAStoreError(StoreError):
    """The file is something else: not SQLite, or another program's database."""


class CorruptStoreError(StoreError):
    """The file is an FGC store but is damaged; it is never written to."""


class NewerStoreError(StoreError):
    """The store was written by a newer version of the app."""


class StoreUnwritableError(StoreError):
    """The store or its folder cannot be written (read-only, full disk, permissions)."""


class RecordNotFoundError(StoreError):
    """A record that was asked for is not in the store."""


class LockedPlanError(StoreError):
    """An agreed plan version was about to change; agreed versions never change."""


class EncryptedStoreError(StoreError):
    """The store is encrypted: it opens only with its passphrase."""


class WrongPassphraseError(EncryptedStoreError):
    """The passphrase given does not open the store; the file was not touched."""


class BackupError(StoreError):
    """A backup could not be written, verified, read or put back; the store is unchanged."""
