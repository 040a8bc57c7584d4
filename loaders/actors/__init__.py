"""The actor stage: who the article is about (people, states, organizations), where named.

`loaders.actors.component` registers the spaCy factory `diplograph_actors_v1` and runs the steps
in order over one `claims.Claims`; the other modules are its tables (gazetteer, demonyms,
organizations, titles, offices) and steps and rules (people, gazetteer_hits, ner_bodies,
body_continuations, common_noun_bodies, delegations, syntax, person_cues, descriptions,
state_kinds, groups, short_forms, coref, clause_subjects).
"""
