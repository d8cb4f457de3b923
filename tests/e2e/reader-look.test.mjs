// The extension as a reader meets it in Chromium: how findings are drawn, on dark pages and in
// forced colours (Windows high contrast), and a popover heading clear of its close button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as H from './helpers.mjs';
import { skip, readerSuite, popoverAt } from './reader-pages.mjs';

const { S, open } = readerSuite();

test('popover: the heading is clear of the close button, however long (the outlet\'s loaded wording, a quote)', { skip }, async () => {
  const { page, errors } = await open('/harbour-storm');
  const clearance = () => page.evaluate(() => {
    const pop = document.querySelector('sourcelight-ui').shadowRoot.querySelector('.pop');
    const heading = pop.querySelector('.kind');
    const r = document.createRange();
    r.selectNodeContents(heading);
    const close = pop.querySelector('.close').getBoundingClientRect();
    // The heading's text, line by line, against the button's box.
    const hits = [...r.getClientRects()].filter((t) => t.right > close.left && t.left < close.right && t.bottom > close.top && t.top < close.bottom);
    return { heading: heading.textContent, overlaps: hits.length };
  });
  for (const [needle, heading] of [['slaughtered', /^Loaded wording \(the outlet’s voice\)$/], ['We will not rush', /^Quote$/]]) {
    await popoverAt(page, needle, 1);
    const c = await clearance();
    assert.match(c.heading, heading);
    assert.equal(c.overlaps, 0, `the heading "${c.heading}" runs under the close button`);
    await page.keyboard.press('Escape');
  }
  assert.deepEqual(errors, []);
});

test('a dark page gets a dark popover, whatever the system scheme', { skip }, async () => {
  const { page, errors } = await open('/dark', { media: { colorScheme: 'light' } });
  const pop = await popoverAt(page, 'We have been fighting ISIS');
  const [bg, fg] = await pop.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
  const lum = (c) => { const [r, g, b] = c.match(/\d+/g).map(Number); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  assert.ok(lum(bg) < 80, `dark background: ${bg}`);
  assert.ok(lum(fg) > 180, `light text: ${fg}`);
  assert.deepEqual(errors, []);
});

test('forced colours: the kinds are drawn as boxes that keep their border styles, and back to highlights after', { skip }, async () => {
  const { page, errors, state } = await open('/sample', { media: { forcedColors: 'active' } });
  assert.equal(state.status, 'done');
  // Chromium paints custom highlights as a selection in forced colours (every kind alike).
  assert.equal(await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('sourcelight-')).length), 0);
  const styles = await H.boxLineStyles(page);
  assert.deepEqual(styles, { quote: 'solid', claim: 'dashed', loaded: 'double' });
  // Clicks still open the popover.
  assert.match(await (await popoverAt(page, 'We have been fighting ISIS')).innerText(), /Haider al[- ]Abadi/);
  await page.keyboard.press('Escape');
  // Each box lies over its text, also where the page offsets its root.
  const offset = await open('/offset', { media: { forcedColors: 'active' } });
  const misplaced = await H.quoteBoxOff(offset.page, H.quoteTexts(offset.state));
  assert.ok(misplaced < 1, `the first quote's boxes are ${misplaced}px off its text`);
  // The popup's legend shows the lines the page shows.
  const popup = await S.openPopup(state);
  await popup.emulateMedia({ forcedColors: 'active' });
  const legend = await popup.evaluate(() => Object.fromEntries(['quote', 'claim', 'loaded'].map((k) => [k, getComputedStyle(document.querySelector(`.swatch.${k}`)).textDecorationStyle])));
  assert.deepEqual(legend, styles);
  // Forced colours switched off: highlights again, no boxes left.
  await page.emulateMedia({ forcedColors: 'none' });
  await H.waitForHighlights(page, 5000);
  await page.waitForFunction(() => document.querySelector('sourcelight-ui').shadowRoot.querySelectorAll('.box').length === 0, null, { timeout: 5000 });
  assert.deepEqual(errors, []);
});

test('forced colours: a vague claim and a speaker\'s loaded word differ by line style, not by width alone', { skip }, async () => {
  const { page, errors, state } = await open('/harbour-thugs', { media: { forcedColors: 'active' } });
  assert.equal(state.status, 'done');
  const lines = await page.evaluate(() => {
    const root = document.querySelector('sourcelight-ui').shadowRoot;
    const sides = (sel) => {
      const box = root.querySelector(sel);
      if (!box) return null;
      const cs = getComputedStyle(box);
      return ['Top', 'Right', 'Bottom', 'Left'].map((s) => cs[`border${s}Style`]).join(' ');
    };
    return { vague: sides('.box.claim-vague'), speakers: sides('.box.loaded-quoted') };
  });
  assert.ok(lines.vague && lines.speakers, JSON.stringify(lines));
  assert.notEqual(lines.vague, lines.speakers, JSON.stringify(lines));
  assert.deepEqual(errors, []);
});
