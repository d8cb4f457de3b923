// Timing harness for the extension (figures for BENCHMARKS): `npm run --silent bench:ext`.
// - size of the optimised .wasm, raw and gzipped;
// - a ~2,000-word article (the sample article three times): time from the content script's
//   analysis request to highlights registered, cold (first page after the browser starts, the
//   background's module not yet compiled) and warm (reloads);
// - the largest saved page in ../shared/pages: main-thread long tasks (PerformanceObserver
//   'longtask') while the extension works, and the longest task of the whole load;
// - a page with hundreds of findings and scrolling widgets: the main thread's time while the
//   widgets scroll, with the popover and the fallback boxes up (`scroll_widgets`);
// - the same article under a fixed header: the main thread's time while the document scrolls,
//   with and without a popover following its text up to and under the header (`scroll_header`).
// `-- --only=NAME` runs one case: node_wasm, article (the article_* figures),
// readability_worst_case, huge_page, largest_page, scroll_widgets or scroll_header.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as H from './helpers.mjs';
import { staticPage } from './audit.mjs';

const why = H.missingPrerequisite();
if (why) { console.error(`bench: ${why}`); process.exit(2); }
if (!fs.existsSync(H.SAMPLE)) { console.error(`bench: ${H.SAMPLE} is absent (../shared is needed)`); process.exit(2); }

const wasm = fs.readFileSync(path.join(H.EXTENSION_DIR, 'pkg/sourcelight_bg.wasm'));
const out = { wasm_bytes: wasm.length, wasm_gzip_bytes: zlib.gzipSync(wasm, { level: 9 }).length };

const sample = fs.readFileSync(H.SAMPLE, 'utf8');
// `npm run --silent bench:ext -- --only=NAME` runs one case (see the top).
const only = (process.argv.find((a) => a.startsWith('--only=')) || '').slice('--only='.length);
const want = (name) => !only || only === name;

// The module itself under node (V8, as in Chrome's background): first call (builds the core's
// lazily compiled tables) and steady throughput over the sample article repeated 40 times.
if (want('node_wasm')) {
  const { pathToFileURL } = await import('node:url');
  const m = await import(pathToFileURL(path.join(H.EXTENSION_DIR, 'pkg/sourcelight.js')).href);
  let t = performance.now();
  const module = await WebAssembly.compile(wasm);
  const compileMs = performance.now() - t;
  m.initSync({ module });
  const blocks = sample.split(/\r?\n\s*\r?\n/).map((text) => ({ kind: 'paragraph', text: text.trim() }));
  t = performance.now();
  m.analyzeBlocks(blocks);
  const firstMs = performance.now() - t;
  const big = Array.from({ length: 40 }, () => blocks).flat();
  for (let i = 0; i < 3; i++) m.analyzeBlocks(big);
  t = performance.now();
  for (let i = 0; i < 5; i++) m.analyzeBlocks(big);
  const ms = (performance.now() - t) / 5;
  const bytes = big.reduce((a, b) => a + Buffer.byteLength(b.text), 0);
  out.node_wasm = { compile_ms: +compileMs.toFixed(1), first_analysis_ms: +firstMs.toFixed(1), steady_ms: +ms.toFixed(1), bytes, mb_per_s: +(bytes / 1e6 / (ms / 1000)).toFixed(2) };
}
const [title, ...rest] = sample.split(/\r?\n\s*\r?\n/);
const longText = [title, ...rest, ...rest, ...rest].join('\n\n');
out.article_words = longText.split(/\s+/).filter(Boolean).length;

