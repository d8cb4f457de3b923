// The popup: the page's overview (counts, sources, claims, loaded words) and the settings.
// All text comes from the page and is set with textContent only.
(() => {
  'use strict';
  const M = globalThis.SLMessages;
  const api = M.api();
  const $ = (id) => document.getElementById(id);
  const LABELS = { quote: 'Quotes', claim: 'Unattributed claims', loaded: 'Loaded wording' };

  const { h } = globalThis.SLDom;

  async function targetTab() {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery; // tests open the popup as a page
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab ? tab.id : undefined;
  }

  async function getState(tabId) {
    try {
      return await api.tabs.sendMessage(tabId, { type: 'get-state' });
    } catch {
      return null;
    }
  }

  async function settings() {
    return M.readSettings(await api.storage.local.get(['kinds', 'disabledSites']));
  }

  function entry(tabId, index, ...children) {
    return h('li', null, h('button', { type: 'button', onclick: () => api.tabs.sendMessage(tabId, { type: 'reveal', index }).then(() => window.close && !isTestPage() && window.close(), () => {}) }, ...children));
  }
  const isTestPage = () => new URLSearchParams(location.search).has('tab');

  /** How a source is identified: an unresolved pronoun names nobody, so it is not "named". */
  const sourceKind = (src) => (src.anonymous ? 'anonymous' : src.unresolved ? 'not named' : 'named');

  /**
   * The loaded words, each once: a word the article repeats ("regime" four times) is one entry
   * with its count, leading to its first use; the outlet's and a speaker's use stay apart.
   */
  function loadedWords(findings) {
    const byWord = new Map();
    for (const f of findings) {
      if (f.kind !== 'loaded') continue;
      const key = `${f.inQuote}|${f.text.toLowerCase()}`;
      const seen = byWord.get(key);
      if (seen) seen.times++; else byWord.set(key, { f, times: 1 });
    }
    return [...byWord.values()];
  }

  /**
   * The quotes whose speaker the core did not find: `{first, quotes}` (a quote's parts counted
   * once, as a source's are), or null. Listed under the sources, so that the quotes listed there
   * add up to the quotes on the page.
   */
  function unidentified(findings) {
    const parts = findings.filter((f) => f.kind === 'quote' && !f.speaker);
    if (!parts.length) return null;
    return { first: parts[0].index, quotes: M.quoteCount(parts.map((f) => f.group)) };
  }

  /** The label before a claim in the list: its kind's name (`M.CLAIM_KINDS`), none for a plain one. */
  const claimLabel = (kind) => (kind === 'plain' ? '' : `${M.CLAIM_KINDS[kind].one} · `);

  /** The claims counted by kind, "2 unattributed claims · 1 unsourced guess"; '' when all are plain. */
  function claimTally(claims) {
    const counts = { plain: 0, source: 0, guess: 0 };
    for (const f of claims) counts[f.claimKind]++;
    if (counts.source + counts.guess === 0) return '';
    return Object.entries(counts).filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${n === 1 ? M.CLAIM_KINDS[k].one : M.CLAIM_KINDS[k].many}`).join(' · ');
  }

  /** The keyboard shortcuts of the next/previous commands, as the browser has them set. */
  async function showShortcuts() {
    const el = $('keys');
    let cmds = [];
    try {
      cmds = api.commands && api.commands.getAll ? await api.commands.getAll() : [];
    } catch {
      cmds = [];
    }
    const key = (name) => (cmds.find((c) => c.name === name) || {}).shortcut || '';
    const next = key('next-finding');
    const previous = key('previous-finding');
    el.textContent = next || previous
      ? `Keyboard: ${next || 'no key set'} next finding, ${previous || 'no key set'} previous.`
      : 'Keyboard: no shortcut set for next/previous finding (see the browser’s extension shortcuts).';
  }

  function render(tabId, st, s) {
    const status = $('status');
    // The overview lists what an analysis found: on a page that was not analysed (switched
    // off, not an article, not English, still reading) its "None found." would mislead.
    $('overview').hidden = !(st && st.ok && st.enabled && st.status === 'done');
    if (!st || !st.ok) {
      status.textContent = 'Sourcelight does not run on this page.';
      $('site-switch').disabled = true;
      return;
    }
    const total = st.counts.quote + st.counts.claim + st.counts.loaded;
    status.textContent = !st.enabled ? `Switched off for ${st.site}.`
      : st.status === 'no-article' ? 'No article found on this page.'
      : st.status === 'not-news' ? 'This page does not present itself as a news article.'
      : st.status === 'not-english' ? 'This article is not in English, the only language Sourcelight reads.'
      : st.status === 'error' ? `The analysis failed: ${st.error}`
      : st.status !== 'done' ? 'Analysing…'
      : `${total} finding${total === 1 ? '' : 's'} in “${st.title}”.`;
    if (st.truncated) status.append(h('br'), h('span', { class: 'muted' }, 'This page is very long: only its beginning was analysed.'));

    const kinds = $('kinds');
    kinds.replaceChildren(...M.KINDS.map((k) => h('li', null, h('label', null,
      h('input', { type: 'checkbox', id: `kind-${k}`, checked: s.kinds[k], onchange: async (e) => {
        const cur = await settings();
        cur.kinds[k] = e.target.checked;
        await api.storage.local.set({ kinds: cur.kinds });
      } }),
      h('span', { class: `swatch ${k}`, 'aria-hidden': 'true' }, 'ab'),
      LABELS[k],
      h('span', { class: 'count', id: `count-${k}` }, String(st.counts[k]))))));

    const sw = $('site-switch');
    // A refresh while the page reloads finds no content script and disables the switch; the
    // next refresh that reaches it enables it again.
    sw.disabled = false;
    sw.checked = st.enabled;
    $('site-label').textContent = `On for ${st.site || 'this site'}`;
    sw.onchange = async () => {
      const cur = await settings();
      const sites = new Set(cur.disabledSites);
      if (sw.checked) sites.delete(st.site); else sites.add(st.site);
      await api.storage.local.set({ disabledSites: [...sites] });
      setTimeout(refresh, 300);
    };

    // Sources, in the core's order (the CLI's too): named first, then anonymous, then pronouns not
    // tied to a name; the most quoted first. Each with quote count and relaying outlets. The core
    // names every quote's speaker as its source is named, so a source's first quote is found by name.
    const quotesBySpeaker = new Map();
    for (const f of st.findings) if (f.kind === 'quote' && f.speaker && !quotesBySpeaker.has(f.speaker)) quotesBySpeaker.set(f.speaker, f.index);
    const sourceItems = st.sources.map((src) => {
      const idx = quotesBySpeaker.get(src.name);
      // A pronoun the core could not tie to a name (`unresolved`, set by the background) is listed
      // as one ("she"), not as a name.
      const name = src.unresolved ? [h('strong', null, `“${src.name}”`), h('span', { class: 'muted' }, ' (pronoun not resolved to a name)')] : [h('strong', null, src.name)];
      const body = [...name, src.description ? h('span', { class: 'muted' }, ` — ${src.description}`) : null,
        h('br'), h('span', { class: 'muted' }, `${sourceKind(src)} · ${src.quotes} quote${src.quotes === 1 ? '' : 's'}${src.via.length ? ` · via ${src.via.join(', ')}` : ''}`)];
      return idx === undefined ? h('li', { class: 'source' }, ...body) : entry(tabId, idx, ...body);
    });
    const unknown = unidentified(st.findings);
    if (unknown) {
      sourceItems.push(entry(tabId, unknown.first, h('strong', null, 'Speaker not identified'), h('br'),
        h('span', { class: 'muted' }, `${unknown.quotes} quote${unknown.quotes === 1 ? '' : 's'}`)));
    }
    $('sources').replaceChildren(...(sourceItems.length ? sourceItems : [h('li', { class: 'empty' }, 'No attributed quotes.')]));

    // Each claim is named as its popover heads it, and counted by those names.
    const claims = st.findings.filter((f) => f.kind === 'claim');
    const tally = claimTally(claims);
    $('claim-kinds').hidden = tally === '';
    $('claim-kinds').textContent = tally;
    $('claims').replaceChildren(...(claims.length ? claims.map((f) => entry(tabId, f.index,
      h('span', { class: 'muted' }, claimLabel(f.claimKind)), f.text)) : [h('li', { class: 'empty' }, 'None found.')]));

    const loaded = loadedWords(st.findings);
    $('loaded').replaceChildren(...(loaded.length ? loaded.map(({ f, times }) => entry(tabId, f.index,
      h('strong', null, f.text), h('span', { class: 'muted' }, `${times > 1 ? ` ×${times}` : ''}${f.inQuote ? ' · in a quote' : ''}${f.alternative ? ` · neutral: ${f.alternative}` : ''}`)))
      : [h('li', { class: 'empty' }, 'None found.')]));
  }

  let tabId;
  async function refresh() {
    const st = await getState(tabId);
    render(tabId, st, await settings());
    return st;
  }

  (async () => {
    showShortcuts();
    tabId = await targetTab();
    if (tabId === undefined) return render(undefined, null, await settings());
    for (let i = 0; i < 20; i++) {
      const st = await refresh();
      if (!st || !st.ok || st.status !== 'starting' && st.status !== 'analysing') break;
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  api.storage.onChanged.addListener(() => setTimeout(refresh, 100));
})();
