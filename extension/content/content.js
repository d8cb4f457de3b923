// The content script: reads the article, asks the background for the findings, draws them,
// answers clicks and keyboard commands, and tells the popup what is on the page.
(() => {
  'use strict';
  if (globalThis.__sourcelightLoaded) return; // injected twice (e.g. an extension reload)
  globalThis.__sourcelightLoaded = true;

  const M = globalThis.SLMessages;
  const api = M.api();
  const { extractArticle, rangeFor, offsetIn, looksLikeArticle, declaresOtherLanguage } = globalThis.SLExtract;
  const W = globalThis.SLWork;
  const highlighter = new globalThis.SLHighlight.Highlighter();
  const ui = new globalThis.SLUi.Ui();

  /** Bounds on what one page may cost us. */
  // (Room is left for the headline, which is added after the body is cut to size.)
  const PAGE_LIMITS = { maxNodes: 400000, maxBlocks: M.LIMITS.maxBlocks - 1, maxTotalChars: M.LIMITS.maxTotalChars - 1000 };
  const DEBOUNCE_MS = 600;
  const MAX_WAIT_MS = 3000;

  const state = {
    settings: M.readSettings(null),
    site: location.hostname,
    status: 'starting', // starting | off | no-article | analysing | done | error
    error: '',
    title: '',
    truncated: false,
    // The blocks analysed, which the report's block numbers count (set with the findings, from
    // the core's reply: findings and blocks always belong to the same run).
    blocks: [],
    // What the core was sent for them (page furniture included), to tell whether the next
    // reading of the page changed anything the core reads.
    sent: null,
    leftOut: [], // which of the blocks sent the core left out (page furniture, a sign-off)
    captions: [], // which of the blocks sent the core read as captions (repeating an image's alt text)
    findings: [],
    sources: [],
    timing: {},
    activeIndex: -1,
    href: location.href,
    runs: 0,
    // The number (as `runs` counts them) of the last run that came to its end, whatever it
    // found: a test waits on it for a run it started, not on a guess of how long one takes.
    settled: 0,
  };

  const enabledHere = () => !state.settings.disabledSites.includes(state.site);

  // ---- messaging with the background ---------------------------------------------------------

  /** Sends `msg`, retrying while the background (a service worker that may be stopped) wakes. */
  async function ask(msg) {
    let lastError = 'no response';
    for (const wait of [0, 100, 400, 1000, 2000]) {
      if (wait) await W.outside('retry', new Promise((r) => setTimeout(r, wait)));
      try {
        const reply = await W.outside('request', api.runtime.sendMessage(msg));
        if (reply && typeof reply === 'object' && typeof reply.ok === 'boolean') return reply;
        lastError = 'empty reply';
      } catch (err) {
        lastError = String(err && err.message ? err.message : err);
        if (/context invalidated/i.test(lastError)) break; // the extension was reloaded
      }
    }
    return { ok: false, error: lastError };
  }

  // ---- the analysis ---------------------------------------------------------------------------

  let runId = 0;

  /** Extracts the article, analyses it and draws the findings. A newer run cancels an older one.
   * Its work on the page is timed in slices (work.js). */
  const run = (reason) => W.task('run', () => runTimed(reason));

  async function runTimed(reason) {
    const id = ++runId;
    state.runs++;
    try {
      await runOnce(id, reason);
    } finally {
      // A run a newer one cancelled did not come to its end: the newer one will.
      if (id === runId) state.settled = id;
    }
  }

  /** Run `id`'s work (runTimed's), returning early when a newer run starts. */
  async function runOnce(id, reason) {
    if (!enabledHere()) {
      clearAll();
      state.status = 'off';
      return;
    }
    const t0 = performance.now();
    state.href = location.href;
    if (!looksLikeArticle()) {
      // Not presented as an article (an encyclopaedia, a shop, an app): nothing to say.
      showNothing('not-news');
      return;
    }
    const article = await extractArticle(PAGE_LIMITS);
    if (id !== runId) return;
    if (!article || article.blocks.length === 0 || declaresOtherLanguage()) {
      showNothing(article && article.blocks.length ? 'not-english' : 'no-article');
      state.truncated = !!(article && article.truncated);
      return;
    }
    const message = { type: 'analyze', blocks: article.blocks.map(M.blockMessage), truncated: article.truncated };
    state.title = article.title;
    state.truncated = article.truncated;
    if (state.status === 'done' && M.sameAnalyze(state.sent, message)) {
      // The core would read the same: keep the findings, but re-point their ranges at the
      // (possibly new) nodes.
      state.blocks = analysedOf(article.blocks, state.leftOut, state.captions);
      await rebuildRanges(id);
      if (id === runId) observeArticle(article.blocks);
      return;
    }
    // The previous run's blocks and findings stay together until the reply replaces both.
    state.status = 'analysing';
    const tRequest = performance.now();
    const reply = await ask(message);
    if (id !== runId) return;
    if (!reply.ok || !isReport(reply.report)) {
      state.status = 'error';
      state.error = reply.error || 'malformed report';
      clearAll();
      return;
    }
    if (reply.report.english === false) {
      // The core reads English only; it checked the text and did not analyse it.
      showNothing('not-english');
      return;
    }
    state.truncated = state.truncated || reply.report.truncated === true;
    // The core left the page's furniture ("Related: …" links, "Advertisement") and a closing
    // sign-off out: its block numbers count the others.
    state.sent = message;
    state.leftOut = reply.report.leftOut;
    state.captions = reply.report.captions;
    state.blocks = analysedOf(article.blocks, state.leftOut, state.captions);
    state.sources = reply.report.sources.slice(0, M.LIMITS.maxSources);
    state.findings = reply.report.findings.slice(0, M.LIMITS.maxFindings).map(toFinding);
    highlighter.setTheme(article.blocks[0].segments[0] && article.blocks[0].segments[0].node);
    await rebuildRanges(id);
    if (id !== runId) return;
    const tDone = performance.now();
    state.timing = {
      extract_ms: round(article.ms),
      readability_ms: round(article.readabilityMs),
      elements: article.elements,
      finder: article.finder,
      analysis_ms: round(reply.ms || 0),
      queued_ms: round(reply.queued || 0),
      request_to_highlights_ms: round(tDone - tRequest),
      total_ms: round(tDone - t0),
      started_at: round(t0),
      finished_at: round(tDone),
      reason,
    };
    state.status = 'done';
    observeArticle(article.blocks);
  }

  const round = (x) => Math.round(x * 10) / 10;

  function isReport(r) {
    return r && Array.isArray(r.findings) && Array.isArray(r.sources) && Array.isArray(r.leftOut) && Array.isArray(r.captions);
  }

  /**
   * The blocks the core analysed: all but those it left out (`leftOut`, ascending indices), and
   * those it read as captions (`captions`) typed so. The extracted blocks are not changed: the
   * next reading of the page is compared with what was sent.
   */
  function analysedOf(blocks, leftOut, captions) {
    if (!leftOut.length && !captions.length) return blocks;
    const out = new Set(leftOut);
    const caption = new Set(captions);
    const analysed = [];
    blocks.forEach((b, i) => {
      if (!out.has(i)) analysed.push(caption.has(i) ? { ...b, kind: 'caption' } : b);
    });
    return analysed;
  }

  /** A finding from the report, checked (the report crossed a boundary). */
  function toFinding(f, index) {
    const kind = M.KINDS.includes(f.kind) ? f.kind : 'quote';
    return {
      index,
      kind,
      block: Number.isInteger(f.block) ? f.block : -1,
      start: Number.isInteger(f.start) ? f.start : 0,
      end: Number.isInteger(f.end) ? f.end : 0,
      text: typeof f.text === 'string' ? f.text : '',
      vague: f.vague === true,
      inQuote: f.in_quote === true,
      data: f,
      range: null,
    };
  }

  /** Builds the live ranges in time slices, then shows them. */
  async function rebuildRanges(id) {
    for (let i = 0; i < state.findings.length; i++) {
      const f = state.findings[i];
      const block = state.blocks[f.block];
      f.range = block ? rangeFor(block, f.start, f.end) : null;
      if ((i & 31) === 31 && W.due()) {
        await W.yieldToPage('ranges');
        if (id !== runId) return;
      }
    }
    await highlighter.show(state.findings, state.settings.kinds, ui);
  }

  /** Nothing to show on this page (`status` says why): no highlights, no article watched. */
  function showNothing(status) {
    clearAll();
    state.blocks = [];
    state.sent = null;
    state.leftOut = [];
    state.captions = [];
    state.status = status;
    observeArticle(null);
  }

  function clearAll() {
    ui.close(false);
    highlighter.clear(ui);
    state.findings = [];
    state.sources = [];
    state.activeIndex = -1;
  }

  // ---- dynamic pages: a debounced, bounded observer -------------------------------------------

  let observer = null;
  let articleNodes = new Set(); // live elements holding the article's text
  let timer = 0;
  let firstPending = 0;
  const recentRuns = [];

  let articleRoot = null; // their lowest common ancestor

  function observeArticle(blocks) {
    articleNodes = new Set();
    articleRoot = null;
    if (blocks) {
      for (const b of blocks) for (const s of b.segments) if (s.node.parentElement) articleNodes.add(s.node.parentElement);
      for (const el of articleNodes) articleRoot = articleRoot ? commonAncestor(articleRoot, el) : el;
    }
    if (!observer && document.body) {
      observer = new MutationObserver(W.handler('mutations', onMutations));
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }
  }

  function commonAncestor(a, b) {
    let x = a;
    while (x && !x.contains(b)) x = x.parentElement;
    return x || document.documentElement;
  }

  const hasText = (nodes) => {
    for (const n of nodes) if ((n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) && /\S/.test(n.textContent || '')) return true;
    return false;
  };

  /** Whether a mutation may change the article's text (cheap: O(depth), not O(article)). */
  function touchesArticle(m) {
    if (ui.isOurs(m.target)) return false;
    if (!articleRoot) return m.type === 'childList' && hasText(m.addedNodes);
    if (!articleRoot.isConnected) return true; // the article was swapped out
    const target = m.target.nodeType === Node.ELEMENT_NODE ? m.target : m.target.parentElement;
    if (!target) return false;
    if (!articleRoot.contains(target)) {
      // Outside the article: only a change of the article's own ancestors matters.
      return m.type === 'childList' && target.contains(articleRoot);
    }
    if (m.type === 'childList' && (hasText(m.addedNodes) || hasText(m.removedNodes))) return true;
    for (let el = target; el && el !== articleRoot.parentElement; el = el.parentElement) {
      if (articleNodes.has(el)) return true;
    }
    return false;
  }

  function onMutations(mutations) {
    if (state.status === 'off') return;
    let relevant = location.href !== state.href;
    for (let i = 0; !relevant && i < mutations.length && i < 200; i++) relevant = touchesArticle(mutations[i]);
    if (!relevant) return;
    schedule();
  }

  function schedule() {
    const now = performance.now();
    if (!firstPending) firstPending = now;
    // Bounded: at most 4 runs in 10 s; a page that rewrites itself constantly waits longer.
    while (recentRuns.length && now - recentRuns[0] > 10000) recentRuns.shift();
    const backoff = recentRuns.length >= 4 ? 10000 - (now - recentRuns[0]) : 0;
    const wait = Math.max(backoff, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - (now - firstPending)));
    clearTimeout(timer);
    timer = setTimeout(() => {
      firstPending = 0;
      recentRuns.push(performance.now());
      run('mutation');
    }, Math.max(0, wait));
  }

  // ---- clicks and the popover -----------------------------------------------------------------

  function caretAt(x, y) {
    if (typeof document.caretPositionFromPoint === 'function') {
      const p = document.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof document.caretRangeFromPoint === 'function') {
      const r = document.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
    return null;
  }

  function rectsContain(range, x, y) {
    for (const r of range.getClientRects()) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
    }
    return false;
  }

  /** The visible findings under the point, smallest first. */
  function findingsAt(x, y) {
    const caret = caretAt(x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return [];
    const hits = [];
    for (let b = 0; b < state.blocks.length; b++) {
      const off = offsetIn(state.blocks[b], caret.node, caret.offset);
      if (off === null) continue;
      for (const f of state.findings) {
        if (f.block === b && f.range && state.settings.kinds[f.kind] && f.start <= off && off <= f.end && rectsContain(f.range, x, y)) hits.push(f);
      }
      break;
    }
    return hits.sort((a, b) => (a.end - a.start) - (b.end - b.start));
  }

  /**
   * Where the quote's speaker is named, as the core reports it (`speaker.named`: the first place
   * the article writes the name, else the mention), if its block is on the page: {block, start,
   * end} (UTF-16, per block) or null.
   */
  function speakerNamedAt(f) {
    const at = f.data.speaker && f.data.speaker.named;
    return at && Number.isInteger(at.block) && state.blocks[at.block] ? at : null;
  }

  const popCtx = {
    blockKind: (i) => (state.blocks[i] ? state.blocks[i].kind : ''),
    get dark() { return highlighter.isDark(); },
    speakerNamedAt,
    // "Show" moves the popover to the speaker's name and marks it; "Back to the quote" returns.
    // Activated from the keyboard (click detail 0), the dialog keeps the focus (WAI-ARIA dialog
    // practice: focus never falls to the page when the control that had it goes away), and
    // Escape still returns it to where it was before the popover opened.
    showSpeaker(f, e) {
      const at = speakerNamedAt(f);
      const block = at && state.blocks[at.block];
      const range = block && rangeFor(block, at.start, at.end);
      if (!range) return;
      moveTo(range, f, e, true);
    },
    showQuote(f, e) {
      if (f.range) moveTo(f.range, f, e, false);
    },
  };

  function moveTo(range, f, e, atName) {
    scrollToRange(range);
    highlighter.setActive(range, ui);
    ui.open([f], range, popCtx, { focus: !!e && e.detail === 0, atName });
  }

  function onClick(e) {
    if (state.status !== 'done' || e.button !== 0 || e.defaultPrevented) return;
    if (ui.isOurs(e.target) || (e.composedPath && e.composedPath().includes(ui.host))) return;
    // Never take the page's own clicks: links, buttons, form fields, editors.
    const t = e.target instanceof Element ? e.target : null;
    if (t && t.closest('a[href], button, input, select, textarea, label, summary, [contenteditable], [role=button], [role=link]')) return;
    const sel = document.getSelection();
    if (sel && !sel.isCollapsed) return; // the reader is selecting text
    const hits = findingsAt(e.clientX, e.clientY);
    if (hits.length === 0) {
      if (ui.isOpen()) ui.close(false);
      highlighter.setActive(null, ui);
      return;
    }
    state.activeIndex = hits[0].index;
    highlighter.setActive(hits[0].range, ui);
    ui.open(hits.slice(0, 3), hits[0].range, popCtx, { focus: false });
  }

  ui.onClose = () => highlighter.setActive(null, ui);

  /** Scrolls `range` to a third of the way down the viewport below a site's fixed header. */
  function scrollToRange(range) {
    const r = range.getBoundingClientRect();
    const vh = document.documentElement.clientHeight || window.innerHeight;
    const top = globalThis.SLUi.topInset(r.left, r.width, vh);
    if (r.top < top || r.bottom > vh) window.scrollBy({ top: r.top - top - (vh - top) / 3, behavior: 'instant' });
  }

  /** Scrolls to a finding, marks it and opens its popover with keyboard focus. */
  function reveal(index) {
    const f = state.findings[index];
    if (!f || !f.range) return false;
    state.activeIndex = index;
    scrollToRange(f.range);
    highlighter.setActive(f.range, ui);
    ui.open([f], f.range, popCtx, { focus: true });
    return true;
  }

  function visibleOrder() {
    return state.findings
      .filter((f) => f.range && state.settings.kinds[f.kind])
      .sort((a, b) => a.block - b.block || a.start - b.start);
  }

  function step(direction) {
    const list = visibleOrder();
    if (list.length === 0) return;
    let pos = list.findIndex((f) => f.index === state.activeIndex);
    pos = pos < 0 ? (direction > 0 ? 0 : list.length - 1) : (pos + direction + list.length) % list.length;
    reveal(list[pos].index);
  }

  // ---- the popup's view of the page -----------------------------------------------------------

  const clip = (s, n) => (typeof s === 'string' ? (s.length > n ? `${s.slice(0, n - 1)}…` : s) : '');

  /**
   * The findings on the page by kind, as a reader counts them: a quote split by its attribution
   * or run over paragraphs is one quote, however many highlighted parts it has (its parts share
   * the core's `group`), as the sources' quote counts have it; a claim or a loaded word is one each.
   */
  function pageCounts() {
    const drawn = state.findings.filter((f) => f.range);
    const counts = { quote: 0, claim: 0, loaded: 0 };
    for (const f of drawn) counts[f.kind]++;
    counts.quote = M.quoteCount(drawn.filter((f) => f.kind === 'quote').map((f) => f.data.group));
    return counts;
  }

  function snapshot() {
    const counts = pageCounts();
    return {
      ok: true,
      site: state.site,
      href: location.href,
      enabled: enabledHere(),
      status: state.status,
      error: state.error,
      title: clip(state.title, 200),
      truncated: state.truncated,
      kinds: state.settings.kinds,
      counts,
      timing: state.timing,
      work: W.stats(),
      blocks: state.blocks.length,
      // Each analysed block's kind, and how many blocks the core left out as page furniture.
      blockKinds: state.blocks.map((b) => b.kind),
      leftOut: state.leftOut.length,
      runs: state.runs,
      settled: state.settled,
      highlightApi: globalThis.SLHighlight.supported(),
      sources: state.sources.map((s) => ({
        name: clip(s.name, 200),
        description: clip(s.description, 200),
        anonymous: s.anonymous === true,
        unresolved: s.unresolved === true,
        quotes: Number.isInteger(s.quotes) ? s.quotes : 0,
        via: Array.isArray(s.via) ? s.via.map((v) => clip(v, 100)).slice(0, 10) : [],
      })),
      findings: state.findings.filter((f) => f.range).map((f) => ({
        index: f.index,
        kind: f.kind,
        text: clip(f.text, 240),
        vague: f.vague,
        // A claim's kind, as the popover heads it (a key of M.CLAIM_KINDS: claimKind gives only
        // those, whatever the core's `vague_kind` that crossed a boundary holds).
        claimKind: f.kind === 'claim' ? M.claimKind(f.vague, f.data.vague_kind) : null,
        inQuote: f.inQuote,
        speaker: f.kind === 'quote' && f.data.speaker ? clip(f.data.speaker.name, 200) : '',
        // The parts of one quote share a group: the popup counts them once, as the sources do.
        group: f.kind === 'quote' && Number.isInteger(f.data.group) ? f.data.group : null,
        anonymous: !!(f.data.speaker && f.data.speaker.anonymous),
        via: f.kind === 'quote' ? clip(f.data.via || '', 100) : '',
        alternative: f.kind === 'loaded' ? clip(f.data.alternative || '', 100) : '',
      })),
    };
  }

  api.runtime.onMessage.addListener(W.handler('message', (msg, sender, sendResponse) => {
    // Only the extension itself can reach this listener (tabs.sendMessage); check anyway.
    const role = M.senderRole(sender, api);
    if (role !== 'extension' || M.validate(msg, role)) return false;
    if (msg.type === 'get-state') sendResponse(snapshot());
    else if (msg.type === 'reveal') sendResponse({ ok: reveal(msg.index) });
    else if (msg.type === 'command') {
      step(msg.command === 'next-finding' ? 1 : -1);
      sendResponse({ ok: true });
    }
    return false;
  }));

  // ---- settings -------------------------------------------------------------------------------

  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const before = state.settings;
    api.storage.local.get(['kinds', 'disabledSites']).then((stored) => {
      state.settings = M.readSettings(stored);
      const wasOn = before.disabledSites.includes(state.site) === false;
      if (wasOn !== enabledHere()) {
        run('settings');
      } else if (state.status === 'done') {
        ui.close(false);
        W.task('settings', () => highlighter.show(state.findings, state.settings.kinds, ui));
      }
    }, () => {});
  });

  // ---- start ----------------------------------------------------------------------------------

  async function start() {
    try {
      state.settings = M.readSettings(await api.storage.local.get(['kinds', 'disabledSites', 'drawWith']));
    } catch {
      state.settings = M.readSettings(null);
    }
    globalThis.SLHighlight.setForceBoxes(state.settings.drawWith === 'boxes');
    document.addEventListener('click', W.handler('click', onClick), false);
    window.addEventListener('popstate', () => schedule());
    // Fallback boxes sit in document coordinates: redraw when the layout may have moved.
    let redraw = 0;
    window.addEventListener('resize', () => {
      if (globalThis.SLHighlight.supported() || state.status !== 'done') return;
      clearTimeout(redraw);
      redraw = setTimeout(() => W.task('redraw', () => highlighter.show(state.findings, state.settings.kinds, ui)), 150);
    });
    // Forced colours switched on or off: redraw the other way (highlights or boxes).
    const forced = globalThis.SLHighlight.forcedColors;
    if (forced) {
      forced.addEventListener('change', () => {
        if (state.status !== 'done') return;
        highlighter.clear(ui);
        W.task('forced-colors', () => highlighter.show(state.findings, state.settings.kinds, ui));
      });
    }
    // Observe from the start: text added while the first reading runs must not be missed.
    observeArticle(null);
    await run('load');
  }

  start().catch((err) => {
    state.status = 'error';
    state.error = String(err && err.message ? err.message : err);
  });
})();
