"""What each `fgc-desktop` command does (the command line itself is in `cli`)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from fgc_desktop.domain.language import Language
from fgc_desktop.domain.plan_verification import Verdict
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.search import search_terms
from fgc_desktop.domain.statistics import period_from_text
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import (
    backups,
    caseload,
    demo_caseload,
    exchange,
    family_plan,
    invitations,
    plan_copies,
    plan_verification,
    plan_versions,
    protection,
    referral_summary,
    review,
    search,
    statistics,
)
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import EncryptedStoreError, StoreError

PASSPHRASE_VARIABLE = "FGC_PASSPHRASE"
BACKUP_PASSPHRASE_VARIABLE = "FGC_BACKUP_PASSPHRASE"
PASSPHRASE_TRIES = 3


T = TypeVar("T")


class CommandFailed(Exception):
    """A command that could not do its work; the message is the one line printed."""


def run(args: argparse.Namespace) -> int:
    """Run the command the arguments name; its exit status (1 with one line why it failed)."""
    try:
        status = _COMMANDS[args.command](args)
    except CommandFailed as failure:
        print(f"fgc-desktop {args.command}: {failure}", file=sys.stderr)
        return 1
    return status or 0


def _demo(args: argparse.Namespace) -> None:
    with _opened(args.db, create=True) as store:
        count = demo_caseload.write_synthetic_caseload(store, args.conferences)
    print(f"Wrote {count} conferences to {args.db}")


def _export(args: argparse.Namespace) -> None:
    with _opened(args.db) as store:
        exchange.write_export(store, args.conference, args.out)
    print(f"Wrote {args.conference} to {args.out}")


def _import(args: argparse.Namespace) -> None:
    data = _attempt(lambda: exchange.read_import(args.file))
    with _opened(args.db, create=True) as store:
        result = _attempt(lambda: exchange.import_conference(store, data))
    print(f"Imported {result.reference} ({result.family_name})")


def _plan(args: argparse.Namespace) -> None:
    if args.version is not None:
        _plan_version(args)
        return
    if args.copies is not None:
        _plan_copies(args)
        return
    language = Language(args.language) if args.language else None
    with _opened(args.db) as store:
        _, job = family_plan.plan_pdf_job(store, _conference_id(store, args), language=language)
    # An agreed version gives back the exact signed bytes kept at agreement; a draft is laid out.
    _write(args.out, _laid_out(job))
    print(f"Wrote the family plan of {args.conference} to {args.out}")


def _plan_version(args: argparse.Namespace) -> None:
    if args.copies is not None:
        raise CommandFailed("--version writes one PDF with --out; copies are of the latest version")
    if args.language is not None:
        raise CommandFailed("--version writes a version exactly as it was agreed, in its language")
    with _opened(args.db) as store:
        printed = plan_versions.version_print(store, _conference_id(store, args), args.version)
    _write(args.out, _laid_out(printed.make))
    plan = printed.plan
    if not plan.is_agreed:
        state = "a draft, marked DRAFT"
    elif printed.exact:
        state = f"exactly as agreed on {(plan.agreed_at or '')[:10]}"
    else:
        state = "laid out again from what was agreed: its PDF was not kept"
        print(f"fgc-desktop plan: warning: version {plan.version} {state}", file=sys.stderr)
    print(f"Wrote version {plan.version} of the plan of {args.conference} ({state}) to {args.out}")


def _plan_copies(args: argparse.Namespace) -> None:
    with _opened(args.db) as store:
        copies = plan_copies.plan_copies(
            store,
            _conference_id(store, args),
            large_print=args.large_print,
            language=Language(args.language) if args.language else None,
        )
    if not copies:
        raise CommandFailed(f"no one is on the distribution list of {args.conference}'s plan")
    try:
        args.copies.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandFailed(f"{args.copies} could not be created: {error.strerror}") from error
    # Lay every copy out first, so a failure leaves no half-written folder of copies.
    rendered = [(copy.reader.id, _laid_out(copy.render)) for copy in copies]
    for person_id, pdf in rendered:
        _write(args.copies / f"{person_id}.pdf", pdf)
    print(f"Wrote {len(copies)} copies of the family plan of {args.conference} to {args.copies}")


def _referral(args: argparse.Namespace) -> None:
    with _opened(args.db) as store:
        _, job = referral_summary.referral_summary_job(store, _conference_id(store, args))
    _write(args.out, _laid_out(job))
    print(f"Wrote the referral summary of {args.conference} to {args.out}")


def _invitations(args: argparse.Namespace) -> None:
    with _opened(args.db) as store:
        run = invitations.invitation_run(store, _conference_id(store, args))
    if not run.invitees:
        raise CommandFailed(f"no one is invited to {args.conference} yet")
    for warning in run.warnings:
        print(f"fgc-desktop invitations: warning: {warning}", file=sys.stderr)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandFailed(f"{args.out} could not be created: {error.strerror}") from error
    for person_id, pdf in _laid_out(run.letters).items():
        _write(args.out / f"{person_id}.pdf", pdf)
    print(f"Wrote {len(run.invitees)} invitation letters to {args.out}")


def _encrypt(args: argparse.Namespace) -> None:
    with _opened(args.db) as store:
        if protection.is_protected(store):
            raise CommandFailed(f"{args.db} is already protected with a passphrase")
        passphrase, again = _new_passphrase()
        conversion = protection.protect(store, passphrase, again)
    print(
        f"Encrypted {args.db} ({conversion.rows.get('conferences', 0)} conferences). "
        "Keep the passphrase safe: it cannot be recovered."
    )
    for copy in conversion.left_unencrypted:
        print(f"fgc-desktop encrypt: warning: {copy} is an older unencrypted copy", file=sys.stderr)


def _decrypt(args: argparse.Namespace) -> None:
    _require_store(args.db)
    if not protection.is_protected_file(args.db):
        raise CommandFailed(f"{args.db} is not protected with a passphrase")
    passphrase = _known_passphrase(args.db)
    with _opened(args.db, passphrase=passphrase) as store:
        conversion = protection.unprotect(store, passphrase)
    print(f"Decrypted {args.db}; the encrypted copy from before is kept at {conversion.backup}")


def _review(args: argparse.Namespace) -> None:
    with _opened(args.db) as store:
        conference_id = _conference_id(store, args)
        try:
            _, latest, make = review.review_record_job(store, conference_id)
        except StageBlocked:
            raise CommandFailed(f"{args.conference} has no review yet") from None
    _write(args.out, _laid_out(make))
    when = latest.held_on or latest.scheduled_on
    of = f" of {when.isoformat()}" if when else ""
    print(f"Wrote the review record{of} of {args.conference} to {args.out}")


def _search(args: argparse.Namespace) -> None:
    if not search_terms(args.text):
        raise CommandFailed("give at least one word to search for")
    with _opened(args.db) as store:
        references = search.matching_references(store, args.text)
    for reference in references:
        print(reference)


def _stats(args: argparse.Namespace) -> None:
    period = _attempt(lambda: period_from_text(args.start, args.end))
    with _opened(args.db) as store:
        figures = statistics.service_figures(store, period)
    print(statistics.printed_table(figures), end="")
    if args.csv is not None:
        try:
            statistics.write_csv(figures, args.csv)
        except statistics.ExportFailed as error:
            raise CommandFailed(str(error).rstrip(".")) from error
        print(f"Wrote the figures to {args.csv}")


def _check(args: argparse.Namespace) -> None:
    if not args.db.is_file():
        raise CommandFailed(f"there is no store at {args.db}")
    passphrase = _passphrase_if_protected(args.db)
    report = _attempt(lambda: backups.check(args.db, passphrase))
    if not report.ok:
        for problem in report.problems:
            print(problem)
        raise CommandFailed(report.summary())
    print(report.summary())


def _backup(args: argparse.Namespace) -> None:
    passphrase = _passphrase_if_protected(args.db)
    contents = _attempt(lambda: backups.back_up_to(args.db, args.out, passphrase))
    print(
        f"Backed up {args.db} to {args.out} "
        f"({contents.conferences} conference{'s' if contents.conferences != 1 else ''}; checked)"
    )


def _restore(args: argparse.Namespace) -> None:
    folder = backups.default_folder(args.db)
    # The restored store keeps the store's passphrase (or none); a backup under another
    # passphrase is opened with that one. Only a store not there yet takes the backup's.
    passphrase = _passphrase_if_protected(args.db)
    from_backup = _backup_passphrase(args.file, passphrase)
    if not args.db.is_file() or args.db.stat().st_size == 0:
        passphrase = from_backup
    kept = _attempt(
        lambda: backups.restore_from(args.db, args.file, folder, passphrase, from_backup)
    )
    print(f"Restored {args.db} from {args.file}")
    if kept is not None:
        print(f"The store it replaced is kept at {kept.path}")
    if from_backup != passphrase:
        print(
            f"{args.db} keeps its own passphrase, not the backup's"
            if passphrase is not None
            else f"{args.db} is not protected with a passphrase, as before"
        )


# 0: the plan as signed and agreed; 2: changed or unreadable; 3: cannot be confirmed.
_VERIFY_STATUS = {Verdict.GENUINE: 0, Verdict.ALTERED: 2, Verdict.CAUTION: 3}


def _verify(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandFailed(f"there is no file {args.file}")
    path = args.db
    if path is None and caseload.default_store_path().exists():
        path = caseload.default_store_path()
    if path is None:
        result = plan_verification.verify_file(None, args.file)
    else:
        with _opened(path) as store:
            result = plan_verification.verify_file(store, args.file)
    print(f"{args.file}: {result.headline}")
    for line in result.details:
        print(f"  {line}")
    return _VERIFY_STATUS[result.verdict]


def _conference_id(store: Store, args: argparse.Namespace) -> str:
    conference_id = caseload.conference_id_for(store, args.conference)
    if conference_id is None:
        raise CommandFailed(f"no conference {args.conference} in {args.db}")
    return conference_id


def _laid_out(job: Callable[[], T]) -> T:
    """Run a document job; a layout failure becomes one line instead of a traceback."""
    try:
        return job()
    except Exception as error:
        raise CommandFailed(f"the document could not be laid out: {error}") from error


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise CommandFailed(f"{path} could not be written: {error.strerror}") from error


@contextmanager
def _opened(path: Path, *, create: bool = False, passphrase: str | None = None) -> Iterator[Store]:
    """Open a store for one command, turning every store problem into one printed line."""
    if not create:
        _require_store(path)
    store = _attempt(lambda: _open_caseload(path, passphrase))
    try:
        yield store
    except CommandFailed:
        raise
    except Exception as error:
        problem = _problem(error)
        if problem is None:
            raise
        raise CommandFailed(problem) from error
    finally:
        store.close()


def _require_store(path: Path) -> None:
    if not Path(path).exists():
        raise CommandFailed(f"there is no store at {path}")


def _open_caseload(path: Path, passphrase: str | None) -> Store:
    """The store; a protected one with FGC_PASSPHRASE or a typed passphrase."""
    try:
        return caseload.open_caseload(path, passphrase)
    except EncryptedStoreError:
        if passphrase is not None:
            raise
    return caseload.open_caseload(path, _known_passphrase(path))


def _passphrase_if_protected(path: Path) -> str | None:
    """The passphrase of the store when it is protected; None when it is not."""
    if Path(path).is_file() and protection.is_protected_file(Path(path)):
        return _known_passphrase(Path(path))
    return None


def _known_passphrase(path: Path) -> str:
    """The passphrase of a protected store: FGC_PASSPHRASE, or typed (three tries)."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        if not _attempt(lambda: protection.passphrase_opens_file(path, given)):
            raise CommandFailed(f"{PASSPHRASE_VARIABLE} does not open {path}; nothing was changed")
        return given
    return _ask_passphrase(
        path,
        f"Passphrase for {path}: ",
        f"the passphrase was wrong {PASSPHRASE_TRIES} times; {path} was left as it was",
    )


