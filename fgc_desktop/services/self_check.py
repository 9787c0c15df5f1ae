"""The self-check: a new store, a demo conference, its plan agreed, signed and verified.

It proves an installation (or a bundle) has everything the app needs, without a window and
without touching the coordinator's caseload. Each step prints one line; nothing is left behind.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fgc_desktop.domain.certificate import CertificateKind
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.plan import SignatureMethod
from fgc_desktop.domain.plan_verification import SignatureState, Verdict
from fgc_desktop.domain.progress import signatories
from fgc_desktop.domain.stage import Stage
from fgc_desktop.resource_files import fonts_folder
from fgc_desktop.services import caseload, demo_caseload, plan_agreement, plan_verification
from fgc_desktop.services.plan_agreement import Agreement
from fgc_desktop.services.plan_signing import SignedPlanPdf, demo_key, sign_agreed_pdf
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import Store, check_store_file
from fgc_desktop.store.migrations import known_migration_names

# Names in Latin, Arabic and Chinese script, so the plan needs each of the shipped fonts.
_FAMILY = demo_caseload.Family(
    "Nowak-Al-Rashid family",
    (("Zofia Nowak", date(2019, 5, 14)), ("ليلى الرشيد", date(2020, 2, 9))),
    (
        ("Agnieszka Nowak", Role.PARENT, "Mother"),
        ("王美玲", Role.GRANDPARENT, "Grandmother"),
    ),
)
# Every plan prints in these fonts; the Arabic and Chinese names need the other two.
_EMBEDDED_FONTS = ("NotoSans-", "NotoSansArabic-", "DroidSansFallback")
_SIGNATURE_STROKE = ((0.3, 0.6), (1.2, 0.4), (2.1, 0.7), (2.7, 0.5))


class StepFailed(Exception):
    """A self-check step that did not find what it should; str() says what was wrong."""


@dataclass
class Trial:
    """What the steps make and hand on: the temporary store, the conference and its plan."""

    folder: Path
    store: Store | None = None
    conference_id: str = ""
    agreement: Agreement | None = None
    pdf: bytes = b""
    signed: SignedPlanPdf | None = None
    plan_file: Path | None = None

    def opened_store(self) -> Store:
        """The temporary store, once the store step has opened it."""
        if self.store is None:
            raise StepFailed("no store was opened")
        return self.store


# What a step checks, and the check: it returns what it found, or raises StepFailed.
Step = tuple[str, Callable[[Trial], str]]
Say = Callable[[str], None]


def run_self_check(extra_steps: Sequence[Step] = (), say: Say = print) -> bool:
    """Run every step in a temporary folder, then remove it; True when all passed."""
    folder = Path(tempfile.mkdtemp(prefix="fgc-self-check-"))
    trial = Trial(folder)
    try:
        passed = _run([*document_steps(), *extra_steps], trial, say)
    finally:
        if trial.store is not None:
            trial.store.close()
        shutil.rmtree(folder, ignore_errors=True)
    removed = not folder.exists()
    say(f"{'ok' if removed else 'FAILED'}: clean-up: {folder} {'' if removed else 'not '}removed")
    passed = passed and removed
    say("Self-check passed." if passed else "Self-check FAILED.")
    return passed


def document_steps() -> list[Step]:
    """The steps that need no interface, in the order they depend on each other."""
    return [
        ("fonts", _fonts_present),
        ("store", _open_store),
        ("conference", _conference_ready),
        ("plan PDF", _render_plan),
        ("fonts embedded", _fonts_embedded),
        ("signature", _sign_plan),
        ("agreement", _lock_plan),
        ("verification", _verify_plan),
    ]


def _run(steps: Sequence[Step], trial: Trial, say: Say) -> bool:
    for number, (name, check) in enumerate(steps):
        try:
            found = check(trial)
        except Exception as error:  # any failure is reported as a line, never a traceback
            say(f"FAILED: {name}: {_reason(error)}")
            for later, _ in steps[number + 1 :]:
                say(f"not run: {later}")
            return False
        say(f"ok: {name}: {found}")
    return True


def _reason(error: Exception) -> str:
    if isinstance(error, StepFailed):
        return str(error)
    return f"{type(error).__name__}: {error}"


def _fonts_present(_: Trial) -> str:
    from fgc_desktop.documents.fonts import missing_font_files

    folder = fonts_folder()
    missing = missing_font_files()
    if missing:
        names = ", ".join(path.name for path in missing)
        raise StepFailed(f"{names} missing from {folder}")
    return f"{len(list(folder.glob('*.ttf')))} font files in {folder}"


def _open_store(trial: Trial) -> str:
    path = trial.folder / "self-check.fgc.sqlite"
    trial.store = caseload.open_caseload(path)
    pending = check_store_file(path)
    if pending:
        raise StepFailed(f"still needs {', '.join(sorted(pending))}")
    return f"a new store created and migrated ({len(known_migration_names())} migrations)"


def _conference_ready(trial: Trial) -> str:
    store = trial.opened_store()
    reference = conferences.next_reference(store, date.today().year)
    conference, _ = demo_caseload.build_conference(
        reference, _FAMILY, Stage.PLAN_AGREEMENT, date.today(), _never_render
    )
    with store.writing():
        conferences.insert_conference(store, conference)
    for number, person in enumerate(signatories(conference)):
        method = SignatureMethod.AGREED_BY_PHONE if number else SignatureMethod.SIGNED_ON_SCREEN
        strokes = () if number else (_SIGNATURE_STROKE,)
        plan_agreement.sign(store, conference.id, person.id, method, strokes=strokes)
    trial.conference_id = conference.id
    trial.agreement = plan_agreement.prepare_agreement(store, conference.id)
    signed = len(trial.agreement.plan.signatures)
    return f"{reference} ({_FAMILY.name}) carried to plan agreement, {signed} signatures"


def _never_render(*_: object) -> bytes:
    raise StepFailed("the demo conference was agreed before the self-check agreed it")


def _render_plan(trial: Trial) -> str:
    agreement = _agreement(trial)
    trial.pdf = agreement.render()
    if not trial.pdf.startswith(b"%PDF-"):
        raise StepFailed("the plan was not laid out as a PDF")
    return f"laid out, {len(trial.pdf) // 1024} kB"


def _fonts_embedded(trial: Trial) -> str:
    from fgc_desktop.documents.embedded_fonts import embedded_fonts

    fonts = embedded_fonts(trial.pdf)
    missing = [name for name in _EMBEDDED_FONTS if not any(f.startswith(name) for f in fonts)]
    if missing:
        raise StepFailed(f"{', '.join(missing)} not embedded (found: {', '.join(sorted(fonts))})")
    return ", ".join(sorted(fonts))


def _sign_plan(trial: Trial) -> str:
    agreement = _agreement(trial)
    key = demo_key()
    trial.signed = sign_agreed_pdf(agreement.conference, agreement.plan, trial.pdf, key)
    return f"signed with the demo certificate ({key.details.subject})"


def _lock_plan(trial: Trial) -> str:
    agreement = _agreement(trial)
    if trial.signed is None:
        raise StepFailed("there is no signed plan to lock")
    conference = plan_agreement.complete_agreement(trial.opened_store(), agreement, trial.signed)
    plan = conference.plan
    if plan is None or not plan.is_agreed or plan.content_hash != agreement.plan.content_hash:
        raise StepFailed("the store does not hold the plan as agreed")
    return f"version {plan.version} locked, content hash {(plan.content_hash or '')[:12]}…"


def _verify_plan(trial: Trial) -> str:
    store = trial.opened_store()
    agreement = _agreement(trial)
    reference, version = agreement.conference.reference, agreement.plan.version
    trial.plan_file = trial.folder / f"{reference}-plan.pdf"
    trial.plan_file.write_bytes(plan_verification.agreed_pdf(store, reference, version))
    result = plan_verification.verify_file(store, trial.plan_file)
    exact = result.exact
    if result.verdict is not Verdict.GENUINE or result.signature.state is not SignatureState.INTACT:
        raise StepFailed(f"{result.headline} ({'; '.join(result.details)})")
    if exact is None or exact.version != version or result.claimed != exact:
        raise StepFailed(f"the PDF is not the version {version} kept at agreement")
    if exact.content_hash != agreement.plan.content_hash:
        raise StepFailed("the kept version's hash is not the agreed plan's")
    if result.certificate is None or result.certificate.kind is not CertificateKind.DEMO:
        raise StepFailed("the signer is not the demo certificate this caseload knows")
    return f"{result.headline}; {exact.name}, signed by {result.signature.signer}"


def _agreement(trial: Trial) -> Agreement:
    if trial.agreement is None:
        raise StepFailed("there is no plan ready to agree")
    return trial.agreement
