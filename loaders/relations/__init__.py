"""The relation stage: actor-to-actor relations and the events they imply, read from the parse.

Importing this package registers the spaCy factory `diplograph_relations_v1` (spaCy forbids "."
in factory names). It reads `doc._.mentions`/`doc._.actors` (the actor stage) and the dependency
parse, and writes `doc._.relations` (RelationCandidate) and `doc._.events` (EventCandidate).

One job per module:
- lexicon: the ways English says each of the 14 types, as data (one table per type);
- triggers: spaCy Matcher over lemmas and parts of speech for every frame;
- arguments: shared helpers (datelines, lists, prepositional objects, complements);
  subjects: a verb's subject, inherited through relative clauses and coordination; passives:
  voice, agents, the logical source and objects; noun_verbs: the verb a trigger noun hangs on
  (a light verb, or the verb it is an adjunct of);
- actors_at, it_pronoun, groups, bridging: which actor a token (or "it", "the two leaders",
  "two Americans ... Griner and Whelan", "the launch") stands for;
- labels, claims: who a pejorative label is pinned on ("considers Russia an imperial power"),
  whose claim an afterthought names (", a charge Beijing rejected");
- them_pronoun, among: "they"/"them" for the group named just before ("accusing them of
  ..."); "X and Y were among the leaders who condemned" (X and Y did);
- group_ends: "the leaders", "the three", "the pair", "both sides", "each of them", a next
  sentence's "They" for a meeting's parties, a list, or the story's opening pair;
- restated: ", the first meeting between the two since ..." is the clause's own meeting;
- mediated_nouns: parties named in mediated talks' purpose ("dialogue meant to normalise
  relations between X and Y");
- said_before, story_act: whose "the claim", "the warrant" is (who made it just before), whose
  "the move", "the deals", "what she called a cynical move" is (the lede's act);
- act_agents: the doer an act noun names in its own phrase ("Iran's execution of X", "the
  execution of X by Iran", "warnings from Australia", "proposals set out in a letter from X");
  summing_tails: the surface of ", a charge Kigali rejects", ", which Moscow denies"; charge_tails:
  such a tail answers the accusation just reported, or names the accused it leaves unnamed;
- reported, denials: reporting another's wrong accuses them ("Kyiv said Russian missiles had
  struck ...", "held Israel responsible"); a bare denial or refusal answers the accusation or
  request just reported ("Both deny it", "and India refused");
- modality: OCCURRED, PLANNED, or nothing (negation, refusal, threats, conditionals, hopes,
  questions, claims not adopted);
- frames_apply: one verb frame at one trigger -> a Reading (ends, status, anchors); noun_frames:
  the same for trigger nouns, and `read`, which picks one or the other;
- facts, derive: readings -> relation facts; facts implied by others and by the story;
- release_calls: a call for a prisoner's release urges, and a swap releases, the one state
  holding them;
- deal_facts: facts events carry through their participants, in order: signatories (who signed
  with whom when named indirectly), swaps (the two sides concluded them), participants (the
  parties a mediator mediated between), support (support named by place, praise or supporter);
- surface_lists, noun_clauses, gapping, reciprocal: lists, appositions and enumerations the
  parse loses; parties of "talks that X chaired with Y"; gapped clauses ("and Rubio with
  Jaishankar"); acts on "the other";
- places, visits, known_wars: the state a place is in (capitals, large cities, the dateline's
  city) for visits, strikes and detentions; a dated table of wars the news names without doer;
- prison_terms, custody, requests, requested_acts, disclaimers, obligations: terms served or
  received; who holds a prisoner they are asked to free; requests for a body's meeting; acts
  done "at the request of" someone (the asker urged the actor); "had no part in";
  "said India should cooperate";
- urging_errands, errand_addressees: urgings a trip, meeting or letter was made for ("flew to
  Sochi to press Putin to ..."), and the one met pressed when the urging names no one ("met
  Abiy to press for a ceasefire");
- strikes_on, nominal_acts, police_agents: strikes past a hedge ("at what it said were bases
  of X"), onto a state's soil ("in Pakistan's Balochistan province") and on sites a demonym
  marks as a side's ("struck three Iranian nuclear sites"); acts of "the group's",
  "X's campaign against Y", wars fought "with" someone; arrests "by German police" the parse lost;
- sanction_clauses, matching_sanctions, persona_non_grata: sanctions in a contact relative
  clause, "measures ... target X", "also targeted" beside sanctions, on goods a demonym names,
  announced in the passive; "matching measures on the same officials"; persona non grata, the
  expulsion of nationals named by a demonym, a passive expulsion its announcer's state made;
- sanction_relatives: "the sanctions that X and Y have imposed on Z", whatever the main clause
  does with them (joins, answers), and "sanctions the Treasury announced against N, including";
  "the EU sanctions imposed on Moscow" (a participle: the noun's owner imposed them);
- unnamed_sanctioners: a sanction whose clause names no doer ("The EU measures freeze the
  assets of X", "Y was also blacklisted"): the measures' owner, or the sanctioner just reported;
- staff_cuts: "ordered Pakistan to halve the staff of its High Commission" expels Pakistan;
  closed_missions: "shut Russia's consulate", "ordered the closure of Iranian consulates";
- mistagged_verbs: a trigger verb the tagger read as a noun or adjective ("which Israel and
  the United States accuse of");
- mistagged_accusations: "Iran, which Israel and the United States accuse of", where the
  tagger read the verb as a noun: the names between the pronoun and the verb accuse the noun;
- mistagged_backing: "Russia and Iran back President Assad", where the tagger read the plural
  "back" as an adverb: the names joined by "and" before it back the name after it;
- wanted_people: whom "issued warrants for his arrest" is against (the arrest's owner);
- relative_gaps: whom an object relative clause is about where the parse loses it ("a group
  that X classifies as Y and has blamed for Z"; "the FDLR, which it accuses of" hung on a verb);
- told_in_person: "A told B that ..." between two people is a meeting, unless written,
  ordered, or one more voice in a round-up;
- troops_in_support: "has forces in Syria backing Assad", "sent troops to help Finland";
- onward_stops: "travels on to A, B", "and then to C" (a tour's next legs);
- partitives: the people named after "detained two of its reporters, A and B";
- hosting, same_call: parties brought together met, and "the two sides" of a mediation are the
  story's; "urged the same" goes to the one urged just before;
- due_in: a person "due in" (or, with a date, "expected in") a state is scheduled to visit it;
- present_in: an official who "was in" another state's capital, or spoke there, visited it;
- talks_held_in: people holding (or speaking at) talks in another state's city visited it;
- brokered_deals: "under a deal brokered by X, A and B swapped ...": X mediated between them;
- the_deal, truce_ends: who "the deal" a mediator brokered is between (the article's
  signatories); "a ceasefire that halted the war between X and Y" was agreed by X and Y;
- killings, fighting_between: a state or its strike killing a named person ("killed by a U.S.
  drone strike"); "fighting/war between X and Y" asserted as real;
- backed, backed_entries: "the Iran-backed Houthis", "Hamas, backed by Iran," (support on the
  supported noun); "backed the inclusion of Argentina" (the one entering is backed);
- under_deals: "released the pilot under a deal with Russia": the doer has a deal with Russia;
- normalised_ties: "established relations with Israel under the Abraham Accords": a deal;
- sanction_phrases: "imposed asset freezes and travel bans on ..., including X" past the
  parser's misreading, "sanctions targeting X's ...", "cut trade ties with X";
- freed_held, custody_lists, charges: a state that frees a person held them; named members of
  a group freed or held ("The Americans released were A, B ..."); "they were convicted of";
- cancelled: a plan the same sentence calls off is no plan;
- time_objects, joined_in, decided_acts: "sanctioned Chong the following month" (a time
  phrase the parser took for the object), "joined X in condemning" (X did too), "Canada's
  decision to impose sanctions" (the owner does it);
- at_war, victims_in, mediation_results: "has been at war with", "shelling by X killed three
  civilians in Y", "a mediation effort led by X, which produced a ceasefire between A and B";
- verb_senses: a trigger verb in a sense its frame excludes ("called Putin a killer" is a
  label, not a call; "clashed over the S-400" a quarrel, not fighting);
- dates: dates against the publication date; events: events merged per happening;
- judged_acts, levelled_claims, hedged_wrongs: the doer inside a condemned act's own phrase
  ("what she called attacks by X", "the sanctions X imposed"); ", an accusation levelled by Y"
  after a denial; "over what it says is Moscow's meddling" (the speaker accuses the owner);
  name_objects: "which has strongly backed Azerbaijan", a name the parser read as an adverb;
- lede: the first sentence re-read without its dateline; component: the spaCy component.
"""

from __future__ import annotations

from loaders.relations.component import RelationComponent, make_relation_component

__all__ = ["RelationComponent", "make_relation_component"]
