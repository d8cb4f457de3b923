// Shared helpers for the browser end-to-end tests: a local page server, the extension-loaded
// Chromium, the sample article page and small page probes.
import http from 'node:http';
import { before, after, afterEach } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = process.env.SOURCELIGHT_EXTENSION_DIR || path.join(REPO, 'extension');
export const SHARED = path.resolve(REPO, '../shared');
export const SAMPLE = path.join(SHARED, 'samples/trtworld-iraq-anti-isis-intel.txt');
export const PAGES_DIR = path.join(SHARED, 'pages');
export const ARTIFACTS = path.join(REPO, 'tests/e2e/artifacts');
export const CHROMIUM = process.env.SOURCELIGHT_CHROMIUM || '/usr/bin/chromium';
export const FIREFOX = process.env.SOURCELIGHT_FIREFOX || '/usr/bin/firefox-esr';

/** Why the extension tests cannot run here, or '' when they can. */
export function missingPrerequisite() {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'pkg/sourcelight_bg.wasm'))) return 'extension not built: run scripts/build-extension';
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  return '';
}

export function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The sample article (plain text: title, blank-line separated paragraphs) as a news page. */
export function samplePage(text, { extraHead = '' } = {}) {
  const paras = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
  const [title, standfirst, ...body] = paras;
  const bodyHtml = body.map((p) => (/^Photo by:/.test(p)
    ? `<figure class="photo"><div class="ph"></div><figcaption>${escapeHtml(p)}</figcaption></figure>`
    : `<p>${escapeHtml(p)}</p>`)).join('\n      ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Test News</title>
<meta name="viewport" content="width=device-width">
${extraHead}
<style>
  body { font: 18px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
  nav, footer { font: 14px/1.4 sans-serif; background: #eee; padding: 8px 16px; }
  nav a { margin-right: 12px; }
  main { max-width: 720px; margin: 0 auto; padding: 16px; }
  .ph { height: 120px; background: #ccc; }
  figcaption { font-size: 14px; color: #555; }
  aside.related { border-top: 1px solid #ccc; font: 14px sans-serif; }
</style></head>
<body>
  <nav id="site-nav"><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/opinion">Opinion</a></nav>
  <main>
    <article>
      <h1>${escapeHtml(title)}</h1>
      <p class="standfirst">${escapeHtml(standfirst)}</p>
      ${bodyHtml}
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/a">Markets shrug off talks</a></li><li><a href="/b">Weather: rain expected</a></li></ul></aside>
  </main>
  <footer id="site-footer"><p>Test News is a fictional outlet used by the Sourcelight tests. Contact: desk@example.invalid</p><p>All rights reserved.</p></footer>
</body></html>`;
}

/** Starts an HTTP server on 127.0.0.1; `routes` maps a path to {body, headers, splitAt?, delayMs?} or a function. */
export async function serve(routes, { fallback = null } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    let route = routes[url.pathname];
    if (typeof route === 'function') route = route(url);
    if (!route && fallback) route = fallback(url);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(route.headers || {}) });
    if (route.delayMs && route.splitAt) {
      // A page arriving over a network: the first part now, the rest `delayMs` later.
      res.write(route.body.slice(0, route.splitAt));
      setTimeout(() => res.end(route.body.slice(route.splitAt)), route.delayMs);
      return;
    }
    res.end(route.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter', '--hide-scrollbars'];

/** Headless Chromium with the unpacked extension loaded; returns {context, extensionId, worker, close}. */
export async function launchWithExtension({ extension = true, extensionDir = EXTENSION_DIR, viewport = { width: 1100, height: 800 }, javaScriptEnabled = true } = {}) {
  const { chromium } = await import('playwright-core');
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-e2e-'));
  const args = [...CHROMIUM_ARGS];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM, headless: true, args, viewport, deviceScaleFactor: 1, javaScriptEnabled,
    ignoreDefaultArgs: extension ? ['--disable-extensions'] : [],
  });
  let worker = null;
  let extensionId = null;
  if (extension) {
    worker = context.serviceWorkers()[0] || await context.waitForEvent('serviceworker', { timeout: 15000 });
    extensionId = new URL(worker.url()).host;
  }
  const close = async () => {
    await context.close();
    fs.rmSync(userDir, { recursive: true, force: true });
  };
  return { context, extensionId, worker, close };
}

/**
 * The set-up the browser test files share, as hooks of the calling file: before its tests (unless
 * `skip`), the page server for `routes` (an object, or a function of the sample article's text
 * returning one, called only then) and a browser, `launch()` (Chromium with the extension unless given; a Puppeteer Firefox
 * works too); after each test, the pages it opened through the suite (`open`, `newPage`, `track`)
 * are closed, so that a failed test leaves none open for the next; after all, the browser and the
 * server, then `cleanup()` if given. `srv` and `browser` are set once the set-up has run.
 */
export function suite({ skip = '', routes = {}, launch = () => launchWithExtension(), cleanup = null } = {}) {
  const s = {
    srv: null,
    browser: null,
    pages: [],
    /** Closes `page` after the test that opened it. */
    track(page) {
      s.pages.push(page);
      return page;
    },
    /** A new tab, closed after the test. */
    async newPage() {
      const b = s.browser;
      return s.track(await (b.context ? b.context.newPage() : b.newPage()));
    },
    /** The popup for the tab `state` (contentState) reports on, in a new tab: see openPopup. */
    async openPopup(state, status) {
      return openPopup(await s.newPage(), s.browser.extensionId, state, status);
    },
    /** A new tab at `route` of the server: `{page, errors}` (see watchErrors). `media`: emulated first. */
    async open(route, { media } = {}) {
      const page = await s.newPage();
      const errors = watchErrors(page);
      if (media) await page.emulateMedia(media);
      await page.goto(s.srv.origin + route);
      return { page, errors };
    },
  };
  before(async () => {
    if (skip) return;
    s.srv = await serve(typeof routes === 'function' ? routes(fs.readFileSync(SAMPLE, 'utf8')) : routes);
    s.browser = await launch();
  });
  afterEach(async () => {
    for (const p of s.pages.splice(0)) if (!p.isClosed()) await p.close();
  });
  after(async () => {
    if (s.browser) await s.browser.close();
    if (s.srv) await s.srv.close();
    if (cleanup) cleanup();
  });
  return s;
}

/**
 * Opens the extension's popup as a page in `popup` (a tab), for the tab `state` reports on
 * (contentState's `tabId`), and waits until its status line matches `status` (a RegExp) or, by
 * default, no longer says it is reading or analysing the page. Returns `popup`.
 */
export async function openPopup(popup, extensionId, state, status = null) {
  await popup.goto(`chrome-extension://${extensionId}/popup/popup.html?tab=${state.tabId}`);
  await popup.waitForFunction(([source, flags]) => {
    const text = document.getElementById('status').textContent;
    return source === null ? !/Reading the page|Analysing/.test(text) : new RegExp(source, flags).test(text);
  }, status ? [status.source, status.flags] : [null, '']);
  return popup;
}

/** Collects console errors and uncaught errors of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(process.env.SOURCELIGHT_DEBUG ? `${m.text()} @ ${JSON.stringify(m.location())}` : m.text()); });
  page.on('pageerror', (e) => errors.push(String(e && e.message ? e.message : e)));
  return errors;
}

/** Sizes of the extension's highlight registrations in the page, by style name. */
export async function highlightSizes(page) {
  return page.evaluate(() => {
    const out = {};
    if (!globalThis.CSS || !CSS.highlights) return out;
    for (const [name, hl] of CSS.highlights) if (name.startsWith('sourcelight-')) out[name.replace(/^sourcelight-(dark-)?/, '')] = hl.size;
    return out;
  });
}

/** Waits until the extension has registered at least one highlight (or the timeout). */
export async function waitForHighlights(page, timeout = 15000) {
  await page.waitForFunction(() => globalThis.CSS && CSS.highlights
    && [...CSS.highlights.keys()].some((n) => n.startsWith('sourcelight-')), null, { timeout });
}

/** The content script's state for the tab showing `pageUrl`, asked through the service worker. */
export async function contentState(worker, pageUrl) {
  return worker.evaluate(async (url) => {
    let last = null;
    // Newest tab first: an earlier test may have left a page with the same URL open.
    for (const tab of (await chrome.tabs.query({})).sort((a, b) => b.id - a.id)) {
      try {
        const st = await chrome.tabs.sendMessage(tab.id, { type: 'get-state' });
        if (st && st.href === url) return { tabId: tab.id, ...st };
      } catch (e) {
        last = { tabId: tab.id, ok: false, error: String(e) };
      }
    }
    return last;
  }, pageUrl);
}

/** Clicks the middle of the first range of the first registered highlight of `style`. */
export async function clickHighlight(page, style) {
  const point = await page.evaluate((style) => {
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('sourcelight-') || (style && !name.endsWith(`-${style}`))) continue;
      for (const r of hl) {
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, style);
  if (!point) throw new Error(`no ${style || ''} highlight to click`);
  await page.mouse.click(point.x, point.y);
}

/** Waits until the content script reports a final status. */
export async function waitForDone(worker, pageUrl, timeout = 15000) {
  const t0 = Date.now();
  let st = null;
  while (Date.now() - t0 < timeout) {
    st = await contentState(worker, pageUrl);
    if (st && st.ok && ['done', 'no-article', 'not-news', 'not-english', 'error', 'off'].includes(st.status)) return st;
    await new Promise((r) => setTimeout(r, 100));
  }
  return st;
}

/** Bounding boxes of every element of the page (tag path + rect), for layout comparison. */
export async function layoutBoxes(page) {
  return page.evaluate(() => {
    const out = [];
    const all = document.querySelectorAll('body *');
    for (let i = 0; i < all.length && i < 20000; i++) {
      const el = all[i];
      if (el.localName === 'sourcelight-ui') continue;
      const r = el.getBoundingClientRect();
      out.push([i, el.localName, Math.round(r.x * 10) / 10, Math.round(r.y * 10) / 10, Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10]);
    }
    return out;
  });
}

/** Largest difference (px) between two layoutBoxes results, and how many elements moved. */
export function layoutShift(a, b) {
  let max = 0;
  let moved = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i][1] !== b[i][1]) { max = Math.max(max, 1e6); moved++; continue; }
    const d = Math.max(...[2, 3, 4, 5].map((k) => Math.abs(a[i][k] - b[i][k])));
    if (d > 0.5) moved++;
    max = Math.max(max, d);
  }
  if (a.length !== b.length) { max = Math.max(max, 1e6); moved += Math.abs(a.length - b.length); }
  return { max, moved };
}

/** A point inside the first occurrence of `needle` in the page's text (for clicking). */
export async function pointOfText(page, needle, charOffset = 3) {
  return page.evaluate(([needle, charOffset]) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i + charOffset);
      r.setEnd(n, i + charOffset + 1);
      r.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, [needle, charOffset]);
}

/**
 * How far (px) the fallback boxes of the page's first quote lie from that quote's own text: the
 * largest difference of position or size between each `.box.quote` and the matching client rect
 * of the quote's range (found by its text: `texts`, see quoteTexts), Infinity when they do not
 * pair up.
 * (Comparing with any line of the page's text would pass a box one line off.)
 */
export function quoteBoxOff(page, texts) {
  return page.evaluate((texts) => {
    // The quotes' ranges in page order: the boxes are drawn in that order.
    const ranges = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const t of texts) {
        const i = n.data.indexOf(t);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + t.length);
        ranges.push(r);
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    if (!ranges.length) return Infinity;
    const want = [...ranges[0].getClientRects()];
    const boxes = [...document.querySelector('sourcelight-ui').shadowRoot.querySelectorAll('.box.quote')].slice(0, want.length);
    if (!want.length || boxes.length !== want.length) return Infinity;
    let worst = 0;
    boxes.forEach((el, k) => {
      const b = el.getBoundingClientRect();
      // The box's bottom border is drawn inside its height (box-sizing aside): compare its top,
      // left and width, and its height without the border.
      const border = parseFloat(getComputedStyle(el).borderBottomWidth) || 0;
      const w = want[k];
      worst = Math.max(worst, Math.abs(b.top - w.top), Math.abs(b.left - w.left), Math.abs(b.width - w.width), Math.abs(b.height - border - w.height));
    });
    return worst;
  }, texts);
}

/** The bottom border style of the first fallback box of each kind (null where none is drawn). */
export function boxLineStyles(page) {
  return page.evaluate(() => {
    const root = document.querySelector('sourcelight-ui').shadowRoot;
    const out = {};
    for (const kind of ['quote', 'claim', 'loaded']) {
      const box = root.querySelector(`.box.${kind}`);
      out[kind] = box ? getComputedStyle(box).borderBottomStyle : null;
    }
    return out;
  });
}

/** The texts of the quotes in a content script's state (whole, not clipped), for quoteBoxOff. */
export function quoteTexts(state) {
  return state.findings.filter((f) => f.kind === 'quote' && !f.text.endsWith('…')).map((f) => f.text);
}

/**
 * Records a Chromium trace of `page` while `fn` runs, and returns the top-level tasks of the
 * page's main thread: `{at, wall, cpu, render, extension}`, times in ms, `at` on the page's
 * performance.now() clock (from the trace's navigationStart mark), `cpu` the thread time (what
 * the task itself cost, without the time the thread waited for a core on a busy machine),
 * `render` true for the browser's frame updates (those that paint), `extension` true for the
 * tasks the trace attributes to a script of the extension (a content script's callback or
 * timer; a promise continuation after `scheduler.yield()` carries no URL, so this is a subset).
 */
export async function traceMainThread(page, fn) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'v8'] } });
  let result;
  try {
    result = await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const nav = events.filter((e) => e.name === 'navigationStart' && mains.has(`${e.pid}:${e.tid}`)).sort((a, b) => b.ts - a.ts)[0];
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`) && (!nav || (e.pid === nav.pid && e.tid === nav.tid)));
  onMain.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let end = -1;
  let current = null;
  for (const e of onMain) {
    if (e.ts >= end) {
      current = { at: nav ? (e.ts - nav.ts) / 1000 : 0, wall: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000, render: false, extension: false };
      tasks.push(current);
      end = e.ts + e.dur;
    } else if (e.name === 'PrePaint' || e.name === 'Paint') {
      current.render = true;
    }
    // A task that runs a function or script of the extension (a content script's callback, a
    // message handler, a timer): the trace names the script's URL.
    const data = e.args && e.args.data;
    if (data && /^chrome-extension:\/\//.test(data.url || data.scriptName || '')) current.extension = true;
  }
  return { result, tasks };
}
