// The extension as a reader meets it in Chromium: the popover and the forced-colours boxes follow
// their text as the page scrolls (the document, body, or a box inside the article), and a page's
// own scrolling widget moves neither.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as H from './helpers.mjs';
import { skip, readerSuite, popoverAt } from './reader-pages.mjs';

const { open } = readerSuite();

test('popover: scrolls with the text it explains, and opens inside the viewport', { skip }, async () => {
  const { page } = await open('/sample');
  const pop = await popoverAt(page, 'We have been fighting ISIS');
  const anchor = () => page.evaluate(() => [...CSS.highlights.get('sourcelight-active')][0].getBoundingClientRect().top);
  const before = { pop: (await pop.boundingBox()).y, anchor: await anchor() };
  const vp = page.viewportSize();
  const box = await pop.boundingBox();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height, JSON.stringify(box));
  // Sized by its text, not squeezed to a column by its zero-width host.
  assert.ok(box.width >= 200, JSON.stringify(box));
  const y0 = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 150);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) > 100, y0, { timeout: 5000 });
  const after = { pop: (await pop.boundingBox()).y, anchor: await anchor() };
  // A fixed popover stayed put while the quote moved up under other text.
  assert.ok(Math.abs((after.pop - before.pop) - (after.anchor - before.anchor)) < 2, JSON.stringify({ before, after }));
  // Where the page's root is positioned and offset, the popover still opens just below its text.
  const offset = await open('/offset');
  const popped = await popoverAt(offset.page, 'We have been fighting ISIS');
  const bottom = await offset.page.evaluate(() => [...CSS.highlights.get('sourcelight-active')][0].getBoundingClientRect().bottom);
  const gap = (await popped.boundingBox()).y - bottom;
  assert.ok(gap > 4 && gap < 12, `gap ${gap}`);
});

/** The top of the first client rect of `needle`'s text on the page, and the scroll of body. */
async function textTop(page, needle) {
  return page.evaluate((n) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const i = t.data.indexOf(n);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + n.length);
      return r.getClientRects()[0].top;
    }
    return null;
  }, needle);
}

async function scrollBody(page, by) {
  const y0 = await page.evaluate(() => document.body.scrollTop);
  await page.mouse.move(500, 400);
  await page.mouse.wheel(0, by);
  await page.waitForFunction(([y, d]) => Math.abs(document.body.scrollTop - y) > d / 2, [y0, by], { timeout: 5000 });
  // The popover and boxes follow once a frame: let two pass.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

test('a page that scrolls body: the popover and the fallback boxes follow their text', { skip }, async () => {
  const { page, errors, state } = await open('/bodyscroll');
  assert.equal(state.status, 'done');
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  const needle = 'We have been fighting ISIS';
  const pop = await popoverAt(page, needle);
  const before = { pop: (await pop.boundingBox()).y, text: await textTop(page, needle) };
  await scrollBody(page, 150);
  const after = { pop: (await pop.boundingBox()).y, text: await textTop(page, needle) };
  assert.ok(Math.abs(after.text - before.text) > 75, JSON.stringify({ before, after }));
  assert.ok(Math.abs((after.pop - before.pop) - (after.text - before.text)) < 2, JSON.stringify({ before, after }));
  // The boxes (forced colours) likewise.
  const forced = await open('/bodyscroll', { media: { forcedColors: 'active' } });
  const boxOff = () => H.quoteBoxOff(forced.page, H.quoteTexts(forced.state));
  const first = await boxOff();
  assert.ok(first < 1, `the first quote's boxes are ${first}px off its text`);
  await scrollBody(forced.page, 150);
  const off = await boxOff();
  assert.ok(off < 1, `after body scrolled, the first quote's boxes are ${off}px off its text`);
  assert.deepEqual(errors, []);
  assert.deepEqual(forced.errors, []);
});

test('a page\'s own scrolling widget does not redraw the boxes or move the popover', { skip }, async () => {
  const { page, errors, state } = await open('/sidebar', { media: { forcedColors: 'active' } });
  assert.equal(state.status, 'done');
  const pop = await popoverAt(page, 'We have been fighting ISIS');
  const popY = (await pop.boundingBox()).y;
  // Mark the boxes as drawn now: a redraw replaces them.
  await page.evaluate(() => { for (const b of document.querySelector('sourcelight-ui').shadowRoot.querySelectorAll('.box')) b.dataset.drawn = 'before'; });
  for (let i = 1; i <= 5; i++) {
    await page.evaluate((y) => { document.getElementById('ticker').scrollTop = y; }, i * 40);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  assert.ok(await page.evaluate(() => document.getElementById('ticker').scrollTop) > 100);
  const redrawn = await page.evaluate(() => [...document.querySelector('sourcelight-ui').shadowRoot.querySelectorAll('.box')].filter((b) => b.dataset.drawn !== 'before').length);
  assert.equal(redrawn, 0, 'boxes redrawn for a scroll that did not move their text');
  assert.equal((await pop.boundingBox()).y, popY);
  const off = await H.quoteBoxOff(page, H.quoteTexts(state));
  assert.ok(off < 1, `the first quote's boxes are ${off}px off its text`);
  assert.deepEqual(errors, []);
});

test('a scrolling box inside the article: the boxes of the text it holds are redrawn where that text went', { skip }, async () => {
  const { page, errors, state } = await open('/harbour-inner', { media: { forcedColors: 'active' } });
  assert.equal(state.status, 'done');
  // The largest distance from each client rect of the quote in the scrolling box to its nearest
  // quote box (top, left, width).
  const quote = state.findings.find((f) => f.kind === 'quote' && f.text.includes('We will not rush')).text;
  const off = () => page.evaluate((q) => {
    const t = document.querySelector('#inner p').firstChild;
    const r = document.createRange();
    r.setStart(t, t.data.indexOf(q));
    r.setEnd(t, t.data.indexOf(q) + q.length);
    const boxes = [...document.querySelector('sourcelight-ui').shadowRoot.querySelectorAll('.box.quote')].map((b) => b.getBoundingClientRect());
    let worst = 0;
    for (const w of r.getClientRects()) {
      worst = Math.max(worst, Math.min(...boxes.map((b) => Math.max(Math.abs(b.top - w.top), Math.abs(b.left - w.left), Math.abs(b.width - w.width)))));
    }
    return worst;
  }, quote);
  const before = await off();
  assert.ok(before < 1, `the quote's boxes are ${before}px off its text`);
  await page.evaluate(() => { document.getElementById('inner').scrollTop = 20; });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await off();
  assert.ok(after < 1, `after the box scrolled, the quote's boxes are ${after}px off its text`);
  // The quote outside it did not move.
  const first = await H.quoteBoxOff(page, H.quoteTexts(state));
  assert.ok(first < 1, `the first quote's boxes are ${first}px off its text`);
  assert.deepEqual(errors, []);
});
