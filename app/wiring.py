"""The composition root's factories: which store engine the settings ask for."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.settings import Settings
    from schema.store import Store


def open_store(settings: Settings) -> Store:
    """Neo4j when NEO4J_URI is set, else the embedded FalkorDB under DIPLOGRAPH_DATA."""
    if settings.neo4j_uri:
        from graph.neo4j_engine import Neo4jStore

        assert settings.neo4j_password is not None  # the settings validator guarantees it
        return Neo4jStore(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password.get_secret_value(),
            database=settings.neo4j_database,
        )
    from graph.falkor_engine import FalkorStore

    return FalkorStore(settings.diplograph_data, graph_name=settings.diplograph_graph)
