"""One exception hierarchy for accord-kg.

The command line turns any :class:`KGError` into a one-line message on stderr
and the exit code the error carries; library users catch :class:`KGError`.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error accord-kg raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(KGError):
    """An input (article, graph file, query) is missing, unreadable or malformed."""

    exit_code = 2


class OutputError(KGError):
    """An output file or folder cannot be written."""

    exit_code = 3


class QueryError(KGError):
    """A SPARQL query has a syntax error or cannot be evaluated."""

    exit_code = 4


class QueryRefused(QueryError):
    """A query asks for something refused by default (SERVICE, LOAD, remote FROM, updates)."""

    exit_code = 5


class QueryTimeout(QueryError):
    """A query ran past its time limit."""

    exit_code = 6


class ValidationFailed(KGError):
    """A graph does not conform to the SHACL shapes."""

    exit_code = 1


class StoreError(KGError):
    """A store spec is malformed or the store cannot be opened."""

    exit_code = 7
