// Timing harness for the extension (figures for BENCHMARKS): `npm run --silent bench:ext`.
// - size of the optimised .wasm, raw and gzipped;
// - a ~2,000-word article (the sample article three times): time from the content script's
//   analysis request to highlights registered, cold (first page after the browser starts, the
//   background's module not yet compiled) and warm (reloads);
// - the largest saved page in ../shared/pages: main-thread long tasks (PerformanceObserver
//   'longtask') while the extension works, and the longest task of the whole load.
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

// The module itself under node (V8, as in Chrome's background): first call (builds the core's
// lazily compiled tables) and steady throughput over the sample article repeated 40 times.
{
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
  const runs = [];
  for (let i = 0; i < 6; i++) {
    if (i === 0) await page.goto(`${srv.origin}/article`); else await page.reload();
    const st = await H.waitForDone(b.worker, `${srv.origin}/article`);
    runs.push({ ...st.timing, findings: st.counts });
  }
  out.article_cold = runs[0];
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
  {
    const { st, t, during } = await withLongTasks('/busy', 20000);
    out.readability_worst_case = {
      timing: t,
      work: st.work,
      longest_task_while_extension_works_ms: longest(during),
      long_tasks_while_extension_works: during.length,
    };
  }
  {
    const { st, t, during } = await withLongTasks('/huge', 60000);
    out.huge_page = {
      blocks: st.blocks,
      findings: st.counts,
      timing: t,
      work: st.work,
      long_tasks_while_extension_works_ms: during.map((d) => Math.round(d)),
    };
  }
  if (largest) {
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
