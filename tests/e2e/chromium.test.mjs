// End-to-end: the extension in headless Debian Chromium on the sample article and test pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as H from './helpers.mjs';

const prerequisite = H.missingPrerequisite();
const hasSample = fs.existsSync(H.SAMPLE);
const skip = prerequisite || (!hasSample && `the sample article is absent (${H.SAMPLE}): ../shared is needed`);

const requests = [];
const extensionErrors = [];

const HOSTILE = `<!doctype html><html><head><meta charset="utf-8"><title>Council row deepens</title></head><body>
<article><h1>Council row deepens</h1>
<p>The council’s decision was a disgrace, critics say, and the &lt;img src=x onerror="window.__pwned=1"&gt; mayor’s office refused to comment on the &lt;/style&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt; plan.</p>
<p>“We will not back down from this &lt;b onclick=alert(1)&gt;reckless&lt;/b&gt; plan,” said Jane Roe, a councillor, on Tuesday, adding that javascript:alert(1) was not a link.</p>
<p>It is widely believed that the scheme will cost more than 40 million pounds, and officials are said to be furious about the shocking waste.</p>
<p>Residents said the vote had been rushed. “Nobody asked us,” one resident said. The mayor slammed the critics in a statement.</p>
</article></body></html>`;

const PRONOUN = `<!doctype html><html><head><meta charset="utf-8"><title>Council delays the vote</title></head><body>
<article><h1>Council delays the vote</h1>
<p>The council delayed its vote on the harbour plan again on Tuesday, the third delay this year.</p>
<p>“We will not back down from this plan,” she said after the meeting.</p>
<p>The plan would widen the harbour mouth and move the ferry terminal to the north quay.</p>
</article></body></html>`;

const S = H.suite({
  skip,
  routes: (sample) => ({
    '/sample': { body: H.samplePage(sample) },
    '/sample-csp': { body: H.samplePage(sample), headers: { 'content-security-policy': "default-src 'none'" } },
    '/hostile': { body: HOSTILE },
    '/pronoun': { body: PRONOUN },
    '/blank': { body: '<!doctype html><title>blank</title><p>nothing</p>' },
    '/world': { body: '<!doctype html><title>World</title><p>World news index.</p>' },
  }),
  launch: async () => {
    const browser = await H.launchWithExtension();
    browser.context.on('request', (r) => requests.push(r.url()));
    browser.context.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('favicon')) extensionErrors.push(`${m.location().url}: ${m.text()}`);
    });
    return browser;
  },
});

async function openSample(route = '/sample') {
  const { page, errors } = await S.open(route);
  await H.waitForHighlights(page);
  const state = await H.waitForDone(S.browser.worker, S.srv.origin + route);
  return { page, errors, state };
}

async function popoverText(page) {
  const pop = page.locator('sourcelight-ui .pop');
  await pop.waitFor({ state: 'visible', timeout: 5000 });
  return pop.innerText();
}

test('sample article: all three kinds are highlighted, inside the article only', { skip }, async () => {
  const { page, errors, state } = await openSample();
  const sizes = await H.highlightSizes(page);
  assert.ok((sizes.quote || 0) > 0, `quotes highlighted: ${JSON.stringify(sizes)}`);
  assert.ok((sizes.claim || 0) + (sizes['claim-vague'] || 0) > 0, `claims highlighted: ${JSON.stringify(sizes)}`);
  assert.ok((sizes.loaded || 0) + (sizes['loaded-quoted'] || 0) > 0, `loaded wording highlighted: ${JSON.stringify(sizes)}`);
  assert.equal(state.status, 'done');
  const outside = await page.evaluate(() => {
    let n = 0;
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('sourcelight-')) continue;
      for (const r of hl) {
        const el = r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement;
        if (el.closest('nav, footer, aside')) n++;
      }
    }
    return n;
  });
  assert.equal(outside, 0, 'no highlight in navigation, footer or related links');
  assert.deepEqual(errors, []);
  await page.close();
});

