"""Writers that turn a subgraph into files other tools load: GraphML and GEXF (Gephi, networkx,
igraph), an event table in the GDELT/POLECAT layout (CSV), and JSON lines.

Only writing lives here; which actors and relations to export is asked of the store by the caller.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    import networkx as nx

    from schema.models import Actor, Article, Evidence, Relation
    from schema.store import Subgraph

CSV_COLUMNS = (
    "date",
    "date_precision",
    "actor1",
    "actor1_country",
    "relation",
    "cameo",
    "plover",
    "quad_class",
    "goldstein",
    "actor2",
    "actor2_country",
    "status",
    "source_count",
    "source_urls",
)


class ExportFormat(StrEnum):
    GRAPHML = "graphml"
    GEXF = "gexf"
    CSV = "csv"
    JSONL = "jsonl"

    @property
    def media_type(self) -> str:
        return {
            "graphml": "application/graphml+xml",
            "gexf": "application/gexf+xml",
            "csv": "text/csv; charset=utf-8",
            "jsonl": "application/x-ndjson",
        }[self.value]


@dataclass(frozen=True, slots=True)
class ExportData:
    """A subgraph plus the provenance its rows cite (evidence by relation id, articles by id)."""

    subgraph: Subgraph
    evidence: Mapping[str, Sequence[Evidence]] = field(default_factory=dict)
    articles: Mapping[str, Article] = field(default_factory=dict)

    def evidence_of(self, relation: Relation) -> Sequence[Evidence]:
        return self.evidence.get(relation.id) or relation.evidence

    def source_urls(self, relation: Relation) -> list[str]:
        """Distinct article URLs (the article id when it has none), in evidence order."""
        seen: dict[str, None] = {}
        for ev in self.evidence_of(relation):
            article = self.articles.get(ev.article_id)
            seen[(article.url if article and article.url else None) or ev.article_id] = None
        return list(seen)


def _attrs(values: Mapping[str, object]) -> dict[str, Any]:
    """GraphML/GEXF take scalars only: drop missing values, flatten lists and dates."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            value = "; ".join(str(v) for v in value)
        elif not isinstance(value, str | int | float | bool):
            value = str(value)
        out[key] = value
    return out


def to_networkx(data: ExportData) -> nx.MultiDiGraph:
    """Actors as nodes, relations as keyed edges (key = relation id), attributes flattened."""
    import networkx as nx  # here, not at the top: every `diplograph` command imports this module

    graph = nx.MultiDiGraph()
    for actor in data.subgraph.actors:
        graph.add_node(actor.id, **_actor_attrs(actor))
    for rel in data.subgraph.relations:
        graph.add_edge(
            rel.source_id,
            rel.target_id,
            key=rel.id,
            **_attrs(
                {
                    "id": rel.id,
                    "label": rel.type.value,
                    "type": rel.type.value,
                    "date": rel.date,
                    "date_precision": rel.date_precision and rel.date_precision.value,
                    "status": rel.status.value,
                    "confidence": rel.confidence,
                    "weight": rel.source_count,
                    "source_count": rel.source_count,
                    "cameo": rel.cameo,
                    "plover": rel.plover,
                    "quad_class": rel.quad_class.value,
                    "goldstein": rel.goldstein,
                    "source_urls": data.source_urls(rel),
                }
            ),
        )
    return graph


def _actor_attrs(actor: Actor) -> dict[str, Any]:
    return _attrs(
        {
            "label": actor.name,
            "name": actor.name,
            "kind": actor.kind.value,
            "country": actor.country,
            "aliases": list(actor.aliases),
            "title": actor.title,
        }
    )


def write_graphml(data: ExportData) -> bytes:
    import networkx as nx

    out = io.BytesIO()
    nx.write_graphml(to_networkx(data), out, encoding="utf-8")
    return out.getvalue()


def write_gexf(data: ExportData) -> bytes:
    import networkx as nx

    out = io.BytesIO()
    nx.write_gexf(to_networkx(data), out, encoding="utf-8")
    return out.getvalue()


def csv_rows(data: ExportData) -> list[dict[str, str]]:
    """One row per relation, oldest first (undated last), in CSV_COLUMNS."""
    actors = {a.id: a for a in data.subgraph.actors}
    rows: list[dict[str, str]] = []
    ordered = sorted(
        data.subgraph.relations,
        key=lambda r: (r.date is None, r.date.isoformat() if r.date else "", r.id),
    )
    for rel in ordered:
        one, two = actors.get(rel.source_id), actors.get(rel.target_id)
        rows.append(
            {
                "date": rel.date.isoformat() if rel.date else "",
                "date_precision": rel.date_precision.value if rel.date_precision else "",
                "actor1": one.name if one else rel.source_id,
                "actor1_country": (one.country if one else None) or "",
                "relation": rel.type.value,
                "cameo": rel.cameo,
                "plover": rel.plover,
                "quad_class": rel.quad_class.value,
                "goldstein": str(rel.goldstein),
                "actor2": two.name if two else rel.target_id,
                "actor2_country": (two.country if two else None) or "",
                "status": rel.status.value,
                "source_count": str(rel.source_count),
                "source_urls": " ".join(data.source_urls(rel)),
            }
        )
    return rows


def write_csv(data: ExportData) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(csv_rows(data))
    return out.getvalue().encode("utf-8")


def write_jsonl(data: ExportData) -> bytes:
    """`{"record": "actor" | "relation" | "article", ...}` per line; relations carry evidence."""
    lines: list[str] = []
    for actor in data.subgraph.actors:
        lines.append(json.dumps({"record": "actor", **actor.model_dump(mode="json")}))
    cited: dict[str, None] = {}
    for rel in data.subgraph.relations:
        evidence = data.evidence_of(rel)
        record = rel.model_dump(mode="json", exclude={"evidence"})
        record["evidence"] = [e.model_dump(mode="json") for e in evidence]
        lines.append(json.dumps({"record": "relation", **record}))
        cited.update((e.article_id, None) for e in evidence)
    for article_id in cited:
        article = data.articles.get(article_id)
        if article is not None:
            lines.append(json.dumps({"record": "article", **article.model_dump(mode="json")}))
    return "".join(line + "\n" for line in lines).encode("utf-8")


WRITERS = {
    ExportFormat.GRAPHML: write_graphml,
    ExportFormat.GEXF: write_gexf,
    ExportFormat.CSV: write_csv,
    ExportFormat.JSONL: write_jsonl,
}


def export(data: ExportData, fmt: ExportFormat) -> bytes:
    return WRITERS[fmt](data)
