// End-to-end: the same extension in Debian's firefox-esr, driven by puppeteer-core (WebDriver
// BiDi), on the sample article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as H from './helpers.mjs';

const skip = (!fs.existsSync(H.FIREFOX) && `no Firefox at ${H.FIREFOX}`)
  || (H.missingPrerequisite().startsWith('extension') && H.missingPrerequisite())
  || (!fs.existsSync(H.SAMPLE) && `the sample article is absent (${H.SAMPLE}): ../shared is needed`);

const GECKO_ID = JSON.parse(fs.readFileSync(`${H.EXTENSION_DIR}/manifest.json`, 'utf8')).browser_specific_settings.gecko.id;
const EXTENSION_UUID = '5ce7d1a2-7c1e-4b53-9b0e-5f0c3a1d2e4f';

/**
 * Firefox with the extension installed. `prefs`: more preferences (Firefox has no media
 * emulation over WebDriver BiDi; forced colours are its "always override the page's colours").
 */
async function launchFirefox(prefs = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  const b = await puppeteer.launch({
    browser: 'firefox',
    executablePath: H.FIREFOX,
    headless: true,
    // Lets WebDriver BiDi navigate a tab to the extension's popup page (moz-extension://).
    args: ['--remote-allow-system-access'],
    // A fixed moz-extension:// host, so that the test can open the popup as a page.
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }), ...prefs },
  });
  await b.installExtension(H.EXTENSION_DIR);
  return b;
}

const S = H.suite({
  skip,
  routes: (sample) => ({ '/sample': { body: H.samplePage(sample) } }),
  launch: () => launchFirefox(),
});

async function popoverText(page) {
  const handle = await page.waitForFunction(() => {
    const pop = document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.pop');
    return pop ? pop.innerText : null;
  }, { timeout: 5000 });
  return handle.jsonValue();
}

async function clickText(page, needle, offset) {
  const p = await page.evaluate((needle, offset) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf(needle);
      if (i < 0) continue;
      n.parentElement.scrollIntoView({ block: 'center' });
      const r = document.createRange();
      r.setStart(n, i + offset);
      r.setEnd(n, i + offset + 1);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, needle, offset);
  assert.ok(p, `“${needle}” is on the page`);
  await page.mouse.click(p.x, p.y);
}

