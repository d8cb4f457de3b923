// The extension's own UI on the page: a popover (and, where the highlight API is missing, the
// fallback highlight boxes) inside a shadow root attached to a host element that is created
// only when first needed. Everything is built with DOM APIs and textContent: page text never
// reaches innerHTML.
(() => {
  'use strict';

  const CSS_TEXT = `
    :host { all: initial; }
    .pop { position: absolute; z-index: 2147483647; box-sizing: border-box; width: max-content; max-width: min(380px, calc(100vw - 16px));
      max-height: min(60vh, 420px); overflow: auto; padding: 12px 14px 10px; border-radius: 8px;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #ffffff;
      border: 1px solid #8a8a8a; box-shadow: 0 4px 18px rgba(0,0,0,.25); text-align: left; }
    @media (prefers-color-scheme: dark) { .pop { color: #f0f0f0; background: #202124; border-color: #9a9a9a; } }
    /* Light text on a dark page: the popover is dark too, whatever the system's scheme. */
    .pop.dark { color: #f0f0f0; background: #202124; border-color: #9a9a9a; }
    @media (forced-colors: active) { .pop { border: 2px solid CanvasText; } }
    .pop:focus { outline: 2px solid #0072b2; outline-offset: 2px; }
    .item + .item { margin-top: 10px; padding-top: 10px; border-top: 1px solid rgba(128,128,128,.4); }
    .kind { font-size: 12px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase; margin: 0 0 4px; }
    .kind.quote { color: #0072b2; } .kind.claim { color: #b54d00; } .kind.loaded { color: #a0527f; }
    @media (prefers-color-scheme: dark) { .kind.quote { color: #56b4e9; } .kind.claim { color: #e69f00; } .kind.loaded { color: #cc79a7; } }
    .dark .kind.quote { color: #56b4e9; } .dark .kind.claim { color: #e69f00; } .dark .kind.loaded { color: #cc79a7; }
    .who { font-weight: 600; margin: 0; }
    p { margin: 2px 0; }
    .muted { opacity: .8; font-size: 13px; }
    button { font: inherit; font-size: 13px; cursor: pointer; }
    /* The first heading keeps clear of the close button ("Loaded wording (the outlet's voice)" ran under it). */
    .item:first-of-type > .kind { padding-right: 26px; }
    .close { position: absolute; top: 4px; right: 6px; border: 0; background: transparent; color: inherit; font-size: 18px; line-height: 1; padding: 4px; }
    .link { border: 0; background: transparent; color: inherit; text-decoration: underline; padding: 0; }
    .boxes { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; will-change: transform; }
    .box { position: absolute; pointer-events: none; border-radius: 2px; }
    .box.quote { background: rgba(86,180,233,.28); border-bottom: 2px solid #0072b2; }
    .box.claim { background: rgba(230,159,0,.28); border-bottom: 2px dashed #d55e00; }
    .box.claim-vague { background: rgba(230,159,0,.16); border-bottom: 2px dotted #d55e00; }
    .box.loaded { background: rgba(204,121,167,.3); border-bottom: 2px solid #a0527f; }
    .box.loaded-quoted { border-bottom: 1px dotted #a0527f; }
    .box.active { outline: 2px solid #009e73; }
    /* Forced colours: no tints; the border style alone tells the kinds apart (see highlight.js). */
    @media (forced-colors: active) {
      .box { background: transparent !important; }
      .box.quote { border-bottom: 2px solid LinkText; }
      .box.claim { border-bottom: 2px dashed LinkText; }
      .box.claim-vague { border-bottom: 2px dotted LinkText; }
      .box.loaded { border-bottom: 4px double LinkText; }
      /* Framed, not underlined: a thin dotted line would differ from a vague claim's by width alone. */
      .box.loaded-quoted { border: 1px dotted LinkText; }
      .box.active { outline: 2px solid Highlight; }
    }
  `;

  const { h } = globalThis.SLDom;

  /**
   * Where the quote's speaker is named (`at`, from ctx.speakerNamedAt), as a reader finds it:
   * block numbers count headlines, captions and subheads, so "paragraph 6" was not the sixth
   * paragraph a reader counts. `kindOf(i)` is block i's kind.
   */
  function whereNamed(sp, at, f, kindOf) {
    const verb = sp.anonymous ? 'Described' : 'Named';
    if (kindOf(at.block) === 'headline') return `${verb} in the headline.`;
    if (at.block === f.block) return `${verb} in this paragraph.`;
    return at.block < f.block ? `${verb} earlier in the article.` : `${verb} further down.`;
  }

  /**
   * The words that tie the quote to its speaker. Not always a verb ("according to", "evidence
   * that", "stated during a press conference"), and a headline's "Name: words" has only a colon,
   * which in quote marks reads as a stray mark: named in words.
   */
  function attributionLine(cue) {
    if (cue === ':') return 'Attribution: a colon after the name';
    return `Attribution: “${cue}”`;
  }

  /**
   * Sentences that say what each finding is. `ctx.blockKind(i)` is block i's kind. `atName`: the
   * popover stands at the speaker's name ("Show"), with the way back to the quote.
   */
  function describe(f, ctx, atName) {
    const d = f.data;
    if (f.kind === 'quote') {
      const sp = d.speaker;
      const parts = [h('p', { class: `kind quote` }, d.style === 'indirect' ? 'Reported speech' : d.style === 'mixed' ? 'Partial quote' : 'Quote')];
      if (sp && sp.unresolved === true) {
        // A pronoun the core could not tie to a name (`unresolved`): said plainly, not shown as a
        // name, and no "Show" (it would mark the pronoun beside the quote).
        parts.push(h('p', { class: 'who' }, `Speaker: “${sp.name}”`));
        if (sp.description) parts.push(h('p', null, sp.description));
        parts.push(h('p', { class: 'muted' }, 'The article does not say who this is, or Sourcelight could not tell.'));
      } else if (sp) {
        parts.push(h('p', { class: 'who' }, sp.anonymous ? `Anonymous source: ${sp.name}` : sp.name));
        if (sp.description) parts.push(h('p', null, sp.description));
        const at = ctx.speakerNamedAt(f);
        if (at && atName) {
          parts.push(h('p', { class: 'muted' }, `${sp.anonymous ? 'Described' : 'Named'} here. `,
            h('button', { class: 'link', type: 'button', onclick: (e) => ctx.showQuote(f, e) }, 'Back to the quote')));
        } else if (at) {
          parts.push(h('p', { class: 'muted' }, `${whereNamed(sp, at, f, ctx.blockKind)} `,
            h('button', { class: 'link', type: 'button', onclick: (e) => ctx.showSpeaker(f, e) }, 'Show')));
        }
      } else {
        parts.push(h('p', { class: 'who' }, 'Speaker not identified'));
      }
      if (d.cue && d.cue.text) parts.push(h('p', { class: 'muted' }, attributionLine(d.cue.text)));
      if (d.via) parts.push(h('p', null, `Relayed through ${d.via}`));
      return parts;
    }
    if (f.kind === 'claim') {
      // Which kind of claim it is, the core says (`vague`, `vague_kind`): none sourced, a source
      // that names no one ("critics say") or the writer's own guess ("probably").
      const kind = globalThis.SLMessages.claimKind(d.vague, d.vague_kind);
      return [
        h('p', { class: 'kind claim' }, globalThis.SLMessages.CLAIM_KINDS[kind].heading),
        // The core's sentence for a reader (`explanation`): the heading already names the kind.
        typeof d.explanation === 'string' && d.explanation ? h('p', null, d.explanation) : null,
        h('p', { class: 'muted' }, kind === 'source'
          ? 'A named source (a person, an organisation or a document) would let readers judge it.'
          : 'No source is given: a named source, an official record or published data would support it.'),
      ];
    }
    return [
      h('p', { class: 'kind loaded' }, d.in_quote ? 'Loaded wording (the speaker’s)' : 'Loaded wording (the outlet’s voice)'),
      h('p', { class: 'who' }, `“${f.text}”`, d.category ? h('span', { class: 'muted' }, ` · ${d.category}`) : null),
      d.note ? h('p', null, d.note) : null,
      d.alternative ? h('p', { class: 'muted' }, `Neutral alternative: ${d.alternative}`) : null,
    ];
  }

  /** The shortest popover worth placing beside its text rather than over it (px). */
  const MIN_POP_HEIGHT = 96;

  /** The page's topmost element at viewport point (x, y), passing over our own UI. */
  function pageElementAt(x, y) {
    // elementFromPoint stops at the first hit: a third of elementsFromPoint's time, which lists
    // every element there. The list is asked for only when our popover is the first hit.
    const hit = document.elementFromPoint(x, y);
    if (!hit || hit.localName !== 'sourcelight-ui') return hit;
    return document.elementsFromPoint(x, y).find((el) => el.localName !== 'sourcelight-ui');
  }

  /**
   * The bottom of a site's header fixed (or stuck) across the top of the viewport above the
   * columns `left`..`left + width`, or 0: a popover placed under it would be hidden or hide it.
   * A fixed element reaching below the viewport's middle is a page's layer, not a header. Asked
   * afresh each time (a header may turn fixed only once the page is scrolled), at three points
   * (a header may span only part of the width). The points' ancestors are read once: most often
   * the three hit one element, or elements of one row (it runs each frame a popover follows its
   * text in the top half of the viewport).
   */
  function topInset(left, width, vh) {
    let inset = 0;
    const walked = new Set();
    for (const x of [left + 1, left + width / 2, left + width - 1]) {
      const hit = pageElementAt(x, 1);
      for (let el = hit; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
        // Walked from an earlier point: what lies above it has been counted then.
        if (walked.has(el)) break;
        walked.add(el);
        const pos = getComputedStyle(el).position;
        if (pos !== 'fixed' && pos !== 'sticky') continue;
        const r = el.getBoundingClientRect();
        if (r.top <= 1 && r.bottom < vh / 2) inset = Math.max(inset, r.bottom);
        break;
      }
    }
    return inset;
  }

  /** What a scroll moves of the boxes' text (see Ui.boxesMovedBy). */
  const NONE = 0;
  const ALL = 1;
  const SOME = 2;

  /** The deepest node holding every range of `list` (null for none). */
  function commonAncestor(list) {
    let scope = list.length ? list[0].range.commonAncestorContainer : null;
    for (const { range } of list) {
      while (scope && !scope.contains(range.commonAncestorContainer)) scope = scope.parentNode;
    }
    return scope;
  }

  class Ui {
    constructor() {
      this.host = null;
      this.root = null;
      this.pop = null;
      this.returnFocus = null;
      this.boxLayer = null;
      this.anchor = null;
      this.fromAnchor = null;
      this.popWidth = 0; // the popover's width, as placed (for topInset while it follows)
      this.popHeight = 0; // and its height (for clearOfHeader)
      this.following = 0;
      this.boxList = []; // the fallback boxes' {range, style} items, as drawn
      this.boxScope = null; // the deepest node holding all their ranges
      this.boxRef = null; // the first item's range and where it was drawn (see shiftBoxes)
      this.redrawBoxes = false; // a scroll moved some boxes' text but not all
      this.boxesMoved = false; // a scroll since the last follow() moved boxes' text
      this.refocus = false; // the popover held the focus when it was hidden (see hide)
      // Pages that scroll an element (often body, with html and body at 100 % height) instead of
      // the document: the host, in document coordinates, does not move with that scroll, so the
      // popover and the boxes are re-placed on it (once a frame). Scroll does not bubble: capture.
      // Only a scroll that moves our text counts: a page's tickers, carousels and sidebars
      // scroll all the time, and a redraw per frame for each of them cost the page its frames.
      // A scroller holding all the boxes' text moves them all alike: the box layer is shifted.
      // The document's own scroll moves the host, and with it the popover and the boxes, with no
      // work of ours; but a popover that follows its text may reach a site's fixed header (or
      // one the page shows again on a scroll up): while one is open it is checked, once a frame.
      this.onScroll = (e) => {
        const el = e.target;
        if (el === document) {
          if (this.pop) this.followNextFrame(false);
          return;
        }
        if (!(el instanceof Node)) return;
        const boxes = this.boxesMovedBy(el);
        if (boxes === SOME) this.redrawBoxes = true;
        if (boxes === NONE && !this.popMovedBy(el)) return;
        this.followNextFrame(boxes !== NONE);
      };
      this.onKey = (e) => {
        if (e.key === 'Escape' && this.pop) {
          this.close(true);
        }
      };
    }

    ensureHost() {
      if (this.host && this.host.isConnected) return this.root;
      const host = document.createElement('sourcelight-ui');
      // CSSOM, not a style attribute: works under a strict page CSP.
      const s = host.style;
      s.setProperty('all', 'initial', 'important');
      s.setProperty('position', 'absolute', 'important');
      s.setProperty('top', '0', 'important');
      s.setProperty('left', '0', 'important');
      s.setProperty('width', '0', 'important');
      s.setProperty('height', '0', 'important');
      s.setProperty('overflow', 'visible', 'important');
      s.setProperty('z-index', '2147483647', 'important');
      const root = host.attachShadow({ mode: 'open' });
      let adopted = false;
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS_TEXT);
        root.adoptedStyleSheets = [sheet];
        adopted = root.adoptedStyleSheets.length === 1;
      } catch {
        adopted = false;
      }
      if (!adopted) root.append(h('style', null, CSS_TEXT));
      document.documentElement.append(host);
      if (!this.host) document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      this.host = host;
      this.root = root;
      return root;
    }

    /**
     * Runs follow() at the next frame (once, however many scrolls come before it); `boxes`: the
     * scroll moved boxes' text too.
     */
    followNextFrame(boxes) {
      if (boxes) this.boxesMoved = true;
      if (this.following) return;
      this.following = requestAnimationFrame(() => {
        this.following = 0;
        this.follow();
      });
    }

    /** Whether scrolling `el` moves the text the popover stands at. */
    popMovedBy(el) {
      return !!this.pop && !!this.anchor && el.contains(this.anchor.startContainer);
    }

    /** Which boxes' text scrolling `el` moves: NONE, ALL or SOME. */
    boxesMovedBy(el) {
      const scope = this.boxScope;
      if (!scope || !this.boxList.length) return NONE;
      if (el.contains(scope)) return ALL;
      // A scrolling element inside the text (a wide table, a code block): does it hold a box?
      if (!scope.contains(el)) return NONE;
      return this.boxList.some(({ range }) => el.contains(range.startContainer) || el.contains(range.endContainer)) ? SOME : NONE;
    }

    isOurs(node) {
      return !!this.host && (node === this.host || (node && this.host.contains(node)));
    }

    /**
     * Opens the popover for `findings` (smallest first) next to `anchor` (a Range). `atName`:
     * opened by "Show" at the speaker's name. Focus, when asked for, goes to the dialog; it
     * returns, on close, to where it was before the first of a chain of popovers (Show, Back).
     */
    open(findings, anchor, ctx, { focus, atName = false }) {
      const chained = this.pop && this.root.activeElement && this.pop.contains(this.root.activeElement);
      const returnTo = chained ? this.returnFocus : null;
      this.dismiss();
      const root = this.ensureHost();
      const titleId = 'sourcelight-pop-title';
      const items = findings.map((f, i) => {
        const item = h('div', { class: 'item' }, ...describe(f, ctx, atName));
        if (i === 0) item.firstChild.id = titleId;
        return item;
      });
      const pop = h('div', { class: ctx.dark ? 'pop dark' : 'pop', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': titleId, tabindex: '-1' },
        h('button', { class: 'close', type: 'button', 'aria-label': 'Close', onclick: () => this.close(true) }, '×'),
        ...items);
      pop.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') { e.stopPropagation(); this.close(true); }
      });
      root.append(pop);
      this.pop = pop;
      this.anchor = anchor;
      this.place(anchor.getBoundingClientRect());
      window.addEventListener('keydown', this.onKey, true);
      if (focus) {
        const active = document.activeElement;
        this.returnFocus = chained ? returnTo : (active && active !== document.body && active !== this.host ? active : null);
        pop.focus({ preventScroll: true });
      }
    }

    /**
     * Places the popover below its text (`rect`), or above where there is no room below; where
     * neither side has room, on the roomier side, shorter (it scrolls), rather than over its
     * text. The top of the viewport ends at a site's fixed header (see topInset). `belowOnly`:
     * placed again as its text rises under a header (see clearOfHeader), never above it.
     */
    place(rect, { belowOnly = false } = {}) {
      const pop = this.pop;
      if (!pop) return;
      const vw = document.documentElement.clientWidth || window.innerWidth;
      const vh = document.documentElement.clientHeight || window.innerHeight;
      const w = pop.offsetWidth;
      let ph = pop.offsetHeight;
      const left = Math.max(8, Math.min(rect.left, vw - w - 8));
      const minTop = topInset(left, w, vh) + 8;
      const below = rect.bottom + 8;
      const roomBelow = vh - 8 - below;
      const roomAbove = belowOnly ? 0 : rect.top - 8 - minTop;
      let top;
      if (ph <= roomBelow) {
        top = below;
      } else if (ph <= roomAbove) {
        top = rect.top - 8 - ph;
      } else if (Math.max(roomBelow, roomAbove) >= MIN_POP_HEIGHT) {
        pop.style.maxHeight = `${Math.max(roomBelow, roomAbove)}px`;
        ph = pop.offsetHeight;
        top = roomBelow >= roomAbove ? below : rect.top - 8 - ph;
      } else {
        top = Math.max(minTop, Math.min(below, vh - ph - 8));
      }
      this.fromAnchor = { x: left - rect.left, y: top - rect.top };
      this.popWidth = w;
      this.popHeight = ph;
      this.moveTo(top, left);
    }

    /** Places the popover at viewport point (top, left). */
    moveTo(top, left) {
      const pop = this.pop;
      // Relative to the host, which scrolls with the document (wherever the page's own styles
      // put its origin): the popover scrolls with the text it explains instead of floating
      // over other text as the page scrolls.
      const origin = this.host.getBoundingClientRect();
      const y = `${Math.round(top - origin.top)}px`;
      const x = `${Math.round(left - origin.left)}px`;
      // Unchanged after a scroll of the document, which moves the host too: nothing to write.
      if (pop.style.top !== y) pop.style.top = y;
      if (pop.style.left !== x) pop.style.left = x;
    }

    /** Keeps the popover where it was against its text, and the boxes on theirs (see onScroll). */
    follow() {
      if (this.pop && this.anchor && this.fromAnchor) this.followText();
      if (this.boxesMoved && this.boxList.length && (this.redrawBoxes || !this.shiftBoxes())) this.drawBoxes(this.boxList);
      this.boxesMoved = false;
      this.redrawBoxes = false;
    }

    /**
     * Keeps the popover at its text, and clear of a site's fixed header (topInset, asked only
     * when the popover is in the top half of the viewport, the only place a header reaches):
     * while its text shows below the header, a popover the header would cover is placed again
     * (below its text, where it was above); a text gone under the header takes its popover out
     * of sight with it (hidden, not drawn over the header, until the text comes out again). All
     * reads come before the writes, and a write only when something changed: a clip cut at the
     * header's edge instead made every frame repaint (~1.2 ms a frame; BENCHMARKS-extension.md).
     */
    followText() {
      const r = this.anchor.getBoundingClientRect();
      const top = r.top + this.fromAnchor.y;
      const left = r.left + this.fromAnchor.x;
      const vh = document.documentElement.clientHeight || window.innerHeight;
      const inset = top < vh / 2 ? topInset(left, this.popWidth, vh) : 0;
      const covered = inset > 0 && top < inset + 8;
      if (covered && r.bottom > inset) {
        this.hide(false);
        this.clearOfHeader(r, inset, left, vh);
        return;
      }
      this.moveTo(top, left);
      this.hide(covered);
    }

    /**
     * A popover the header `inset` px tall would cover while its text (`r`) still shows below
     * it: placed below its text where there is room for it (or for MIN_POP_HEIGHT of it), once,
     * since a text rising under a header only gains room below; otherwise (a cramped viewport)
     * held just under the header, over its text, with the figures already read. Placed again
     * there instead, it went back to the foot of the viewport and rose with its text to the
     * header again: a jump and a layout read every frame or two.
     */
    clearOfHeader(r, inset, left, vh) {
      const roomBelow = vh - 8 - (r.bottom + 8);
      if (roomBelow >= Math.min(this.popHeight, MIN_POP_HEIGHT)) {
        this.place(r, { belowOnly: true });
        return;
      }
      const top = inset + 8;
      this.fromAnchor = { x: left - r.left, y: top - r.top };
      this.moveTo(top, left);
    }

    /**
     * Hides the popover (its text is under a header), or shows it again. Chromium takes the
     * focus from a dialog it hides: a dialog that held it gets it back when shown, unless the
     * reader has put it somewhere else meanwhile.
     */
    hide(hidden) {
      const visibility = hidden ? 'hidden' : '';
      if (this.pop.style.visibility === visibility) return;
      if (hidden) this.refocus = !!this.root.activeElement && this.pop.contains(this.root.activeElement);
      this.pop.style.visibility = visibility;
      const lost = !document.activeElement || document.activeElement === document.body;
      if (!hidden && this.refocus && lost) this.pop.focus({ preventScroll: true });
      if (!hidden) this.refocus = false;
    }

    /**
     * Moves the whole box layer by how far the first box's text moved since it was drawn (one
     * rect read, not one per range); false when that text is not laid out (then redraw).
     */
    shiftBoxes() {
      const ref = this.boxRef;
      if (!ref) return false;
      const r = ref.range.getBoundingClientRect();
      if (!r.width && !r.height) return false;
      const origin = this.host.getBoundingClientRect();
      this.boxLayer.style.transform = `translate(${r.left - origin.left - ref.left}px, ${r.top - origin.top - ref.top}px)`;
      return true;
    }

    isOpen() {
      return !!this.pop;
    }

    /** Removes the popover without the close side effects (another one takes its place). */
    dismiss() {
      window.removeEventListener('keydown', this.onKey, true);
      if (this.pop) this.pop.remove();
      this.pop = null;
      this.anchor = null;
      this.returnFocus = null;
    }

    close(restoreFocus) {
      window.removeEventListener('keydown', this.onKey, true);
      if (this.pop) {
        this.pop.remove();
        this.pop = null;
        this.anchor = null;
        if (restoreFocus && this.returnFocus && this.returnFocus.isConnected) {
          try { this.returnFocus.focus({ preventScroll: true }); } catch { /* not focusable any more */ }
        }
        this.returnFocus = null;
        if (this.onClose) this.onClose();
      }
    }

    /** Fallback highlights: boxes over each range's client rects, in document coordinates. */
    drawBoxes(list) {
      if (!list.length && !this.boxLayer) return;
      const root = this.ensureHost();
      if (!this.boxLayer) {
        this.boxLayer = h('div', { class: 'boxes' });
        root.prepend(this.boxLayer);
      }
      if (list !== this.boxList) this.boxScope = commonAncestor(list);
      this.boxList = list;
      // Every rect read before any box is written: a box added between two reads would make
      // the next read lay the page out again (once per range: hundreds of layouts a redraw).
      // Relative to the host (see place()): right also where the page offsets its root.
      const origin = this.host.getBoundingClientRect();
      const rects = list.map(({ range }) => range.getClientRects());
      const first = list.length ? list[0].range.getBoundingClientRect() : null;
      this.boxRef = first ? { range: list[0].range, left: first.left - origin.left, top: first.top - origin.top } : null;
      this.boxLayer.style.transform = '';
      const boxes = [];
      list.forEach(({ style }, i) => {
        for (const r of rects[i]) {
          const box = h('div', { class: `box ${style}` });
          box.style.left = `${r.left - origin.left}px`;
          box.style.top = `${r.top - origin.top}px`;
          box.style.width = `${r.width}px`;
          box.style.height = `${r.height}px`;
          boxes.push(box);
        }
      });
      this.boxLayer.replaceChildren(...boxes);
    }

    setActiveBox(range) {
      const list = this.boxList.filter((b) => b.style !== 'active');
      if (range) list.push({ range, style: 'active' });
      this.drawBoxes(list);
    }
  }

  globalThis.SLUi = Object.freeze({ Ui, h, topInset });
})();
