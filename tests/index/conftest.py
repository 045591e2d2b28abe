from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from index_fixtures import PERSISTENT

from factcheck.index.base import Index
from factcheck.index.memory import MemoryIndex

@pytest.fixture(params=["memory", "sqlite", "tantivy"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Index:
    if request.param == "memory":
        return MemoryIndex()
    return PERSISTENT[request.param](tmp_path / "index")


@pytest.fixture(params=sorted(PERSISTENT))
def persistent(request: pytest.FixtureRequest) -> Callable[[Path], Index]:
    return PERSISTENT[request.param]
