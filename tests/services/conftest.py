"""Every test here runs on a plain store and on an encrypted one."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_PASSPHRASE


@pytest.fixture(params=[None, TEST_PASSPHRASE], ids=["plain", "encrypted"])
def passphrase(request: pytest.FixtureRequest) -> str | None:
    """No passphrase, then the test passphrase: the store fixture opens both kinds."""
    return request.param
