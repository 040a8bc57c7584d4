// Draws a network as SVG: actors as shapes (by kind), relations as lines coloured by type, with
// arrows for directed types. Several relations between the same two actors fan out as curves so
// every one of them stays visible and clickable. Nodes and lines are keyboard-focusable buttons.

import { onActivate, svg } from "./dom.js";
import { forceLayout } from "./layout.js";
import { kindStyle, relationStyle, summarize } from "./vocabulary.js";

const FAN = 26; // px between parallel curves of one pair
const LABEL_ALL_UP_TO = 80;
const LABEL_TOP = 40;
const MIN_SHRINK = 0.45;

function radius(degree, isCentre) {
  return isCentre ? 17 : 8 + Math.min(7, Math.sqrt(degree) * 2);
}

function shape(kind, r, extra) {
  const style = kindStyle(kind);
  if (style.shape === "square") {
    return svg("rect", { x: -r * 0.9, y: -r * 0.9, width: r * 1.8, height: r * 1.8, rx: 3,
      fill: style.color, ...extra });
  }
  if (style.shape === "diamond") {
    return svg("polygon", { points: `0,${-r * 1.2} ${r * 1.2},0 0,${r * 1.2} ${-r * 1.2},0`,
      fill: style.color, ...extra });
  }
  return svg("circle", { r, fill: style.color, ...extra });
}

