"""The claims file `factcheck extract` writes: YAML (default), JSON, JSON Lines, or a table preview.

The machine formats follow PRODUCT.md ("Claim files"), so that `factcheck check --claims` reads
them directly: `claims: [{id, text, origin, score, reasons, quantities}]` (its reader ignores the
keys it does not know). JSON Lines holds one claim object per line. Rendering is pure: no I/O.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any

import yaml

from factcheck.analysis import quantity_dict
from factcheck.extract.extractor import ExtractedClaim
from factcheck.extract.options import ClaimsFormat
from factcheck.numbers import Quantity


QUANTITY_KEYS = ("text", "low", "high", "unit", "kind", "approximate")


def claim_record(claim: ExtractedClaim) -> dict[str, Any]:
    """One claim as the plain mapping written to a claims file, keys in reading order."""
    record: dict[str, Any] = {"id": claim.id, "text": claim.text}
    if claim.origin:
        record["origin"] = claim.origin
    record["score"] = claim.score
    record["reasons"] = list(claim.reasons)
    record["quantities"] = [quantity_record(q) for q in claim.quantities]
    return record


def quantity_record(quantity: Quantity) -> dict[str, Any]:
    """A parsed quantity as written in a claims file: the QUANTITY_KEYS of its analysis view."""
    view = quantity_dict(quantity)
    return {key: view[key] for key in QUANTITY_KEYS}


def render(claims: Sequence[ExtractedClaim], fmt: ClaimsFormat, *, width: int = 100, color: bool = False) -> str:
    """The claims in one format, ending in exactly one newline."""
    records = [claim_record(c) for c in claims]
    if fmt is ClaimsFormat.YAML:
        return yaml.safe_dump({"claims": records}, sort_keys=False, allow_unicode=True, width=100)
    if fmt is ClaimsFormat.JSON:
        return json.dumps({"claims": records}, ensure_ascii=False, indent=2) + "\n"
    if fmt is ClaimsFormat.JSONL:
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return render_table(claims, width=width, color=color)


def render_table(claims: Sequence[ExtractedClaim], *, width: int = 100, color: bool = False) -> str:
    """A rich table of the claims: origin, score, the text with its numbers highlighted, reasons."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True, expand=True)
    table.add_column("origin", ratio=1, overflow="fold", style="cyan")
    table.add_column("score", justify="right", no_wrap=True, min_width=5)
    table.add_column("claim", ratio=4)
    table.add_column("reasons", ratio=2, style="dim")
    for claim in claims:
        text = Text(claim.text)
        for quantity in claim.quantities:
            text.stylize("bold yellow", quantity.start, quantity.end)
        text.append(f"\n{claim.id}", style="dim")
        table.add_row(claim.origin or "", f"{claim.score:.2f}", text, "\n".join(claim.reasons))
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system="standard" if color else None, force_terminal=color)
    console.print(table)
    console.print(f"{len(claims)} claim{'s' if len(claims) != 1 else ''}")
    return buffer.getvalue()
