// The side panels that list things: the selected actor's card, the path between two actors,
// the most central actors, and an actor's timeline of events. Each renders data it is given;
// main.js decides when to ask the server.

import { el } from "./dom.js";
import { evidenceList } from "./evidence.js";
import { swatch } from "./legend.js";
import {
  describeEventType, kindStyle, relationStyle, relationTotal, rolePhrase, shownDate,
} from "./vocabulary.js";

function actorButton(actor, onActor) {
  return el("button", { type: "button", class: "link", dataset: { actorId: actor.id },
    onclick: () => onActor(actor) }, actor.name);
}

function organizationName(organization) {
  if (!organization) return null;
  return typeof organization === "string" ? organization : organization.name ?? organization.id;
}

function roleText(role) {
  const where = organizationName(role.organization);
  const span = [role.since && `since ${role.since}`, role.until && `until ${role.until}`]
    .filter(Boolean).join(", ");
  return `${role.title}${where ? `, ${where}` : ""}${span ? ` (${span})` : ""}`;
}

/** Facts about the selected actor, as a definition list. */
export function actorFacts(actor) {
  const rows = [["Kind", kindStyle(actor.kind).label]];
  if (actor.country) rows.push(["Country", actor.country]);
  if (actor.roles?.length) {
    rows.push(["Roles", el("ul", {}, actor.roles.map((role) => el("li", {}, roleText(role))))]);
  }
  if (actor.aliases?.length) rows.push(["Also called", actor.aliases.join(", ")]);
  rows.push(["Id", el("code", {}, actor.id)]);
  return rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]);
}

/** One step of a path: who did what to whom, when, with the evidence under it. */
function hop(relation, onActor) {
  const style = relationStyle(relation.type);
  const n = relation.sourceCount ?? 1;
  return el("li", { class: "hop", dataset: { relationId: relation.id } },
    el("p", { class: "claim" }, actorButton(relation.source, onActor), " ", swatch(relation.type),
      ` ${style.verb} `, actorButton(relation.target, onActor),
      el("span", { class: "when" },
        [shownDate(relation.date, relation.datePrecision),
          relation.status === "PLANNED" ? "planned" : null,
          `${n} source${n === 1 ? "" : "s"}`].filter(Boolean).join(" · "))),
    evidenceList(relation));
}

export function pathHops(hops, onActor) {
  return hops.map((relation) => hop(relation, onActor));
}

/** How a Goldstein mean reads: "cooperation +1.0", "conflict −2.0" (GDELT's scale, -10..10). */
function leaning(goldstein) {
  const shown = Math.abs(goldstein).toFixed(1);
  if (goldstein > 0) return `leans to cooperation (+${shown})`;
  if (goldstein < 0) return `leans to conflict (\u2212${shown})`;
  return "neutral (0.0)";
}

/** One group of relations: what it is, how many, how it leaned, and a bar as long as the lean. */
function leanRow(label, count, averageGoldstein) {
  const side = averageGoldstein > 0 ? "cooperation" : averageGoldstein < 0 ? "conflict" : "";
  const bar = el("span", { class: "bar", "aria-hidden": "true" });
  bar.style.width = `${Math.round(Math.abs(averageGoldstein) * 10)}%`; // CSSOM: CSP allows it
  return el("li", { class: `row ${side}` },
    el("span", { class: "key" }, label),
    el("span", { class: "count" }, `${count} relation${count === 1 ? "" : "s"}`),
    el("span", { class: "lean" }, leaning(averageGoldstein)),
    bar);
}

/** Two actors' direct relations per year, each year with how it leaned (mean Goldstein). */
export function dyadYears(counts) {
  return counts.map(({ key, count, averageGoldstein }) =>
    leanRow(key ?? "undated", count, averageGoldstein));
}

/** Whom the actor deals with most, each counterpart with how their relations leaned. */
export function counterpartItems(counts, onActor) {
  return counts.map(({ counterpart, count, averageGoldstein }) =>
    leanRow(actorButton(counterpart, onActor), count, averageGoldstein));
}

function score(value, measure) {
  return measure === "DEGREE" && Number.isInteger(value) ? String(value) : value.toFixed(3);
}

export function rankingItems(scores, measure, onActor) {
  return scores.map(({ actor, score: value }) => el("li", {},
    actorButton(actor, onActor),
    el("span", { class: "meta" }, [kindStyle(actor.kind).label, actor.country]
      .filter(Boolean).join(" · ")),
    el("span", { class: "score", title: "score" }, score(value, measure))));
}

/** The actors in the most relations, each with how many: who is most in the news (the card is
 * narrow, so the name and the count only). */
export function busiestItems(actors, onActor) {
  return actors.filter((actor) => actor.relationCount > 0).map((actor) => el("li", {},
    actorButton(actor, onActor),
    el("span", { class: "meta" }, relationTotal(actor.relationCount))));
}

function actorButtons(actors, onActor) {
  return actors.flatMap((actor, i) => [i ? ", " : "", actorButton(actor, onActor)]);
}

/** The other participants of an event grouped by the words that introduce them, in role order. */
function roleGroups(event, selectedId) {
  const roles = new Map((event.participations ?? []).map((p) => [p.actor.id, p.role]));
  const groups = new Map();
  for (const actor of event.participants) {
    if (actor.id === selectedId) continue;
    // without a stored role, a visit's country is where it went, anyone else someone met there
    const fallback = event.type === "VISIT" && actor.kind === "COUNTRY" ? "HOST" : "PARTICIPANT";
    const phrase = rolePhrase(roles.get(actor.id) ?? fallback);
    if (!groups.has(phrase)) groups.set(phrase, []);
    groups.get(phrase).push(actor);
  }
  return [...groups];
}

export function timelineItems(events, selectedId, onActor) {
  return events.map((event) => {
    const groups = roleGroups(event, selectedId);
    const inline = groups.filter(([phrase]) => phrase.inline);
    const lines = groups.filter(([phrase]) => !phrase.inline);
    return el("li", { class: "event", dataset: { eventId: event.id } },
      el("time", { datetime: shownDate(event.date, event.datePrecision) ?? "" },
        shownDate(event.date, event.datePrecision) ?? "undated"),
      el("div", {},
        el("p", { class: "what" }, describeEventType(event.type),
          inline.map(([phrase, actors]) => [` ${phrase.words} `, ...actorButtons(actors, onActor)]),
          event.status === "PLANNED" ? el("span", { class: "badge" }, "planned") : null,
          event.place ? ` in ${event.place}` : ""),
        lines.map(([phrase, actors]) =>
          el("p", { class: "with" }, `${phrase.words} `, actorButtons(actors, onActor))),
        event.sources?.length
          ? el("p", { class: "cite" }, "Reported in: ",
            event.sources.map((s) => s.title || s.id).join("; "))
          : null));
  });
}
