"""Domain errors. They carry a message a user can act on; the API turns them into GraphQL errors."""

from __future__ import annotations


class DiplographError(Exception):
    """Base of every error this project raises on purpose."""


class NotFoundError(DiplographError):
    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"no {kind} with id {ident!r}")
        self.kind, self.ident = kind, ident


class InvalidInputError(DiplographError):
    def __init__(self, what: str, problem: str, hint: str | None = None) -> None:
        message = f"{what}: {problem}"
        super().__init__(f"{message} ({hint})" if hint else message)
        self.what, self.problem = what, problem
