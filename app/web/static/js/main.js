// Wires the page: URL state <-> controls, and each control to the query it triggers.

import { byId, el, say } from "./dom.js";
import { relationDetails } from "./evidence.js";
import { gql, isAbort } from "./gql.js";
import { kindLegend, typeCheckboxes } from "./legend.js";
import { drawNetwork } from "./network.js";
import {
  actorFacts, busiestItems, counterpartItems, dyadYears, pathHops, rankingItems, timelineItems,
} from "./panels.js";
import { actorPicker } from "./picker.js";
import {
  ACTOR, CENTRALITY, COUNTERPARTS, DYAD, MOST_IN_THE_NEWS, NETWORK, NETWORK_DATES, PATH, TIMELINE,
} from "./queries.js";
import { readState, writeState } from "./state.js";
import { drawTimebar } from "./timebar.js";
import { summarize } from "./vocabulary.js";
import { zoomable } from "./zoom.js";

const CENTRAL_TOP = 20;
const TOP_COUNTERPARTS = 8;
const MOST_IN_THE_NEWS_TOP = 8;
let state = {};
let current = { actor: null, network: null, drawing: null };
const inflight = new Map(); // panel name -> AbortController of its latest request

/** Run one panel's query, cancelling the previous one of the same panel (last request wins). */
async function latest(panel, query, variables) {
  inflight.get(panel)?.abort();
  const controller = new AbortController();
  inflight.set(panel, controller);
  try {
    return await gql(query, variables, { signal: controller.signal });
  } finally {
    if (inflight.get(panel) === controller) inflight.delete(panel);
  }
}

function reportError(where, error) {
  if (isAbort(error)) return;
  say(byId("page-error"), `${where}: ${error.message}`);
}

const types = typeCheckboxes(byId("type-list"), () => filtersChanged());
const zoom = zoomable(byId("network"),
  { zoomIn: byId("zoom-in"), zoomOut: byId("zoom-out"), reset: byId("zoom-fit") });

function showControls() {
  byId("depth").value = String(state.depth);
  byId("date-from").value = state.from ?? "";
  byId("date-to").value = state.to ?? "";
  types.set(state.types);
}

/** Read the filter controls into the state; false (with a message) when they make no sense. */
function readControls() {
  const from = byId("date-from").value || null;
  const to = byId("date-to").value || null;
  const chosen = types.get();
  let problem = "";
  if (from && to && from > to) problem = `The start date (${from}) is after the end date (${to}).`;
  else if (chosen && !chosen.length) problem = "Tick at least one relation type.";
  say(byId("filter-error"), problem);
  if (problem) return false;
  state = { ...state, depth: Number(byId("depth").value), types: chosen, from, to };
  return true;
}

/** Take the view from the URL; a link with reversed dates shows every date and says why. */
function adoptUrl() {
  state = readState();
  showControls();
  say(byId("filter-error"), "");
  if (state.from && state.to && state.from > state.to) {
    const problem = `This link's dates are reversed (${state.from} is after ${state.to}): ` +
      "showing all dates.";
    state = { ...state, from: null, to: null };
    showControls();
    writeState(state, { push: false });
    say(byId("filter-error"), problem);
  }
}

function filtersChanged() {
  if (!readControls()) return;
  writeState(state, { push: false });
  loadNetwork();
  loadTimeline();
  loadCounterparts();
  loadCentrality();
}

function selectActor(actor) {
  if (actor.id === state.actor) return;
  state = { ...state, actor: actor.id, relation: null };
  writeState(state, { push: true });
  loadActor();
}

function showRelation(relation) {
  byId("evidence").replaceChildren(relationDetails(relation));
  current.drawing?.select(relation.id);
  if (state.relation !== relation.id) {
    state = { ...state, relation: relation.id };
    writeState(state, { push: false });
  }
}

function pickMonth(from, to) {
  byId("date-from").value = from;
  byId("date-to").value = to;
  filtersChanged();
}

/** Monthly activity of the network; with dates chosen, ask again without them for the whole span. */
async function loadActivity(edges) {
  byId("dates-clear").hidden = !state.from && !state.to;
  let dates = edges.map((edge) => edge.date);
  if (state.from || state.to) {
    try {
      const { network } = await latest("activity", NETWORK_DATES,
        { actorId: current.actor.id, depth: state.depth, types: state.types });
      dates = network.edges.map((edge) => edge.date);
    } catch (error) {
      reportError("Loading the activity over time failed", error);
      return;
    }
  }
  drawTimebar(byId("timebar"), dates, { from: state.from, to: state.to }, pickMonth);
}

