// Zoom and pan for the network drawing, by changing the SVG viewBox: buttons (keyboard), Ctrl +
// wheel or a trackpad pinch (plain wheel keeps scrolling the page), and dragging the background.

const STEP = 1.25;

/** Make `svgNode` zoomable; call the returned `fit(box)` after each new drawing. */
export function zoomable(svgNode, { zoomIn, zoomOut, reset }) {
  let home = null;
  let box = null;
  let drag = null;

  const apply = () => svgNode.setAttribute("viewBox", box.map((v) => v.toFixed(1)).join(" "));

  const zoomAt = (factor, cx, cy) => {
    if (!box) return;
    const [x, y, w, h] = box;
    const next = Math.min(Math.max(w * factor, home[2] / 10), home[2] * 4) / w;
    box = [cx - (cx - x) * next, cy - (cy - y) * next, w * next, h * next];
    apply();
  };
  const zoomCentre = (factor) => box && zoomAt(factor, box[0] + box[2] / 2, box[1] + box[3] / 2);

  const toDrawing = (event) => {
    const point = new DOMPoint(event.clientX, event.clientY);
    return point.matrixTransform(svgNode.getScreenCTM().inverse());
  };

  svgNode.addEventListener("wheel", (event) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const at = toDrawing(event);
    zoomAt(event.deltaY > 0 ? STEP : 1 / STEP, at.x, at.y);
  }, { passive: false });

  svgNode.addEventListener("pointerdown", (event) => {
    if (event.target !== svgNode || !box) return; // only the background pans
    drag = { x: event.clientX, y: event.clientY, box: [...box], scale: 1 / svgNode.getScreenCTM().a };
    svgNode.setPointerCapture(event.pointerId);
    svgNode.classList.add("panning");
  });
  svgNode.addEventListener("pointermove", (event) => {
    if (!drag) return;
    box = [drag.box[0] - (event.clientX - drag.x) * drag.scale,
      drag.box[1] - (event.clientY - drag.y) * drag.scale, drag.box[2], drag.box[3]];
    apply();
  });
  const stop = () => { drag = null; svgNode.classList.remove("panning"); };
  svgNode.addEventListener("pointerup", stop);
  svgNode.addEventListener("pointercancel", stop);

  zoomIn.addEventListener("click", () => zoomCentre(1 / STEP));
  zoomOut.addEventListener("click", () => zoomCentre(STEP));
  reset.addEventListener("click", () => { if (home) { box = [...home]; apply(); } });

  return {
    fit(fitted) {
      home = [...fitted];
      box = [...fitted];
      apply();
    },
  };
}
