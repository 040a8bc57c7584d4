"""Settings fail fast with a message that says what to set."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from pydantic import ValidationError

from app.settings import Settings

if TYPE_CHECKING:
    from pathlib import Path


def test_embedded_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("DIPLOGRAPH_DATA", str(tmp_path / "db"))
    settings = Settings()
    assert not settings.uses_neo4j
    assert settings.diplograph_data == tmp_path / "db"


def test_neo4j_without_password_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://localhost:7687")
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    with pytest.raises(ValidationError, match="NEO4J_PASSWORD"):
        Settings()


def test_api_keys_are_a_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_API_KEYS", "alpha, beta,,")
    assert Settings().diplograph_api_keys == ["alpha", "beta"]


def test_unwritable_data_folder_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("DIPLOGRAPH_DATA", str(blocker / "db"))
    with pytest.raises(ValidationError, match="not writable"):
        Settings()