test('Firefox: the sample article is highlighted and the quote popover names its speaker', { skip }, async () => {
  const page = await S.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${S.srv.origin}/sample`);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('sourcelight-')), { timeout: 15000 });
  await new Promise((r) => setTimeout(r, 200)); // all kinds are registered in the same task
  const sizes = await page.evaluate(() => {
    const o = {};
    for (const [n, h] of CSS.highlights) o[n.replace(/^sourcelight-(dark-)?/, '')] = h.size;
    return o;
  });
  assert.ok((sizes.claim || 0) + (sizes['claim-vague'] || 0) > 0, `claims: ${JSON.stringify(sizes)}`);
  assert.ok((sizes.loaded || 0) + (sizes['loaded-quoted'] || 0) > 0, `loaded: ${JSON.stringify(sizes)}`);
  assert.ok((sizes.quote || 0) > 0, `quotes: ${JSON.stringify(sizes)}`);

  await clickText(page, 'We have been fighting ISIS', 6);
  const text = await popoverText(page);
  assert.match(text, /Haider al[- ]Abadi/);
  assert.match(text, /Iraqi Prime Minister|Prime Minister of Iraq/i);
  await page.keyboard.press('Escape');
  await clickText(page, 'We want Russia to provide', 6);
  assert.match(await popoverText(page), /Sputnik/);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Opens the extension's popup page in `page` and waits for it (Puppeteer misses its load event). */
async function openExtensionPage(page, target) {
  page.goto(target, { timeout: 0 }).catch(() => {});
  for (let i = 0; i < 100; i++) {
    const ready = await page.evaluate((t) => location.href === t && document.readyState === 'complete', target).catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`could not open ${target}`);
}

test('Firefox, forced colours: the kinds are drawn as boxes with their border styles, over their own text', { skip }, async () => {
  // Its own browser: the preference is read at start-up.
  const forced = await launchFirefox({ 'browser.display.document_color_use': 2 });
  try {
    const page = await forced.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = `${S.srv.origin}/sample?forced`;
    await page.goto(url);
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    await page.waitForFunction(() => document.querySelector('sourcelight-ui')?.shadowRoot?.querySelector('.box.loaded'), { timeout: 15000 });
    // Custom highlights would lose their styles here as in Chromium: boxes instead.
    assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('sourcelight-')).length), 0);
    const styles = await H.boxLineStyles(page);
    assert.deepEqual(styles, { quote: 'solid', claim: 'dashed', loaded: 'double' });
    // Each quote's boxes lie over its own text: the quotes' texts from the content script's state.
    const popup = await forced.newPage();
    await openExtensionPage(popup, `moz-extension://${EXTENSION_UUID}/popup/popup.html`);
    const state = await popup.evaluate(async (url) => {
      for (const tab of await browser.tabs.query({})) {
        const st = await browser.tabs.sendMessage(tab.id, { type: 'get-state' }).catch(() => null);
        if (st && st.href === url) return st;
      }
      return null;
    }, url);
    assert.ok(state && state.status === 'done', 'the article tab answers');
    await popup.close();
    const off = await H.quoteBoxOff(page, H.quoteTexts(state));
    assert.ok(off < 1, `the first quote's boxes are ${off}px off its text`);
    await clickText(page, 'We have been fighting ISIS', 6);
    assert.match(await popoverText(page), /Haider al[- ]Abadi/);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await forced.close();
  }
});

test('Firefox: the popup counts the findings and toggling a kind removes its highlights', { skip }, async () => {
  const page = await S.newPage();
  const url = `${S.srv.origin}/sample?popup`;
  await page.goto(url);
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('sourcelight-')), { timeout: 15000 });
  const loadedSize = () => page.evaluate(() => CSS.highlights.get('sourcelight-loaded')?.size || 0);
  assert.ok(await loadedSize() > 0, 'loaded wording highlighted');

  const popup = await S.newPage();
  const base = `moz-extension://${EXTENSION_UUID}/popup/popup.html`;
  const open = (target) => openExtensionPage(popup, target);
  await open(base);
  // The popup opened as a page has no toolbar tab: find the article's tab through its content script.
  const tabId = await popup.evaluate(async (url) => {
    for (const tab of await browser.tabs.query({})) {
      const st = await browser.tabs.sendMessage(tab.id, { type: 'get-state' }).catch(() => null);
      if (st && st.href === url) return tab.id;
    }
    return null;
  }, url);
  assert.ok(tabId, 'the article tab answers');
  await open(`${base}?tab=${tabId}`);
  // Polled with evaluate: Firefox 140's extension-page CSP blocks waitForFunction's Function().
  let counted = false;
  for (let i = 0; i < 100 && !counted; i++) {
    counted = await popup.evaluate(() => /finding/.test(document.getElementById('status')?.textContent || '')).catch(() => false);
    if (!counted) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(counted, 'the popup shows the findings');
  const count = await popup.evaluate(() => Number(document.getElementById('count-loaded').textContent));
  assert.ok(count > 0, 'loaded wording counted');
  assert.ok(await popup.evaluate(() => document.querySelectorAll('#claims li button').length) > 0, 'claims listed');

  await popup.evaluate(() => document.getElementById('kind-loaded').click());
  await page.waitForFunction(() => (CSS.highlights.get('sourcelight-loaded')?.size || 0) === 0, { timeout: 5000 });
  await popup.evaluate(() => document.getElementById('kind-loaded').click());
  await page.waitForFunction(() => (CSS.highlights.get('sourcelight-loaded')?.size || 0) > 0, { timeout: 5000 });
  await popup.close();
  await page.close();
});
