// The GraphQL documents the explorer sends. Field names follow schema/graphql (the API's schema).

const ACTOR_BRIEF = "id name kind country";

const RELATION = `
  id type status date datePrecision confidence sourceCount cameo plover
  source { id name }
  target { id name }
  evidence { sentence start end article { id title url published } }`;

export const SEARCH_ACTORS = `
  query SearchActors($search: String!, $first: Int!) {
    actors(search: $search, first: $first) {
      totalCount
      edges { node { ${ACTOR_BRIEF} relationCount } }
    }
  }`;

export const MOST_IN_THE_NEWS = `
  query MostInTheNews($first: Int!) {
    actors(orderBy: MOST_RELATIONS, first: $first) {
      edges { node { ${ACTOR_BRIEF} relationCount } }
    }
  }`;

export const ACTOR = `
  query Actor($id: ID!) {
    actor(id: $id) {
      ${ACTOR_BRIEF} aliases
      roles { title since until organization { id name } }
    }
  }`;

export const NETWORK = `
  query Network($actorId: ID!, $depth: Int!, $types: [RelationType!], $from: Date, $to: Date) {
    network(actorId: $actorId, depth: $depth, types: $types, from: $from, to: $to) {
      nodes { ${ACTOR_BRIEF} }
      edges { ${RELATION} }
    }
  }`;

export const PATH = `
  query Path($fromId: ID!, $toId: ID!, $maxHops: Int!, $types: [RelationType!]) {
    path(fromId: $fromId, toId: $toId, maxHops: $maxHops, types: $types) {
      hops { ${RELATION} }
    }
  }`;

export const DYAD = `
  query Dyad($actorId: ID!, $counterpartId: ID!, $types: [RelationType!]) {
    relationCounts(by: YEAR, actorId: $actorId, counterpartId: $counterpartId, types: $types) {
      key count averageGoldstein
    }
  }`;

export const COUNTERPARTS = `
  query Counterparts($actorId: ID!, $first: Int!, $types: [RelationType!], $from: Date,
                     $to: Date) {
    relationCounts(by: COUNTERPART, actorId: $actorId, first: $first, types: $types,
                   from: $from, to: $to) {
      count averageGoldstein
      counterpart { ${ACTOR_BRIEF} }
    }
  }`;

export const CENTRALITY = `
  query Centrality($measure: CentralityMeasure!, $top: Int!, $types: [RelationType!],
                   $from: Date, $to: Date) {
    centrality(measure: $measure, top: $top, types: $types, from: $from, to: $to) {
      score
      actor { ${ACTOR_BRIEF} }
    }
  }`;

export const TIMELINE = `
  query Timeline($actorId: ID!, $from: Date, $to: Date) {
    timeline(actorId: $actorId, from: $from, to: $to) {
      id type date datePrecision status place
      participants { id name kind }
      participations { role actor { id } }
      sources { id title }
    }
  }`;

export const NETWORK_DATES = `
  query NetworkDates($actorId: ID!, $depth: Int!, $types: [RelationType!]) {
    network(actorId: $actorId, depth: $depth, types: $types) {
      edges { id date }
    }
  }`;
