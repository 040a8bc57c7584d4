"""Objects joined to the verb's object by "along with": "blacklisted X, along with Y and Z".

News lists the targets of a sanction, an arrest or a charge in two parts, the second led by
"along with" or "together with" ("The Treasury blacklisted the president's daughter, along with
the central bank chief and two generals"). The small parser hangs the second part on the verb
as an adverbial, so only the first part reaches the object slot. Read after the object, those
partners share its fate: they were blacklisted, arrested or charged too.

Only for acts done to a target (sanctions, detention, release, expulsion, accusation): with a
meeting or a visit, "along with" after the object usually names who came with the subject
("met Xi along with his ministers"); with an attack, an ally. Before the object ("the EU,
along with Britain, sanctioned X") the partner joins the subject, which co_mediators and the
subject finders read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.relations import arguments as arg
from schema.ontology import RelationType

if TYPE_CHECKING:
    from spacy.tokens import Token

# Acts whose targets a list shares: the partner after "along with" is acted on too.
JOINED_TARGET_TYPES = frozenset(
    {
        RelationType.SANCTIONED,
        RelationType.DETAINED,
        RelationType.RELEASED,
        RelationType.EXPELLED,
        RelationType.ACCUSED,
    }
)


def joined_objects(verb: Token, objects: list[Token]) -> list[Token]:
    """The partners "along with" / "together with" adds to the verb's objects: hung on the verb
    after the objects, or on an object itself."""
    if not objects:
        return []
    after = max(o.right_edge.i for o in objects)
    partners = [t for t in arg.joined_with(verb) if t.i > after]
    partners += [t for o in objects for t in arg.joined_with(o)]
    return [t for t in partners if t not in objects]


def joined_prep_objects(hosts: list[Token], objects: list[Token]) -> list[Token]:
    """The partners "along with" adds after a prepositional target: "imposed sanctions on X,
    along with Y and Z", where the parser hangs "along" on the light verb, past the noun and
    its "on" phrase. Read on every host (the verb and the sanctions noun), after the objects."""
    out: list[Token] = []
    for host in hosts:
        out += [t for t in joined_objects(host, objects) if t not in out]
    return out
