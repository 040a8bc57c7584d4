// An actor combobox: type a name, results arrive (debounced `actors(search:)`), pick one with the
// mouse or with the arrow keys and Enter. Follows the WAI-ARIA combobox-with-listbox pattern.

import { debounce, el } from "./dom.js";
import { gql, isAbort } from "./gql.js";
import { SEARCH_ACTORS } from "./queries.js";
import { kindStyle, relationTotal } from "./vocabulary.js";

const MIN_CHARS = 2;
const RESULTS = 12;

/**
 * Wire `input` and its `listbox`. `onPick(actor)` runs when an actor is chosen; `onError(text)`
 * reports a failed search. The chosen actor's id is kept in `input.dataset.actorId`.
 */
export function actorPicker(input, listbox, { onPick, onError = () => {}, clearOnPick = false }) {
  let options = [];
  let active = -1;
  let controller = null;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    listbox.querySelectorAll("[role=option]").forEach((node, i) => {
      node.setAttribute("aria-selected", String(i === index));
      if (i === index) {
        input.setAttribute("aria-activedescendant", node.id);
        node.scrollIntoView({ block: "nearest" });
      }
    });
  };

  const pick = (actor) => {
    close();
    input.value = clearOnPick ? "" : actor.name;
    input.dataset.actorId = clearOnPick ? "" : actor.id;
    onPick(actor);
  };

  const show = (actors, total, text) => {
    options = actors;
    listbox.replaceChildren();
    if (!actors.length) {
      listbox.append(el("li", { class: "empty", role: "presentation" }, `No actor matches “${text}”.`));
    }
    actors.forEach((actor, i) => {
      const kind = kindStyle(actor.kind);
      const option = el("li", {
        id: `${listbox.id}-${i}`, role: "option", "aria-selected": "false",
        dataset: { actorId: actor.id },
      }, el("span", { class: "name" }, actor.name),
      el("span", { class: "meta" }, [kind.label, actor.country, relationTotal(actor.relationCount)]
        .filter(Boolean).join(" · ")));
      option.addEventListener("mousedown", (event) => event.preventDefault()); // keep focus
      option.addEventListener("click", () => pick(actor));
      listbox.append(option);
    });
    if (total > actors.length) {
      listbox.append(el("li", { class: "more", role: "presentation" },
        `${total - actors.length} more: type more of the name.`));
    }
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  };

  const search = debounce(async (text) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const data = await gql(SEARCH_ACTORS, { search: text, first: RESULTS },
        { signal: controller.signal });
      if (input.value.trim() !== text) return; // the user typed on meanwhile
      const found = data.actors.edges.map((edge) => edge.node);
      show(found, data.actors.totalCount, text);
      onError("");
    } catch (error) {
      if (!isAbort(error)) onError(`Search failed: ${error.message}`);
    }
  }, 250);

  input.addEventListener("input", () => {
    input.dataset.actorId = "";
    const text = input.value.trim();
    if (text.length < MIN_CHARS || !/[\p{L}\p{N}]/u.test(text)) {
      controller?.abort();
      close();
      return;
    }
    search(text);
  });

  input.addEventListener("keydown", (event) => {
    if (listbox.hidden || !options.length) {
      if (event.key === "Escape") close();
      return;
    }
    if (event.key === "ArrowDown") {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      highlight((active - 1 + options.length) % options.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(options[Math.max(active, 0)]);
    } else if (event.key === "Escape") {
      close();
    }
  });

  input.addEventListener("blur", () => setTimeout(close, 150));

  return {
    /** Show `actor` as the current choice without searching. */
    set(actor) {
      input.value = actor?.name ?? "";
      input.dataset.actorId = actor?.id ?? "";
    },
    get() {
      return input.dataset.actorId || null;
    },
  };
}