def _backup_passphrase(path: Path, store_passphrase: str | None) -> str | None:
    """The passphrase that opens a backup: the store's, FGC_PASSPHRASE, FGC_BACKUP_PASSPHRASE,
    or one typed (three tries) for a backup taken under an earlier passphrase."""
    if not protection.is_protected_file(path):
        return None
    known = (store_passphrase, os.environ.get(PASSPHRASE_VARIABLE))
    for given in (*known, os.environ.get(BACKUP_PASSPHRASE_VARIABLE)):
        if given and _attempt(lambda given=given: protection.passphrase_opens_file(path, given)):
            return given
    if os.environ.get(BACKUP_PASSPHRASE_VARIABLE):
        raise CommandFailed(
            f"{BACKUP_PASSPHRASE_VARIABLE} does not open {path}; nothing was changed"
        )
    if not sys.stdin.isatty():
        raise CommandFailed(
            f"{path} is protected by a different passphrase from the store's: set "
            f"{BACKUP_PASSPHRASE_VARIABLE}, or run the command in a terminal to type it; "
            "nothing was changed"
        )
    return _ask_passphrase(
        path,
        f"Passphrase of the backup {path} (the store's when it was taken): ",
        f"the passphrase was wrong {PASSPHRASE_TRIES} times; {path} was not restored and "
        "nothing was changed",
    )