function markers(types) {
  return svg("defs", {}, [...types].map((type) => {
    const style = relationStyle(type);
    return svg("marker", {
      id: `arrow-${type}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9,
      markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse",
    }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: style.color }));
  }));
}

/** Curve geometry for every relation: pairs with several relations fan out symmetrically. */
function curves(edges, at, radii) {
  const groups = new Map();
  for (const edge of edges) {
    const [a, b] = [edge.source.id, edge.target.id].sort();
    const key = `${a}\u0000${b}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(edge);
  }
  const result = new Map();
  for (const group of groups.values()) {
    group.forEach((edge, i) => {
      result.set(edge.id, curve(edge, at, radii, (i - (group.length - 1) / 2) * FAN));
    });
  }
  return result;
}

function curve(edge, at, radii, offset) {
  const p = at.get(edge.source.id);
  const q = at.get(edge.target.id);
  const rp = radii.get(edge.source.id) + 2;
  const rq = radii.get(edge.target.id) + 3;
  if (edge.source.id === edge.target.id) {
    const y = p.y - rp;
    return { d: `M${p.x - 4},${y} C${p.x - 30},${y - 45} ${p.x + 30},${y - 45} ${p.x + 4},${y}`,
      mid: { x: p.x, y: y - 34 } };
  }
  // the normal is taken from the pair in sorted order, so A->B and B->A curves never coincide
  const [first, second] = edge.source.id < edge.target.id ? [p, q] : [q, p];
  const len = Math.max(Math.hypot(second.x - first.x, second.y - first.y), 0.01);
  const nx = -(second.y - first.y) / len;
  const ny = (second.x - first.x) / len;
  const c = { x: (p.x + q.x) / 2 + nx * offset * 2, y: (p.y + q.y) / 2 + ny * offset * 2 };
  const start = toward(p, c, rp);
  const end = toward(q, c, rq);
  return {
    d: `M${start.x.toFixed(1)},${start.y.toFixed(1)} Q${c.x.toFixed(1)},${c.y.toFixed(1)} ` +
      `${end.x.toFixed(1)},${end.y.toFixed(1)}`,
    mid: { x: (p.x + 2 * c.x + q.x) / 4, y: (p.y + 2 * c.y + q.y) / 4 },
  };
}

function toward(from, to, distance) {
  const len = Math.max(Math.hypot(to.x - from.x, to.y - from.y), 0.01);
  return { x: from.x + ((to.x - from.x) / len) * distance,
    y: from.y + ((to.y - from.y) / len) * distance };
}

/**
 * Replace `svgNode`'s content with the network. `handlers.onActor(actor)` and
 * `handlers.onRelation(relation)` run when a node or line is activated. Returns the viewBox
 * that fits the drawing (for zoom reset) and `select(relationId)` to highlight a line.
 */
export function drawNetwork(svgNode, network, centreId, handlers) {
  const ids = network.nodes.map((node) => node.id);
  const known = new Set(ids);
  const edges = network.edges.filter((e) => known.has(e.source.id) && known.has(e.target.id));
  const degree = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) {
    degree.set(e.source.id, degree.get(e.source.id) + 1);
    degree.set(e.target.id, degree.get(e.target.id) + 1);
  }
  const at = forceLayout(ids, edges.map((e) => [e.source.id, e.target.id]), centreId);
  shrinkToFit(at, svgNode.clientWidth || 800, svgNode.clientHeight || 500);
  const radii = new Map(ids.map((id) => [id, radius(degree.get(id), id === centreId)]));
  const geometry = curves(edges, at, radii);
  const labelled = new Set(ids.length <= LABEL_ALL_UP_TO ? ids
    : [centreId, ...[...ids].sort((a, b) => degree.get(b) - degree.get(a)).slice(0, LABEL_TOP)]);

  const edgeLayer = svg("g", { class: "edges" });
  const edgeNodes = new Map();
  for (const edge of edges) {
    const style = relationStyle(edge.type);
    const { d } = geometry.get(edge.id);
    const group = svg("g", {
      class: `edge${edge.status === "PLANNED" ? " planned" : ""}`, tabindex: 0, role: "button",
      "aria-label": summarize(edge), dataset: { relationId: edge.id, type: edge.type },
    },
    svg("title", {}, summarize(edge)),
    svg("path", { class: "hit", d }),
    svg("path", { class: "line", d, stroke: style.color, "stroke-width": style.width,
      "stroke-dasharray": style.dash, "marker-end": style.symmetric ? null : `url(#arrow-${edge.type})` }));
    onActivate(group, () => handlers.onRelation(edge));
    edgeLayer.append(group);
    edgeNodes.set(edge.id, group);
  }

  const nodeLayer = svg("g", { class: "nodes" });
  for (const actor of network.nodes) {
    const p = at.get(actor.id);
    const r = radii.get(actor.id);
    const kind = kindStyle(actor.kind);
    const name = `${actor.name} (${[kind.label, actor.country].filter(Boolean).join(", ")})`;
    const group = svg("g", {
      class: `node${actor.id === centreId ? " centre" : ""}`, tabindex: 0, role: "button",
      "aria-label": actor.id === centreId ? `${name}, selected` : `Show the network of ${name}`,
      transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`,
      dataset: { actorId: actor.id },
    }, svg("title", {}, name), shape(actor.kind, r, {}),
    labelled.has(actor.id) ? svg("text", { y: r + 13, "text-anchor": "middle" }, actor.name) : null);
    onActivate(group, () => handlers.onActor(actor));
    nodeLayer.append(group);
  }

  svgNode.replaceChildren(markers(new Set(edges.map((e) => e.type))), edgeLayer, nodeLayer);
  const box = fit([...at.values()]);
  svgNode.setAttribute("viewBox", box.join(" "));

  return {
    box,
    select(relationId) {
      for (const [id, node] of edgeNodes) node.classList.toggle("selected", id === relationId);
    },
  };
}

/**
 * Pull positions towards the centre until the drawing fits the canvas at 1:1, so that labels and
 * shapes keep their size on screen; very large networks stay bigger (zoom in to read them).
 */
function shrinkToFit(at, width, height) {
  const points = [...at.values()];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const spanX = Math.max(...xs) - Math.min(...xs) + 160; // room for labels
  const spanY = Math.max(...ys) - Math.min(...ys) + 100;
  const factor = Math.max(MIN_SHRINK, Math.min(1, width / spanX, height / spanY));
  for (const p of points) {
    p.x *= factor;
    p.y *= factor;
  }
}

function fit(points) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const pad = 70;
  let [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad,
    Math.min(...ys) - pad, Math.max(...ys) + pad];
  const minW = 480;
  const minH = 320;
  if (x1 - x0 < minW) { const c = (x0 + x1) / 2; x0 = c - minW / 2; x1 = c + minW / 2; }
  if (y1 - y0 < minH) { const c = (y0 + y1) / 2; y0 = c - minH / 2; y1 = c + minH / 2; }
  return [x0, y0, x1 - x0, y1 - y0].map((v) => Number(v.toFixed(1)));
}
