"""factcheck: check claims against the sources you trust.

Public API (PRODUCT.md): `check`, `parse_quantities`, `extract_claims`, and the records they return.
Heavy modules are imported on first use so that `factcheck --version` starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "check": "factcheck.pipeline",
    "parse_quantities": "factcheck.numbers",
    "Quantity": "factcheck.numbers",
    "extract_claims": "factcheck.extract",
    "analyse": "factcheck.analysis",
    "CheckOptions": "factcheck.options",
    "Claim": "factcheck.model",
    "Evidence": "factcheck.model",
    "Finding": "factcheck.model",
    "Report": "factcheck.model",
    "SkippedSource": "factcheck.model",
    "Stance": "factcheck.model",
    "Verdict": "factcheck.model",
    "FactcheckError": "factcheck.errors",
    "ExitCode": "factcheck.errors",
}

__all__ = ["__version__", *_LAZY]

if TYPE_CHECKING:
    from factcheck.errors import ExitCode, FactcheckError
    from factcheck.model import Claim, Evidence, Finding, Report, SkippedSource, Stance, Verdict
    from factcheck.options import CheckOptions


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
