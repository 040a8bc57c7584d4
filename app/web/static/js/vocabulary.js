// How the ontology reads on screen: relation types as verbs with a colour and a line style,
// actor kinds as node shapes. Tone groups follow PLOVER: cooperation is drawn solid, verbal
// conflict dashed, material conflict thick, so the legend still works without colour.

export const TONES = {
  cooperative: { label: "cooperation", dash: null, width: 2 },
  verbal: { label: "verbal conflict", dash: "7 4", width: 2 },
  material: { label: "material conflict", dash: null, width: 3.5 },
};

export const RELATION_TYPES = {
  MET_WITH: { verb: "met with", color: "#2563eb", tone: "cooperative", symmetric: true },
  VISITED: { verb: "visited", color: "#0891b2", tone: "cooperative" },
  SIGNED_AGREEMENT_WITH: {
    verb: "signed an agreement with", color: "#059669", tone: "cooperative", symmetric: true,
  },
  SUPPORTED: { verb: "supported", color: "#65a30d", tone: "cooperative" },
  MEDIATED: { verb: "mediated for", color: "#7c3aed", tone: "cooperative" },
  RELEASED: { verb: "released", color: "#0d9488", tone: "cooperative" },
  URGED: { verb: "urged", color: "#b45309", tone: "verbal" },
  CONDEMNED: { verb: "condemned", color: "#ea580c", tone: "verbal" },
  ACCUSED: { verb: "accused", color: "#db2777", tone: "verbal" },
  REJECTED: { verb: "rejected", color: "#78350f", tone: "verbal" },
  SANCTIONED: { verb: "sanctioned", color: "#475569", tone: "material" },
  EXPELLED: { verb: "expelled diplomats of", color: "#be123c", tone: "material" },
  DETAINED: { verb: "detained", color: "#111827", tone: "material" },
  ATTACKED: { verb: "attacked", color: "#dc2626", tone: "material" },
};

export const TYPE_NAMES = Object.keys(RELATION_TYPES);

/** Display facts for a relation type; unknown types (a newer server) still draw, in grey. */
export function relationStyle(type) {
  const known = RELATION_TYPES[type];
  const spec = known ?? { verb: type.toLowerCase().replaceAll("_", " "), color: "#6b7280",
    tone: "cooperative" };
  return { ...spec, ...TONES[spec.tone], symmetric: Boolean(spec.symmetric) };
}

export const ACTOR_KINDS = {
  PERSON: { label: "person", color: "#1e293b", shape: "circle" },
  COUNTRY: { label: "country", color: "#0369a1", shape: "square" },
  ORGANIZATION: { label: "organization", color: "#a16207", shape: "diamond" },
};

export function kindStyle(kind) {
  return ACTOR_KINDS[kind] ?? { label: String(kind).toLowerCase(), color: "#6b7280",
    shape: "circle" };
}

/** "Sergey Lavrov met with Antony Blinken": a relation as a sentence. */
export function describe(relation) {
  return `${relation.source.name} ${relationStyle(relation.type).verb} ${relation.target.name}`;
}

/**
 * How another participant reads beside an event on one actor's timeline, by the part it played:
 * "Visit to China", "Detention of Evan Gershkovich", "by Russia", "with Wang Yi".
 * `inline` phrases complete the event's name; the others get a line of their own.
 */
const ROLE_PHRASES = {
  HOST: { words: "to", inline: true },
  DETAINEE: { words: "of", inline: true },
  TARGET: { words: "against", inline: true },
  ADDRESSEE: { words: "on", inline: true },
  PARTY: { words: "between", inline: true },
  VISITOR: { words: "by", inline: false },
  CAPTOR: { words: "by", inline: false },
  ATTACKER: { words: "by", inline: false },
  SANCTIONER: { words: "by", inline: false },
  SPEAKER: { words: "by", inline: false },
  MEDIATOR: { words: "mediated by", inline: false },
  PARTICIPANT: { words: "with", inline: false },
  SIGNATORY: { words: "with", inline: false },
};

export function rolePhrase(role) {
  return ROLE_PHRASES[role] ?? ROLE_PHRASES.PARTICIPANT;
}

export function describeEventType(type) {
  const word = String(type).toLowerCase().replaceAll("_", " ");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A date as much as the text gave it: "2022-07-08", "2022-03" for a month, "2018" for a year
 * (stored as their first day, which must not read as New Year's Day). Null when undated.
 */
/** "1 relation", "12 relations": how much an actor is in the news. */
export function relationTotal(count) {
  return `${count} relation${count === 1 ? "" : "s"}`;
}

export function shownDate(date, precision) {
  if (!date) return null;
  if (precision === "YEAR") return date.slice(0, 4);
  if (precision === "MONTH") return date.slice(0, 7);
  return date;
}

/** "Sergey Lavrov met with Antony Blinken on 2022-07-08, 2 sources": a relation in one line. */
export function summarize(relation) {
  const day = shownDate(relation.date, relation.datePrecision);
  const exact = !relation.datePrecision || relation.datePrecision === "DAY";
  const when = day ? ` ${exact ? "on" : "in"} ${day}` : "";
  const planned = relation.status === "PLANNED" ? " (planned)" : "";
  const n = relation.sourceCount ?? 1;
  return `${describe(relation)}${when}${planned}, ${n} source${n === 1 ? "" : "s"}`;
}
