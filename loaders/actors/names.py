"""Where the people's names are: the NER's PERSON spans, mended and completed.

The small English model cuts names ("Ursula von der" + "Leyen", "President Ebrahim" + "Raisi")
and misses some altogether ("Defence Minister Rustem Umerov"); these rules mend the spans and
add names right after a post title, or whose surname recurs alone later in the article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.actors.demonyms import is_nationality
from loaders.actors.gazetteer import city_names
from loaders.actors.name_words import (
    BODY_WORDS,
    CALENDAR,
    DASHES,
    DESCRIPTORS,
    JOINING,
    NOT_PEOPLE,
    PARTICLES,
    PERSON_NOUNS,
    PLACE_WORDS,
    REGNAL,
    ROYAL_TITLES,
    SHIP_PREFIXES,
)
from loaders.actors.officeholders import lookup, lookup_surname
from loaders.actors.titles import is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from loaders.actors.matcher import Hit


_GLOTTAL = re.compile(r"[A-Z][a-z]+['’][a-z]+")
"""Polynesian and Arabic names keep an apostrophe inside a word: "Mata'afa", "Ma'ruf"."""

_SURNAME_TITLES = frozenset({"white", "major", "king", "prince", "bishop", "mufti"})
"""Title words ("White House", "Major General", "King Charles", "Grand Mufti") that are also
common surnames: after a given name and before no other capitalised word they end a name
("Michael White", "John Major", "Kevin King", "Julie Bishop", "Mehbooba Mufti"; not "the Thai
King")."""


_ARTICLES = frozenset({"al", "el", "ul", "ash", "ad", "ar", "as", "az", "an", "at"})
"""The Arabic article as transliterated before a hyphen: "al-Sheikh", "el-Sisi", "ash-Sharaa"."""


def name_word(tok: Token) -> bool:
    """A token that can be part of a person's name: capitalised proper noun, not a title word."""
    shaped = (tok.is_title and tok.is_alpha) or _GLOTTAL.fullmatch(tok.text) is not None
    return (
        tok.pos_ == "PROPN"
        and shaped
        and (not is_title_word(tok.text) or surname_title(tok))
        and len(tok.text) > 1
        and tok.lower_ not in CALENDAR
    )


def surname_title(tok: Token) -> bool:
    """ "Michael White" (not "White House"): a surname-like title word ending a given name;
    and a title word joined to an Arabic article ("Hussein al-Sheikh"): a family name."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _ARTICLES:
        return not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_
    if tok.lower_ not in _SURNAME_TITLES or tok.i == 0:
        return False
    before = doc[tok.i - 1]
    after_ok = tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_title
    given = before.ent_type_ not in ("NORP", "GPE") and not is_title_word(before.text)
    return after_ok and before.is_title and before.is_alpha and given


def inside_body_name(tok: Token) -> bool:
    """Is the word the tail of a body's name the NER read from "the" ("the United Nations")?
    "Ambassador to the United Nations Ann Ruiz": the parser makes "Nations" a compound of the
    person's surname; no person's name begins with "the", so the word is the body's."""
    if tok.ent_type_ != "ORG" or tok.ent_iob_ != "I":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent[0].lower_ == "the"


class NameFinder:
    def __init__(self, doc: Doc, hit_at: dict[int, Hit]) -> None:
        self.doc, self.hit_at = doc, hit_at

    def spans(self) -> list[tuple[int, int]]:
        """NER PERSON spans, mended where the small model cut a name ("Ursula von der" + "Leyen"),
        plus capitalised names right after a post title the NER missed ("Minister Ann Lee")."""
        doc, spans = self.doc, []
        covered: set[int] = set()
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = ent.start, ent.end
            while (
                start > 0
                and name_word(doc[start - 1])
                and (start - 1) not in self.hit_at
                and doc[start - 1].ent_type_ in ("", "PERSON", "ORG")
                and not inside_body_name(doc[start - 1])
            ):
                start -= 1
            end = self._extend_right(end)
            start = _after_nationality(doc, start, end)
            spans += _listed_names(doc, start, end)
            covered.update(range(start, end))
        for tok in doc:
            if tok.i in covered or not tok.is_title or not is_title_word(tok.text):
                continue
            if (tok.lower_ in JOINING and not _post_of_state(tok)) or tok.i + 2 > len(doc):
                continue
            first = self._after_post_body(tok)
            nxt = doc[first]
            if nxt.i in covered or nxt.i in self.hit_at or not name_word(nxt):
                continue
            end = self._extend_right(first + 1)
            wanted = 1 if tok.lower_ in ROYAL_TITLES and first == tok.i + 1 else 2
            if end - first >= wanted and not any(i in covered for i in range(first, end)):
                spans.append((first, end))  # "King Salman", "Emir Tamim": one word after a king
                covered.update(range(first, end))
        for start, end in [
            *self._after_dateline(),
            *self._after_descriptor(),
            *self._apposed_to_person(),
            *self._posts_apposed(),
            *self._known_officeholders(),
            *self._national_bodies(),
        ]:
            if not any(i in covered for i in range(start, end)):
                spans.append((start, end))
                covered.update(range(start, end))
        for start, end in self._coordinated_with(spans, covered):
            spans.append((start, end))
            covered.update(range(start, end))
        spans += self._recurring_names(covered)
        return sorted({(a, b) for a, b in spans if not self._body_words(a, b)})

    def _after_post_body(self, title: Token) -> int:
        """Where a name after the post `title` starts: right after it, or after the body or
        state the post is to ("Ambassador to the United Nations Ann Ruiz", "envoy to Iraq Bo
        Kim"), which the small NER runs into the name as one organization."""
        doc, nxt = self.doc, title.i + 1
        if nxt + 1 >= len(doc) or doc[nxt].lower_ not in ("to", "at"):
            return nxt
        at = nxt + 2 if doc[nxt + 1].lower_ == "the" else nxt + 1
        hit = self.hit_at.get(at)
        if hit is None or hit.kind not in ("ORG", "COUNTRY") or hit.end >= len(doc):
            return nxt
        return hit.end

    def _body_words(self, start: int, end: int) -> bool:
        """ "Myanma Economic Holdings Ltd": a word no person's name has makes it a body's."""
        return any(t.lower_.rstrip(".") in BODY_WORDS for t in self.doc[start:end])

    def _coordinated_with(
        self, spans: list[tuple[int, int]], covered: set[int]
    ) -> list[tuple[int, int]]:
        """A full name coordinated with a person's name ("Foreign ministers Therese Wagner of
        Congo and Olivier Nduhungirehe of Rwanda"): a person too, though the NER missed it."""
        found: list[tuple[int, int]] = []
        for start, end in spans:
            root = self.doc[start:end].root
            # the parser often hangs the next member of a list of leaders on the first as an
            # apposition; one that a state owns is another person ("Ramaphosa, Senegal's Sall")
            listed = [c for c in root.children if c.dep_ == "appos" and self._state_owned(c)]
            for conj in [*root.conjuncts, *listed]:
                if conj.i in covered or conj.i in self.hit_at or not name_word(conj):
                    continue
                first = conj.i
                while (
                    first > 0
                    and self.doc[first - 1].dep_ == "compound"
                    and self.doc[first - 1].head.i == conj.i
                    and name_word(self.doc[first - 1])
                    and first - 1 not in self.hit_at
                    and first - 1 not in covered
                ):
                    first -= 1
                span = self.doc[first : conj.i + 1]
                other_kind = any(t.ent_type_ in NOT_PEOPLE for t in span)
                anchor = self.doc[start:end].root  # "A of X, B of Y and C of Z": all people
                if other_kind and _of_state(anchor) and _of_state(conj):
                    other_kind = any(t.ent_type_ in NOT_PEOPLE - {"ORG"} for t in span)
                if other_kind and self._state_owned(conj):  # "Ramaphosa, Senegal's Macky Sall"
                    other_kind = any(t.ent_type_ in NOT_PEOPLE - _NAME_NOISE for t in span)
                determined = first > 0 and self.doc[first - 1].lower_ == "the"
                if conj.i - first >= 1 and not other_kind and not determined:
                    found.append((first, conj.i + 1))
        return found

    def _state_owned(self, name_end: Token) -> bool:
        """ "Senegal's Macky Sall": a state's possessive before a name listed with people."""
        return any(
            c.dep_ == "poss" and (hit := self.hit_at.get(c.i)) is not None and hit.kind == "COUNTRY"
            for c in name_end.children
        )

    def _after_dateline(self) -> list[tuple[int, int]]:
        """ "SYDNEY, Oct 12 - Jane Doe, ...": the NER folds the name after a dateline's dash into
        the date, or tags nothing. A run of two or more name words right after the first dash
        of a line that opens with an all-capitals place is a name."""
        doc, found = self.doc, []
        for dash in doc:
            if dash.text not in DASHES or dash.i + 2 >= len(doc):
                continue
            line = dash.i
            while line > 0 and "\n" not in doc[line - 1].text + doc[line - 1].whitespace_:
                line -= 1
            opener = doc[line]
            if dash.i - line > 12 or not (opener.is_upper and opener.is_alpha and len(opener) > 1):
                continue
            if any(t.text in DASHES for t in doc[line : dash.i]):
                continue
            start = end = dash.i + 1
            while (
                end < len(doc)
                and name_word(doc[end])
                and end not in self.hit_at
                and doc[end].ent_type_ in ("", "PERSON", "DATE", "CARDINAL")
            ):
                end += 1
            end = self._extend_right(end) if end > start else end
            if end - start >= 2:
                found.append((start, end))
        return found

    def _after_descriptor(self) -> list[tuple[int, int]]:
        """ "the convicted assassin Vadim Krasikov", "9-year-old Ohad Munder": two or three name
        words right after a lower-case noun describing a person, or an age; the descriptor is no
        part of the name."""
        doc, found = self.doc, []
        for tok in doc[:-2]:
            aged = tok.lower_ == "old" and doc[tok.i - 1].text == "-" and tok.i >= 2
            aged = aged and doc[tok.i - 2].lower_ in ("year", "years")  # "9-year-old Ohad Munder"
            post = tok.is_lower and tok.pos_ == "NOUN" and is_title_word(tok.text)
            if not aged and not post and (tok.lower_ not in DESCRIPTORS or not tok.is_lower):
                continue  # "spokeswoman Ann Lee", "prosecutor Bo Kim": a post in lower case
            start = end = tok.i + 1
            while end < len(doc) and name_word(doc[end]) and end not in self.hit_at:
                end += 1
            if 2 <= end - start <= 3:
                found.append((start, self._extend_right(end)))
        return found

    def _national_bodies(self) -> list[tuple[int, int]]:
        """ "Moroccan Brahim Saadoun, who ..." tagged as one organization: a nationality and two
        or three name words the text treats as a person's are that person. Without such a sign
        the words stay a body's ("Iranian Red Crescent", "American Bar Association")."""
        found = []
        for ent in self.doc.ents:
            if ent.label_ not in ("ORG", "NORP"):
                continue
            start = _after_nationality(self.doc, ent.start, ent.end)
            name = self.doc[start : ent.end]
            if start == ent.start or any(t.i in self.hit_at for t in self.doc[ent.start : ent.end]):
                continue
            if all(name_word(t) for t in name) and _treated_as_person(name[-1]):
                found.append((start, ent.end))
        return found

    def _known_officeholders(self) -> list[tuple[int, int]]:
        """ "Olaf Scholz met ...", "Lavrov said": a name the NER called something else that the
        curated table of office-holders knows (in full, or a surname only one holder carries)."""
        found = [  # "Modi hosted Biden": a known surname the NER did not tag at all
            (tok.i, tok.i + 1)
            for tok in self.doc
            if not tok.ent_type_
            and name_word(tok)
            and tok.i not in self.hit_at
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos")
            and tok.text not in city_names()
            and lookup_surname(tok.text) is not None
        ]
        for ent in self.doc.ents:
            if ent.label_ not in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"):
                continue
            full = len(ent) >= 2 and lookup(ent.text) is not None
            surname = (
                len(ent) == 1
                and ent.start not in self.hit_at
                and name_word(ent[0])
                and ent.text not in city_names()
                and lookup_surname(ent.text) is not None
            )
            if full or surname:
                found.append((ent.start, ent.end))
        return found

    def _apposed_to_person(self) -> list[tuple[int, int]]:
        """ "Aung San Suu Kyi, the ousted leader": a name with a person noun in apposition is a
        person's, though the NER called it an organization. Two to four name words."""
        doc, found = self.doc, []
        for noun in doc:
            if noun.dep_ != "appos" or noun.pos_ != "NOUN":
                continue
            if noun.lower_ not in DESCRIPTORS | PERSON_NOUNS and not is_title_word(noun.text):
                continue
            head = _apposition_anchor(noun)
            if not name_word(head) or head.i in self.hit_at or head.i > noun.i:
                continue
            first = _apposed_name_start(head, self.hit_at)
            span = doc[first : head.i + 1]
            words = sum(name_word(t) or _same_entity_name_word(t, head) for t in span)
            if 2 <= words <= 4 and not any(t.ent_type_ in ("LOC", "NORP") for t in span):
                # the NER takes "Bassem al-Saadi" for a place: no known place, and a person noun
                if any(t.ent_type_ == "GPE" for t in span) and span.text in city_names():
                    continue
                found.append((first, head.i + 1))
        return found

    def _posts_apposed(self) -> list[tuple[int, int]]:
        """ "Russia's ambassador, Ann Ruiz,", "the chief of staff, Bo Kim,": a name set in
        apposition after a post is the post holder's, though the NER called it an organization.
        Two to four name words, the post a lower-case title word."""
        doc, found = self.doc, []
        for last in doc:
            post = last.head
            if last.dep_ != "appos" or not name_word(last) or last.i in self.hit_at:
                continue
            if post.i > last.i or not post.is_lower or post.pos_ != "NOUN":
                continue
            if not is_title_word(post.text) and post.lower_ not in DESCRIPTORS | PERSON_NOUNS:
                continue
            first = _apposed_name_start(last, self.hit_at)
            span = doc[first : last.i + 1]
            if doc[first - 1].text != "," or any(
                t.ent_type_ in ("LOC", "NORP", "GPE") for t in span
            ):
                continue
            if 2 <= sum(name_word(t) or _same_entity_name_word(t, last) for t in span) <= 4:
                found.append((first, last.i + 1))
        return found

    def _recurring_names(self, covered: set[int]) -> list[tuple[int, int]]:
        """Untagged "First Last" whose "Last" recurs alone elsewhere: a person referred back to."""
        doc, found = self.doc, []

        def free(tok: Token) -> bool:
            return (name_word(tok) and tok.i not in covered and tok.i not in self.hit_at
                    and tok.ent_type_ in ("", "PERSON", "DATE", "ORG"))  # fmt: skip

        lone = [t for t in doc if name_word(t) and not name_word(doc[t.i - 1])
                and (t.i + 1 >= len(doc) or not name_word(doc[t.i + 1]))]  # fmt: skip
        alone = {t.text for t in lone}
        # A name the NER called an organization ("Narendra Modi") counts only when its last
        # word recurs alone as a name, not a body: "Wall Street Journal" ... "the Journal" is not.
        alone_person = {
            t.text
            for t in lone
            if t.ent_type_ in ("PERSON", "") and (t.i == 0 or doc[t.i - 1].lower_ != "the")
        }
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and free(doc[j]):
                j += 1
            org = any(t.ent_type_ == "ORG" for t in doc[i:j])
            if (
                2 <= j - i <= 3
                and doc[j - 1].text in (alone_person if org else alone)
                and (i == 0 or not name_word(doc[i - 1]))
            ):
                found.append((i, j))
            i = max(j, i + 1)
        return found

    def _extend_right(self, end: int) -> int:
        doc = self.doc
        while end < len(doc):
            tok = doc[end]
            if tok.text == "-" and not doc[end - 1].whitespace_ and not tok.whitespace_:
                end += 2 if end + 1 < len(doc) else 1
            elif tok.lower_ in PARTICLES and end + 1 < len(doc) and name_word(doc[end + 1]):
                end += 2
            elif tok.text in REGNAL and end - 1 not in self.hit_at:
                end += 1  # "Abdullah II", "Charles III"
            elif _capitalised_pronoun(tok):
                end += 1  # "Vice Premier Liu He": the family name He, tagged a pronoun
            elif (
                name_word(tok)
                and end not in self.hit_at
                # the small model takes rare names for buildings: "Sultan Hassanal Bolkiah"
                and tok.ent_type_ in ("", "PERSON", "GPE", "ORG", "FAC", "PRODUCT", "WORK_OF_ART")
                and tok.lower_ not in PLACE_WORDS
            ):
                end += 1
            else:
                break
        return min(end, len(doc))


def _listed_names(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "their sons Ariel and Kfir": the small NER may tag two given names joined by "and" as
    one person; each side is a name of its own."""
    cuts = [t.i for t in doc[start:end] if t.lower_ == "and" and start < t.i < end - 1]
    if not cuts:
        return [(start, end)]
    bounds = [start, *[c for cut in cuts for c in (cut, cut + 1)], end]
    return [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if b > a]


def _capitalised_pronoun(tok: Token) -> bool:
    """A pronoun's form written capitalised inside a sentence right after a name word is a
    name ("Liu He"): the pronoun is capitalised only first in a sentence, and the small tagger
    cannot tell the Chinese family name He from it (the parser may even open a sentence there).
    A line break before it is a headline's end, no name."""
    doc = tok.doc
    return (
        tok.pos_ == "PRON"
        and tok.is_title
        and tok.i > 0
        and name_word(doc[tok.i - 1])
        and doc[tok.i - 1].whitespace_ == " "
    )


def _treated_as_person(last: Token) -> bool:
    """A name's last word listed with a person the NER knows ("Britons Aiden Aslin and Shaun
    Pinner"), opening a "who" clause, or recurring in a person's name elsewhere."""
    doc = last.doc
    if any(c.ent_type_ == "PERSON" for c in last.conjuncts):
        return True
    if any(c.dep_ == "relcl" and any(w.lower_ in _WHO for w in c.children) for c in last.children):
        return True
    return any(t.text == last.text and t.ent_type_ == "PERSON" and t.i != last.i for t in doc)


_WHO = frozenset({"who", "whom", "whose"})


def _after_nationality(doc: Doc, start: int, end: int) -> int:
    """Where a name opened by a nationality starts: "Briton Aiden Aslin" is "Aiden Aslin", with
    two or three name words left (a lone "Chinese Xi" stays whole)."""
    if is_nationality(doc[start].text) and 2 <= end - start - 1 <= 3:
        return start + 1
    return start


def _apposition_anchor(noun: Token) -> Token:
    """The word an apposition describes: the last word before the comma opening it. The parser
    hangs "head of ..." in "Ann Lee and Bo Kim, head of the commission" on the first member of
    the list; the post is the nearest name's, the one right before the comma."""
    doc, opening = noun.doc, noun.left_edge.i
    if opening >= 2 and doc[opening - 1].text == "," and doc[opening - 2].i > noun.head.i:
        nearest = doc[opening - 2]
        if nearest in noun.head.conjuncts:
            return nearest
    return noun.head


def _same_entity_name_word(prev: Token, head: Token) -> bool:
    """A capitalised word inside the same NER entity as the name's last word, whatever part of
    speech the tagger gave it ("Gergely" tagged an adverb in "Gergely Gulyas")."""
    return (
        prev.ent_iob_ in ("B", "I")
        and head.ent_iob_ == "I"
        and prev.ent_type_ == head.ent_type_
        and prev.is_title
        and prev.is_alpha
        and len(prev.text) > 1
        and not is_title_word(prev.text)
    )


def _apposed_name_start(head: Token, hit_at: dict[int, Hit]) -> int:
    """First token of the name closing at `head`: back over its compounds, the particles and
    hyphens inside it ("Bassem al-Saadi", "Karim el-Hajj")."""
    doc, first = head.doc, head.i
    while first > 0 and first - 1 not in hit_at:
        prev = doc[first - 1]
        joined = prev.text == "-" and not prev.whitespace_ and first >= 2
        particle = prev.lower_ in PARTICLES and doc[first].text == "-"
        if joined or particle or (prev.dep_ == "compound" and name_word(prev)):
            first -= 1
        elif _same_entity_name_word(prev, head):
            first -= 1  # "Gergely Gulyas": a given name the tagger read as an adverb
        else:
            break
    while first < head.i and not (
        name_word(doc[first]) or _same_entity_name_word(doc[first], head)
    ):
        first += 1
    return first


_NAME_NOISE = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
"""What the small NER calls a listed person's name it does not know: "Macky Sall" as a FAC."""


def _of_state(name_end: Token) -> bool:
    """ "Ellen Johnson Sirleaf of Liberia": a name with a state after "of". The small NER may
    fold the state into the name ("Kgalema Motlanthe of South Africa" as one ORG) or tag a name
    so listed as an ORG by itself; a state's name is read from its capital letter there."""
    return any(
        c.lower_ == "of"
        and any(
            o.dep_ == "pobj" and o.ent_type_ in ("GPE", "ORG") and o.is_title for o in c.children
        )
        for c in name_end.children
    )


def _post_of_state(tok: Token) -> bool:
    """ "Secretary of State Ann Lee", "Minister of State Bo Kim": "State" ends the post there,
    so a name may follow (not "State Department", "Secretary of State's")."""
    doc = tok.doc
    return (
        tok.lower_ == "state"
        and tok.i >= 2
        and doc[tok.i - 1].lower_ == "of"
        and doc[tok.i - 2].lower_ in ("secretary", "minister", "ministers", "secretaries")
    )


def ship_tokens(doc: Doc) -> set[int]:
    """The tokens of every vessel's name ("USS Ronald Reagan", "HMS Defender"): a ship named
    after a person is no actor, so no step may read its name as a person, body or company."""
    found: set[int] = set()
    for tok in doc:
        if tok.lower_ not in SHIP_PREFIXES or not tok.text[:1].isupper():
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].text[:1].isupper():
            end += 1
        if end > tok.i + 1:
            found.update(range(tok.i, end))
    return found
