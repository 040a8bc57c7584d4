// The legend doubles as the relation-type filter: each checkbox shows the line its type is drawn
// with, and how many such lines the current network holds.

import { el, svg } from "./dom.js";
import { ACTOR_KINDS, RELATION_TYPES, TYPE_NAMES, relationStyle } from "./vocabulary.js";

/** A short sample of the line a relation type is drawn with (decorative: the text says it). */
export function swatch(type) {
  const style = relationStyle(type);
  return svg("svg", { class: "swatch", width: 28, height: 10, viewBox: "0 0 28 10",
    "aria-hidden": "true", focusable: "false" },
  svg("line", { x1: 1, y1: 5, x2: 27, y2: 5, stroke: style.color, "stroke-width": style.width,
    "stroke-dasharray": style.dash }));
}

/** Fill `list` with one checkbox per relation type; `onChange()` runs when any is toggled. */
export function typeCheckboxes(list, onChange) {
  list.replaceChildren(...TYPE_NAMES.map((type) => {
    const id = `type-${type}`;
    const box = el("input", { type: "checkbox", id, name: "types", value: type, checked: true });
    box.addEventListener("change", onChange);
    return el("li", {}, box, el("label", { for: id }, swatch(type), " ",
      RELATION_TYPES[type].verb, el("span", { class: "count", dataset: { type } })));
  }));
  const boxes = () => [...list.querySelectorAll("input[type=checkbox]")];
  return {
    /** Checked types, or null when all are checked (no filter). */
    get() {
      const checked = boxes().filter((b) => b.checked).map((b) => b.value);
      return checked.length === TYPE_NAMES.length ? null : checked;
    },
    set(types) {
      for (const box of boxes()) box.checked = types === null || types.includes(box.value);
    },
    /** Show how many relations of each type the network on screen has. */
    counts(edges) {
      const tally = new Map();
      for (const edge of edges ?? []) tally.set(edge.type, (tally.get(edge.type) ?? 0) + 1);
      for (const span of list.querySelectorAll(".count")) {
        const n = tally.get(span.dataset.type);
        span.textContent = edges && n ? ` (${n})` : "";
      }
    },
  };
}

/** The node-shape legend. */
export function kindLegend(list) {
  list.replaceChildren(...Object.entries(ACTOR_KINDS).map(([kind, style]) => {
    const r = 6;
    const mark = style.shape === "square"
      ? svg("rect", { x: 2, y: 2, width: 12, height: 12, rx: 2, fill: style.color })
      : style.shape === "diamond"
        ? svg("polygon", { points: "8,1 15,8 8,15 1,8", fill: style.color })
        : svg("circle", { cx: 8, cy: 8, r, fill: style.color });
    return el("li", { dataset: { kind } },
      svg("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" }, mark),
      ` ${style.label}`);
  }));
}
