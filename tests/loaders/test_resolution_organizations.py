"""Cross-article identity of organizations: one body per state, never joined on a plain mention."""

from __future__ import annotations

from loaders.resolution import Resolver
from schema.ids import actor_id
from schema.models import Actor, Article, Extraction
from schema.ontology import ActorKind

ORG = ActorKind.ORGANIZATION


def body(name: str, country: str | None, *aliases: str) -> Actor:
    return Actor(id=actor_id(ORG, name), name=name, kind=ORG, country=country, aliases=aliases)


def extraction(article: str, *actors: Actor) -> Extraction:
    return Extraction(article=Article(id=article), actors=actors)


def test_juntas_of_two_states_stay_two_bodies() -> None:
    resolver = Resolver([body("Guinea military", "GIN", "junta", "the military", "CNSP")])
    assert resolver.match(body("Niger military", "NER", "junta", "the military")) is None
    assert resolver.match(body("Mali's military", None, "the junta")) is None  # Mali by its name


def test_a_plain_mention_alone_joins_nothing() -> None:
    resolver = Resolver([body("Hamas", None, "the group", "the militant group")])
    assert resolver.match(body("Islamic State", None, "the group")) is None
    assert resolver.match(body("HAMAS", None, "the group")) == "organization:hamas"


def test_one_office_name_of_two_states_is_two_bodies_with_their_own_ids() -> None:
    resolver = Resolver([])
    resolver.resolve(extraction("a", body("Constitutional Court", "ROU")))
    out = resolver.resolve(extraction("b", body("Constitutional Court", "BEL")))
    assert [a.id for a in out.actors] == ["organization:constitutional-court-bel"]
    again = resolver.resolve(extraction("b", body("Constitutional Court", "BEL")))
    assert [a.id for a in again.actors] == ["organization:constitutional-court-bel"]
    assert set(resolver.actors) == {
        "organization:constitutional-court",
        "organization:constitutional-court-bel",
    }


def test_an_office_name_does_not_join_a_state_body_to_an_international_one() -> None:
    resolver = Resolver([body("UN Security Council", None, "Security Council")])
    russian = body("Security Council", "RUS", "Russia's Security Council")
    assert resolver.match(russian) is None
    assert resolver.match(body("Security Council", None)) == "organization:un-security-council"


def test_a_distinctive_name_joins_whatever_state_one_article_gave() -> None:
    resolver = Resolver([body("Wagner Group", None, "Wagner")])
    assert resolver.match(body("Wagner", "RUS")) == "organization:wagner-group"
    assert resolver.match(body("Wagner Group", "RUS")) == "organization:wagner-group"


def test_a_name_written_lower_case_first_is_still_a_name() -> None:
    resolver = Resolver([body("al-Shabaab", None, "the militants")])
    assert resolver.match(body("al-Shabaab", None)) == "organization:al-shabaab"


def test_one_distinctive_name_stays_one_body_whatever_state_an_article_gave() -> None:
    resolver = Resolver([body("United Nations", "CHN", "UN")])
    assert resolver.match(body("United Nations", "RUS")) == "organization:united-nations"


def test_a_body_named_by_a_mention_is_itself_when_read_again() -> None:
    """Re-ingesting an article changes nothing, even for a body the text only describes."""
    resolver = Resolver([])
    first = resolver.resolve(extraction("a", body("eastern-based parliament", None)))
    again = resolver.resolve(extraction("a", body("eastern-based parliament", None)))
    assert [a.id for a in again.actors] == [a.id for a in first.actors]
    assert len(resolver.actors) == 1
