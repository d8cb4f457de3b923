// A WebAssembly trap in the browser: the background catches it, re-instantiates the module and
// answers the page, which ends up fully highlighted.
//
// The core never traps on purpose, and no message can make it (SECURITY.md), so the trap is
// injected in a test build: a copy of the extension whose background imports the real module
// through a shim that, on the first analysis of a page holding a marker, calls the module's
// `__trapForTests` (a real `unreachable` trap inside the real instance) before analysing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as H from './helpers.mjs';

const skip = H.missingPrerequisite() || (!fs.existsSync(H.SAMPLE) && `the sample article is absent (${H.SAMPLE}): ../shared is needed`);

const MARKER = 'Trap-marker';
const SHIM = `// Test build only: traps once, inside the real module, on the first page holding the marker.
import * as real from './sourcelight.js';
// Every other export as the module has it (a local export below shadows the star export).
export * from './sourcelight.js';
globalThis.__sourcelightTraps = 0;
globalThis.__sourcelightInstances = 0;
export function initSync(options) {
  globalThis.__sourcelightInstances++;
  return real.initSync(options);
}
export function analyzeBlocks(blocks) {
  if (globalThis.__sourcelightTraps === 0 && Array.isArray(blocks) && blocks.some((b) => b && typeof b.text === 'string' && b.text.includes(${JSON.stringify(MARKER)}))) {
    globalThis.__sourcelightTraps++;
    real.__trapForTests();
  }
  return real.analyzeBlocks(blocks);
}
`;

/** A copy of the built extension whose background goes through the trapping shim. */
function testBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcelight-trap-'));
  fs.cpSync(H.EXTENSION_DIR, dir, { recursive: true });
  const bg = path.join(dir, 'background/background.js');
  const source = fs.readFileSync(bg, 'utf8');
  const patched = source.replace("from '../pkg/sourcelight.js';", "from '../pkg/trap-shim.js';");
  assert.notEqual(patched, source, 'background.js imports ../pkg/sourcelight.js');
  fs.writeFileSync(bg, patched);
  fs.writeFileSync(path.join(dir, 'pkg/trap-shim.js'), SHIM);
  return dir;
}

let dir;

const S = H.suite({
  skip,
  routes: (sample) => ({
    '/sample': { body: H.samplePage(sample) },
    '/trap': { body: H.samplePage(sample.replace(/\n\s*\n/, `\n\n${MARKER}: this paragraph makes the test build trap.\n\n`)) },
  }),
  launch: () => {
    dir = testBuild();
    return H.launchWithExtension({ extensionDir: dir });
  },
  cleanup: () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  },
});

test('a trap in the module is caught, the module re-instantiated, and the page fully highlighted', { skip }, async () => {
  const ref = await S.newPage();
  await ref.goto(`${S.srv.origin}/sample`);
  const refState = await H.waitForDone(S.browser.worker, `${S.srv.origin}/sample`);
  assert.equal(refState.status, 'done');
  const want = await H.highlightSizes(ref);
  await ref.close();

  const instances = await S.browser.worker.evaluate(() => globalThis.__sourcelightInstances);
  const page = await S.newPage();
  const errors = H.watchErrors(page);
  await page.goto(`${S.srv.origin}/trap`);
  const st = await H.waitForDone(S.browser.worker, `${S.srv.origin}/trap`);
  assert.equal(st.status, 'done', JSON.stringify(st));
  assert.equal(await S.browser.worker.evaluate(() => globalThis.__sourcelightTraps), 1, 'the shim trapped once');
  assert.equal(await S.browser.worker.evaluate(() => globalThis.__sourcelightInstances), instances + 1, 'a fresh instance after the trap');
  // The same findings as without the marker paragraph (which holds none of its own).
  await page.waitForFunction((want) => Object.entries(want).every(([k, n]) => (CSS.highlights.get(`sourcelight-${k}`)?.size || 0) === n), want, { timeout: 10000 });
  assert.ok(st.counts.quote > 0 && st.counts.claim > 0 && st.counts.loaded > 0, JSON.stringify(st.counts));
  assert.deepEqual(errors, []);

  // The fresh instance keeps working for the next page.
  const next = await S.newPage();
  await next.goto(`${S.srv.origin}/sample?again`);
  const again = await H.waitForDone(S.browser.worker, `${S.srv.origin}/sample?again`);
  assert.equal(again.status, 'done');
  assert.deepEqual(again.counts, refState.counts);
  await page.close();
  await next.close();
});
