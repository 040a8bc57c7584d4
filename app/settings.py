"""Settings from the environment (pydantic-settings). Wrong combinations stop start-up early."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore", case_sensitive=False)

    diplograph_data: Path = Field(default=Path("./data"), description="embedded database folder")
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"
    diplograph_api_keys: Annotated[list[str], NoDecode] = Field(default_factory=list)
    diplograph_graph: str = Field(default="diplograph", description="embedded graph name")

    @field_validator("diplograph_api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value

    @model_validator(mode="after")
    def _check_combination(self) -> Settings:
        if self.neo4j_uri and self.neo4j_password is None:
            raise ValueError(
                "NEO4J_URI is set but NEO4J_PASSWORD is not: set NEO4J_PASSWORD "
                "(or unset NEO4J_URI to use the embedded database)"
            )
        if not self.neo4j_uri:
            problem = _unwritable_reason(self.diplograph_data)
            if problem:
                raise ValueError(
                    f"DIPLOGRAPH_DATA={self.diplograph_data} {problem}: "
                    "point it to a folder you can write"
                )
        return self

    @property
    def uses_neo4j(self) -> bool:
        return bool(self.neo4j_uri)


def _unwritable_reason(folder: Path) -> str | None:
    """Why the embedded database could not live in `folder`, or None when it can."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        return f"is not writable ({probe} is a file, not a folder)"
    if not os.access(probe, os.W_OK):
        return "is not writable"
    return None
