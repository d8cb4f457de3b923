// Page furniture and captions known by their markup, as the command line's HTML reader
// (src/bin/sourcelight/html.rs, html/furniture.rs) knows them: what a class calls a caption or a
// timestamp, and which of a block's letters lie in `<time>`, bold or italics. extract.js applies
// them as it copies the page and walks the article. What the text tells, given what the markup
// shows, is the core's judgement (src/furniture.rs): links ("Related: …"), a line of dates alone
// (from whether a block's letters all lie in `<time>`), a closing sign-off set apart (from
// whether a block is set wholly in bold or italics) and a caption repeating an image's alt text
// (from the alt).
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
   * outside a `<time>` (the core reads a block of dates alone as a page's stamp), and any
   * outside bold or italics (the core reads a closing line set wholly in them as a sign-off).
   * `dated` and `emphasised`: whether the node lies in a `<time>`, in bold or italics (extract.js
   * finds both in its one walk up from the node).
   */
  function noteLetters(block, node, dated, emphasised) {
    if ((block.undated && block.plain) || !LETTER.test(node.data)) return;
    block.letters = true;
    if (!dated) block.undated = true;
    if (!emphasised) block.plain = true;
  }

  /** Inline elements that set text in bold or italics. */
  const EMPHASIS = new Set(['b', 'strong', 'i', 'em']);

  globalThis.SLMarkup = Object.freeze({ classRole, IMAGE_SOURCES, noteLetters, EMPHASIS });
})();
