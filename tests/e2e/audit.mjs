// Page audit: loads saved pages with the extension in headless Chromium and prints one JSON line
// per page:
//   {"page", "findings": {"quote","claim","loaded"}, "ms_to_highlights", "layout_shift_px",
//    "console_errors": [...], "in_article_ratio", ...}
// Usage: npm run --silent audit -- DIR...   (each DIR holds source.html, optionally expected.html)
//        add --js to keep the saved pages' own scripts (removed by default: they expect their
//        sites' servers, and their errors would be the page's, not the extension's).
// Nothing leaves the machine: the pages' requests for other hosts are answered locally, empty.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as H from './helpers.mjs';

const TYPES = { '.css': ['text/css', ''], '.js': ['text/javascript', ''], '.json': ['application/json', '{}'],
  '.webmanifest': ['application/manifest+json', '{}'], '.svg': ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'] };
/** An empty answer of the right type for a resource the saved page asks for. */
function emptyAnswer(pathname) {
  const [type, body] = TYPES[path.extname(pathname)] || ['application/octet-stream', ''];
  return { contentType: type, body };
}

/**
 * The saved page without its scripts (JSON-LD data is kept: it says what the page is) and
 * without its web-app manifest: saved pages' scripts and manifests expect their sites'
 * servers, and their failures would be the page's errors, not the extension's.
 */
export function staticPage(html) {
  // One pass removes one handler per tag: repeat until none is left.
  const handler = /(<[a-z][^<>]*?)\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi;
  let prev;
  do {
    prev = html;
    html = html.replace(handler, '$1');
  } while (html !== prev);
  return html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?manifest\b[^>]*>/gi, '')
    .replace(/(<[a-z][^<>]*?)\s(?:src|href)\s*=\s*(["'])\s*javascript:[^"']*\2/gi, '$1');
}

/**
 * Serves the saved pages `dirs` (the i-th at `/p${i}/`, without its scripts unless `js`) from
 * 127.0.0.1, anything else it asks for empty: `{srv, keepLocal(context)}`, where keepLocal answers
 * a browser context's requests for other hosts locally, empty, too.
 */
export async function serveSavedPages(dirs, { js = false } = {}) {
  const routes = {};
  dirs.forEach((dir, i) => {
    routes[`/p${i}/`] = () => {
      const html = fs.readFileSync(path.join(dir, 'source.html'), 'utf8');
      return { body: js ? html : staticPage(html) };
    };
  });
  const srv = await H.serve(routes, { fallback: (url) => {
    const { contentType, body } = emptyAnswer(url.pathname);
    return { body, headers: { 'content-type': contentType } };
  } });
  const keepLocal = (context) => context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(srv.origin) || url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const { contentType, body } = emptyAnswer(new URL(url).pathname);
    return route.fulfill({ status: 200, contentType, body });
  });
  return { srv, keepLocal };
}

/** Audits `dirs`; calls `onResult` with each page's result as it is ready; returns them all. */
export async function auditPages(dirs, { js = false, onResult = () => {} } = {}) {
  const { srv, keepLocal } = await serveSavedPages(dirs, { js });
  const withExt = await H.launchWithExtension();
  const plain = await H.launchWithExtension({ extension: false });
  const results = [];
  try {
    for (const b of [withExt, plain]) await keepLocal(b.context);
    for (let i = 0; i < dirs.length; i++) {
      const result = await auditOne(dirs[i], `${srv.origin}/p${i}/`, withExt, plain, js);
      results.push(result);
      onResult(result);
    }
  } finally {
    await withExt.close();
    await plain.close();
    await srv.close();
  }
  return results;
}

async function load(context, url, js) {
  const page = await context.newPage();
  const errors = H.watchErrors(page);
  await page.goto(url, { waitUntil: 'load', timeout: 30000 }).catch(() => {});
  return { page, errors };
}

async function auditOne(dir, url, withExt, plain, js) {
  const name = path.basename(path.resolve(dir));
  const expectedFile = path.join(dir, 'expected.html');
  let expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8') : null;
  // Readability's expected.html leaves the headline out (it is in the metadata): it is part of
  // the article all the same.
  const metaFile = path.join(dir, 'expected-metadata.json');
  if (expected !== null && fs.existsSync(metaFile)) {
    try {
      const title = JSON.parse(fs.readFileSync(metaFile, 'utf8')).title;
      if (typeof title === 'string') expected = `<h1>${H.escapeHtml(title)}</h1>${expected}`;
    } catch { /* no usable metadata */ }
  }

  const base = await load(plain.context, url, js);
  await base.page.waitForTimeout(200);
  const before = await H.layoutBoxes(base.page);
  await base.page.close();

  const { page, errors } = await load(withExt.context, url, js);
  const state = await H.waitForDone(withExt.worker, url, 20000);
  const probe = await page.evaluate((expectedHtml) => {
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const expectedText = expectedHtml ? norm(new DOMParser().parseFromString(expectedHtml, 'text/html').body.textContent) : null;
    let total = 0;
    let inside = 0;
    let outsideNav = 0;
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('sourcelight-') || name.endsWith('active')) continue;
      for (const r of hl) {
        const t = norm(r.toString());
        total += t.length;
        if (expectedText !== null && expectedText.includes(t)) inside += t.length;
        const node = r.commonAncestorContainer;
        const el = node.nodeType === 1 ? node : node.parentElement;
        if (el && el.closest('nav, footer, [role=navigation], [role=contentinfo]')) outsideNav++;
      }
    }
    return { total, inside, outsideNav, hasExpected: expectedText !== null };
  }, expected);
  const after = await H.layoutBoxes(page);
  await page.close();
  const shift = H.layoutShift(before, after);
  return {
    page: name,
    findings: state && state.counts ? state.counts : { quote: 0, claim: 0, loaded: 0 },
    ms_to_highlights: state && state.timing ? state.timing.total_ms ?? null : null,
    ms_request_to_highlights: state && state.timing ? state.timing.request_to_highlights_ms ?? null : null,
    layout_shift_px: shift.max,
    console_errors: errors,
    in_article_ratio: probe.hasExpected && probe.total > 0 ? Math.round((probe.inside / probe.total) * 1000) / 1000 : null,
    highlights_in_nav_or_footer: probe.outsideNav,
    status: state ? state.status : 'no content script',
    blocks: state ? state.blocks : 0,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const js = args.includes('--js');
  const dirs = args.filter((a) => a !== '--js');
  const why = H.missingPrerequisite();
  if (why) {
    console.error(`audit: ${why}`);
    process.exit(2);
  }
  if (dirs.length === 0) {
    console.error('usage: npm run --silent audit -- DIR...  (each DIR with source.html)');
    process.exit(2);
  }
  const missing = dirs.filter((d) => !fs.existsSync(path.join(d, 'source.html')));
  if (missing.length) {
    console.error(`audit: no source.html in ${missing.join(', ')}`);
    process.exit(2);
  }
  await auditPages(dirs, { js, onResult: (r) => console.log(JSON.stringify(r)) });
}
