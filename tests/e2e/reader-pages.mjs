// What the reader tests (reader-*.test.mjs) share: the pages they open, a suite serving them,
// and the clicks that open a finding's popover. Not a test file itself.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as H from './helpers.mjs';

/** Why the reader tests are skipped, if they are: a missing browser or build, or no sample. */
export const skip = H.missingPrerequisite() || (!fs.existsSync(H.SAMPLE) && `the sample article is absent (${H.SAMPLE}): ../shared is needed`);

const HEAD = '<meta charset="utf-8"><meta property="og:type" content="article">';
// The speaker is named in the first paragraph, and quoted as "she" in the third.
const HARBOUR = `<!doctype html><html lang="en"><head>${HEAD}<title>Council delays harbour vote</title></head><body>
<article><h1>Council delays harbour vote</h1>
<p>The mayor, Ana Ruiz, said on Tuesday that the vote on the harbour plan would wait until spring.</p>
<p>The plan would widen the harbour mouth and move the ferry terminal to the north quay.</p>
<p>“We will not rush a decision this big,” she said after the meeting.</p>
<p>Critics say the scheme will cost more than 40 million pounds.</p>
</article></body></html>`;

// The speaker's name, "Tom Lee", is first written as part of another's, "Tom Leeson": "Show" goes
// to the name as a whole, in the second paragraph.
const LEESON = `<!doctype html><html lang="en"><head>${HEAD}<title>Council delays harbour vote</title></head><body>
<article><h1>Council delays harbour vote</h1>
<p>The plan was drawn up by the engineer Tom Leeson, who retired in May.</p>
<p>The harbour master, Tom Lee, said on Tuesday that the vote would wait until spring.</p>
<p>“We will not rush a decision this big,” Lee said after the meeting.</p>
</article></body></html>`;

// Quoted in this order: the headline's anonymous officials, an unresolved "she", Tom Hale once,
// Ana Ruiz twice. Listed (the core's order, the CLI's too) named first, the most quoted first,
// then the anonymous officials, then the pronoun.
const ORDER = `<!doctype html><html lang="en"><head>${HEAD}<title>Officials say harbour vote will wait</title></head><body>
<article><h1>Officials say harbour vote will wait</h1>
<p>“We are not ready for this,” she said.</p>
<p>“The harbour is our living,” said the opposition leader, Tom Hale.</p>
<p>The mayor, Ana Ruiz, said on Tuesday that the vote on the harbour plan would wait until spring.</p>
<p>“We will not rush a decision this big,” Ruiz said after the meeting.</p>
</article></body></html>`;

// (Before the sample page's own style, hence !important.)
const DARK = '<style>body { background: #121212 !important; color: #e8e8e8 !important; }</style>';

const BODY_SCROLLS = '<style>html { height: 100%; overflow: hidden; } body { height: 100%; margin: 0; overflow: auto; }</style>';