// The widgets page's scrolling boxes and the script that scrolls them (window.scrollWidgets).
const widget = (cls, n) => `<div class="${cls}">${Array.from({ length: n }, (_, i) => `<p>Update ${i}: markets, weather and sport in brief</p>`).join('')}</div>`;
const WIDGETS_HEAD = `<style>
  .ticker { position: fixed; bottom: 0; left: 0; right: 0; height: 40px; overflow: auto; background: #ffe; }
  .side { position: fixed; top: 60px; right: 0; width: 180px; height: 300px; overflow: auto; background: #eef; }
  .list { height: 150px; overflow: auto; border: 1px solid #ccc; margin: 8px; }
</style>`;
const WIDGETS_HTML = `${widget('ticker', 300)}${widget('side', 300)}<aside>${widget('list', 300)}${widget('list', 300)}${widget('list', 300)}</aside>
<script>
  // withBody: body scrolls too (on a page whose body is the scroller, the article moves).
  window.scrollWidgets = (frames, withBody) => new Promise((done) => {
    const els = [...document.querySelectorAll('.ticker, .side, .list'), ...(withBody ? [document.body] : [])];
    let n = 0;
    const t0 = performance.now();
    const tick = () => {
      for (const el of els) el.scrollTop = (el.scrollTop + 3) % (el.scrollHeight - el.clientHeight);
      if (++n < frames) requestAnimationFrame(tick); else done(performance.now() - t0);
    };
    requestAnimationFrame(tick);
  });
</script>`;
const HEADER_HEAD = '<style>.masthead { position: fixed; top: 0; left: 0; right: 0; height: 80px; background: #223; color: #fff; z-index: 10; }</style>';
const SCROLL_DOCUMENT = `<script>
  window.scrollDocument = (frames) => new Promise((done) => {
    let n = 0;
    const t0 = performance.now();
    const tick = () => {
      window.scrollBy(0, 2);
      if (++n < frames) requestAnimationFrame(tick); else done(performance.now() - t0);
    };
    requestAnimationFrame(tick);
  });
</script>`;
const pages = fs.existsSync(H.PAGES_DIR) ? fs.readdirSync(H.PAGES_DIR).map((d) => path.join(H.PAGES_DIR, d, 'source.html')).filter((f) => fs.existsSync(f)) : [];
const largest = pages.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];