def _ask_passphrase(path: Path, prompt: str, failure: str) -> str:
    """A passphrase that opens path, typed at the terminal (three tries); else failure."""
    for _ in range(PASSPHRASE_TRIES):
        typed = _typed(prompt, path)
        if typed and _attempt(lambda typed=typed: protection.passphrase_opens_file(path, typed)):
            return typed
        print("That passphrase does not open it.", file=sys.stderr)
    raise CommandFailed(failure)


def _new_passphrase() -> tuple[str, str]:
    """A new passphrase and its repetition: FGC_PASSPHRASE, or typed twice."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given, given
    return _typed("New passphrase: ", None), _typed("The same passphrase again: ", None)


def _typed(prompt: str, path: Path | None) -> str:
    """A passphrase typed at the terminal, without echo."""
    if not sys.stdin.isatty():
        where = f"{path} is protected with a passphrase" if path else "a passphrase is needed"
        raise CommandFailed(f"{where}: set {PASSPHRASE_VARIABLE}, or run the command in a terminal")
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise CommandFailed("no passphrase was given; nothing was changed") from None


def _attempt(work: Callable[[], T]) -> T:
    try:
        return work()
    except Exception as error:
        problem = _problem(error)
        if problem is None:
            raise
        raise CommandFailed(problem) from error


def _problem(error: BaseException) -> str | None:
    if isinstance(error, exchange.ExchangeError):
        return " ".join(error.problems) if len(error.problems) == 1 else "; ".join(error.problems)
    if isinstance(error, StageBlocked):
        return "; ".join(error.missing)
    if isinstance(error, StoreError | ValidationError):
        return str(error)
    return None


_COMMANDS: dict[str, Callable[[argparse.Namespace], int | None]] = {
    "demo": _demo,
    "export": _export,
    "import": _import,
    "plan": _plan,
    "referral": _referral,
    "invitations": _invitations,
    "encrypt": _encrypt,
    "decrypt": _decrypt,
    "review": _review,
    "search": _search,
    "stats": _stats,
    "check": _check,
    "backup": _backup,
    "restore": _restore,
    "verify": _verify,
}
