"""The actor stage: who the article is about (people, states, organizations), where named.

`loaders.actors.component` registers the spaCy factory `diplograph_actors_v1`; the other modules
are its tables (gazetteer, demonyms, organizations, titles, offices) and rules (syntax, people,
person_cues, descriptions, groups, short_forms, coref).
"""
