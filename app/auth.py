"""API keys for mutations: `Authorization: Bearer <key>` with a key from DIPLOGRAPH_API_KEYS."""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence


def bearer_token(header: str | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, else None."""
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def is_authorized(header: str | None, keys: Sequence[str]) -> bool:
    """True when the header carries one of `keys` (compared in constant time)."""
    token = bearer_token(header)
    if token is None:
        return False
    given = token.encode()
    return any(hmac.compare_digest(given, key.encode()) for key in keys if key)
