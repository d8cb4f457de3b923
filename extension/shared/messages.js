// The one message schema shared by the content script, the background and the popup.
//
// A classic script (content scripts cannot be modules) that defines `globalThis.SLMessages`;
// the background imports it for that side effect. Every message any part receives is checked
// here before it is acted on: page text is untrusted, and a message that does not match its
// schema exactly is dropped.
(() => {
  'use strict';

  /** Limits that bound the work one message can ask for. */
  const LIMITS = Object.freeze({
    // Far beyond any article (about 80,000 words), small enough that the findings' round trip
    // stays short on the page's main thread.
    maxBlocks: 5000,
    maxTotalChars: 500000,
    maxFindings: 5000,
    // Sources listed in the popup (the background and the content script cut the list to it).
    maxSources: 500,
    // The longest alt text a block carries (the core reads whether the block opens with it;
    // blockMessage cuts a longer one).
    maxAltChars: 1000,
  });

  /** Block kinds the core knows (serde names of `BlockKind`). */
  const BLOCK_KINDS = Object.freeze(['headline', 'paragraph', 'blockquote', 'caption', 'list_item']);
  /** The three kinds of finding. */
  const KINDS = Object.freeze(['quote', 'claim', 'loaded']);
  /**
   * The three kinds of unattributed claim, and the names the popover and the popup give them (one
   * place, so that the two read alike): a claim with no source at all, a vague attribution
   * ("critics say") and the writer's unsourced guess ("probably", the core's `vague_kind`).
   */
  const CLAIM_KINDS = Object.freeze({
    plain: Object.freeze({ heading: 'Unattributed claim', one: 'unattributed claim', many: 'unattributed claims' }),
    source: Object.freeze({ heading: 'Vague attribution', one: 'vague attribution', many: 'vague attributions' }),
    guess: Object.freeze({ heading: 'Unsourced guess', one: 'unsourced guess', many: 'unsourced guesses' }),
  });
  /** Which of CLAIM_KINDS a claim is, from its `vague` flag and the core's `vague_kind`. */
  const claimKind = (vague, vagueKind) => (!vague ? 'plain' : vagueKind === 'guess' ? 'guess' : 'source');
  /**
   * How many quotes the parts with core `group`s `groups` make, as a reader counts them: the parts
   * of a quote split by its attribution or run over paragraphs share a group and count once (as
   * the sources' quote counts have it); a part with no group counts alone. The page's Quotes count
   * (content.js) and the popup's "Speaker not identified" count both.
   */
  function quoteCount(groups) {
    const seen = new Set();
    let alone = 0;
    for (const g of groups) {
      if (Number.isInteger(g)) seen.add(g);
      else alone++;
    }
    return seen.size + alone;
  }
  /** Keyboard commands (manifest `commands`). */
  const COMMANDS = Object.freeze(['next-finding', 'previous-finding']);

  const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const isStr = (v, max = Infinity) => typeof v === 'string' && v.length <= max;
  const isInt = (v, min = 0, max = Number.MAX_SAFE_INTEGER) =>
    Number.isInteger(v) && v >= min && v <= max;
  const isBool = (v) => typeof v === 'boolean';
  const onlyKeys = (o, keys) => Object.keys(o).every((k) => keys.includes(k));
  /** Whether `links` is flat [start, end, …] pairs, each non-empty, in order, within `length`. */
  function linksIn(links, length) {
    if (!Array.isArray(links) || links.length % 2 !== 0) return false;
    let last = 0;
    for (let i = 0; i < links.length; i += 2) {
      if (!isInt(links[i], last, length) || !isInt(links[i + 1], links[i] + 1, length)) return false;
      last = links[i + 1];
    }
    return true;
  }
  /**
   * A block as the analyze message carries it: its kind, its text and, when it has them, what
   * only the page's markup shows, which the core judges from: where its links lie (a block only
   * pointing to other pages), that it is set wholly in bold or italics (a closing sign-off),
   * that its letters all lie in `<time>` elements (a line of dates alone) and the alt text of
   * the image before it (a caption repeating it).
   */
  function blockMessage(b) {
    const m = { kind: b.kind, text: b.text };
    if (b.links && b.links.length) m.links = b.links;
    if (b.emphasised === true) m.emphasised = true;
    if (b.dated === true) m.dated = true;
    if (typeof b.alt === 'string' && b.alt !== '') m.alt = wholeCharacters(b.alt, LIMITS.maxAltChars);
    return m;
  }

  /**
   * The first `max` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair
   * (an emoji's half would reach the core as a replacement character and match nothing).
   */
  function wholeCharacters(text, max) {
    if (text.length <= max) return text;
    const last = text.charCodeAt(max - 1);
    return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
  }

  /**
   * Whether two analyze messages ask the same of the core (`a` may be null: none sent): the same
   * `truncated`, and blocks alike in every field blockMessage writes. The fields are not listed
   * here: one blockMessage adds is compared as it is.
   */
  function sameAnalyze(a, b) {
    if (!a || a.truncated !== b.truncated || a.blocks.length !== b.blocks.length) return false;
    return a.blocks.every((block, i) => sameFields(block, b.blocks[i]));
  }

  /** Whether two flat objects have the same keys and values (an array's elements compared). */
  function sameFields(a, b) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => {
      const x = a[k];
      const y = b[k];
      if (!Array.isArray(x)) return x === y;
      return Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]);
    });
  }

  /**
   * Each message type: who may send it ('content': a content script in a tab; 'extension': the
   * popup or the background) and a check of its
   * fields. A check returns an error string or '' when the message is well formed.
   */
  const SCHEMA = Object.freeze({
    // content -> background: analyse the article's blocks.
    analyze: {
      from: ['content'],
      keys: ['type', 'blocks', 'truncated'],
      check(m) {
        if (!Array.isArray(m.blocks)) return 'blocks must be an array';
        if (m.truncated !== undefined && !isBool(m.truncated)) return 'truncated must be a boolean';
        if (m.blocks.length > LIMITS.maxBlocks) return 'too many blocks';
        let total = 0;
        for (const b of m.blocks) {
          if (!isObj(b) || !onlyKeys(b, ['kind', 'text', 'links', 'emphasised', 'dated', 'alt'])) return 'a block must be {kind, text, links, emphasised, dated, alt}';
          if (!BLOCK_KINDS.includes(b.kind)) return 'unknown block kind';
          if (!isStr(b.text)) return 'block text must be a string';
          if (b.links !== undefined && !linksIn(b.links, b.text.length)) return 'block links must be ordered [start, end, …] pairs in its text';
          if (b.emphasised !== undefined && !isBool(b.emphasised)) return 'block emphasised must be a boolean';
          if (b.dated !== undefined && !isBool(b.dated)) return 'block dated must be a boolean';
          if (b.alt !== undefined && !isStr(b.alt, LIMITS.maxAltChars)) return 'block alt must be a short string';
          total += b.text.length;
          if (total > LIMITS.maxTotalChars) return 'too much text';
        }
        return '';
      },
    },
    // content -> background: load the module now (while the page is being read).
    warm: { from: ['content'], keys: ['type'], check: () => '' },
    // popup -> content: what is on this page.
    'get-state': { from: ['extension'], keys: ['type'], check: () => '' },
    // popup -> content: scroll to a finding and show its popover.
    reveal: {
      from: ['extension'],
      keys: ['type', 'index'],
      check: (m) => (isInt(m.index, 0, LIMITS.maxFindings) ? '' : 'index must be a finding number'),
    },
    // background -> content: a keyboard command.
    command: {
      from: ['extension'],
      keys: ['type', 'command'],
      check: (m) => (COMMANDS.includes(m.command) ? '' : 'unknown command'),
    },
  });

  /**
   * Checks `msg` as a message of its declared type sent by `from`. Returns '' when valid,
   * otherwise why not.
   */
  function validate(msg, from) {
    if (!isObj(msg) || !isStr(msg.type, 40)) return 'not a message';
    const spec = Object.prototype.hasOwnProperty.call(SCHEMA, msg.type) ? SCHEMA[msg.type] : null;
    if (!spec) return `unknown message type`;
    if (!spec.from.includes(from)) return `${msg.type} may not come from ${from}`;
    if (!onlyKeys(msg, spec.keys)) return `unexpected field in ${msg.type}`;
    return spec.check(msg);
  }

  /** Where a message came from, judged by the browser-supplied `sender`; null if foreign. */
  function senderRole(sender, api) {
    if (!sender || sender.id !== api.runtime.id) return null;
    // Content scripts run in a tab; extension pages (the popup) have an extension URL.
    if (sender.tab && !isExtensionUrl(sender.url, api)) return 'content';
    if (isExtensionUrl(sender.url, api)) return 'extension';
    return null;
  }

  function isExtensionUrl(url, api) {
    return typeof url === 'string' && url.startsWith(api.runtime.getURL(''));
  }

  /** Settings as stored in `storage.local`, with defaults for anything missing or malformed. */
  const DEFAULT_SETTINGS = Object.freeze({
    kinds: Object.freeze({ quote: true, claim: true, loaded: true }),
    disabledSites: Object.freeze([]),
    drawWith: 'auto',
  });

  function readSettings(stored) {
    const kinds = { ...DEFAULT_SETTINGS.kinds };
    if (isObj(stored) && isObj(stored.kinds)) {
      for (const k of KINDS) if (isBool(stored.kinds[k])) kinds[k] = stored.kinds[k];
    }
    let disabledSites = [];
    if (isObj(stored) && Array.isArray(stored.disabledSites)) {
      disabledSites = stored.disabledSites.filter((s) => isStr(s, 255)).slice(0, 10000);
    }
    // 'boxes' forces the fallback drawing (for browsers without the highlight API; the tests
    // use it to exercise that path in Chromium).
    const drawWith = isObj(stored) && stored.drawWith === 'boxes' ? 'boxes' : 'auto';
    return { kinds, disabledSites, drawWith };
  }

  globalThis.SLMessages = Object.freeze({
    LIMITS,
    BLOCK_KINDS,
    KINDS,
    COMMANDS,
    CLAIM_KINDS,
    claimKind,
    quoteCount,
    blockMessage,
    sameAnalyze,
    DEFAULT_SETTINGS,
    validate,
    senderRole,
    readSettings,
    /** The WebExtension API object of this browser (promise-based in both). */
    api: () => globalThis.browser ?? globalThis.chrome,
  });
})();
