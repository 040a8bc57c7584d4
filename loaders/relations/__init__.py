"""The relation stage: actor-to-actor relations and the events they imply, read from the parse.

Importing this package registers the spaCy factory `diplograph_relations_v1`.
"""

from __future__ import annotations

from loaders.relations.component import RelationComponent, make_relation_component

__all__ = ["RelationComponent", "make_relation_component"]
