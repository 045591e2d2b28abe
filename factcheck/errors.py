"""Exit codes and the errors whose message is fit to show a user as is."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What the process exit status means (PRODUCT.md, "Exit codes")."""

    OK = 0  # the run finished and no claim failed the policy
    FINDINGS = 1  # the run finished and some claim failed --fail-on or its `expect`
    ERROR = 2  # usage or input error: bad option, malformed claims file, no sources


class FactcheckError(Exception):
    """An expected failure whose message is fit to show the user as is.

    `path` and `line` name where the problem is, when there is such a place; `str()` of the
    error is the whole one-line message, `path:line: problem`.
    """

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.message, self.path, self.line, self.hint = message, path, line, hint
        super().__init__(self.describe())

    def describe(self) -> str:
        """The message prefixed with `path:line:` where those are known."""
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return where + self.message + (f" ({self.hint})" if self.hint else "")


class UsageError(FactcheckError):
    """A command-line option or argument is wrong, or a required input is missing."""


class ClaimsError(FactcheckError):
    """A claims file is missing, unreadable or malformed."""


class SourceError(FactcheckError):
    """A source could not be found, fetched, read or decoded."""


class ConfigError(FactcheckError):
    """A configuration file is malformed."""
