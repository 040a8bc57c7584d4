"""People: names from the NER, their titles, and the surnames that refer back to them.

"Russian Foreign Minister Sergey Lavrov" gives Sergey Lavrov (title Foreign Minister, serving
Russia); a later "Lavrov" or "Sergei Lavrov" is the same person. Names are compared without
accents and "al-" particles, first names with a fuzzy ratio ("Sergei"/"Sergey"). This module
decides who is who; person_titles.py reads the post and state around each occurrence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from loaders.actors.described_companies import introduced_as_company
from loaders.actors.gazetteer import city_names
from loaders.actors.name_words import (
    DESCRIPTORS,
    KIN,
    NOT_NAMES,
    PARTICLES,
    PLACE_WORDS,
    THING_WORDS,
)
from loaders.actors.names import NameFinder, name_word, surname_title
from loaders.actors.person_cues import norm_word, spelling_variant
from loaders.actors.person_titles import TitleReader
from loaders.actors.place_cues import names_a_place
from loaders.actors.surnames import antecedent, kin_name_start, opens_an_aside
from loaders.actors.syntax import is_argument
from loaders.actors.titles import HONORIFICS, is_title_word
from loaders.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from loaders.actors.matcher import Hit
    from loaders.actors.table import ActorTable, Draft

_BYLINE = re.compile(
    r"^\s*(by|reporting by|writing by|editing by|photo|photograph|credit|"
    r"additional reporting)\b",
    re.IGNORECASE,
)


def _is_byline(sent: Span) -> bool:
    """ "By Jane Doe", "Reporting by Ann Lee; Editing by Bo Kim": the writers' credit line names
    no actor. A sentence opening with "By evening, Minister X said ..." is news, not a credit:
    a plain "By" counts only when no verb heads the sentence."""
    found = _BYLINE.match(sent.text)
    if found is None:
        return False
    return found.group(1).lower() != "by" or sent.root.pos_ not in ("VERB", "AUX")


# Forms of address before a surname: "Ms Cheng", "Dr. Yang".
_ADDRESS = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "miss", "madam"})


@dataclass
class Person:
    draft: Draft
    words: list[str]
    """Normalised name words of the longest form seen."""
    mentions: list[Mention] = field(default_factory=list)

    @property
    def surname(self) -> str:
        """The family name a bare mention uses: "Marcos" of "Ferdinand Marcos Jr."."""
        words = self.words
        while len(words) > 1 and words[-1] in _GENERATIONS:
            words = words[:-1]
        return words[-1]


_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass
class Occurrence:
    name_start: int
    name_end: int
    start: int
    """Start of the mention, the title run included."""


class People:
    """The people of one Doc, built occurrence by occurrence."""

    def __init__(
        self, doc: Doc, hit_at: dict[int, Hit], table: ActorTable, places: frozenset[str]
    ) -> None:
        self.doc, self.hit_at, self.table = doc, hit_at, table
        self.places = places
        """Names a settlement noun calls a place somewhere in the article (place_cues)."""
        self.hit_end = {hit.end - 1: hit for hit in hit_at.values()}
        self.titles = TitleReader(doc, hit_at, self.hit_end, table)
        self.people: list[Person] = []
        self.relatives: list[Person] = []
        """People named only through a family tie ("his son Viktor"): never a tie's owner."""
        self.companies: list[Mention] = []
        """Mentions of companies the NER took for people (_move_companies)."""
        self.undecided: set[int] = set()
        """Tokens of a bare surname two people share with neither the clear antecedent: they
        name nobody, and no later rule may read them as a body or a place either."""

    # -- finding names -------------------------------------------------------------------------
    def occurrences(self) -> list[Occurrence]:
        found = []
        for start, end in NameFinder(self.doc, self.hit_at).spans():
            if _is_byline(self.doc[start].sent):
                continue
            while end - start > 1 and (
                is_title_word(self.doc[start].text)
                or self.doc[start].lower_ in HONORIFICS
                or (self.doc[start].is_lower and self.doc[start].lower_ in DESCRIPTORS)
                or _opening_participle(self.doc[start])
            ):
                start += 1
            end = _before_inner_possessive(self.doc, start, end)
            while end > start and (
                self.doc[end - 1].is_punct
                or self.doc[end - 1].text in ("'s", "’s")
                or (
                    self.doc[end - 1].is_lower
                    and self.doc[end - 1].lower_ not in PARTICLES
                    and not (end - 2 > start and self.doc[end - 2].text == "-")
                )
            ):
                end -= 1
            lead = self.hit_at.get(start)
            if lead is not None and lead.kind == "DEMONYM" and end - lead.end >= 2:
                start = lead.end  # the NER's "American Ryan Corbett": the state is no name
            if start >= end:
                continue
            if any(i in self.hit_at for i in range(start, end)):
                if self._city_named_person(start, end):
                    self.hit_at.pop(end - 1)  # "Jacques Paris": a family name
                elif self._state_named_person(start, end):
                    self.hit_at.pop(start)  # "Defense Minister Israel Katz": a given name
                else:
                    continue
            if all(is_title_word(t.text) or t.lower_ in HONORIFICS for t in self.doc[start:end]):
                continue  # "Qatar's Emir" alone: a post, not a name
            first, last = self.doc[start], self.doc[end - 1]
            camel = first.is_alpha and first.text[0].isupper()  # "MaryKay", "McCarthy"
            if not (first.is_title or first.is_upper or camel) or first.lower_ in NOT_NAMES:
                continue
            if (is_title_word(last.text) and not surname_title(last)) or last.lower_ in PLACE_WORDS:
                continue  # "Galaxy Leader" (a ship), "Dolmabahce Palace"
            if last.lower_ in THING_WORDS:
                continue  # "the Economic Partnership Agreement": a document, no person
            if _names_a_thing(self.doc, end):
                continue  # "Imam Khomeini airport", "the Biden administration": no person here
            if any(t.lower_ == "of" for t in self.doc[start:end]):
                continue  # "Order of St Andrew"
            if (
                start > 0
                and self.doc[start - 1].text == "-"
                and not self.doc[start - 1].whitespace_
            ):
                continue
            found.append(Occurrence(start, end, self._title_start(start)))
        return found

    def _city_named_person(self, start: int, end: int) -> bool:
        """ "her partner Jacques Paris": a city's one-word name last in a name the NER tagged
        as a person's, after given names that name no place, is a family name."""
        doc, hit = self.doc, self.hit_at.get(end - 1)
        if hit is None or hit.kind != "CAPITAL" or hit.start != end - 1 or end - start < 2:
            return False
        if any(i in self.hit_at for i in range(start, end - 1)):
            return False
        return all(t.ent_type_ == "PERSON" for t in doc[start:end])

    def _state_named_person(self, start: int, end: int) -> bool:
        """ "Defense Minister Israel Katz", "Senator Georgia Lee": a state's one-word name first
        in a name the NER tagged as a person's, right after a post title, is a given name."""
        doc, hit = self.doc, self.hit_at.get(start)
        if hit is None or hit.kind != "COUNTRY" or hit.end != start + 1 or end - start < 2:
            return False
        if any(i in self.hit_at for i in range(start + 1, end)):
            return False
        person_ent = all(t.ent_type_ == "PERSON" for t in doc[start:end])
        return person_ent and start > 0 and is_title_word(doc[start - 1].text)

    def _title_start(self, name_start: int) -> int:
        """Walk back over title words and the state or body the post serves."""
        i = name_start - 1
        while i >= 0:
            tok = self.doc[i]
            hit = self._hit_ending_at(i)
            if hit is not None and hit.kind != "CAPITAL":
                i = hit.start - 1
                continue
            if tok.text in ("'s", "’s") and self._hit_ending_at(i - 1) is not None:
                i -= 1
                continue
            if (
                tok.text == "-"
                and i > 0
                and not tok.whitespace_
                and is_title_word(self.doc[i - 1].text)
            ):
                i -= 1
                continue
            if tok.lower_ == "and" and i > 0 and not self.doc[i - 1].is_lower:
                break  # "signed for the Armed Forces and General X": the run ends at "and"
            if is_title_word(tok.text) and (tok.is_title or tok.is_lower or tok.is_upper):
                i -= 1
                continue
            break
        start = i + 1
        while start < name_start and self.doc[start].lower_ in ("the", "of", "and", "for"):
            start += 1
        return start

    def _hit_ending_at(self, i: int) -> Hit | None:
        return self.hit_end.get(i)

    # -- grouping ------------------------------------------------------------------------------
    def build(self) -> list[Mention]:
        occs = self.occurrences()
        multi = [o for o in occs if o.name_end - o.name_start > 1]
        single = [o for o in occs if o.name_end - o.name_start == 1]
        for occ in sorted(multi, key=lambda o: o.name_start):
            self._place(occ, self._match_full(self._words(occ)))
        for occ in sorted(single, key=lambda o: o.name_start):
            word = self._words(occ)[0]
            person = self._match_part(word, occ.name_start)
            if person is not None and self._other_monarch(occ, person):
                person = None  # "King Salman" is not Crown Prince Mohammed bin Salman
            if person is None and sum(p.words[0] == word for p in self.people) > 1:
                continue  # "Mr Wang" after Wang Yi and Wang Wenbin: neither, and no third node
            if person is None and len(self._namesakes(word)) > 1:
                self.undecided.update(range(occ.name_start, occ.name_end))
                continue  # "Chamorro" after two Chamorros, neither the clear antecedent
            owner = self._kin_owner(occ) if person is None else None
            if owner is not None:  # "his son Viktor": the family's name completes the given
                self._place_relative(occ, owner)
                continue
            self._place(occ, person, how="surname" if person else "name")
        self._scan_surnames()
        self._drop_stray_words()
        self._drop_places()
        self._move_companies()
        return [m for p in self.people for m in p.mentions]

    def _kin_owner(self, occ: Occurrence) -> Person | None:
        """ "Kai Li's son Harrison", "his son Viktor", "their sons Ariel and Kfir": a lone given
        name right after a family tie belongs to the tie's owner's family. The owner is the
        person named in the possessive, or, for "his/her/their", the one person with a full name
        mentioned earlier in the sentence (else in the sentence before)."""
        doc, i = self.doc, occ.name_start - 1
        while i >= 0 and (
            doc[i].text == ","
            or (doc[i].lower_ == "and" and i > 0 and name_word(doc[i - 1]))
            or name_word(doc[i])
        ):
            i -= 1  # back over "Ariel and" to "sons"
        if (
            i < 0
            or not (doc[i].lower_ in KIN or doc[i].lemma_.lower() in KIN)
            or occ.name_start - i > 4
        ):
            return None
        owner = next((c for c in doc[i].children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.lower_ in ("his", "her", "their"):
            return self._one_person_before(owner.i)
        named = [p for p in self.people if any(m.start <= owner.i < m.end for m in p.mentions)]
        return named[0] if len(named) == 1 and len(named[0].words) > 1 else None

    def _one_person_before(self, at: int) -> Person | None:
        sent = self.doc[at].sent
        for start, end in (
            (sent.start, at),
            (self.doc[max(sent.start - 1, 0)].sent.start, sent.start),
        ):
            named = [
                p
                for p in self.people
                if len(p.words) > 1
                and p not in self.relatives
                and any(start <= m.start < end for m in p.mentions)
            ]
            if named:
                return named[0] if len(named) == 1 else None
        return None

    def _place_relative(self, occ: Occurrence, owner: Person) -> None:
        given = self.doc[occ.name_start : occ.name_end].text
        family = owner.draft.name.split()[-1]
        words = [*self._words(occ), owner.surname]
        if words[0] in owner.words:
            return  # "his son Lukashenko": the family name itself, no given name
        person = self._match_full(words)
        if person is None:
            person = Person(self.table.person(f"{given} {family}", None), words)
            self.people.append(person)
            self.relatives.append(person)
        person.draft.add_alias(given)
        person.mentions.append(Mention(occ.start, occ.name_end, person.draft.id, "name"))

    def _other_monarch(self, occ: Occurrence, person: Person) -> bool:
        """A regnal title before one name ("King Salman", "Pope Francis", "Emir Tamim") names
        the monarch by that name, not whoever else's name ends in it."""
        title = self.doc[occ.start : occ.name_start].text.lower().split()
        if not title or title[-1] not in _REGNAL:
            return False
        return title[-1] not in (person.draft.title or "").lower().split()

    def _drop_stray_words(self) -> None:
        """A one-word "name" with no title that never acts, or that is a city's name, is the small
        NER's mistake for a place or thing ("the Lachin corridor", "Odesa"): no person."""
        for person in list(self.people):
            if len(person.words) > 1 or person.draft.title is not None:
                continue
            is_city = person.draft.name in city_names()
            if not is_city and any(is_argument(self.doc[m.start : m.end]) for m in person.mentions):
                continue
            self.people.remove(person)
            self.table.drafts.pop(person.draft.id, None)

    def _drop_places(self) -> None:
        """A name with no title that a settlement noun or a preposition of place names as a
        place ("the town of Huwara", "in Khan Younis") is the NER's mistake: no person."""
        for person in list(self.people):
            if person.draft.title is not None:
                continue
            spans = [self.doc[m.start : m.end] for m in person.mentions]
            if names_a_place(person.draft.name, spans, self.places):
                self.people.remove(person)
                self.table.drafts.pop(person.draft.id, None)

    def _move_companies(self) -> None:
        """A name with no title that a company noun introduces ("smartphone maker Xiaomi") is a
        company the NER took for a person: the same mentions, an organization's."""
        for person in list(self.people):
            if person.draft.title is not None:
                continue
            if not any(introduced_as_company(self.doc, m.start, m.end) for m in person.mentions):
                continue
            self.people.remove(person)
            self.table.drafts.pop(person.draft.id, None)
            name = person.draft.name
            ident = self.table.organization(name, None, name)
            self.companies += [Mention(m.start, m.end, ident, "name") for m in person.mentions]

    def _words(self, occ: Occurrence) -> list[str]:
        span = self.doc[occ.name_start : occ.name_end]
        return [w for w in (norm_word(t) for t in re.split(r"[\s]+", span.text)) if w]

    def _match_full(self, words: list[str]) -> Person | None:
        for person in self.people:
            known = person.words
            if words == known or set(words) <= set(known) or set(known) <= set(words):
                return person
            if words[-1] == person.surname and fuzz.ratio(words[0], known[0]) >= 80:
                return person
        return None

    def _namesakes(self, word: str) -> list[Person]:
        """The people whose last name is `word`, or a spelling of it ("Zelenskiy", "Zelensky")."""
        last = [p for p in self.people if p.surname == word]
        if not last:
            variant = spelling_variant(word, [p.surname for p in self.people])
            last = [p for p in self.people if p.surname == variant]
        return last

    def _match_part(self, word: str, at: int) -> Person | None:
        last = self._namesakes(word)
        if last:  # two people sharing it: only the clear antecedent, else nobody
            return antecedent(self.doc, last, at)
        # A name the NER tagged may also point forward ("Xi arrived ... President Xi Jinping"):
        # one person beginning with it anywhere is still that person, not a second node.
        return self._family_name_first(word, at) or self._family_name_first(word, len(self.doc))

    def _family_name_first(self, word: str, at: int) -> Person | None:
        """ "Cheng Lei" ... "Ms Cheng": a single word that is the first word of exactly one
        person named before `at` (and the last word of nobody) is that person, the family name
        written first. Two such people leave it undecided."""
        if any(p.surname == word for p in self.people):
            return None
        first = [
            p
            for p in self.people
            if len(p.words) > 1
            and p.words[0] == word
            and min((m.start for m in p.mentions), default=len(self.doc)) < at
        ]
        return first[0] if len(first) == 1 else None

    def _place(self, occ: Occurrence, person: Person | None, how: str = "name") -> None:
        name_span = self.doc[occ.name_start : occ.name_end]
        words = self._words(occ)
        if person is None:
            draft = self.table.person(self._regnal(occ) + _clean_name(name_span.text), None)
            person = Person(draft, words)
            self.people.append(person)
        elif len(words) > len(person.words) and set(person.words) <= set(words):
            person.words = words
            self._rename(person, _clean_name(name_span.text))
        person.draft.add_alias(name_span.text)
        self.titles.read(occ, person)
        if occ.start < occ.name_start:
            person.draft.add_alias(self.doc[occ.start : occ.name_end].text)
            how = "title"
        person.mentions.append(Mention(occ.start, occ.name_end, person.draft.id, how))

    def _regnal(self, occ: Occurrence) -> str:
        """ "King ", "Pope " before a monarch's one name: news names him "King Salman", "Pope
        Francis", and so do readers of the graph; a bare "Salman" or "Francis" node is nobody."""
        if occ.name_end - occ.name_start != 1 or occ.start == occ.name_start:
            return ""
        title = self.doc[occ.name_start - 1]
        if title.lower_ not in _REGNAL_NAMES or not title.is_title:
            return ""
        return f"{title.text} "

    def _rename(self, person: Person, name: str) -> None:
        """A fuller form arrived later ("Recep Tayyip Erdogan" after "Tayyip Erdogan")."""
        old = person.draft
        new = self.table.person(name, old.country)
        if new is old:  # one id already: the table knows both spellings
            earlier, old.name = old.name, name
            old.add_alias(earlier)
            return
        for alias in [old.name, *old.aliases]:
            new.add_alias(alias)
        for role in old.roles:
            new.add_role(role.title, role.organization_id)
        del self.table.drafts[old.id]
        person.draft = new
        person.mentions = [Mention(m.start, m.end, new.id, m.how) for m in person.mentions]

    def _scan_surnames(self) -> None:
        """Surnames the NER did not tag ("Lavrov said", tagged ORG or nothing)."""
        claimed = {i for p in self.people for m in p.mentions for i in range(m.start, m.end)}
        for tok in self.doc:
            if tok.i in claimed or tok.i in self.hit_at or not tok.is_title:
                continue
            end = _hyphenated_end(self.doc, tok.i)
            free = not claimed.intersection(range(tok.i, end))
            if end > tok.i + 1 and free and self._hyphenated_surname(tok.i, end):
                claimed.update(range(tok.i, end))
                continue
            word = norm_word(tok.text)
            namesakes = [p for p in self._namesakes(word) if len(p.words) > 1]
            kin = kin_name_start(tok, namesakes, claimed) if namesakes else None
            if kin is not None:  # "Cristiana Chamorro" beside Juan Sebastian Chamorro
                occ = Occurrence(kin, tok.i + 1, self._title_start(kin))
                self._place(occ, None)
                claimed.update(range(occ.start, occ.name_end))
                continue
            person = antecedent(self.doc, namesakes, tok.i) if namesakes else None
            if person is None and not namesakes and tok.pos_ == "PROPN":
                person = self._family_name_first(word, tok.i)
            if not (tok.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") or opens_an_aside(tok)):
                continue
            if person is None and len(namesakes) > 1:
                self.undecided.add(tok.i)
            elif person is not None:
                start = tok.i
                if (
                    start > 0
                    and start - 1 not in claimed
                    and self.doc[start - 1].lower_ in _ADDRESS
                ):
                    start -= 1  # "Mr Albanese" the NER did not tag as one name
                    person.draft.add_alias(self.doc[start : tok.i + 1].text)
                how = "surname" if start == tok.i else "title"
                person.mentions.append(Mention(start, tok.i + 1, person.draft.id, how))
                person.draft.add_alias(tok.text)

    def _hyphenated_surname(self, start: int, end: int) -> bool:
        """ "Moore-Gilbert was freed" after "Kylie Moore-Gilbert": the tokenizer splits the
        double-barrelled name at its hyphen, and the small NER often tags the bare form as an
        organization, so a token at a time never meets the person's last word."""
        namesakes = self._namesakes(norm_word(self.doc[start:end].text))
        person = antecedent(self.doc, namesakes, start) if namesakes else None
        if person is None:
            return False
        person.mentions.append(Mention(start, end, person.draft.id, "surname"))
        person.draft.add_alias(self.doc[start:end].text)
        return True


_NAMED_AFTER = PLACE_WORDS | THING_WORDS | {"administration"}


def _before_inner_possessive(doc: Doc, start: int, end: int) -> int:
    """The NER's "Volodymyr Zelenskiy's Oval" ends at the possessive: what follows is the
    person's thing ("Oval Office"), not more of the name."""
    for i in range(start + 1, end - 1):
        if doc[i].text in ("'s", "’s"):
            return i
    return end


def _opening_participle(tok: Token) -> bool:
    """A sentence-opening participle the NER read into the name after it ("Welcoming Marcos to
    the Oval Office, ...", "Addressing Modi at the session, ..."). Short -ing words are names
    ("Ming", "Jing", "King" before a name is a title already)."""
    return (
        tok.i == tok.sent.start
        and len(tok.text) >= 6
        and tok.lower_.endswith("ing")
        and tok.nbor(1).is_title
    )


def _names_a_thing(doc: Doc, end: int) -> bool:
    """A name followed by a lower-case place, document or government noun names that thing
    after the person ("Imam Khomeini airport", "a Biden administration official"): the person
    is no actor of this mention."""
    return end < len(doc) and doc[end].is_lower and doc[end].lower_ in _NAMED_AFTER


_REGNAL = frozenset({"king", "queen", "pope", "emir", "sultan", "emperor"})
_REGNAL_NAMES = _REGNAL | {"prince", "princess", "sheikh", "sheikha"}
"""Titles that make one name a royal's name of its own ("Prince William")."""


def _hyphenated_end(doc: Doc, start: int) -> int:
    """End of a name written with hyphens and no spaces ("Zaghari-Ratcliffe"), else start + 1."""
    end = start + 1
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_title
    ):
        end += 2
    return end


def _clean_name(text: str) -> str:
    text = " ".join(text.split())
    return text[:-2] if text.endswith(("'s", "’s")) else text