test('sample article: clicking a quote names its speaker; the Sputnik quote says it was relayed', { skip }, async () => {
  const { page, errors } = await openSample();
  const point = await H.pointOfText(page, 'We have been fighting ISIS', 6);
  assert.ok(point, 'the quote is on the page');
  await page.mouse.click(point.x, point.y);
  const text = await popoverText(page);
  assert.match(text, /Haider al[- ]Abadi/);
  assert.match(text, /Iraqi Prime Minister|Prime Minister of Iraq/i);
  const role = await page.locator('sourcelight-ui .pop').getAttribute('role');
  assert.equal(role, 'dialog');
  fs.mkdirSync(H.ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(H.ARTIFACTS, 'popover.png') });

  await page.keyboard.press('Escape');
  await page.locator('sourcelight-ui .pop').waitFor({ state: 'detached', timeout: 2000 });

  const sputnik = await H.pointOfText(page, 'We want Russia to provide', 6);
  await page.mouse.click(sputnik.x, sputnik.y);
  assert.match(await popoverText(page), /Sputnik/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('clicks on links stay the page’s; the keyboard command opens a focused dialog; Escape returns', { skip }, async () => {
  const { page, state } = await openSample();
  // Keyboard path: the background relays the "next finding" command to the tab.
  await S.browser.worker.evaluate(async (tabId) => {
    await chrome.tabs.sendMessage(tabId, { type: 'command', command: 'next-finding' });
  }, state.tabId);
  await page.locator('sourcelight-ui .pop').waitFor({ state: 'visible', timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.localName), 'sourcelight-ui');
  await page.keyboard.press('Escape');
  await page.locator('sourcelight-ui .pop').waitFor({ state: 'detached', timeout: 2000 });
  // A link click navigates as usual.
  await Promise.all([page.waitForURL(/\/world$/), page.click('nav a[href="/world"]')]);
  await page.close();
});

test('popup: counts, sources and claims listed; toggling a kind removes its highlights', { skip }, async () => {
  const { page, state } = await openSample();
  const popup = await S.openPopup(state, /finding/);
  await popup.locator('#count-claim').waitFor();
  assert.ok(Number(await popup.locator('#count-claim').innerText()) > 0);
  assert.ok((await popup.locator('#claims li button').count()) > 0, 'claims listed');

  await popup.locator('#kind-loaded').uncheck();
  await page.waitForFunction(() => !CSS.highlights.has('sourcelight-loaded') && !CSS.highlights.has('sourcelight-loaded-quoted'), null, { timeout: 5000 });
  const sizes = await H.highlightSizes(page);
  assert.ok((sizes.claim || 0) + (sizes['claim-vague'] || 0) > 0, 'other kinds stay');
  // The setting persists: a reload of the page still shows no loaded wording.
  await page.reload();
  await H.waitForDone(S.browser.worker, `${S.srv.origin}/sample`);
  assert.equal(await page.evaluate(() => CSS.highlights.has('sourcelight-loaded') || CSS.highlights.has('sourcelight-loaded-quoted')), false);
  assert.ok(await page.evaluate(() => CSS.highlights.has('sourcelight-quote')));
  await popup.locator('#kind-loaded').check();
  await page.waitForFunction(() => CSS.highlights.has('sourcelight-loaded') || CSS.highlights.has('sourcelight-loaded-quoted'), null, { timeout: 5000 });

  // An entry scrolls to its finding and opens its popover.
  await popup.locator('#claims li button').first().click();
  await page.locator('sourcelight-ui .pop').waitFor({ state: 'visible', timeout: 5000 });

  // Switch off for this site, then on again.
  await popup.locator('#site-switch').uncheck();
  await page.waitForFunction(() => ![...CSS.highlights.keys()].some((n) => n.startsWith('sourcelight-')), null, { timeout: 5000 });
  await popup.locator('#site-switch').check();
  await H.waitForHighlights(page);

  // The sourcing overview (last: it needs the quotes detector).
  await popup.reload();
  await popup.waitForFunction(() => /finding/.test(document.getElementById('status').textContent));
  const sources = await popup.locator('#sources').innerText();
  assert.match(sources, /Haider al[- ]Abadi/);
  assert.match(sources, /named/);
  assert.match(sources, /Sputnik/);
  await popup.setViewportSize({ width: 384, height: 640 });
  fs.mkdirSync(H.ARTIFACTS, { recursive: true });
  await popup.screenshot({ path: path.join(H.ARTIFACTS, 'popup.png') });
  await popup.close();
  await page.close();
});

test('popup: a speaker the core could not tie to a name is listed as a pronoun, not as a name', { skip }, async () => {
  const { page, state } = await openSample('/pronoun');
  const popup = await S.openPopup(state, /finding/);
  const sources = await popup.locator('#sources').innerText();
  assert.match(sources, /“she” \(pronoun not resolved to a name\)\s*not named · 1 quote/);
  await popup.close();
  await page.close();
});

test('popup: a refresh while the page is away disables the site switch, and the next one enables it again', { skip }, async () => {
  const { page, state } = await openSample();
  const popup = await S.openPopup(state, /finding/);
  // Any storage change makes the popup refresh.
  const poke = () => popup.evaluate(() => chrome.storage.local.set({ poke: Date.now() }));
  await page.goto('about:blank');
  await poke();
  await popup.waitForFunction(() => document.getElementById('site-switch').disabled, null, { timeout: 5000 });
  await page.goto(`${S.srv.origin}/sample`);
  await H.waitForDone(S.browser.worker, `${S.srv.origin}/sample`);
  await poke();
  await popup.waitForFunction(() => !document.getElementById('site-switch').disabled, null, { timeout: 5000 });
  await popup.evaluate(() => chrome.storage.local.remove('poke'));
  await popup.close();
  await page.close();
});

test('a page with a strict CSP (default-src none) is still highlighted', { skip }, async () => {
  const { page, errors, state } = await openSample('/sample-csp');
  assert.equal(state.status, 'done');
  assert.ok(state.counts.claim + state.counts.quote + state.counts.loaded > 0);
  await H.clickHighlight(page, 'claim');
  await popoverText(page);
  // The page's own inline <style> is refused by its CSP (an error the page makes, not ours).
  assert.deepEqual(errors.filter((e) => !/Content Security Policy|inline style/i.test(e)), []);
  await page.close();
});

test('page text with markup stays text in the popover and the popup', { skip }, async () => {
  const page = await S.newPage();
  const errors = H.watchErrors(page);
  await page.goto(S.srv.origin + '/hostile');
  const state = await H.waitForDone(S.browser.worker, S.srv.origin + '/hostile');
  assert.equal(state.status, 'done');
  for (const f of state.findings) {
    await S.browser.worker.evaluate(async ([tabId, index]) => chrome.tabs.sendMessage(tabId, { type: 'reveal', index }), [state.tabId, f.index]);
    const injected = await page.evaluate(() => {
      const root = document.querySelector('sourcelight-ui')?.shadowRoot;
      return root ? root.querySelectorAll('img, script, b, a, iframe').length : 0;
    });
    assert.equal(injected, 0);
  }
  const popup = await S.openPopup(state, /finding/);
  assert.equal(await popup.locator('img, script:not([src]), b, iframe').count(), 0);
  assert.equal(await page.evaluate(() => globalThis.__pwned), undefined);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test('a web page cannot drive the extension by messages', { skip }, async () => {
  const page = await S.newPage();
  await page.goto(S.srv.origin + '/blank');
  const result = await page.evaluate(async (id) => {
    window.postMessage({ type: 'analyze', blocks: [{ kind: 'paragraph', text: 'x' }] }, '*');
    // Without externally_connectable, chrome.runtime is not even exposed to pages.
    return typeof chrome !== 'undefined' && chrome.runtime && typeof chrome.runtime.sendMessage === 'function'
      ? await new Promise((resolve) => { try { chrome.runtime.sendMessage(id, { type: 'analyze', blocks: [] }, (r) => resolve(r === undefined ? 'no reply' : 'replied')); } catch (e) { resolve('refused'); } })
      : 'no runtime';
  }, S.browser.extensionId);
  assert.notEqual(result, 'replied');
  await page.close();
});

test('no layout change: element boxes are the same with and without the extension', { skip }, async () => {
  const { page } = await openSample();
  // Open a popover too: it lives outside the page's layout.
  const point = await H.pointOfText(page, 'Abadi also stated', 2);
  await page.evaluate(() => window.scrollTo(0, 0));
  const withExt = await H.layoutBoxes(page);
  await page.mouse.click(point.x, point.y);
  const withPopover = await H.layoutBoxes(page);
  await page.close();
  const plain = await H.launchWithExtension({ extension: false });
  try {
    const p2 = await plain.context.newPage();
    await p2.goto(S.srv.origin + '/sample');
    await p2.waitForTimeout(300);
    const without = await H.layoutBoxes(p2);
    assert.deepEqual(H.layoutShift(withExt, without), { max: 0, moved: 0 });
    const scrolled = await p2.evaluate(() => window.scrollY);
    assert.equal(scrolled, 0);
    assert.equal(withPopover.length, without.length);
  } finally {
    await plain.close();
  }
});

test('without the highlight API: boxes in the shadow root, the page untouched, clicks still work', { skip }, async () => {
  await S.browser.worker.evaluate(() => chrome.storage.local.set({ drawWith: 'boxes' }));
  try {
    const page = await S.newPage();
    await page.goto(`${S.srv.origin}/sample`);
    await H.waitForDone(S.browser.worker, `${S.srv.origin}/sample`);
    await page.waitForFunction(() => (document.querySelector('sourcelight-ui')?.shadowRoot?.querySelectorAll('.box.quote').length || 0) > 0, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('sourcelight-')).length), 0);
    const point = await H.pointOfText(page, 'We have been fighting ISIS', 6);
    await page.mouse.click(point.x, point.y);
    assert.match(await popoverText(page), /Haider al[- ]Abadi/);
  } finally {
    await S.browser.worker.evaluate(() => chrome.storage.local.remove('drawWith'));
  }
});

test('the extension makes no network requests and logs no errors', { skip }, async () => {
  const foreign = requests.filter((u) => !u.startsWith(S.srv.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && u !== 'about:blank');
  assert.deepEqual(foreign, []);
  assert.deepEqual(extensionErrors.filter((e) => !/Content Security Policy|inline style/i.test(e)), []);
});
