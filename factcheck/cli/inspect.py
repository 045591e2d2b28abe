"""`factcheck inspect`: how a text is understood (quantities, years and dates, negations, terms)."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from factcheck.cli import common
from factcheck.errors import FactcheckError, UsageError

FORMATS = ("table", "json")
# keys the table leaves to --format json: offsets, and the bounds the `interval` column shows
HIDDEN = frozenset({"start", "end", "low", "high", "approximate"})


def inspect(
    text: Annotated[str, typer.Argument(help="The text to analyse (a claim, a sentence).", show_default=False)],
    output_format: Annotated[str, typer.Option("--format", "-f", help="table or json.", autocompletion=lambda: list(FORMATS))] = "table",
    width: Annotated[int | None, typer.Option("--width", min=20, help="Table width in columns. \\[default: the terminal's]", show_default=False)] = None,
) -> None:
    """Show how a text is understood: its quantities, years and dates, negations, key terms.

    Example: factcheck inspect "Between 2,000 and 4,000 Central Asians have joined ISIL"

    Example: factcheck inspect "more than 500 troops since 2005" --format json
    """
    try:
        if output_format not in FORMATS:
            raise UsageError(f"unknown format {output_format!r} (choose from {', '.join(FORMATS)})")
        from factcheck.analysis import analyse

        view = analyse(text).to_dict()
    except FactcheckError as err:
        raise common.fatal(err, as_json=output_format == "json") from None
    if output_format == "json":
        sys.stdout.write(json.dumps(view, sort_keys=True, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_analysis(view, width=width or common.terminal_width(), color=common.color_enabled()))


def render_analysis(view: dict[str, Any], *, width: int, color: bool) -> str:
    """A terminal view of `Analysis.to_dict()`: a table per list of records, a line per list of words.

    Offsets and the bounds are left out of the tables (the `interval` column shows the bounds,
    `≈` the approximation); `--format json` has them all.
    """
    import io

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    out = io.StringIO()
    console = Console(file=out, width=width, color_system="standard" if color else None, force_terminal=color,
                      markup=False, emoji=False, highlight=False)  # fmt: skip
    console.print(Text(str(view.get("text", "")), style="bold"))
    for key, value in view.items():
        if key == "text":
            continue
        title = key.replace("_", " ")
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            columns = [c for c in value[0] if c not in HIDDEN]
            console.print(Text(title, style="bold"))  # a heading line: a table title would wrap in a narrow table
            table = Table(expand=False)
            for column in columns:
                table.add_column(column.replace("_", " "))
            for row in value:
                table.add_row(*(_cell(row.get(c)) for c in columns))
            console.print(table)
        else:
            shown = ", ".join(_cell(v) for v in value) if isinstance(value, list) else _cell(value)
            console.print(Text(f"{title}: ", style="bold").append(shown or "—", style=""))
    text = out.getvalue()
    if not color:
        text = "\n".join(line.rstrip() for line in text.splitlines())
    return text.rstrip("\n") + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value)