const srv = await H.serve({
  '/article': { body: H.samplePage(longText) },
  // The same article arriving over a (simulated) network: the page's head and navigation at
  // once, the article 1 s later, as a news page often does. The background, woken at
  // document_start, starts while the page loads.
  '/slow': { body: H.samplePage(longText), splitAt: H.samplePage(longText).indexOf('<article>'), delayMs: 1000 },
  // Readability's worst case: a page just under the element count above which the extension
  // uses its own sliced finder instead (READABILITY_MAX_ELEMENTS in content/extract.js).
  '/busy': { body: H.samplePage(longText)
    .replace('</nav>', `${Array.from({ length: 600 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join('')}</nav>`)
    .replace('</main>', `</main><aside class="related">${Array.from({ length: 700 }, (_, i) => `<div class="teaser"><a href="/t${i}"><span>Teaser headline number ${i} about the news</span></a></div>`).join('')}</aside>`) },
  '/largest': () => ({ body: largest ? staticPage(fs.readFileSync(largest, 'utf8')) : '<p>none</p>' }),
  // Hundreds of findings (the article eight times) beside five scrolling widgets (a live ticker
  // fixed at the bottom, a scrolling sidebar, three lists in the aside), which the page's own
  // script scrolls a little every frame: what the popover's and the boxes' scroll follower costs.
  // The same article under a site header fixed across the top; window.scrollDocument scrolls
  // the document 2 px a frame.
  '/header': { body: H.samplePage(Array.from({ length: 8 }, (_, i) => (i ? rest : [title, ...rest]).join('\n\n')).join('\n\n'), { extraHead: HEADER_HEAD })
    .replace('<nav id="site-nav">', '<header class="masthead">Test News</header><nav id="site-nav">').replace('</main>', `</main>${SCROLL_DOCUMENT}`) },
  '/widgets': { body: H.samplePage(Array.from({ length: 8 }, (_, i) => (i ? rest : [title, ...rest]).join('\n\n')).join('\n\n'), { extraHead: WIDGETS_HEAD })
    .replace('</main>', `</main>${WIDGETS_HTML}`) },
  // The robustness test's huge page: 20,000 paragraphs (cut at the limits).
  '/huge': { body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>Huge</title></head><body><article><h1>Huge page</h1>${Array.from({ length: 20000 }, (_, i) => `<p>In district ${i}, “we will keep the schools open,” the mayor, Ana Ruiz, said on Monday, while critics say the disastrous plan will cost 40 million dollars.</p>`).join('\n')}</article></body></html>` },
}, { fallback: () => ({ body: '' }) });
const b = await H.launchWithExtension();
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
try {
  const page = await b.context.newPage();
  await page.addInitScript(() => {
    globalThis.__longtasks = [];
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__longtasks.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });
    } catch { /* not supported */ }
  });
  // The realistic cold case: the background (a service worker) was stopped, as Chrome does after
  // 30 s idle, and a new article wakes it: the module is compiled and the core's tables built
  // while the page is read. `queued_ms` is how long the analysis request waited for that.
  const cdp = await b.context.newCDPSession(page);
  const stopWorker = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const t of targetInfos) {
      if (t.type === 'service_worker' && t.url.includes(b.extensionId)) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => {});
    }
  };
  const liveWorker = async () => {
    for (let i = 0; i < 100; i++) {
      for (const w of [...b.context.serviceWorkers()].reverse()) {
        if (await w.evaluate(() => 1).catch(() => 0)) return w;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no live service worker');
  };
  if (want('article')) {
    const runs = [];
    for (let i = 0; i < 6; i++) {
      if (i === 0) await page.goto(`${srv.origin}/article`); else await page.reload();
      const st = await H.waitForDone(b.worker, `${srv.origin}/article`);
      runs.push({ ...st.timing, findings: st.counts });
    }
    out.article_cold = runs[0];
    // Each cold case three times: stop the worker, wait, open the page, time the new worker's work.
    const afterRestart = async (route) => {
      const timings = [];
      for (let i = 0; i < 3; i++) {
        await stopWorker();
        await new Promise((r) => setTimeout(r, 500));
        const url = `${srv.origin}${route}?restart=${i}`;
        await page.goto(url);
        timings.push((await H.waitForDone(await liveWorker(), url)).timing);
      }
      return timings;
    };
    out.article_cold_after_background_restart = await afterRestart('/article');
    out.article_cold_page_loading_1s = await afterRestart('/slow');
    out.article_warm_median = {
      request_to_highlights_ms: median(runs.slice(1).map((r) => r.request_to_highlights_ms)),
      analysis_ms: median(runs.slice(1).map((r) => r.analysis_ms)),
      extract_ms: median(runs.slice(1).map((r) => r.extract_ms)),
      total_ms: median(runs.slice(1).map((r) => r.total_ms)),
    };
  }
  // Open a page, wait for the extension to finish, and collect the page's long tasks: those
  // overlapping the extension's work, and all of them.
  const withLongTasks = async (route, timeoutMs) => {
    await page.goto(`${srv.origin}${route}`);
    const st = await H.waitForDone(await liveWorker(), `${srv.origin}${route}`, timeoutMs);
    await page.waitForTimeout(300);
    const tasks = await page.evaluate(() => globalThis.__longtasks || []);
    const t = st.timing || {};
    const during = tasks.filter(([s0, d]) => s0 + d >= t.started_at && s0 <= t.finished_at).map(([, d]) => d);
    return { st, t, during, all: tasks.map(([, d]) => d) };
  };
  const longest = (ds) => (ds.length ? Math.max(...ds) : 0);
  if (want('readability_worst_case')) {
    const { st, t, during } = await withLongTasks('/busy', 20000);
    out.readability_worst_case = {
      timing: t,
      work: st.work,
      longest_task_while_extension_works_ms: longest(during),
      long_tasks_while_extension_works: during.length,
    };
  }
  if (want('huge_page')) {
    const { st, t, during } = await withLongTasks('/huge', 60000);
    out.huge_page = {
      blocks: st.blocks,
      findings: st.counts,
      timing: t,
      work: st.work,
      long_tasks_while_extension_works_ms: during.map((d) => Math.round(d)),
    };
  }
  if (want('scroll_widgets')) {
    // Main-thread time while the page scrolls its widgets for 240 frames: with highlights and
    // nothing of ours to follow, then with the fallback boxes (forced colours) and a popover up;
    // then the same with body scrolling too. `extension_tasks_cpu_ms`: the tasks in which the
    // trace saw a script of ours run (the whole frame's task, when our scroll listener ran in it).
    const scrolling = async (label, withBody = false) => {
      const { result: wall, tasks } = await H.traceMainThread(page, () => page.evaluate((b) => window.scrollWidgets(240, b), withBody));
      const sum = (ts) => +ts.reduce((a, t) => a + t.cpu, 0).toFixed(1);
      return { label, frames: 240, wall_ms: +wall.toFixed(1), main_thread_cpu_ms: sum(tasks), extension_tasks_cpu_ms: sum(tasks.filter((t) => t.extension)), longest_task_ms: +Math.max(0, ...tasks.map((t) => t.wall)).toFixed(1) };
    };
    const url = `${srv.origin}/widgets`;
    await page.emulateMedia({ forcedColors: 'none' });
    await page.goto(url);
    const st = await H.waitForDone(await liveWorker(), url);
    const runs = [await scrolling('highlights, no popover')];
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForFunction(() => document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.box'), null, { timeout: 10000 });
    const boxes = await page.evaluate(() => document.querySelector('sourcelight-ui').shadowRoot.querySelectorAll('.box').length);
    const point = await H.pointOfText(page, 'We have been fighting ISIS', 6);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('sourcelight-ui').shadowRoot.querySelector('.pop'), null, { timeout: 5000 });
    runs.push(await scrolling('boxes and a popover'));
    // The same page scrolling body, not the document: the article moves with the widgets.
    await page.emulateMedia({ forcedColors: 'none' });
    await page.goto(`${url}?body`);
    await H.waitForDone(await liveWorker(), `${url}?body`);
    await page.evaluate(() => { document.documentElement.style.cssText = 'height: 100%; overflow: hidden'; document.body.style.cssText = 'height: 100%; overflow: auto'; });
    runs.push(await scrolling('highlights, no popover, body scrolling too', true));
    await page.evaluate(() => { document.body.scrollTop = 0; });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.waitForFunction(() => document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.box'), null, { timeout: 10000 });
    const again = await H.pointOfText(page, 'We have been fighting ISIS', 6);
    await page.mouse.click(again.x, again.y);
    await page.waitForFunction(() => document.querySelector('sourcelight-ui').shadowRoot.querySelector('.pop'), null, { timeout: 5000 });
    runs.push(await scrolling('boxes and a popover, body scrolling too', true));
    await page.emulateMedia({ forcedColors: 'none' });
    out.scroll_widgets = { findings: st.counts, boxes, runs };
  }
  if (want('scroll_header')) {
    // Main-thread time while the document scrolls 2 px a frame for 240 frames under a fixed
    // header: with highlights only, then with a popover open whose text starts mid-viewport, so
    // that it follows its text through the top half (where the header is looked for each frame)
    // and under the header. `extension_tasks_cpu_ms` as in scroll_widgets.
    const url = `${srv.origin}/header`;
    await page.goto(url);
    const st = await H.waitForDone(await liveWorker(), url);
    const scrolling = async (label) => {
      const { result: wall, tasks } = await H.traceMainThread(page, () => page.evaluate(() => window.scrollDocument(240)));
      const sum = (ts) => +ts.reduce((a, t) => a + t.cpu, 0).toFixed(1);
      return { label, frames: 240, wall_ms: +wall.toFixed(1), main_thread_cpu_ms: sum(tasks), extension_tasks_cpu_ms: sum(tasks.filter((t) => t.extension)), longest_task_ms: +Math.max(0, ...tasks.map((t) => t.wall)).toFixed(1) };
    };
    const start = async () => {
      const point = await H.pointOfText(page, 'We have been fighting ISIS', 6);
      await page.evaluate((y) => window.scrollBy(0, y - 380), point.y);
      return { x: point.x, y: 380 };
    };
    await start();
    const runs = [await scrolling('highlights, no popover')];
    const point = await start();
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('sourcelight-ui').shadowRoot.querySelector('.pop'), null, { timeout: 5000 });
    runs.push(await scrolling('a popover following its text under the header'));
    out.scroll_header = { findings: st.counts, runs };
  }
  if (largest && want('largest_page')) {
    const { st, t, during, all } = await withLongTasks('/largest', 20000);
    out.largest_page = {
      page: path.basename(path.dirname(largest)),
      html_bytes: fs.statSync(largest).size,
      blocks: st.blocks,
      findings: st.counts,
      timing: t,
      work: st.work,
      longest_task_while_extension_works_ms: longest(during),
      long_tasks_while_extension_works: during.length,
      longest_task_whole_load_ms: longest(all),
    };
  }
} finally {
  await b.close();
  await srv.close();
}
console.log(JSON.stringify(out, null, 2));