function clearActor() {
  current = { actor: null, network: null, drawing: null };
  byId("actor-name").textContent = "No actor selected";
  byId("actor-hint").hidden = false;
  byId("actor-facts").hidden = true;
  loadBusiest();
  showCounterparts([]);
  byId("network-heading").textContent = "Network";
  byId("network").replaceChildren();
  byId("relation-list").replaceChildren();
  say(byId("network-status"), "Pick an actor to draw who they are connected to.");
  byId("timeline").replaceChildren();
  byId("timebar").replaceChildren();
  byId("dates-clear").hidden = true;
  say(byId("timeline-status"), "Select an actor to see their events.");
  types.counts(null);
  document.title = "diplograph explorer";
}

async function loadActor() {
  say(byId("page-error"), "");
  if (!state.actor) {
    clearActor();
    return;
  }
  const id = state.actor;
  byId("actor-name").textContent = "Loading…";
  try {
    const { actor } = await latest("actor", ACTOR, { id });
    if (!actor) {
      clearActor();
      say(byId("page-error"), `No actor has the id “${id}”. Search for the name instead.`);
      return;
    }
    current.actor = actor;
    document.title = `${actor.name} · diplograph explorer`;
    byId("actor-name").textContent = actor.name;
    byId("actor-hint").hidden = true;
    showBusiest([]);
    byId("actor-facts").replaceChildren(...actorFacts(actor));
    byId("actor-facts").hidden = false;
    if (pathFromFollows || !pathFrom.get()) {
      pathFrom.set(actor);
      pathFromFollows = true;
    }
  } catch (error) {
    reportError("Loading the actor failed", error);
    return;
  }
  loadNetwork();
  loadTimeline();
  loadCounterparts();
}

/** With no actor chosen, the actors in the most relations: somewhere to start. */
async function loadBusiest() {
  let actors;
  try {
    ({ actors } = await latest("busiest", MOST_IN_THE_NEWS, { first: MOST_IN_THE_NEWS_TOP }));
  } catch (error) {
    reportError("Loading the actors most in the news failed", error);
    return;
  }
  if (!current.actor) showBusiest(actors.edges.map((edge) => edge.node));
}

function showBusiest(actors) {
  const items = busiestItems(actors, selectActor);
  byId("busiest-heading").hidden = !items.length;
  byId("busiest").hidden = !items.length;
  byId("busiest").replaceChildren(...items);
}

/** The actor's most frequent counterparts under the filters; hidden when there are none. */
async function loadCounterparts() {
  if (!current.actor) return;
  let relationCounts;
  try {
    ({ relationCounts } = await latest("counterparts", COUNTERPARTS, {
      actorId: current.actor.id, first: TOP_COUNTERPARTS, types: state.types, from: state.from,
      to: state.to,
    }));
  } catch (error) {
    reportError("Loading the counterparts failed", error);
    return;
  }
  showCounterparts(relationCounts);
}

function showCounterparts(counts) {
  const found = counts.length > 0;
  byId("partners-heading").hidden = !found;
  byId("partners").hidden = !found;
  byId("partners").replaceChildren(...counterpartItems(counts, selectActor));
}

/** How the list under the network can be ordered; ties go newest first, as in the API. */
const RELATION_ORDERS = {
  newest: (a, b) => (b.date ?? "").localeCompare(a.date ?? ""),
  sources: (a, b) => (b.sourceCount ?? 1) - (a.sourceCount ?? 1),
  confidence: (a, b) => (b.confidence ?? 0) - (a.confidence ?? 0),
};

/** The network's relations as a list, in the order the journalist picked. */
function showRelationList() {
  const order = RELATION_ORDERS[byId("relation-order").value] ?? RELATION_ORDERS.newest;
  const edges = [...(current.network?.edges ?? [])]
    .sort((a, b) => order(a, b) || RELATION_ORDERS.newest(a, b));
  byId("relation-list").replaceChildren(...edges.map((edge) => el("li", {},
    el("button", { type: "button", class: "link", dataset: { relationId: edge.id },
      onclick: () => showRelation(edge) }, summarize(edge)))));
}

async function loadNetwork() {
  if (!current.actor) return;
  const centre = current.actor;
  byId("network-heading").textContent = `Network of ${centre.name}`;
  say(byId("network-status"), "Loading the network…");
  let network;
  try {
    ({ network } = await latest("network", NETWORK, {
      actorId: centre.id, depth: state.depth, types: state.types, from: state.from, to: state.to,
    }));
  } catch (error) {
    say(byId("network-status"), "");
    reportError("Loading the network failed", error);
    return;
  }
  const nodes = network.nodes.some((n) => n.id === centre.id)
    ? network.nodes : [centre, ...network.nodes];
  current.network = { nodes, edges: network.edges };
  current.drawing = drawNetwork(byId("network"), current.network, centre.id, {
    onActor: selectActor,
    onRelation: showRelation,
  });
  zoom.fit(current.drawing.box);
  types.counts(network.edges);
  const n = network.edges.length;
  say(byId("network-status"), n
    ? `${nodes.length} actors, ${n} relation${n === 1 ? "" : "s"}. Click a line to read its evidence, an actor to explore them.`
    : `${centre.name} has no relations with these filters.`);
  showRelationList();
  const open = network.edges.find((edge) => edge.id === state.relation);
  if (open) {
    showRelation(open);
  } else {
    byId("evidence").replaceChildren(el("p", { class: "hint" },
      "Click a line in the network to read the sentences it was taken from."));
    if (state.relation) {
      state = { ...state, relation: null };
      writeState(state, { push: false });
    }
  }
  loadActivity(network.edges);
}

