"""Protecting a caseload: a passphrase that encrypts it at rest, and locking the app when idle.

Converting takes seconds on a big caseload, so the interface runs these off the GUI thread; the
open store is closed for the conversion and carries on afterwards on the converted file.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from fgc_desktop.domain.passphrase import check_new_passphrase
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import backup, encryption, settings
from fgc_desktop.store.connection import Store
from fgc_desktop.store.encryption import Conversion
from fgc_desktop.store.errors import StoreError, WrongPassphraseError

LOCK_SETTING = "idle_lock_minutes"
DEFAULT_LOCK_MINUTES = 10
SHORTEST_LOCK_MINUTES = 1
LONGEST_LOCK_MINUTES = 120
_LOCK_FIELD = "Lock after"


def is_protected(store: Store) -> bool:
    """Whether the open caseload is encrypted with a passphrase (safe from any thread)."""
    return isinstance(store.conn, encryption.CipherConnection)


def passphrase_opens(store: Store, passphrase: str) -> bool:
    """Whether the passphrase is the caseload's own (checked against the file, read only)."""
    return is_protected(store) and encryption.passphrase_opens(store.path, passphrase)


def is_protected_file(path: Path) -> bool:
    """Whether the caseload file at path is encrypted (judged from its bytes, without a key)."""
    return encryption.looks_encrypted(path)


def passphrase_opens_file(path: Path, passphrase: str) -> bool:
    """Whether the passphrase opens the protected caseload at path (read only)."""
    return encryption.passphrase_opens(path, passphrase)


def require_passphrase(path: Path, passphrase: str) -> None:
    """WrongPassphraseError unless the passphrase opens the protected caseload at path."""
    if not encryption.passphrase_opens(path, passphrase):
        raise WrongPassphraseError(Words("That passphrase does not open {path}.", path=path))


def protect(store: Store, passphrase: str, repeated: str) -> Conversion:
    """Encrypt the open caseload with a new passphrase, typed twice; idle locking goes on."""
    chosen = check_new_passphrase(passphrase, repeated)
    if is_protected(store):
        raise StoreError(Words("This caseload is already protected with a passphrase."))
    conversion = _convert(
        store, lambda: encryption.encrypt_store(store.path, chosen, store.backups), None, chosen
    )
    if settings.read(store, LOCK_SETTING) is None:
        settings.write(store, LOCK_SETTING, DEFAULT_LOCK_MINUTES)
    return conversion


def change_passphrase(store: Store, current: str, passphrase: str, repeated: str) -> None:
    """Re-encrypt the caseload under a new passphrase, once the current one is given."""
    chosen = check_new_passphrase(passphrase, repeated)
    require_current(store, current)
    encryption.change_passphrase(store.db, store.path, chosen)
    # Backups, checks and the reader open the file with the store's passphrase from now on.
    store.passphrase = chosen


def unprotect(store: Store, current: str) -> Conversion:
    """Remove the caseload's encryption, once its passphrase is given."""
    require_current(store, current)
    return _convert(
        store, lambda: encryption.decrypt_store(store.path, current, store.backups), current, None
    )


def _convert(
    store: Store, conversion: Callable[[], Conversion], before: str | None, after: str | None
) -> Conversion:
    """Convert the closed store's file; it reopens under `after`, or `before` if that failed."""
    store.close()
    try:
        done = conversion()
    except BaseException:
        _reopen(store, before)
        raise
    _reopen(store, after)
    _rotate(store)
    return done


def lock_minutes(store: Store) -> int | None:
    """Minutes without use before the app locks; None when locking is off (plain stores only)."""
    stored = settings.read(store, LOCK_SETTING)
    if stored is None:
        return DEFAULT_LOCK_MINUTES
    if stored is False:
        return None if not is_protected(store) else DEFAULT_LOCK_MINUTES
    if isinstance(stored, int) and SHORTEST_LOCK_MINUTES <= stored <= LONGEST_LOCK_MINUTES:
        return stored
    return DEFAULT_LOCK_MINUTES


def set_lock_minutes(store: Store, minutes: int | None) -> int | None:
    """Keep how long the app waits before locking; None turns locking off (plain stores only)."""
    if minutes is None:
        if is_protected(store):
            raise ValidationError(
                _LOCK_FIELD,
                Words(
                    "locking cannot be turned off while the caseload is protected with a "
                    "passphrase; an open, unattended laptop would show everything"
                ),
            )
        settings.write(store, LOCK_SETTING, False)
        return None
    if not SHORTEST_LOCK_MINUTES <= minutes <= LONGEST_LOCK_MINUTES:
        raise ValidationError(
            _LOCK_FIELD,
            Words(
                "must be between {least} and {most} minutes",
                least=SHORTEST_LOCK_MINUTES,
                most=LONGEST_LOCK_MINUTES,
            ),
        )
    settings.write(store, LOCK_SETTING, minutes)
    return minutes


def require_current(store: Store, current: str) -> None:
    """StoreError unless the caseload is protected, WrongPassphraseError unless current is its
    passphrase (checked against the file, read only)."""
    if not is_protected(store):
        raise StoreError(Words("This caseload is not protected with a passphrase."))
    if not encryption.passphrase_opens(store.path, current):
        raise WrongPassphraseError(Words("That is not the caseload's current passphrase."))


def _rotate(store: Store) -> None:
    """Let go of the backups the rotation rule no longer keeps, now that one more was taken."""
    with suppress(OSError):  # the conversion is done; the next backup tries again
        backup.prune_backups(store.path, store.backups)


def _reopen(store: Store, passphrase: str | None) -> None:
    """Carry the same store object on over the file as it now is."""
    store.reopen(passphrase)
