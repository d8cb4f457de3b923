// End-to-end: the same extension in Debian's firefox-esr, driven by puppeteer-core (WebDriver
// BiDi), on the sample article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as H from './helpers.mjs';

const skip = (!fs.existsSync(H.FIREFOX) && `no Firefox at ${H.FIREFOX}`)
  || (H.missingPrerequisite().startsWith('extension') && H.missingPrerequisite())
  || (!fs.existsSync(H.SAMPLE) && `the sample article is absent (${H.SAMPLE}): ../shared is needed`);

let srv;
let browser;

before(async () => {
  if (skip) return;
  srv = await H.serve({ '/sample': { body: H.samplePage(fs.readFileSync(H.SAMPLE, 'utf8')) } });
  const puppeteer = (await import('puppeteer-core')).default;
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: H.FIREFOX, headless: true });
  await browser.installExtension(H.EXTENSION_DIR);
});

after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.close();
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
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${srv.origin}/sample`);
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