async function loadTimeline() {
  if (!current.actor) return;
  const centre = current.actor;
  say(byId("timeline-status"), "Loading events…");
  try {
    const { timeline } = await latest("timeline", TIMELINE,
      { actorId: centre.id, from: state.from, to: state.to });
    byId("timeline").replaceChildren(...timelineItems(timeline, centre.id, selectActor));
    say(byId("timeline-status"), timeline.length
      ? `${timeline.length} event${timeline.length === 1 ? "" : "s"} involving ${centre.name}.`
      : `No events involving ${centre.name} with these dates.`);
  } catch (error) {
    say(byId("timeline-status"), "");
    reportError("Loading the timeline failed", error);
  }
}

async function loadCentrality() {
  const measure = byId("measure").value;
  say(byId("central-status"), "Ranking…");
  try {
    const { centrality } = await latest("centrality", CENTRALITY, {
      measure, top: CENTRAL_TOP, types: state.types, from: state.from, to: state.to,
    });
    byId("central-list").replaceChildren(...rankingItems(centrality, measure, selectActor));
    say(byId("central-status"), centrality.length ? "" : "No relations match these filters.");
  } catch (error) {
    say(byId("central-status"), "");
    reportError("Ranking the actors failed", error);
  }
}

/** The two actors' own relations year by year, or nothing when they never dealt directly. */
function showDyad(counts) {
  const found = counts?.length > 0;
  byId("dyad-heading").hidden = !found;
  byId("dyad-years").hidden = !found;
  byId("dyad-years").replaceChildren(...(found ? dyadYears(counts) : []));
}

async function connect(event) {
  event.preventDefault();
  const fromId = pathFrom.get();
  const toId = pathTo.get();
  const status = byId("path-status");
  byId("path-result").replaceChildren();
  showDyad([]);
  if (!fromId || !toId) {
    say(status, "Pick both actors from the suggestions that appear as you type.");
    return;
  }
  const maxHops = Number(byId("path-hops").value);
  say(status, "Searching for a connection…");
  try {
    const [{ path }, dyad] = await Promise.all([
      latest("path", PATH, { fromId, toId, maxHops, types: state.types }),
      latest("dyad", DYAD, { actorId: fromId, counterpartId: toId, types: state.types }),
    ]);
    showDyad(dyad.relationCounts);
    const [a, b] = [byId("path-from").value, byId("path-to").value];
    if (!path || !path.hops.length) {
      say(status, `No connection between ${a} and ${b} within ${maxHops} steps.`);
      return;
    }
    const n = path.hops.length;
    say(status, `${a} and ${b} are connected in ${n} step${n === 1 ? "" : "s"}:`);
    byId("path-result").replaceChildren(...pathHops(path.hops, selectActor));
  } catch (error) {
    say(status, "");
    reportError("Finding a connection failed", error);
  }
}

const searchError = (text) => say(byId("page-error"), text);
actorPicker(byId("actor-search"), byId("actor-search-results"),
  { onPick: selectActor, onError: searchError, clearOnPick: true });
// "From" follows the selected actor until the journalist picks another one there
let pathFromFollows = true;
const pathFrom = actorPicker(byId("path-from"), byId("path-from-results"),
  { onPick: () => { pathFromFollows = false; }, onError: searchError });
const pathTo = actorPicker(byId("path-to"), byId("path-to-results"),
  { onPick: () => {}, onError: searchError });

byId("search-form").addEventListener("submit", (event) => event.preventDefault());
byId("filters").addEventListener("submit", (event) => event.preventDefault());
byId("central-form").addEventListener("submit", (event) => event.preventDefault());
byId("path-form").addEventListener("submit", connect);
byId("depth").addEventListener("change", filtersChanged);
byId("date-from").addEventListener("change", filtersChanged);
byId("date-to").addEventListener("change", filtersChanged);
byId("measure").addEventListener("change", loadCentrality);
byId("relation-order").addEventListener("change", showRelationList);
byId("types-all").addEventListener("click", () => { types.set(null); filtersChanged(); });
byId("types-none").addEventListener("click", () => { types.set([]); filtersChanged(); });
byId("dates-clear").addEventListener("click", () => pickMonth("", ""));
window.addEventListener("popstate", () => {
  adoptUrl();
  loadActor();
  loadCentrality();
});

kindLegend(byId("kind-legend"));
adoptUrl();
loadActor();
loadCentrality();
