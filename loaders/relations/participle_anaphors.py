"""Who "it" or "the country" is in a participle tacked on a clause: "Saudi Arabia cut ties with
Qatar, accusing it of supporting terrorism"; "Algeria broke off relations with Morocco, accusing
its neighbour of hostile acts"; "Washington blacklisted Huawei, accusing the company of ...".

News tells a state's act and its stated reason in one sentence, the reason as a participle
whose object takes up the other party of the act by a pronoun or a description. it_pronoun reads
subjects and owners only, them_pronoun plurals; an object "it" or a definite "the kingdom" is
otherwise nobody. The rule, kept predictable:

- the anaphor is the direct object of a participle (-ing) adjunct of a verb ("accusing it of",
  "blaming the group for", "praising it for");
- it stands for the one state or body the verb's own clause names before the participle, not
  counting the subject (nobody accuses themselves through "it"): its object, the object of its
  prepositions ("with Qatar", "from Lithuania", "on Hamas"), or a demonym there ("the Japanese
  ambassador");
- a description must fit that actor's kind ("the country", "its neighbour" a state; "the
  company", "the group" a body), and "it" is blocked by a singular object that names nobody
  ("criticised the Qatari report, accusing it of bias": "it" is the report);
- two different actors of the kind there, or none, and the anaphor stands for nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Token

    from loaders.relations.actors_at import Ref

_STATE_WORDS = frozenset(
    {"country", "nation", "state", "kingdom", "neighbour", "neighbor", "republic", "government",
     "regime", "emirate", "island"}
)  # fmt: skip
_BODY_WORDS = frozenset(
    {"company", "firm", "group", "movement", "bloc", "organisation", "organization", "alliance",
     "militia", "body", "giant", "maker"}
)  # fmt: skip
_FRONT = frozenset({"the", "its", "their"})
# Objects that name a tie, not a thing "it" could be: "cut ties with Qatar, accusing it of".
_TIES = frozenset({"tie", "relation", "relationship", "contact", "border", "link"})


class Named(Protocol):
    """What the rule asks of the actor index (relations/actors_at.ActorIndex)."""

    def direct(self, tok: Token) -> Ref | None: ...

    def kind(self, actor_id: str) -> str | None: ...


def participle_antecedent(tok: Token, index: Named) -> Token | None:
    """The token naming the actor an object anaphor of a participle adjunct stands for."""
    wanted = _wanted_kinds(tok)
    participle = tok.head
    if wanted is None or tok.dep_ != "dobj" or participle.tag_ != "VBG":
        return None
    if participle.dep_ != "advcl" or participle.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = participle.head
    skip = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    skip |= {t.i for t in participle.subtree}
    if tok.lower_ == "it" and _names_a_thing(verb, index):
        return None
    found: dict[str, Token] = {}
    for t in verb.subtree:
        if t.i in skip or t.i > participle.i or t.i < verb.i:
            continue
        ref = index.direct(t)
        kind = index.kind(ref.actor_id) if ref is not None else None
        if ref is None or kind not in wanted:
            continue
        found.setdefault(ref.actor_id, t)
    subjects = {r.actor_id for i in skip if (r := index.direct(tok.doc[i])) is not None}
    others = [t for a, t in found.items() if a not in subjects]
    return others[0] if len(found) == 1 and others else None


def _wanted_kinds(tok: Token) -> frozenset[str] | None:
    """The kinds of actor an anaphor may stand for, or None if it is no anaphor read here."""
    if tok.lower_ == "it" and tok.pos_ == "PRON":
        return frozenset({"COUNTRY", "ORGANIZATION"})
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or lemma not in _STATE_WORDS | _BODY_WORDS:
        return None
    front = [c for c in tok.children if c.i < tok.i]
    if not any(c.lower_ in _FRONT for c in front):
        return None  # "a country", "that group": not a reference back
    if any(c.dep_ not in ("det", "poss", "amod", "compound") for c in front):
        return None
    after = [c for c in tok.children if c.i > tok.i and not _charge(c)]
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in after):
        return None  # "the government of Iraq", "the group behind the attack": named after
    return frozenset({"COUNTRY"}) if lemma in _STATE_WORDS else frozenset({"ORGANIZATION"})


def _charge(prep: Token) -> bool:
    """The parser hangs the charge on the object: "accusing the country [of supplying]"."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return prep.lower_ in ("of", "for") and all(o.pos_ != "PROPN" for o in objects)


def _names_a_thing(verb: Token, index: Named) -> bool:
    """The verb's own object is one thing that names nobody: "it" may be that thing."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.tag_ == "NN" and obj.lemma_.lower() not in _TIES and index.direct(obj) is None:
            return True
    return False
