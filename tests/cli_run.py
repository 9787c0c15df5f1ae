"""Running the `fgc-desktop` command in-process, as the CLI tests do."""

from __future__ import annotations

import pytest

from fgc_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command with these arguments; its exit status, standard output and error."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err
