// A small deterministic force layout (Fruchterman–Reingold with cooling) for ego networks.
// Deterministic on purpose: the same network always gets the same picture, so a shared link shows
// what the sender saw. The focused actor is pinned at the centre; others start on rings by their
// distance from it, which already reads well and lets the forces settle quickly.

const RING = 140;

/** Breadth-first distance (in relations) of every node from `centreId`. */
function distances(ids, links, centreId) {
  const neighbours = new Map(ids.map((id) => [id, []]));
  for (const [a, b] of links) {
    neighbours.get(a)?.push(b);
    neighbours.get(b)?.push(a);
  }
  const seen = new Map([[centreId, 0]]);
  const queue = [centreId];
  while (queue.length) {
    const here = queue.shift();
    for (const next of neighbours.get(here) ?? []) {
      if (!seen.has(next)) {
        seen.set(next, seen.get(here) + 1);
        queue.push(next);
      }
    }
  }
  const far = Math.max(0, ...seen.values()) + 1;
  return new Map(ids.map((id) => [id, seen.get(id) ?? far]));
}

function initial(ids, hops, centreId) {
  const rings = new Map();
  for (const id of ids) {
    if (id === centreId) continue;
    const d = hops.get(id);
    if (!rings.has(d)) rings.set(d, []);
    rings.get(d).push(id);
  }
  const at = new Map([[centreId, { x: 0, y: 0 }]]);
  for (const [d, members] of rings) {
    members.sort();
    members.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / members.length + d * 0.5;
      at.set(id, { x: Math.cos(angle) * RING * d, y: Math.sin(angle) * RING * d });
    });
  }
  return at;
}

/**
 * Positions for `ids` linked by `links` ([idA, idB] pairs), centred on `centreId` at (0, 0).
 * Returns Map id -> {x, y}. Cost is O(n² · iterations); iterations shrink for large networks.
 */
export function forceLayout(ids, links, centreId) {
  const hops = distances(ids, links, centreId);
  const at = initial(ids, hops, centreId);
  const n = ids.length;
  if (n < 3) return at;
  const k = RING * 0.8; // ideal edge length
  const iterations = n > 300 ? 60 : n > 120 ? 150 : 300;
  let temperature = RING;
  const unique = [...new Set(links.map(([a, b]) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)))]
    .map((key) => key.split("\u0000"));

  for (let step = 0; step < iterations; step += 1) {
    const shift = new Map(ids.map((id) => [id, { x: 0, y: 0 }]));
    for (let i = 0; i < n; i += 1) {
      const a = at.get(ids[i]);
      for (let j = i + 1; j < n; j += 1) {
        const b = at.get(ids[j]);
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let dist = Math.hypot(dx, dy);
        if (dist < 0.01) { dx = 0.01 * (i - j); dy = 0.01; dist = Math.hypot(dx, dy); }
        const push = (k * k) / dist;
        const sa = shift.get(ids[i]);
        const sb = shift.get(ids[j]);
        sa.x += (dx / dist) * push; sa.y += (dy / dist) * push;
        sb.x -= (dx / dist) * push; sb.y -= (dy / dist) * push;
      }
    }
    for (const [s, t] of unique) {
      const a = at.get(s);
      const b = at.get(t);
      if (!a || !b) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const dist = Math.max(Math.hypot(dx, dy), 0.01);
      const pull = (dist * dist) / k;
      shift.get(s).x -= (dx / dist) * pull; shift.get(s).y -= (dy / dist) * pull;
      shift.get(t).x += (dx / dist) * pull; shift.get(t).y += (dy / dist) * pull;
    }
    for (const id of ids) {
      if (id === centreId) continue;
      const p = at.get(id);
      const s = shift.get(id);
      // gravity keeps separate clusters from drifting away
      s.x -= p.x * 0.02 * k / RING; s.y -= p.y * 0.02 * k / RING;
      const len = Math.hypot(s.x, s.y);
      if (len > 0) {
        const move = Math.min(len, temperature);
        p.x += (s.x / len) * move;
        p.y += (s.y / len) * move;
      }
    }
    temperature *= 0.985;
  }
  return at;
}
