// What the page shows, mirrored in its URL so a journalist can share exactly this view:
// /explore?actor=person:sergey-lavrov&depth=2&types=MET_WITH,CONDEMNED&from=2022-01-01
// (`relation=` names the line whose evidence is open, so a link can point at one claim)

import { TYPE_NAMES } from "./vocabulary.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The view described by a URL's query string; anything malformed falls back to the default. */
export function readState(search = window.location.search) {
  const params = new URLSearchParams(search);
  const depth = Number.parseInt(params.get("depth") ?? "1", 10);
  const types = params.get("types");
  const listed = (types ?? "").split(",").filter((t) => TYPE_NAMES.includes(t));
  const wanted = listed.length ? listed : null; // none valid: show every type
  return {
    actor: params.get("actor") || null,
    depth: depth >= 1 && depth <= 3 ? depth : 1,
    types: wanted,
    from: DATE.test(params.get("from") ?? "") ? params.get("from") : null,
    to: DATE.test(params.get("to") ?? "") ? params.get("to") : null,
    relation: params.get("relation") || null,
  };
}

/** The URL (path + query) for a view; defaults are left out to keep links short. */
export function stateUrl(state) {
  const params = new URLSearchParams();
  if (state.actor) params.set("actor", state.actor);
  if (state.depth !== 1) params.set("depth", String(state.depth));
  if (state.types) params.set("types", state.types.join(","));
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.relation) params.set("relation", state.relation);
  const query = params.toString().replaceAll("%3A", ":").replaceAll("%2C", ",");
  return `explore${query ? `?${query}` : ""}`;
}

/** Record the view in the address bar: `push` makes a new history entry (Back returns). */
export function writeState(state, { push }) {
  const url = new URL(stateUrl(state), document.baseURI);
  if (url.href === window.location.href) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}
