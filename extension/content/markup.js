// Page furniture and captions known by their markup, as the command line's HTML reader
// (src/bin/sourcelight/html.rs, html/furniture.rs) knows them: what a class calls a caption or a
// timestamp, a paragraph of dates alone, a paragraph opening with the alt text of the image
// before it (its caption), and a closing sign-off set apart (the author's bio). extract.js
// applies them as it copies the page and walks the article; what the text alone tells (links,
// "Related: …") is the core's judgement.
(() => {
  'use strict';

  /**
   * What an element's class names it, as the command line reads class names: 'caption' when a
   * class token ends with "caption" (or "caption" and "text": "pb-caption", "thumbcaption",
   * "media-caption__text"), 'timestamp' when one ends with "timestamp" ("storytimestamp": a
   * "First published …" line), else null. A modifier telling that an element *has* one
   * ("has-caption", "no-caption", BEM's "fig--narrow-caption") names nothing.
   */
  function classRole(el) {
    const cls = el.getAttribute('class');
    if (!cls || !ROLE_HINT.test(cls)) return null;
    const tokens = cls.toLowerCase().split(/\s+/);
    if (tokens.some((t) => namesRole(t, 'timestamp'))) return 'timestamp';
    return tokens.some((t) => namesRole(t, 'caption')) ? 'caption' : null;
  }

  const ROLE_HINT = /caption|timestamp/i;

  /** Whether a lower-case class token names `role` (see classRole). */
  function namesRole(token, role) {
    if (token.includes('--') || /^(has|hasnt|no|with)-/.test(token)) return false;
    let base = token.replace(/[^a-z0-9]+$/, '');
    if (base.endsWith('text')) base = base.slice(0, -4).replace(/[-_]+$/, '');
    return base.endsWith(role);
  }

  /** The attributes by which Readability tells a real image from a placeholder. */
  const IMAGE_SOURCES = ['src', 'srcset', 'data-src', 'data-srcset'];

  const LETTER = /[\p{Alphabetic}\p{N}]/u;

  /**
   * Notes what a text node of a block tells of the block's letters: whether it has any, any
   * outside a `<time>` (a block of dates alone is a page's stamp, not a sentence), and any
   * outside bold or italics (a closing line set wholly in them is a sign-off). Once a block has
   * both kinds, its later nodes are not looked at.
   */
  function noteLetters(block, node) {
    if ((block.undated && block.plain) || !LETTER.test(node.data)) return;
    block.letters = true;
    const el = node.parentElement;
    if (!block.undated && !(el && el.closest('time'))) block.undated = true;
    if (!block.plain && !(el && el.closest('b, strong, i, em'))) block.plain = true;
  }

  /** The fewest letters an image's alt text must have for repeatsAlt to read it. */
  const MIN_ALT_LETTERS = 20;

  /**
   * Whether a paragraph right after an image opens with the image's alt text: a caption with no
   * figure markup, its opening repeated as the description (the alt is often cut short). A short
   * alt ("Photo", a name) proves nothing.
   */
  function repeatsAlt(text, alt) {
    if (!alt || !text.startsWith(alt)) return false;
    let letters = 0;
    for (const c of alt) if (LETTER.test(c) && ++letters >= MIN_ALT_LETTERS) return true;
    return false;
  }

  /** The most words a closing sign-off may have: a bio is a sentence or two. */
  const MAX_SIGNOFF_WORDS = 50;

  /**
   * Drops the article's last block when it is a sign-off (an author's bio, "X is the … editor"):
   * a short paragraph set wholly in bold or italics, or in capitals, right after a paragraph of
   * the story that is neither. A story set wholly in italics, a closing line like the one before
   * it, or a lone paragraph under the headline is left.
   */
  function dropSignoff(blocks) {
    const n = blocks.length;
    if (n < 2) return;
    const last = blocks[n - 1];
    const before = blocks[n - 2];
    const setApart = (b) => b.emphasised || inCapitals(b.text);
    if (last.kind === 'paragraph' && before.kind === 'paragraph' && words(last.text) <= MAX_SIGNOFF_WORDS
      && setApart(last) && !setApart(before)) blocks.pop();
  }

  const words = (text) => text.split(/\s+/).filter(Boolean).length;

  /** Whether a block is written in capitals: three words or more and no lower-case letter. */
  const inCapitals = (text) => words(text) >= 3 && /\p{Alphabetic}/u.test(text) && !/\p{Lowercase}/u.test(text);

  globalThis.SLMarkup = Object.freeze({ classRole, IMAGE_SOURCES, noteLetters, repeatsAlt, dropSignoff });
})();
