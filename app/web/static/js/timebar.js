// Relations per month around the selected actor: shows when a network was active and lets a
// journalist narrow the dates to one month with a click (then compare with another month).

import { el, onActivate, svg } from "./dom.js";

const BAR = 22;
const GAP = 4;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
  "Nov", "Dec"];
const HEIGHT = 48;

function months(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
    if (out.length > 600) break; // fifty years is enough for one picture
  }
  return out;
}

function lastDay(month) {
  const [y, m] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** The label under a bar: the year at January (and at the first bar), else the month if room. */
function tick(month, index, count) {
  const [year, m] = month.split("-");
  if (index === 0 || m === "01") return svg("text", { x: 0, y: HEIGHT - 1 }, year);
  return count <= 24 ? svg("text", { x: 0, y: HEIGHT - 1 }, MONTHS[Number(m) - 1]) : null;
}

/**
 * Draw the monthly counts of `dates` (ISO strings; nulls are counted apart) into `box`.
 * `range` is the {from, to} currently chosen (highlighted); `onPick(from, to)` narrows to a month.
 */
export function drawTimebar(box, dates, range, onPick) {
  const dated = dates.filter(Boolean).sort();
  const undated = dates.length - dated.length;
  if (!dated.length) {
    box.replaceChildren();
    return;
  }
  const tally = new Map();
  for (const d of dated) tally.set(d.slice(0, 7), (tally.get(d.slice(0, 7)) ?? 0) + 1);
  const all = months(dated[0].slice(0, 7), dated.at(-1).slice(0, 7));
  const top = Math.max(...tally.values());
  const width = all.length * (BAR + GAP);
  const bars = all.map((month, i) => {
    const n = tally.get(month) ?? 0;
    const h = n ? Math.max(3, (n / top) * (HEIGHT - 14)) : 1;
    const inRange = (!range.from || lastDay(month) >= range.from)
      && (!range.to || `${month}-01` <= range.to);
    const bar = svg("g", {
      class: `bar${inRange ? " in-range" : ""}`, tabindex: n ? 0 : null, role: n ? "button" : null,
      "aria-label": n ? `${month}: ${n} relation${n === 1 ? "" : "s"}. Show only this month.` : null,
      transform: `translate(${i * (BAR + GAP)},0)`,
    }, svg("title", {}, `${month}: ${n}`),
    svg("rect", { class: "hit", x: 0, y: 0, width: BAR + GAP, height: HEIGHT }),
    svg("rect", { class: "count", x: 0, y: HEIGHT - 12 - h, width: BAR, height: h }),
    tick(month, i, all.length));
    if (n) onActivate(bar, () => onPick(`${month}-01`, lastDay(month)));
    return bar;
  });
  const chart = el("div", { class: "timebar-scroll" },
    svg("svg", { class: "timebar", width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`,
      role: "group", "aria-label": "Relations per month" }, bars));
  const note = `${undated} relation${undated === 1 ? "" : "s"} without a date.`;
  box.replaceChildren(...(undated ? [chart, el("p", { class: "hint" }, note)] : [chart]));
}
