"""FGC Desktop's performance budget: measure each figure against a baseline from the same run.

    python benchmarks/run.py [--json] [--conferences 20000] [--repeat 5]

Prints a table (or JSON with --json) and exits 1 when a target is missed. The synthetic caseload
is written once (several minutes for 20,000 conferences) and kept in the user's cache folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from fgc_desktop.domain.conference import Conference
    from fgc_desktop.domain.plan import Action, Plan, Signature

PROBE = Path(__file__).with_name("probe.py")
SEARCH_WORDS = ("nowak", "Zofia", "grandparent", "ليلى", "小明", "school", "FGC-2026-0150", "Ev")


@dataclass
class Figure:
    """One measured figure, the baseline it is compared with, and its target."""

    name: str
    value: float
    unit: str
    baseline_name: str
    baseline: float
    target: str
    met: bool

    @property
    def ratio(self) -> float:
        """How many times the baseline the figure is."""
        return self.value / self.baseline if self.baseline else float("inf")


def main(argv: list[str] | None = None) -> int:
    """Measure every figure, print them, and return 1 when any target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--conferences", type=int, default=20_000, metavar="N")
    parser.add_argument("--repeat", type=int, default=5, metavar="N", help="runs per timing")
    args = parser.parse_args(argv)
    big = cached_caseload(args.conferences)
    figures = measure(big, args.conferences, args.repeat)
    print(as_json(figures) if args.json else as_table(figures, args.conferences))
    return 0 if all(figure.met for figure in figures) else 1


def measure(big: Path, count: int, repeat: int) -> list[Figure]:
    """Every figure of the budget, each beside its baseline."""
    with tempfile.TemporaryDirectory(prefix="fgc-bench-") as folder:
        empty = Path(folder) / "empty.fgc.sqlite"
        _create_empty_store(empty)
        bare = _window_runs(["bare"], repeat)
        minimal = _window_runs(["minimal", str(big)], repeat)
        on_empty = _window_runs(["app", str(empty)], repeat)
        on_big = _window_runs(["app", str(big)], repeat)
    bare_start, on_empty_start, on_big_start = (
        _median(r, "seconds") for r in (bare, on_empty, on_big)
    )
    heavy = sorted({name for run in on_empty for name in run["heavy_modules_loaded"]})
    peak = max(run["peak_memory_mb"] for run in on_big)
    filter_time = _median(on_big, "filter_seconds")
    open_time = _median(on_big, "open_conference_seconds")
    pdf_small, pdf_large, pdf_baseline = _plan_pdf_times(repeat)
    search_worst, lookup = _search_times(big)
    big_name = f"{count:,} conferences"
    return [
        _ratio_figure("Start to a usable main window (empty store)", on_empty_start,
                      "bare PySide6 window", bare_start, 1.5),
        Figure("For reference: start of a minimal caseload list", _median(minimal, "seconds"),
               "s", "bare PySide6 window", bare_start, "none (no app code)", True),
        Figure("Start to Home shown beside the caseload (empty store)",
               statistics.median(r["seconds"] + r["home_after_usable_seconds"] for r in on_empty),
               "s", "bare PySide6 window", bare_start, "none (for information)", True),
        Figure("Heavy modules imported at start", float(len(heavy)), "modules",
               "none allowed", 0.0, "0 (" + (", ".join(heavy) or "none loaded") + ")", not heavy),
        _ratio_figure(f"Open {big_name} and show the caseload", on_big_start,
                      "same, empty store", on_empty_start, 1.2),
        _limit_figure("Family plan PDF, 20 actions, 10 signatures", pdf_small, "s",
                      "one-paragraph PDF", pdf_baseline, 0.25),
        _limit_figure("Family plan PDF, 200 actions", pdf_large, "s",
                      "one-paragraph PDF", pdf_baseline, 2.0),
        _limit_figure(f"Full-text search over {big_name} (slowest query)", search_worst, "s",
                      "reference lookup", lookup, 0.05),
        _limit_figure(f"Peak memory with {big_name} open", peak, "MB",
                      "bare PySide6 window", max(r["peak_memory_mb"] for r in bare), 300),
        _limit_figure(f"Filter the caseload at {big_name} (GUI thread)", filter_time, "s",
                      "same, empty store", _median(on_empty, "filter_seconds"), 0.1),
        _limit_figure(f"Open a conference at {big_name} (GUI thread)", open_time, "s",
                      "reference lookup", lookup, 0.1),
    ]  # fmt: skip


def _ratio_figure(name: str, value: float, base_name: str, base: float, most: float) -> Figure:
    met = value <= most * base
    return Figure(name, value, "s", base_name, base, f"at most {most}x the baseline", met)


def _limit_figure(
    name: str, value: float, unit: str, base_name: str, base: float, limit: float
) -> Figure:
    return Figure(name, value, unit, base_name, base, f"under {limit:g} {unit}", value < limit)


def _window_runs(probe_args: list[str], repeat: int) -> list[dict]:
    """Start a probe process repeat times; each run's report with its wall-clock seconds."""
    runs = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, str(PROBE), *probe_args],
            stdout=subprocess.PIPE,
            text=True,
            env=_probe_environment(),
        )
        assert process.stdout is not None
        usable = process.stdout.readline()
        elapsed = time.perf_counter() - started
        after = process.stdout.readline()
        process.communicate(timeout=60)
        if process.returncode != 0 or not usable or not after:
            raise SystemExit(f"benchmark probe {' '.join(probe_args)} failed")
        first, then = json.loads(usable), json.loads(after)
        heavy = sorted({*first["heavy_modules_loaded"], *then["heavy_modules_loaded"]})
        runs.append({"seconds": elapsed, **first, **then, "heavy_modules_loaded": heavy})
    # The first run warms the disk cache and Python's bytecode cache: leave it out.
    return runs[1:]


