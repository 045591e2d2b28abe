"""The knobs of `factcheck extract` and their defaults, importable without the extraction code."""

from __future__ import annotations

from enum import StrEnum

DEFAULT_MIN_SCORE = 0.4  # sentences scoring below this are not claims


class ClaimsFormat(StrEnum):
    """The output formats of `factcheck extract`."""

    YAML = "yaml"
    JSON = "json"
    JSONL = "jsonl"
    TABLE = "table"