// Every page the reader tests open, by route (the sample article's variants, the harbour page's).
const ROUTES = (sample) => ({
  '/sample': { body: H.samplePage(sample) },
  '/dark': { body: H.samplePage(sample, { extraHead: DARK }) },
  '/harbour': { body: HARBOUR },
  '/leeson': { body: LEESON },
  // A positioned root with a margin (as under some sites' toolbars): the host's origin moves.
  '/offset': { body: H.samplePage(sample, { extraHead: '<style>html { position: relative; margin-top: 40px; }</style>' }) },
  // The page scrolls body, not the document (html and body at 100 % height, body overflow auto).
  '/bodyscroll': { body: H.samplePage(sample, { extraHead: BODY_SCROLLS }) },
  '/harbour-link': { body: HARBOUR.replace('<article>', '<a id="top" href="#end">Skip to the end</a><article>') },
  '/harbour-colon': { body: HARBOUR.replaceAll('Council delays harbour vote', 'Ana Ruiz: Council Will Not Rush the Harbour Vote') },
  // A speaker's loaded word ("thugs") beside a vague claim ("Critics say").
  '/harbour-thugs': { body: HARBOUR.replace('<p>Critics say', '<p>“The regime in Damascus is a band of thugs,” said the opposition leader, Tom Hale.</p>\n<p>Critics say') },
  // A site header fixed across the top (as many news sites keep one while the reader scrolls),
  // with room above and below the article to scroll it anywhere in the viewport.
  '/harbour-header': { body: HARBOUR.replace('<article>', `<header id="masthead" style="position: fixed; top: 0; left: 0; right: 0; height: 160px; background: #223; color: #fff; z-index: 1000">Harbour Times</header><div style="height: 900px"></div><article>`)
    .replace('</article>', '</article><div style="height: 1200px"></div>') },
  // The same on a page that scrolls body, not the document.
  '/harbour-header-body': { body: HARBOUR.replace('<article>', `${BODY_SCROLLS}<header id="masthead" style="position: fixed; top: 0; left: 0; right: 0; height: 160px; background: #223; color: #fff; z-index: 1000">Harbour Times</header><div style="height: 900px"></div><article>`)
    .replace('</article>', '</article><div style="height: 1200px"></div>') },
  // A header the page hides on a scroll down and shows again on a scroll up (as many news
  // sites do), hidden when the page opens.
  '/harbour-hiding-header': { body: HARBOUR.replace('<article>', `<header id="masthead" style="position: fixed; top: 0; left: 0; right: 0; height: 120px; background: #223; color: #fff; z-index: 1000; transform: translateY(-100%)">Harbour Times</header><div style="height: 900px"></div><article>`)
    .replace('</article>', `</article><div style="height: 1200px"></div><script>
      let last = scrollY;
      addEventListener('scroll', () => {
        document.getElementById('masthead').style.transform = scrollY < last ? 'none' : 'translateY(-100%)';
        last = scrollY;
      });
    </script>`) },
  // A hedged guess ("probably") beside a vague source ("Critics say").
  '/harbour-guess': { body: HARBOUR.replace('<p>Critics say', '<p>The ferry terminal will probably close for two years.</p>\n<p>Critics say') },
  // A loaded word in the outlet's voice, alone: its heading is the popover's widest line.
  '/harbour-storm': { body: HARBOUR.replace('<p>Critics say', '<p>The storm slaughtered the old oaks along the quay.</p>\n<p>Critics say') },
  // A quote nobody is named for, at the top of the article.
  '/harbour-unknown': { body: HARBOUR.replace('<p>The mayor, Ana Ruiz,', '<p>“The harbour is our living.”</p>\n<p>The mayor, Ana Ruiz,') },
  // The same quote run over two paragraphs (each opens with a quote mark): two parts, one quote.
  '/harbour-unknown-split': { body: HARBOUR.replace('<p>The mayor, Ana Ruiz,', '<p>“The harbour is our living.</p>\n<p>“It fed our fathers and it will feed our children.”</p>\n<p>The mayor, Ana Ruiz,') },
  // A quote split in two by its attribution: two highlighted parts, one quote.
  '/harbour-split': { body: HARBOUR.replace('“We will not rush a decision this big,” she said after the meeting.', '“We will not rush a decision this big,” she said, “and we will not be hurried by anyone.”') },
  // An unsourced figure in the writer's voice, with no vague source or guess.
  '/harbour-plain': { body: HARBOUR.replace('Critics say the scheme will cost more than 40 million pounds.', 'Crime in the town has risen by 40 percent since 2019.') },
  // A scrolling sidebar beside the article (as a live ticker or a list of headlines).
  '/sidebar': { body: H.samplePage(sample, { extraHead: '<style>#ticker { position: fixed; top: 40px; right: 0; width: 160px; height: 200px; overflow: auto; }</style>' })
    .replace('</main>', `</main><div id="ticker">${Array.from({ length: 100 }, (_, i) => `<p>Update ${i}</p>`).join('')}</div>`) },
  // A scrolling box inside the article holding one quote (as a wide table or a pull-out would).
  '/harbour-inner': { body: HARBOUR.replace('<p>“We will not rush', '<div id="inner" style="height: 60px; overflow: auto"><p>“We will not rush')
    .replace('after the meeting.</p>', 'after the meeting.</p><p>The council meets again in March.</p><p>The ferry company did not comment.</p></div>') },
  // The speaker is only ever "she": the article names no one.
  '/harbour-she': { body: HARBOUR.replace('The mayor, Ana Ruiz, said on Tuesday that the vote', 'The council said on Tuesday that the vote') },
  '/index': { body: '<!doctype html><html lang="en"><title>World</title><p>World news index.</p></html>' },
  '/harbour-order': { body: ORDER },
});

/**
 * The suite of one reader test file (H.suite: a server of every page above, a browser), and
 * `open(route, options)`: a new tab at `route`, once the extension is done with it,
 * `{page, errors, state}`.
 */
export function readerSuite() {
  const S = H.suite({ skip, routes: ROUTES });
  async function open(route, options) {
    const { page, errors } = await S.open(route, options);
    const state = await H.waitForDone(S.browser.worker, S.srv.origin + route);
    return { page, errors, state };
  }
  return { S, open };
}

/** Clicks `needle`'s text (`offset` characters in) and waits for the popover: its locator. */
export async function popoverAt(page, needle, offset = 6) {
  const point = await H.pointOfText(page, needle, offset);
  assert.ok(point, `"${needle}" is on the page`);
  await page.mouse.click(point.x, point.y);
  const pop = page.locator('sourcelight-ui .pop');
  await pop.waitFor({ state: 'visible', timeout: 5000 });
  return pop;
}

/** popoverAt where the text is now: the page is not scrolled to it first. */
export async function popoverHere(page, needle) {
  const point = await page.evaluate((n) => {
    const t = [...document.querySelectorAll('p')].find((el) => el.textContent.includes(n)).firstChild;
    const r = document.createRange();
    r.setStart(t, t.data.indexOf(n) + 6);
    r.setEnd(t, t.data.indexOf(n) + 7);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, needle);
  await page.mouse.click(point.x, point.y);
  const pop = page.locator('sourcelight-ui .pop');
  await pop.waitFor({ state: 'visible', timeout: 5000 });
  return pop;
}
