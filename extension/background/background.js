// The background owns the WebAssembly core: content scripts send it an article's blocks and get
// the findings back. Compiling WebAssembly in a content script would be subject to the page's
// CSP; here only the extension's own CSP (with 'wasm-unsafe-eval') applies.
//
// Chrome runs this as a module service worker, Firefox as a module background script. Either
// may be stopped when idle, so nothing here keeps state that matters: the module is compiled
// again on the next request (about 15 ms).
import '../shared/messages.js';
import { initSync, analyzeBlocks, __sourcelightReset } from '../pkg/sourcelight.js';

const M = globalThis.SLMessages;
const api = M.api();

let compiled = null; // Promise<WebAssembly.Module>
let ready = false; // an instance exists and has not trapped

function compileOnce() {
  if (!compiled) {
    compiled = (async () => {
      const response = await fetch(api.runtime.getURL('pkg/sourcelight_bg.wasm'));
      return WebAssembly.compile(await response.arrayBuffer());
    })();
    compiled.catch(() => { compiled = null; });
  }
  return compiled;
}

async function instantiate() {
  const module = await compileOnce();
  if (!ready) {
    __sourcelightReset();
    initSync({ module });
    ready = true;
  }
}

/** Longest finding text sent back (the page has the full text; this is for lists). */
const MAX_TEXT = 300;

/**
 * Keeps the reply small: the content script decodes it on the page's main thread, in one task.
 * At most LIMITS.maxFindings findings, their texts clipped, and LIMITS.maxSources sources.
 */
function slim(report) {
  const findings = report.findings.slice(0, M.LIMITS.maxFindings);
  for (const f of findings) if (typeof f.text === 'string' && f.text.length > MAX_TEXT) f.text = `${f.text.slice(0, MAX_TEXT - 1)}…`;
  // A source the core could not tie to a name ("she") comes marked `unresolved` (the reader
  // view), so that the popup says so.
  const sources = report.sources.slice(0, M.LIMITS.maxSources).map((s) => ({ ...s, unresolved: s.unresolved === true }));
  // The blocks the core left out as page furniture, by index (ascending; others dropped).
  const leftOut = ascending(report.left_out);
  // The blocks the core read as captions (a paragraph repeating an image's alt text), likewise.
  const captions = ascending(report.captions);
  return { findings, sources, truncated: report.findings.length > findings.length, english: report.english !== false, leftOut, captions };
}

/** Block indices from the core: only non-negative integers in ascending order are kept. */
function ascending(indices) {
  return Array.isArray(indices) ? indices.filter((i, k, all) => Number.isInteger(i) && i >= 0 && (k === 0 || i > all[k - 1])) : [];
}

/** A made-up article touching each kind of finding, so that the warm-up also gets V8 to compile
 * (lazily, on first call) most of the code an article needs, not only the tables. */
const WARM_BLOCKS = [
  { kind: 'paragraph', text: '“We have done everything we could,” Jane Doe, the health minister, told reporters on Monday. She said the reform would cut waiting times, according to a statement relayed by Reuters.' },
  { kind: 'paragraph', text: 'Critics say the so-called reform is a disastrous mistake. The scheme will cost 40 million dollars, and experts believe it is already failing, sources told the paper.' },
  { kind: 'blockquote', text: '"It was a shameful decision," an official, who spoke on condition of anonymity, added.' },
  { kind: 'list_item', text: 'Doe accused the opposition of spreading lies about the hospitals.' },
  { kind: 'headline', text: 'Minister defends the plan as critics warn of soaring costs' },
];

let warmed = null;
let pending = 0; // page requests received and not yet answered
/** Instantiates the module and analyses the made-up article one block per task, so that the
 * core's lazily built tables (regexes, word lists; built by the first block) and V8's compiled
 * code are ready before the page's article arrives. A page request that arrives meanwhile
 * stops the rest of the warm-up, so it waits at most for the block being analysed. */
function warm() {
  if (!warmed) {
    warmed = (async () => {
      // Checked once the module is ready, not only before: when a page wakes a stopped
      // background, its request arrives while the module compiles, and then analyses at once
      // (building the tables itself) instead of waiting behind a made-up block as well.
      await instantiate();
      for (const block of WARM_BLOCKS) {
        if (pending > 0) break;
        const reply = await analyze([block], true);
        if (!reply.ok) return reply;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return { ok: true };
    })();
    warmed.then((reply) => { if (!reply.ok) warmed = null; }, () => { warmed = null; });
  }
  return warmed;
}

/** Analyses blocks (`truncated`: they stop short of the article's end, so the core looks for no
 * closing sign-off); a trap (which should not happen) is caught and the module re-instantiated once.
 * `queued` is how long the request waited (compiling the module, the warm-up) before its analysis. */
async function analyze(blocks, warmUp = false, truncated = false) {
  if (!warmUp) pending++;
  try {
    return await analyzeNow(blocks, truncated);
  } finally {
    if (!warmUp) pending--;
  }
}

async function analyzeNow(blocks, truncated) {
  const received = performance.now();
  for (let attempt = 0; ; attempt++) {
    await instantiate();
    const t0 = performance.now();
    try {
      const report = slim(analyzeBlocks(blocks, truncated));
      return { ok: true, report, ms: performance.now() - t0, queued: t0 - received };
    } catch (err) {
      if (err instanceof WebAssembly.RuntimeError) {
        // The instance's memory may be inconsistent after a trap: start a fresh one.
        ready = false;
        console.warn('Sourcelight: the analysis trapped; re-instantiating the module', err.message);
        if (attempt === 0) continue;
      }
      return { ok: false, error: String(err && err.message ? err.message : err) };
    }
  }
}

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const role = M.senderRole(sender, api);
  if (role === null) return false; // not from this extension: ignore silently
  const problem = M.validate(msg, role);
  if (problem) {
    sendResponse({ ok: false, error: `rejected: ${problem}` });
    return false;
  }
  if (msg.type === 'warm') {
    warm().then(() => sendResponse({ ok: true }), (err) => sendResponse({ ok: false, error: String(err) }));
    return true;
  }
  if (msg.type !== 'analyze') return false;
  analyze(msg.blocks, false, msg.truncated === true).then(sendResponse, (err) =>
    sendResponse({ ok: false, error: String(err && err.message ? err.message : err) }));
  return true; // the response comes asynchronously
});

// Start compiling and warming as soon as the background starts (on install, on browser start,
// or when a content script's first message wakes it), not only on the first `warm` message:
// the first analysis pays for the core's lazily built tables (~30-100 ms in V8's baseline
// tier), and this gets it out of the way while the page is still being read. Failures here
// are retried by the next request.
warm().catch(() => {});

if (api.commands && api.commands.onCommand) {
  api.commands.onCommand.addListener(async (command, tab) => {
    if (!M.COMMANDS.includes(command)) return;
    let tabId = tab && tab.id;
    if (tabId === undefined) {
      const [active] = await api.tabs.query({ active: true, currentWindow: true });
      tabId = active && active.id;
    }
    if (tabId === undefined) return;
    try {
      await api.tabs.sendMessage(tabId, { type: 'command', command });
    } catch {
      // No content script in that tab (e.g. a browser page): nothing to step through.
    }
  });
}