def _probe_environment() -> dict[str, str]:
    """Offscreen unless told otherwise, with Python's bytecode kept as an installed app keeps it.

    Without the bytecode cache (PYTHONDONTWRITEBYTECODE, set in some shells) every start would
    compile the app's source again, which no installed copy or bundle does; it is kept in the
    benchmark cache folder rather than beside the source.
    """
    import os

    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment.setdefault("PYTHONPYCACHEPREFIX", str(_cache_folder() / "bytecode"))
    environment["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    return environment


def _median(runs: list[dict], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def _plan_pdf_times(repeat: int) -> tuple[float, float, float]:
    """Median seconds to lay out a 20-action, 10-signature plan and a 200-action plan."""
    from fgc_desktop.services.family_plan import render_plan

    conference = _demo_conference_with_agreed_plan()
    plan = conference.plan
    assert plan is not None
    small = replace(plan, actions=_actions(plan.actions, 20), signatures=_signatures(plan, 10))
    large = replace(plan, actions=_actions(plan.actions, 200), signatures=_signatures(plan, 10))
    render_plan(conference, small)  # fonts are loaded once per process; time warm runs
    return (
        _best_of(repeat, lambda: render_plan(conference, small)),
        _best_of(repeat, lambda: render_plan(conference, large)),
        _best_of(repeat, _one_paragraph_pdf),
    )


def _demo_conference_with_agreed_plan() -> Conference:
    from fgc_desktop.services import caseload, demo_caseload

    with tempfile.TemporaryDirectory(prefix="fgc-bench-") as folder:
        store = caseload.open_caseload(Path(folder) / "demo.fgc.sqlite")
        try:
            written = demo_caseload.write_demo_caseload(store)
        finally:
            store.close()
    agreed = [c for c in written if c.plan is not None and c.plan.is_agreed and c.plan.signatures]
    return max(agreed, key=lambda c: len(c.plan.signatures))


def _actions(actions: list[Action], count: int) -> list[Action]:
    return [
        replace(actions[n % len(actions)], what=f"{actions[n % len(actions)].what} ({n + 1})")
        for n in range(count)
    ]


def _signatures(plan: Plan, count: int) -> list[Signature]:
    signed = [s for s in plan.signatures if s.strokes] or plan.signatures
    return [replace(signed[n % len(signed)], name=f"Signer {n + 1}") for n in range(count)]


def _one_paragraph_pdf() -> bytes:
    from io import BytesIO

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = BytesIO()
    SimpleDocTemplate(out).build([Paragraph("Family plan", getSampleStyleSheet()["Normal"])])
    return out.getvalue()


def _best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _search_times(big: Path) -> tuple[float, float]:
    """The slowest full-text query of a set of typical searches, and an indexed lookup.

    A query is what the search panel does for each search: rank the caseload on its own
    connection, then read the first page of results with their snippets.
    """
    from fgc_desktop.services import caseload, search

    store = caseload.open_caseload(big)
    reader = search.open_reader(store)

    def query(word: str) -> None:
        search.hits(store, search.rank(reader, word), 0, 50)

    try:
        query("warm the cache")
        worst = max(_best_of(3, lambda word=word: query(word)) for word in SEARCH_WORDS)
        lookup = _best_of(5, lambda: caseload.conference_id_for(store, "FGC-2026-0150"))
    finally:
        reader.close()
        store.close()
    return worst, lookup


def _create_empty_store(path: Path) -> None:
    from fgc_desktop.services import caseload

    caseload.open_caseload(path).close()


def cached_caseload(count: int) -> Path:
    """A synthetic caseload of count conferences, written once per schema and kept in the cache."""
    from fgc_desktop.services import caseload, demo_caseload
    from fgc_desktop.store.migrations import known_migration_names

    schema = hashlib.sha256(" ".join(sorted(known_migration_names())).encode()).hexdigest()[:12]
    folder = _cache_folder()
    path = folder / f"caseload-{count}-{schema}.fgc.sqlite"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    print(f"Writing a synthetic caseload of {count:,} conferences once…", file=sys.stderr)
    store = caseload.open_caseload(partial)
    try:
        demo_caseload.write_synthetic_caseload(store, count)
    finally:
        store.close()
    for leftover in ("-wal", "-shm"):
        Path(f"{partial}{leftover}").unlink(missing_ok=True)
    partial.rename(path)
    return path


def _cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir("FGC Desktop", appauthor=False)) / "benchmarks"


def as_table(figures: list[Figure], count: int) -> str:
    """The figures as a plain-text table a person reads."""
    rows = [("Figure", "Value", "Baseline", "Ratio", "Target", "")]
    for f in figures:
        rows.append(
            (
                f.name,
                f"{f.value:.3f} {f.unit}",
                f"{f.baseline:.3f} {f.unit} ({f.baseline_name})",
                f"{f.ratio:.2f}x" if f.baseline else "-",
                f.target,
                "ok" if f.met else "MISSED",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def as_json(figures: list[Figure]) -> str:
    """The figures as JSON, each with its ratio to the baseline."""
    return json.dumps(
        [
            {**asdict(figure), "ratio": figure.ratio if figure.baseline else None}
            for figure in figures
        ],
        indent=2,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    sys.exit(main())
