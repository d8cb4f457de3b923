// Builds DOM elements from data, for the popover (content script) and the popup.
//
// A classic script that defines `globalThis.SLDom`. Text always goes in as text nodes and
// attribute values through setAttribute: page text never reaches innerHTML.
(() => {
  'use strict';

  /**
   * `h('p', {class: 'kind'}, 'text', childElement)`: an element with attributes (`class`,
   * `on<event>` listeners, others as attributes; null, undefined and false are left out) and
   * children (strings become text nodes; null, undefined and false are skipped).
   */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      el.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return el;
  }

  globalThis.SLDom = Object.freeze({ h });
})();
