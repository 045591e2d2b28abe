"""Options and fixtures every test folder shares."""

from __future__ import annotations

import os
import tempfile

import pytest
from hypothesis import settings

# In CI the property tests run with a fixed seed so that a submission's result does not depend on
# the draw; at a developer's desk they keep exploring new examples on every run.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_configure(config: pytest.Config) -> None:
    """Keep every cache and index the tests make (URL cache, persistent index) out of the
    user's cache folder: the command line keeps its index there by default."""
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="factcheck-test-cache-")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite the expected.* files of tests/golden from the current output (review the diff).",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run should rewrite golden files instead of comparing with them."""
    return bool(request.config.getoption("--update-golden"))
