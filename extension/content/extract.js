// Finds the article's text blocks in the live page without modifying it.
//
// 1. A light copy of the page is built into an inert document, in time slices (a huge page must
//    not block the tab), remembering which live text node each copied text node came from.
// 2. Readability finds the article in the copy (it rearranges the copy, never the page).
// 3. The article's text nodes are grouped into blocks by their nearest block element and mapped
//    back to the live text nodes: each block keeps `segments`, so that a UTF-16 offset in the
//    block's text becomes a (live text node, offset) pair for a DOM Range.
(() => {
  'use strict';

  /** Elements whose content is never article text (or must be left alone). */
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame',
    'canvas', 'video', 'audio', 'object', 'embed', 'link', 'select', 'textarea', 'input', 'button',
    'picture', 'source', 'sourcelight-ui']);
  /** Attributes Readability looks at; nothing else is copied (no src, no event handlers). */
  const ATTRS = ['id', 'class', 'role', 'hidden', 'aria-hidden', 'aria-modal', 'style', 'itemprop',
    'itemscope', 'itemtype', 'lang', 'dir', 'rel', 'href', 'name', 'property', 'content', 'datetime',
    'alt'];
  /** Elements that delimit a block of text. */
  const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption',
    'pre', 'td', 'th', 'dd', 'dt', 'div', 'section', 'article', 'caption', 'header', 'footer',
    'aside', 'main', 'figure', 'ul', 'ol', 'table', 'tr', 'tbody', 'thead', 'dl', 'details',
    'summary', 'address', 'body']);

  const W = globalThis.SLWork;
  /** The page's furniture and captions known by their markup (markup.js). */
  const K = globalThis.SLMarkup;
  /** Above this many elements (in the light copy) Readability would block the tab too long. */
  const READABILITY_MAX_ELEMENTS = 3000;
  /**
   * Nor above this much text: Readability's time grows with the text too (its regular
   * expressions run over each candidate's text several times; measured 274 ms of thread time for
   * a 5 MB paragraph in 6 elements, i.e. about 55 ms a megabyte).
   */
  const READABILITY_MAX_CHARS = 200000;
  /** A headline longer than this is cut (the limits leave this much room for it). */
  const HEADLINE_MAX = 1000;

  /**
   * Copies the live page into a fresh inert document, in slices of about W.SLICE_MS. Returns the
   * copy and a Map from copied text nodes to live ones. Stops (returns null) past `maxNodes`,
   * and returns `{tooMany: true}` past `maxElements` rendered elements or `maxChars` characters
   * of text: Readability would take too long on such a page, and a copy of it would only be
   * garbage for the collector.
   */
  async function copyPage(maxNodes, maxElements, maxChars) {
    const doc = document.implementation.createHTMLDocument(document.title);
    const textMap = new Map();
    const title = doc.querySelector('title');
    if (title) title.textContent = document.title;
    // Depth-first, one frame per open element (its next child to copy), so that an element
    // with 20,000 children costs nothing up front.
    const stack = [];
    if (document.head && document.head.firstChild) stack.push({ next: document.head.firstChild, parent: doc.head });
    if (document.body) {
      copyAttrs(document.body, doc.body);
      if (document.body.firstChild) stack.push({ next: document.body.firstChild, parent: doc.body });
    }
    let count = 0;
    let elements = 0;
    let chars = 0;
    while (stack.length) {
      const frame = stack[stack.length - 1];
      const live = frame.next;
      if (!live) {
        stack.pop();
        continue;
      }
      frame.next = live.nextSibling;
      const parent = frame.parent;
      if (++count > maxNodes) return null;
      if ((count & 15) === 0 && W.due()) await W.yieldToPage('copy');
      if (live.nodeType === Node.TEXT_NODE) {
        chars += live.data.length;
        if (chars > maxChars) return { tooMany: true };
        const copy = doc.createTextNode(live.data);
        textMap.set(copy, live);
        parent.appendChild(copy);
        continue;
      }
      if (live.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = live.localName;
      if (SKIP.has(tag) || live.hasAttribute('contenteditable')) continue;
      const role = K.classRole(live);
      if (role === 'timestamp') continue;
      // Not rendered (hidden menus, dialogs, templates): neither article nor worth Readability's
      // time. (The head's elements are never "visible"; they are kept for the metadata.)
      if (parent !== doc.head && typeof live.checkVisibility === 'function' && !live.checkVisibility()) continue;
      let copy;
      try {
        // What its class calls a caption is one (the outermost only: Readability drops a
        // caption nested in another).
        if (role === 'caption' && !parent.closest('figcaption')) copy = doc.createElement('figcaption');
        else copy = doc.createElement(tag === 'meta' || tag === 'title' || /^[a-z][a-z0-9-]*$/.test(tag) ? tag : 'span');
      } catch {
        copy = doc.createElement('span');
      }
      if (++elements > maxElements) return { tooMany: true };
      copyAttrs(live, copy);
      // An image keeps a mark of its source, no address: Readability removes an image with none,
      // and the image's alt text is read (the core reads a paragraph opening with it as a caption).
      if (tag === 'img' && K.IMAGE_SOURCES.some((name) => live.hasAttribute(name))) copy.setAttribute('data-src', '');
      parent.appendChild(copy);
      if (live.firstChild) stack.push({ next: live.firstChild, parent: copy });
    }
    return { doc, textMap, elements };
  }

  function copyAttrs(from, to) {
    for (const name of ATTRS) {
      const value = from.getAttribute(name);
      if (value !== null) {
        try { to.setAttribute(name, value); } catch { /* an odd value: leave it out */ }
      }
    }
  }

  /**
   * Maps a text node of the copy back to the live page. Usually by identity; but when
   * Readability retries with other settings it re-parses the copy's HTML and the text nodes are
   * new, so then by content: the next live text node (in document order) with the same text.
   */
  function liveFinder(textMap) {
    let byText = null;
    let cursor = 0;
    return (copyNode) => {
      const live = textMap.get(copyNode);
      if (live) return live;
      const data = copyNode.data;
      if (!/\S/.test(data)) return null;
      if (!byText) {
        byText = new Map();
        let i = 0;
        for (const node of textMap.values()) {
          const list = byText.get(node.data);
          if (list) list.push([i, node]); else byText.set(node.data, [[i, node]]);
          i++;
        }
      }
      const list = byText.get(data);
      if (!list) return null;
      // Each list is in document order and lookups mostly advance: resume where the last ended.
      let k = list.pos || 0;
      while (k < list.length && list[k][0] < cursor) k++;
      const hit = list[k < list.length ? k : 0];
      list.pos = k < list.length ? k + 1 : 0;
      cursor = hit[0] + 1;
      return hit[1];
    };
  }

  function blockOf(node, root) {
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      if (BLOCK.has(el.localName)) return el;
    }
    return root;
  }

  /**
   * The kind of a block, from its element and those around it (as the command line's HTML
   * reader types them): inside a blockquote a blockquote; whatever a figure holds (its caption,
   * the photo's credit, a "Photo" label) a caption; a list item a list item, but for a list of
   * one item right after a figure, which is that figure's caption (The Guardian lays captions out
   * so); h1 and h2 headlines (a page without an h1 in its article heads it with an h2).
   */
  function kindOf(blockEl, root) {
    let item = false;
    for (let el = blockEl; el && el !== root; el = el.parentElement) {
      switch (el.localName) {
        case 'blockquote': return 'blockquote';
        case 'figcaption': case 'caption': case 'figure': return 'caption';
        case 'li':
          if (captionList(el.parentElement)) return 'caption';
          item = true;
          break;
        default: break;
      }
    }
    if (item) return 'list_item';
    return HEADLINES.has(blockEl.localName) ? 'headline' : 'paragraph';
  }

  /** Elements whose text is a headline. */
  const HEADLINES = new Set(['h1', 'h2']);

  /** Whether `list` is a list of one item right after a figure: that figure's caption. */
  function captionList(list) {
    return !!list && (list.localName === 'ul' || list.localName === 'ol') && list.childElementCount === 1
      && !!list.previousElementSibling && list.previousElementSibling.localName === 'figure';
  }

  /**
   * Where text node `node` lies in the article `root`, in one walk up from it: its block element
   * (as blockOf), whether it is in a link inside that block, and whether it is in a `<time>`, in
   * bold or italics (anywhere up to the root, as the command line counts them).
   */
  function placeOf(node, root) {
    let block = null;
    let link = false;
    let dated = false;
    let emphasised = false;
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      const name = el.localName;
      if (!block) {
        if (BLOCK.has(name)) block = el;
        else if (name === 'a') link = true;
      }
      if (name === 'time') dated = true;
      else if (K.EMPHASIS.has(name)) emphasised = true;
    }
    return { block: block || root, link, dated, emphasised };
  }

  /** Records [start, end) of a block's text as linked, joining it to a link ending at `start`. */
  function addLink(block, start, end) {
    if (end <= start) return;
    const links = block.links;
    if (links.length && links[links.length - 1] === start) links[links.length - 1] = end;
    else links.push(start, end);
  }

  /**
   * A block under construction: text parts plus segments mapping it to live text nodes, and
   * `links`, the UTF-16 ranges of its text inside links, flat (`[start, end, start, end, …]`):
   * the core judges from them whether the block is only a pointer to other pages. `letters`,
   * `undated`, `plain`: what SLMarkup's noteLetters saw of its letters; `alt`: the alt text of
   * the image before it or in it (the core reads a paragraph opening with it as its caption).
   */
  function newBlock(kind) {
    return { kind, parts: [], length: 0, segments: [], links: [], endsWithSpace: true, letters: false, undated: false, plain: false, alt: null };
  }

  function pushPiece(block, node, nodeStart, piece) {
    const last = block.segments[block.segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.len === nodeStart) {
      last.len += piece.length;
    } else {
      block.segments.push({ start: block.length, node, nodeStart, len: piece.length });
    }
    block.parts.push(piece);
    block.length += piece.length;
    block.endsWithSpace = piece.endsWith(' ');
  }

  /**
   * Appends a live text node, collapsing each whitespace run to one space. A single text node
   * can hold megabytes (a 5 MB paragraph: splitting the kept 500,000 characters took 25-40 ms),
   * so this yields between pieces when the slice is due.
   */
  async function appendText(block, node, maxLen = Infinity) {
    // A prefix only, when the node is longer than what can be kept (offsets are unchanged).
    const data = node.data.length > maxLen ? node.data.slice(0, maxLen) : node.data;
    const ws = /\s+/g;
    let last = 0;
    let m;
    let steps = 0;
    while ((m = ws.exec(data)) !== null) {
      if ((++steps & 255) === 0 && W.due()) await W.yieldToPage('text');
      if (m.index > last) pushPiece(block, node, last, data.slice(last, m.index));
      if (!block.endsWithSpace) pushPiece(block, node, m.index, ' ');
      last = m.index + m[0].length;
    }
    if (last < data.length) pushPiece(block, node, last, data.slice(last));
  }

  /**
   * A line break (`<br>`) in a block: a space, so that the lines' words do not run together
   * ("says Ana Ruiz.<br>She …"). The space stands for no text of the page: it has no segment.
   */
  function lineBreak(block) {
    if (block.endsWithSpace) return;
    block.parts.push(' ');
    block.length += 1;
    block.endsWithSpace = true;
  }

  function finishBlock(block) {
    let text = block.parts.join('');
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      const seg = block.segments[block.segments.length - 1];
      // (A line break's space has no segment.)
      if (seg && seg.start + seg.len > text.length) seg.len -= 1;
      if (seg && seg.len === 0) block.segments.pop();
    }
    return { kind: block.kind, text, segments: block.segments, links: linksWithin(block.links, text.length),
      dated: block.letters && !block.undated, emphasised: block.letters && !block.plain, alt: block.alt };
  }

  /** Flat link ranges cut to the first `max` UTF-16 units of a block. */
  function linksWithin(links, max) {
    const out = [];
    for (let i = 0; i + 1 < links.length && links[i] < max; i += 2) out.push(links[i], Math.min(links[i + 1], max));
    return out;
  }

  /** The first `max` UTF-16 units of a block (not splitting a surrogate pair). */
  function cutBlock(block, max) {
    let end = max;
    const c = block.text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end -= 1;
    const segments = [];
    for (const s of block.segments) {
      if (s.start >= end) break;
      segments.push({ ...s, len: Math.min(s.len, end - s.start) });
    }
    return { ...block, text: block.text.slice(0, end), segments, links: linksWithin(block.links, end) };
  }

  /** Whether a live element is left out of the article (as copyPage leaves it out of the copy). */
  const leftOut = (el) => SKIP.has(el.localName) || el.hasAttribute('contenteditable')
    || (typeof el.checkVisibility === 'function' && !el.checkVisibility());

  /**
   * The article finder for huge pages, on the live page (read only, no copy): the element whose
   * own rendered paragraphs hold the most text, found in time slices. Returns a Readability-like
   * `{title, content}`, null when there is none, or `{tooBig: true}` past `maxNodes` paragraphs.
   */
  async function densestContainer(maxNodes) {
    const scores = new Map();
    const paras = document.body.getElementsByTagName('p');
    if (paras.length > maxNodes) return { tooBig: true };
    for (let i = 0; i < paras.length; i++) {
      if ((i & 15) === 15 && W.due()) await W.yieldToPage('densest');
      const p = paras[i];
      const parent = p.parentElement;
      if (!parent || p.closest('nav, footer, aside, header, form, [contenteditable], sourcelight-ui') || leftOut(p)) continue;
      scores.set(parent, (scores.get(parent) || 0) + p.textContent.length);
    }
    let best = null;
    let bestScore = 0;
    for (const [el, score] of scores) if (score > bestScore) { best = el; bestScore = score; }
    if (!best || bestScore < 500) return null;
    const h1 = document.querySelector('h1');
    return { title: (h1 && h1.textContent.trim()) || document.title || '', content: best };
  }

  /** The rendered text nodes under a live element, in document order, skipping what copyPage skips. */
  function liveTextWalker(root) {
    return document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode(n) {
        if (n.nodeType === Node.TEXT_NODE || n.localName === 'img' || n.localName === 'br') return NodeFilter.FILTER_ACCEPT;
        return leftOut(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      },
    });
  }

  function visible(node) {
    const el = node.parentElement;
    if (!el) return false;
    return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.offsetParent !== null || el.getClientRects().length > 0;
  }

  /** Blocks of a live element's own text (used for the headline, which Readability drops). */
  async function liveBlock(el, kind, maxLen) {
    const block = newBlock(kind);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && block.length <= maxLen; n = walker.nextNode()) await appendText(block, n, maxLen + 1 - block.length);
    return finishBlock(block);
  }

  const norm = (s, lower = true) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return lower ? t.toLowerCase() : t;
  };

  /**
   * Finds the article. Returns null when the page has none, otherwise
   * `{title, blocks: [{kind, text, segments, links, emphasised, dated, alt}], truncated, ms}` (a
   * line of dates alone, a closing sign-off and the captions that repeat an image's alt text are
   * the core's to judge: when `truncated`, the last block is not the article's last).
   */
  async function extractArticle(limits) {
    const t0 = performance.now();
    if (typeof Readability !== 'function' || !document.body) return null;
    const tooBig = { title: '', blocks: [], truncated: true, tooBig: true, ms: performance.now() - t0 };
    const copied = await copyPage(limits.maxNodes, READABILITY_MAX_ELEMENTS, READABILITY_MAX_CHARS);
    if (!copied) return tooBig;
    await W.yieldToPage('copied');
    let article = null;
    const tr = performance.now();
    if (!copied.tooMany) {
      try {
        article = new Readability(copied.doc, { serializer: (el) => el }).parse();
      } catch {
        article = null;
      }
    } else {
      // Readability runs in one piece (about 0.03 ms an element): on a huge page it would
      // freeze the tab. A simpler finder that works in slices on the live page takes over.
      article = await densestContainer(limits.maxNodes);
      if (article && article.tooBig) return tooBig;
    }
    const readabilityMs = performance.now() - tr;
    if (!article || !article.content) return null;
    await W.yieldToPage('readability');

    const root = article.content;
    const blocks = [];
    let current = null;
    let currentEl = null;
    // Readability's result is in the copy (mapped back to the live nodes); the fallback's is live.
    const toLive = copied.tooMany ? (n) => n : liveFinder(copied.textMap);
    // Text nodes, and images: an image's alt text goes to the next block with text (the one
    // the image is in, else the next one), which may be its caption (the core's judgement).
    const walker = copied.tooMany ? liveTextWalker(root) : copied.doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    let steps = 0;
    let text = 0;
    let cutShort = false;
    let alt = null;
    const finish = (block) => {
      const done = finishBlock(block);
      // A block with no text passes the alt on.
      if (/\S/.test(done.text)) blocks.push(done); else if (done.alt !== null) alt = done.alt;
    };
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((++steps & 7) === 0 && W.due()) await W.yieldToPage('blocks');
      if (n.nodeType !== Node.TEXT_NODE) {
        if (n.localName === 'br') {
          if (current && blockOf(n, root) === currentEl) lineBreak(current);
          continue;
        }
        if (n.localName !== 'img') continue;
        const altText = norm(n.getAttribute('alt') || '', false);
        if (current && blockOf(n, root) === currentEl) current.alt = altText; else alt = altText;
        continue;
      }
      if (text > limits.maxTotalChars) { cutShort = true; break; } // past what will be kept
      text += n.data.length;
      const live = toLive(n);
      if (!live || !live.isConnected) continue;
      const place = placeOf(n, root);
      const el = place.block;
      if (el !== currentEl) {
        if (current) finish(current);
        current = newBlock(kindOf(el, root));
        current.alt = alt;
        alt = null;
        currentEl = el;
      }
      const start = current.length;
      await appendText(current, live, limits.maxTotalChars + 1 - current.length);
      if (place.link) addLink(current, start, current.length);
      K.noteLetters(current, n, place.dated, place.emphasised);
    }
    if (current) finish(current);

    let truncated = cutShort;
    let total = 0;
    const kept = [];
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if ((i & 7) === 7 && W.due()) await W.yieldToPage('visible');
      if (!/\S/.test(b.text) || !visible(b.segments[0].node)) continue;
      if (kept.length >= limits.maxBlocks || total + b.text.length > limits.maxTotalChars) {
        truncated = true;
        // A giant paragraph (after a headline, say): keep its beginning, up to the limit,
        // rather than nothing.
        const room = limits.maxTotalChars - total;
        if (kept.length === 0 || room >= 1000) kept.push(cutBlock(b, room));
        break;
      }
      total += b.text.length;
      kept.push(b);
    }
    // The title, when Readability took it out of the body: the live page's matching <h1>, or
    // else <h2> (a page that heads its article with one). An h2 is also a section's heading
    // ("World", "Related"), which a title may contain: it counts only when it holds at least
    // half the title. (Subheadings are headlines too: only one that is the title counts.)
    const title = norm(article.title || '');
    const holdsTitle = (t) => !!t && (t === title || t.includes(title));
    const h1Title = (t) => holdsTitle(t) || (!!t && title.includes(t));
    const h2Title = (t) => holdsTitle(t) || (!!t && title.includes(t) && 2 * t.length >= title.length);
    const headingOf = (selector, isTitle) => [...document.querySelectorAll(selector)].find((h) => isTitle(norm(h.textContent || '')));
    if (title && !kept.some((b) => b.kind === 'headline' && h2Title(norm(b.text)))) {
      const h1 = headingOf('h1', h1Title) || headingOf('h2', h2Title);
      const keptAlready = h1 && kept.some((b) => b.segments.some((seg) => h1.contains(seg.node)));
      if (h1 && !keptAlready && !h1.closest('[contenteditable]')) {
        let head = await liveBlock(h1, 'headline', HEADLINE_MAX);
        if (head.text.length > HEADLINE_MAX) head = cutBlock(head, HEADLINE_MAX);
        if (/\S/.test(head.text) && head.segments.length) kept.unshift(head);
      }
    }
    return { title: article.title || '', blocks: kept, truncated, ms: performance.now() - t0, readabilityMs, elements: copied.tooMany ? null : copied.elements, finder: copied.tooMany ? "densest" : "readability" };
  }

  /** The live (node, offset) of UTF-16 offset `pos` in a block; `atEnd` for a range end. */
  function locate(block, pos, atEnd) {
    const segs = block.segments;
    let lo = 0;
    let hi = segs.length - 1;
    const p = atEnd ? pos - 1 : pos;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segs[mid];
      if (p < s.start) hi = mid - 1;
      else if (p >= s.start + s.len) lo = mid + 1;
      else return { node: s.node, offset: s.nodeStart + (p - s.start) + (atEnd ? 1 : 0) };
    }
    return null;
  }

  /** A live Range for [start, end) of a block, or null when the page has changed under it. */
  function rangeFor(block, start, end) {
    if (!(end > start)) return null;
    const a = locate(block, start, false);
    const b = locate(block, end, true);
    if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
    try {
      const range = document.createRange();
      range.setStart(a.node, Math.min(a.offset, a.node.length));
      range.setEnd(b.node, Math.min(b.offset, b.node.length));
      return range.collapsed ? null : range;
    } catch {
      return null;
    }
  }

  /** The block offset of a live (text node, offset) point, or null. */
  function offsetIn(block, node, offset) {
    for (const s of block.segments) {
      if (s.node === node && offset >= s.nodeStart && offset <= s.nodeStart + s.len) {
        return s.start + (offset - s.nodeStart);
      }
    }
    return null;
  }

  /**
   * Whether the page presents itself as a news article: an Open Graph type of article, a
   * schema.org *Article in JSON-LD, a publication time, or an <article> with its own heading.
   * Encyclopaedias, shops and app pages have none of these, and are left alone.
   */
  function looksLikeArticle() {
    const meta = (sel) => document.querySelector(sel);
    const og = meta('meta[property="og:type"]');
    if (og && /article/i.test(og.getAttribute('content') || '')) return true;
    if (meta('meta[property="article:published_time"], meta[itemprop="datePublished"], [itemtype*="Article"]')) return true;
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      if (/"@type"\s*:\s*\[?\s*"(News|Reportage|Analysis|Opinion)?Article"/.test(script.textContent || '')) return true;
    }
    return !!document.querySelector('article h1, article h2');
  }

  /** Whether the page declares a language other than English (`<html lang>`). Whether the text
   * itself is English is the core's call (`english` in its reply). */
  function declaresOtherLanguage() {
    const lang = (document.documentElement.getAttribute('lang') || '').trim().toLowerCase();
    return lang !== '' && !lang.startsWith('en');
  }

  globalThis.SLExtract = Object.freeze({ extractArticle, rangeFor, offsetIn, looksLikeArticle, declaresOtherLanguage });
})();
