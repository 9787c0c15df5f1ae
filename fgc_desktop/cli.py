"""The `fgc-desktop` command line: the app itself, and store tasks for scripts and IT staff.

Without a command the app starts at once; what each command does is in `commands`, imported
only when one is given, so that a coordinator's start does not wait for it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from fgc_desktop import __version__
from fgc_desktop.domain.language import Language
from fgc_desktop.services import caseload

DESCRIPTION = """\
FGC Desktop helps family group conference coordinators carry a conference from
referral to a signed family plan, offline. Without a command it opens the app."""

EPILOG = """\
commands:
  demo         write a synthetic caseload into a store (no window)
  export       write one conference, with everything in it, to a JSON file
  import       add a conference from such a JSON file (never overwrites)
  plan         write the latest family plan of a conference as a PDF, or with
               --copies DIR one copy per person on its distribution list; with
               --version N, version N exactly as it was agreed (a draft marked DRAFT)
  referral     write the one-page referral summary of a conference as a PDF
  invitations  write one invitation letter per invitee (PDFs named by person id)
  encrypt      protect a store with a passphrase (SQLCipher), converting it in place
  decrypt      remove a store's passphrase, converting it back in place
  review       write the record of a conference's latest review as a PDF (the
               latest held one, or else the one scheduled)
  search       print the references of conferences matching some text, best first
  stats        print the service's figures for a period, or save them as CSV
  check        read every page and every reference of a store (changes nothing)
  backup       write a checked backup of a store to a file (works while the app is open)
  restore      put a backup in place of a store (the replaced store is kept in backups/)
  verify       say whether a plan PDF is unmodified since it was signed, and
               which agreed version in the store it is

examples:
  fgc-desktop                          open the app on your usual caseload
  fgc-desktop --demo                   try the app on a throw-away demo caseload
  fgc-desktop --self-check             check this installation works (no window)
  fgc-desktop demo --db big.sqlite --conferences 20000
  fgc-desktop plan --db caseload.sqlite --conference FGC-2026-0001 --out plan.pdf
  fgc-desktop plan --db caseload.sqlite --conference FGC-2026-0001 --version 1 --out v1.pdf
  fgc-desktop invitations --db caseload.sqlite --conference FGC-2026-0001 --out letters/
  fgc-desktop review --db caseload.sqlite --conference FGC-2026-0001 --out review.pdf
  fgc-desktop search --db caseload.sqlite "Wójcik school"
  fgc-desktop stats --db caseload.sqlite --from 2026-04-01 --to 2027-03-31 --csv year.csv
  fgc-desktop backup --db caseload.sqlite --out /media/usb/caseload-monday.sqlite
  fgc-desktop verify plan.pdf --db caseload.sqlite

A store protected with a passphrase is opened with the passphrase in the
environment variable FGC_PASSPHRASE or, without it, one typed at a prompt.
`encrypt` takes the new passphrase from FGC_PASSPHRASE too, or asks for it twice.
`restore` keeps the store's passphrase (or none): a backup taken under an
earlier passphrase is opened with FGC_BACKUP_PASSPHRASE, or one typed at a
prompt, and converted to the store's as it is restored.

Every command exits with status 0 when it worked, and otherwise prints one line
saying why and exits with a non-zero status. verify exits with 0 when the PDF is
the plan as signed and agreed, 2 when it was changed or cannot be read, and 3
when it cannot be confirmed (not signed, or by a certificate the store does not know)."""


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
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation works, without a window: agree, sign and verify a demo "
        "plan in a temporary store (exits 0 when every step passed)",
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
    plan.add_argument(
        "--language",
        choices=[language.value for language in Language],
        help="write it in English (en) or Welsh (cy); default: the conference's document "
        "language, and an agreed version in the language it was agreed in",
    )
    plan.add_argument(
        "--version",
        type=_positive,
        metavar="N",
        help="plan version N exactly as it was agreed (with --out; default: the latest)",
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
    record = commands.add_parser("review", help="write the latest review record as a PDF")
    _store_argument(record, "the store to read")
    _conference_argument(record)
    record.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    finder = commands.add_parser(
        "search",
        help="print the references of conferences matching some text, best first",
        description="Search every name, reference and note in the caseload. Prints the "
        "reference of each matching conference, one a line, best match first. Every word "
        "must be found somewhere in a conference; words match from their start, accents "
        "and case aside. When nothing matches it prints nothing and exits with status 0.",
    )
    _store_argument(finder, "the store to search")
    finder.add_argument("text", metavar="TEXT", help="the words to look for")
    _stats_parser(commands)
    check = commands.add_parser(
        "check", help="check every page and every reference of a store, changing nothing"
    )
    _store_argument(check, "the store to check")

    backup = commands.add_parser("backup", help="write a checked backup of a store to a file")
    _store_argument(backup, "the store to back up (it may be open in the app)")
    backup.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the backup file (never replaced)"
    )

    restore = commands.add_parser(
        "restore", help="put a backup in place of a store, keeping the store it replaces"
    )
    _store_argument(restore, "the store to replace (close the app first)")
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    verify = commands.add_parser(
        "verify", help="check a plan PDF's signature and find its agreed version"
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the store to compare with (default: your usual caseload, when there is one)",
    )
    return parser


def _stats_parser(commands: argparse._SubParsersAction) -> None:
    stats = commands.add_parser(
        "stats", help="print the service's figures for a period, or save them as CSV"
    )
    _store_argument(stats, "the store to read")
    stats.add_argument(
        "--from", dest="start", required=True, metavar="DATE", help="first day counted (2026-04-01)"
    )
    stats.add_argument(
        "--to", dest="end", required=True, metavar="DATE", help="last day counted (2027-03-31)"
    )
    stats.add_argument(
        "--csv", type=Path, metavar="FILE", help="also write the figures to a CSV file for Excel"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    if args.self_check:
        return _self_check()
    if args.command is None:
        from fgc_desktop.ui.app import run

        return run(args.db, demo=args.demo, argv=[sys.argv[0]])
    from fgc_desktop import commands

    return commands.run(args)


def _self_check() -> int:
    from fgc_desktop.services.self_check import run_self_check
    from fgc_desktop.ui.app import APP_NAME
    from fgc_desktop.ui.self_check import interface_steps, offscreen_application

    # Held here, so the application outlives every window the steps open.
    app = offscreen_application()
    app.setApplicationName(APP_NAME)
    return 0 if run_self_check(interface_steps()) else 1


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
