"""The `fgc-desktop` command: the app itself, and store tasks for scripts and IT staff."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from fgc_desktop import __version__
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import (
    caseload,
    demo_caseload,
    exchange,
    family_plan,
    invitations,
    plan_copies,
    protection,
    referral_summary,
)
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import EncryptedStoreError, StoreError

DESCRIPTION = """\
FGC Desktop helps family group conference coordinators carry a conference from
referral to a signed family plan, offline. Without a command it opens the app."""

EPILOG = """\
commands:
  demo         write a synthetic caseload into a store (no window)
  export       write one conference, with everything in it, to a JSON file
  import       add a conference from such a JSON file (never overwrites)
  plan         write the latest family plan of a conference as a PDF, or with
               --copies DIR one copy per person on its distribution list
  referral     write the one-page referral summary of a conference as a PDF
  invitations  write one invitation letter per invitee (PDFs named by person id)
  encrypt      protect a store with a passphrase (SQLCipher), converting it in place
  decrypt      remove a store's passphrase, converting it back in place

examples:
  fgc-desktop                          open the app on your usual caseload
  fgc-desktop --demo                   try the app on a throw-away demo caseload
  fgc-desktop demo --db big.sqlite --conferences 20000
  fgc-desktop plan --db caseload.sqlite --conference FGC-2026-0001 --out plan.pdf
  fgc-desktop invitations --db caseload.sqlite --conference FGC-2026-0001 --out letters/

A store protected with a passphrase is opened with the passphrase in the
environment variable FGC_PASSPHRASE or, without it, one typed at a prompt.
`encrypt` takes the new passphrase from FGC_PASSPHRASE too, or asks for it twice.

Every command exits with status 0 when it worked, and otherwise prints one line
saying why and exits with a non-zero status."""

PASSPHRASE_VARIABLE = "FGC_PASSPHRASE"
PASSPHRASE_TRIES = 3


T = TypeVar("T")


class CommandFailed(Exception):
    """A command that could not do its work; the message is the one line printed."""


def build_parser() -> argparse.ArgumentParser:
    """The command line, documented for --help."""
    parser = argparse.ArgumentParser(
        prog="fgc-desktop",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=f"the store file to open (default: {caseload.default_store_path()})",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a fresh demo caseload in a temporary file (your store is untouched)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write a synthetic caseload into a store")
    _store_argument(demo, "the store to write into (created when it does not exist)")
    demo.add_argument(
        "--conferences",
        type=_positive,
        default=25,
        metavar="N",
        help="how many conferences to write (default: 25)",
    )

    export = commands.add_parser("export", help="write one conference to a JSON file")
    _store_argument(export, "the store to read")
    _conference_argument(export)
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")

    load = commands.add_parser("import", help="add a conference from a JSON file")
    _store_argument(load, "the store to add it to (created when it does not exist)")
    load.add_argument("file", type=Path, metavar="FILE.json")

    plan = commands.add_parser(
        "plan", help="write the latest family plan as a PDF, or a copy for each recipient"
    )
    _store_argument(plan, "the store to read")
    _conference_argument(plan)
    where = plan.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE.pdf", help="the plan as one PDF")
    where.add_argument(
        "--copies",
        type=Path,
        metavar="DIR",
        help="one PDF copy per person on the distribution list, named after the person's id",
    )
    plan.add_argument(
        "--large-print", action="store_true", help="copies in large print (with --copies)"
    )

    summary = commands.add_parser("referral", help="write the referral summary as a PDF")
    _store_argument(summary, "the store to read")
    _conference_argument(summary)
    summary.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")

    letters = commands.add_parser(
        "invitations", help="write one invitation letter per invitee into a folder"
    )
    _store_argument(letters, "the store to read")
    _conference_argument(letters)
    letters.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="folder for the letters (created)"
    )

    encrypt = commands.add_parser(
        "encrypt", help="protect a store with a passphrase, converting it in place"
    )
    _store_argument(encrypt, "the store to protect (a backup is taken first)")
    decrypt = commands.add_parser(
        "decrypt", help="remove a store's passphrase, converting it back in place"
    )
    _store_argument(decrypt, "the protected store (an encrypted backup is kept)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from fgc_desktop.ui.app import run

        return run(args.db, demo=args.demo, argv=[sys.argv[0]])
    try:
        _COMMANDS[args.command](args)
    except CommandFailed as failure:
        print(f"fgc-desktop {args.command}: {failure}", file=sys.stderr)
        return 1
    return 0


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
    if args.copies is not None:
        _plan_copies(args)
        return
    with _opened(args.db) as store:
        _, job = family_plan.plan_pdf_job(store, _conference_id(store, args))
    _write(args.out, _laid_out(job))
    print(f"Wrote the family plan of {args.conference} to {args.out}")


def _plan_copies(args: argparse.Namespace) -> None:
    with _opened(args.db) as store:
        copies = plan_copies.plan_copies(
            store, _conference_id(store, args), large_print=args.large_print
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


def _known_passphrase(path: Path) -> str:
    """The passphrase of a protected store: FGC_PASSPHRASE, or typed (three tries)."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        if not _attempt(lambda: protection.passphrase_opens_file(path, given)):
            raise CommandFailed(f"{PASSPHRASE_VARIABLE} does not open {path}; nothing was changed")
        return given
    for _ in range(PASSPHRASE_TRIES):
        typed = _typed(f"Passphrase for {path}: ", path)
        if typed and _attempt(lambda typed=typed: protection.passphrase_opens_file(path, typed)):
            return typed
        print("That passphrase does not open it.", file=sys.stderr)
    raise CommandFailed(
        f"the passphrase was wrong {PASSPHRASE_TRIES} times; {path} was left as it was"
    )


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


def _store_argument(parser: argparse.ArgumentParser, meaning: str) -> None:
    parser.add_argument("--db", type=Path, required=True, metavar="PATH", help=meaning)


def _conference_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--conference", required=True, metavar="REF", help="the conference's reference"
    )


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


_COMMANDS: dict[str, Callable[[argparse.Namespace], None]] = {
    "demo": _demo,
    "export": _export,
    "import": _import,
    "plan": _plan,
    "referral": _referral,
    "invitations": _invitations,
    "encrypt": _encrypt,
    "decrypt": _decrypt,
}
