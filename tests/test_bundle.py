"""The one-folder bundle (build.spec): built with PyInstaller, it passes its own self-check.

Building takes about a minute, so the bundle is built once for the module (marked slow; CI
runs it like every other test).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fgc_desktop import resource_files
from tests.test_self_check import STEPS

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT = 900


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundle folder built from build.spec into a temporary folder, removed afterwards."""
    work = tmp_path_factory.mktemp("bundle")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    places = ["--distpath", str(work / "dist"), "--workpath", str(work / "build")]
    built = subprocess.run(
        [*command, *places, str(ROOT / "build.spec")],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        cwd=work,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    yield work / "dist" / "fgc-desktop"
    # A few hundred megabytes: not kept with pytest's last temporary folders.
    shutil.rmtree(work)


def _environment(where: Path) -> dict[str, str]:
    """Offscreen, with a home and temporary folder of the test's own, to see what is left."""
    for folder in ("home", "tmp"):
        (where / folder).mkdir()
    return os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(where / "home"),
        "TMPDIR": str(where / "tmp"),
        "XDG_DATA_HOME": str(where / "home" / "data"),
    }


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
    }


@pytest.mark.slow
def test_the_bundle_passes_its_self_check_from_another_folder(bundle: Path, tmp_path) -> None:
    before = _files(bundle)
    started = tmp_path / "somewhere else"
    started.mkdir()
    checked = subprocess.run(
        [str(bundle / "fgc-desktop"), "--self-check"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=started,
        env=_environment(tmp_path),
    )
    lines = checked.stdout.splitlines()
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert [line.split(": ")[1] for line in lines[:-2]] == STEPS
    assert all(line.startswith("ok: ") for line in lines[:-1]), checked.stdout
    assert lines[-1] == "Self-check passed."
    # The fonts are the bundle's own, not the checkout's.
    assert f"font files in {bundle / '_internal' / 'resources' / 'fonts'}" in lines[0]
    assert "Traceback" not in checked.stderr
    # Every shipped file (fonts, icons, translations) is in the bundle.
    shipped = ROOT / "resources"
    bundled = bundle / "_internal" / "resources"
    assert _files(bundled).keys() >= _files(shipped).keys()
    # Files left out of the bundle leave no links to them behind.
    assert [path for path in bundle.rglob("*") if path.is_symlink() and not path.exists()] == []
    # Nothing written inside the bundle, where it was started, or left in the temporary folder.
    assert _files(bundle) == before
    assert list(started.iterdir()) == []
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.slow
def test_the_bundled_app_runs_on_a_demo_caseload(bundle: Path, tmp_path, qtbot) -> None:
    before = _files(bundle)
    app = subprocess.Popen(
        [str(bundle / "fgc-desktop"), "--demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        env=_environment(tmp_path),
    )

    def backed_up() -> bool:
        # Once its window and event loop run, the app checks the new store and backs it up.
        return any((tmp_path / "tmp").glob("fgc-demo-*/backups/*.sqlite"))

    try:
        qtbot.waitUntil(lambda: backed_up() or app.poll() is not None, timeout=120_000)
        assert app.poll() is None, app.communicate()[1]
        assert backed_up()
    finally:
        app.terminate()
        _, errors = app.communicate(timeout=60)
    assert "Traceback" not in errors, errors
    assert _files(bundle) == before


def test_resources_are_found_inside_a_bundle(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_files.fonts_folder() == tmp_path / "resources" / "fonts"
