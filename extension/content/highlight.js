// Draws findings with the CSS Custom Highlight API (the page's DOM is untouched), or, where the
// API is missing, with boxes in the extension's own shadow root (see popover.js).
(() => {
  'use strict';

  const STYLES = ['quote', 'claim', 'claim-vague', 'loaded', 'loaded-quoted', 'active'];
  const PRIORITY = { quote: 0, claim: 1, 'claim-vague': 1, loaded: 2, 'loaded-quoted': 3, active: 10 };

  /** The style a finding is drawn with. */
  function styleOf(f) {
    if (f.kind === 'claim') return f.vague ? 'claim-vague' : 'claim';
    if (f.kind === 'loaded') return f.inQuote ? 'loaded-quoted' : 'loaded';
    return 'quote';
  }

  /** True when the text at `node` is light on dark (so the brighter palette is used). */
  function isDarkAt(node) {
    const el = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
    if (!el) return false;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(getComputedStyle(el).color);
    if (!m) return false;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 150;
  }

  /** Ranges registered per slice (a few hundred paint well within a frame). */
  const BATCH = 400;

  let forceBoxes = false;
  const apiPresent = () => typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
  const supported = () => !forceBoxes && apiPresent();
  /** Draw with boxes even where the highlight API exists (settings.drawWith === 'boxes'). */
  const setForceBoxes = (on) => { forceBoxes = !!on; };

  class Highlighter {
    constructor() {
      this.prefix = 'sourcelight-';
      this.registered = new Map(); // style -> Highlight
      this.generation = 0; // bumped by each show(), so that an older one stops adding
    }

    /** Chooses the palette for the page (light or dark text). */
    setTheme(sampleNode) {
      this.clear();
      this.prefix = isDarkAt(sampleNode) ? 'sourcelight-dark-' : 'sourcelight-';
    }

    /**
     * Shows `findings` (each with `range`) whose kind is enabled in `kinds`. Many ranges are
     * added in slices, so that registering them never blocks the page for long.
     */
    async show(findings, kinds, ui) {
      const generation = ++this.generation;
      const groups = new Map(STYLES.map((s) => [s, []]));
      for (const f of findings) {
        if (f.range && kinds[f.kind]) groups.get(styleOf(f)).push(f.range);
      }
      if (!supported()) {
        ui.drawBoxes(findings.filter((f) => f.range && kinds[f.kind]).map((f) => ({ range: f.range, style: styleOf(f) })));
        return;
      }
      const later = [];
      for (const style of STYLES) {
        if (style === 'active') continue;
        const ranges = groups.get(style);
        const name = this.prefix + style;
        if (ranges.length === 0) {
          CSS.highlights.delete(name);
          this.registered.delete(style);
          continue;
        }
        const hl = new Highlight(...ranges.slice(0, BATCH));
        hl.priority = PRIORITY[style];
        CSS.highlights.set(name, hl);
        this.registered.set(style, hl);
        later.push([hl, ranges]);
      }
      for (const [hl, ranges] of later) {
        for (let i = BATCH; i < ranges.length; i += BATCH) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (generation !== this.generation) return; // a newer show() replaced these
          for (const r of ranges.slice(i, i + BATCH)) hl.add(r);
        }
      }
    }

    /** Marks the finding in focus (null to clear). */
    setActive(range, ui) {
      if (!supported()) {
        ui.setActiveBox(range);
        return;
      }
      const name = this.prefix + 'active';
      if (!range) {
        CSS.highlights.delete(name);
        return;
      }
      const hl = new Highlight(range);
      hl.priority = PRIORITY.active;
      CSS.highlights.set(name, hl);
    }

    clear(ui) {
      if (apiPresent()) {
        for (const p of ['sourcelight-', 'sourcelight-dark-']) for (const s of STYLES) CSS.highlights.delete(p + s);
      }
      if (ui) ui.drawBoxes([]);
      this.registered.clear();
    }
  }

  globalThis.SLHighlight = Object.freeze({ Highlighter, styleOf, supported, setForceBoxes });
})();
