// A relation with its provenance: what was claimed, when, how sure, and the sentences (with their
// articles) it was read from. Journalists check these before they quote anything.

import { el } from "./dom.js";
import { swatch } from "./legend.js";
import { describe, shownDate } from "./vocabulary.js";

function facts(relation) {
  const n = relation.sourceCount ?? 1;
  const rows = [
    ["Date", shownDate(relation.date, relation.datePrecision) ?? "not stated"],
    ["Status", relation.status === "PLANNED" ? "announced, not yet happened" : "happened"],
    ["Reported by", `${n} article${n === 1 ? "" : "s"}`],
    ["Confidence", `${Math.round((relation.confidence ?? 0) * 100)} %`],
    ["Event codes", `CAMEO ${relation.cameo} · PLOVER ${relation.plover}`],
  ];
  return el("dl", { class: "facts" }, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function article(found) {
  if (!found) return el("span", { class: "hint" }, "article not recorded");
  const title = found.title || found.url || found.id;
  // only web addresses become links: a scraped `javascript:` URL must never be clickable
  const link = /^https?:\/\//i.test(found.url ?? "")
    ? el("a", { href: found.url, target: "_blank", rel: "noopener noreferrer" }, title)
    : el("span", {}, title);
  return el("span", { class: "article" }, link, found.published ? ` (${found.published})` : "");
}

/** The evidence sentences, each quoted with the article it comes from. */
export function evidenceList(relation) {
  const items = relation.evidence ?? [];
  if (!items.length) return el("p", { class: "hint" }, "No sentence was kept for this relation.");
  return el("ul", { class: "evidence" }, items.map((item) => el("li", {},
    el("blockquote", {}, item.sentence),
    el("p", { class: "cite" }, "— ", article(item.article)))));
}

/** The full panel for one relation: a sentence-like heading, its facts and its evidence. */
export function relationDetails(relation) {
  return el("article", { class: "relation", dataset: { relationId: relation.id } },
    el("h3", {}, swatch(relation.type), " ", describe(relation)),
    facts(relation),
    el("h4", {}, "What the articles say"),
    evidenceList(relation));
}

