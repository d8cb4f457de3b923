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
  /**
   * Most ranges drawn at once. The browser's pre-paint and paint work for custom highlights
   * grows with the number of registered ranges (measured on the 20,000-paragraph page: 5,000
   * ranges made each frame after a registration take 2-4 times longer than 1,200), so past
   * this many only the ones around the viewport are drawn, and the window follows scrolling.
   */
  const WINDOW = 600;

  let forceBoxes = false;
  const apiPresent = () => typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
  /**
   * Forced colours (Windows high contrast): Chromium paints every custom highlight as a text
   * selection (system Highlight colours, our underline styles dropped), so the kinds could not
   * be told apart and every finding looked selected. The boxes, in our shadow root, keep their
   * border styles there.
   */
  const forcedColors = typeof matchMedia === 'function' ? matchMedia('(forced-colors: active)') : null;
  const supported = () => !forceBoxes && !(forcedColors && forcedColors.matches) && apiPresent();
  /** Draw with boxes even where the highlight API exists (settings.drawWith === 'boxes'). */
  const setForceBoxes = (on) => { forceBoxes = !!on; };

  /** Index of the first item whose range ends below the viewport's top (items in page order). */
  function firstInView(items) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].range.getBoundingClientRect().bottom < 0) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  class Highlighter {
    constructor() {
      this.prefix = 'sourcelight-';
      this.registered = new Map(); // style -> Highlight
      this.generation = 0; // bumped by each show(), so that an older one stops adding
      this.items = []; // what is drawn (or, past WINDOW, drawn around the viewport)
      this.window = null; // {lo, hi} of items drawn, when windowed
      this.ui = null;
      // At most one look every 100 ms while scrolling (a timer, not requestAnimationFrame, which
      // does not run in a hidden tab).
      this.onScroll = () => {
        if (this.scrollPending) return;
        this.scrollPending = true;
        setTimeout(() => {
          this.scrollPending = false;
          globalThis.SLWork.task('scroll', () => this.followViewport());
        }, 100);
      };
    }

    /** Chooses the palette for the page (light or dark text). */
    setTheme(sampleNode) {
      this.clear();
      this.prefix = isDarkAt(sampleNode) ? 'sourcelight-dark-' : 'sourcelight-';
    }

    /** Whether the page's text is light on dark (the palette chosen by setTheme). */
    isDark() {
      return this.prefix === 'sourcelight-dark-';
    }

    /**
     * Shows `findings` (each with `range`) whose kind is enabled in `kinds`. Many ranges are
     * added in slices, so that registering them never blocks the page for long; past WINDOW
     * ranges only those around the viewport are drawn.
     */
    async show(findings, kinds, ui) {
      const generation = ++this.generation;
      this.ui = ui;
      const items = [];
      for (const f of findings) if (f.range && kinds[f.kind]) items.push({ range: f.range, style: styleOf(f), block: f.block, start: f.start });
      items.sort((a, b) => a.block - b.block || a.start - b.start);
      this.items = items;
      if (items.length > WINDOW) {
        window.addEventListener('scroll', this.onScroll, { passive: true });
        this.window = null;
        await this.followViewport();
        return;
      }
      window.removeEventListener('scroll', this.onScroll);
      this.window = null;
      await this.draw(items, generation);
    }

    /** Draws the window of items around the viewport, when the viewport has left its middle. */
    async followViewport() {
      const items = this.items;
      if (items.length <= WINDOW) return;
      const first = firstInView(items);
      const w = this.window;
      if (w) {
        // Redraw only when the viewport nears an edge of what is drawn.
        const nearTop = w.lo > 0 && first < w.lo + WINDOW / 6;
        const nearBottom = w.hi < items.length && first > w.hi - WINDOW / 2;
        if (!nearTop && !nearBottom) return;
      }
      const lo = Math.max(0, Math.min(first - Math.floor(WINDOW / 3), items.length - WINDOW));
      this.window = { lo, hi: lo + WINDOW };
      await this.draw(items.slice(lo, lo + WINDOW), ++this.generation);
    }

    /** Registers `items` (one slice per BATCH ranges), or draws them as boxes. */
    async draw(items, generation) {
      if (!supported()) {
        this.ui.drawBoxes(items);
        return;
      }
      const groups = new Map(STYLES.map((st) => [st, []]));
      for (const it of items) groups.get(it.style).push(it.range);
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
          await globalThis.SLWork.yieldToPage('highlights');
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
      this.generation++;
      this.items = [];
      this.window = null;
      window.removeEventListener('scroll', this.onScroll);
      if (apiPresent()) {
        for (const p of ['sourcelight-', 'sourcelight-dark-']) for (const s of STYLES) CSS.highlights.delete(p + s);
      }
      if (ui) ui.drawBoxes([]);
      this.registered.clear();
    }
  }

  globalThis.SLHighlight = Object.freeze({ Highlighter, styleOf, supported, setForceBoxes, forcedColors });
})();
