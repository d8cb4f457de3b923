// The extension's documentation screenshots, taken in headless Chromium: docs/popover.png (a
// quote's popover, opened by a click as a reader would) and docs/popup.png (the whole popup:
// counts, who is quoted, the claims, the loaded words).
// Usage: npm run --silent docs:ext [-- PAGE [OUT_DIR]]
//   No PAGE: the project's own sample article, samples/port-strike.txt (the one scripts/demo
//   analyses), as a news page (helpers.mjs `samplePage`); the images go to extension/docs.
//   PAGE: a saved page of ../shared/pages, for a local check only: a third party's article may
//   not be copied into the repository, so its images go to tests/e2e/artifacts/docs/PAGE
//   (gitignored), and never to extension/docs. OUT_DIR overrides either.
// A saved page is served as the page audit serves it (audit.mjs): from 127.0.0.1, without its
// scripts, with its requests to other hosts answered locally, empty.
import fs from 'node:fs';
import path from 'node:path';
import * as H from './helpers.mjs';
import { serveSavedPages } from './audit.mjs';

const OWN_SAMPLE = path.join(H.REPO, 'samples/port-strike.txt');
const DOCS = path.join(H.EXTENSION_DIR, 'docs');

const [name = '', outArg = ''] = process.argv.slice(2);
const out = path.resolve(outArg || (name ? path.join(H.ARTIFACTS, 'docs', name) : DOCS));
const dir = name && path.join(H.PAGES_DIR, name);
const why = H.missingPrerequisite()
  || (dir && !fs.existsSync(path.join(dir, 'source.html')) && `no saved page ${dir}`)
  || (dir && out === path.resolve(DOCS) && `${name} is a third party's page: its images may not go to ${DOCS}`);
if (why) {
  console.error(`docs:ext: ${why}`);
  process.exit(2);
}

/** The page to shoot: `{srv, url, keepLocal}`; our own sample unless a saved page is named. */
async function servePage() {
  if (dir) {
    const { srv, keepLocal } = await serveSavedPages([dir]);
    return { srv, url: `${srv.origin}/p0/`, keepLocal };
  }
  const srv = await H.serve({ '/port-strike': { body: H.samplePage(fs.readFileSync(OWN_SAMPLE, 'utf8')) } });
  return { srv, url: `${srv.origin}/port-strike`, keepLocal: async () => {} };
}

/** The first quote whose speaker is named with a description: the popover shows most there. */
function showcaseQuote(state) {
  const described = new Set(state.sources.filter((s) => !s.anonymous && s.description).map((s) => s.name));
  return state.findings.find((f) => f.kind === 'quote' && described.has(f.speaker))
    || state.findings.find((f) => f.kind === 'quote');
}

/** Clicks the highlight of `text` as a reader would, the page scrolled to put it a third down. */
async function clickFinding(page, text) {
  const point = await page.evaluate((text) => {
    for (const r of CSS.highlights.get('sourcelight-quote') || []) {
      if (!r.toString().startsWith(text.slice(0, 60))) continue;
      window.scrollBy(0, r.getBoundingClientRect().top - innerHeight / 3);
      const rect = r.getClientRects()[0];
      return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`docs:ext: no highlight for "${text}"`);
  await page.mouse.click(point.x, point.y);
}

const label = name || path.relative(H.REPO, OWN_SAMPLE);
const { srv, url, keepLocal } = await servePage();
const b = await H.launchWithExtension({ viewport: { width: 1100, height: 640 } });
try {
  await keepLocal(b.context);
  const page = await b.context.newPage();
  await page.goto(url);
  const state = await H.waitForDone(b.worker, url, 30000);
  if (!state || state.status !== 'done') throw new Error(`docs:ext: ${label} was not analysed (${state && state.status})`);
  const quote = showcaseQuote(state);
  if (!quote) throw new Error(`docs:ext: ${label} has no quote`);
  await clickFinding(page, quote.text);
  await page.locator('sourcelight-ui .pop').waitFor({ state: 'visible', timeout: 5000 });
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, 'popover.png') });

  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 384, height: 600 });
  await H.openPopup(popup, b.extensionId, state, /finding/);
  // The whole popup, not its first screen: the counts, who is quoted, the claims, the loaded words.
  await popup.screenshot({ path: path.join(out, 'popup.png'), fullPage: true });
  console.log(`docs:ext: ${label}: ${JSON.stringify(state.counts)}; the popover of "${quote.text.slice(0, 60)}" (${quote.speaker}); written to ${out}`);
} finally {
  await b.close();
  await srv.close();
}
