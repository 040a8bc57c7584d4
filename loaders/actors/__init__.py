"""The actor stage: who the article is about (people, states, organizations), where named.

`loaders.actors.component` registers the spaCy factory `diplograph_actors_v1`; the other modules
are its tables (gazetteer, demonyms, organizations, titles) and rules (syntax, people, coref).
"""
