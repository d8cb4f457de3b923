// The WebAssembly boundary, under node: malformed input is a JavaScript Error with a message
// (never an opaque trap), and valid input gives per-block UTF-16 offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXTENSION_DIR } from './helpers.mjs';

const pkg = path.join(EXTENSION_DIR, 'pkg');
const skip = !fs.existsSync(path.join(pkg, 'sourcelight_bg.wasm')) && 'extension not built: run scripts/build-extension';

async function load() {
  const m = await import(pathToFileURL(path.join(pkg, 'sourcelight.js')).href);
  m.initSync({ module: new WebAssembly.Module(fs.readFileSync(path.join(pkg, 'sourcelight_bg.wasm'))) });
  return m;
}

test('malformed input comes back as an Error with a message', { skip }, async () => {
  const m = await load();
  for (const bad of ['text', 42, null, undefined, {}, [{ kind: 'bogus', text: 'x' }], [{ kind: 'paragraph' }], [{ text: 5 }], [1, 2]]) {
    assert.throws(() => m.analyzeBlocks(bad), (err) => err instanceof Error && !(err instanceof WebAssembly.RuntimeError) && /analyzeBlocks/.test(err.message));
  }
  // Still usable afterwards.
  const r = m.analyzeBlocks([{ kind: 'paragraph', text: 'Fine.' }]);
  assert.ok(Array.isArray(r.findings));
});

test('more blocks than the limit are refused with a message, as many as the limit are read', { skip }, async () => {
  const m = await load();
  const block = { kind: 'paragraph', text: 'Fine.' };
  assert.throws(() => m.analyzeBlocks(new Array(50_001).fill(block)), (err) => err instanceof Error && /50001 blocks is more than the limit/.test(err.message));
  assert.ok(Array.isArray(m.analyzeBlocks(new Array(50_000).fill(block)).findings));
  // A hole in the array is no block.
  assert.throws(() => m.analyzeBlocks([block, , block]), (err) => err instanceof Error && /block 1 is not a \{kind, text\} object/.test(err.message));
});

test('a text that is not English is not analysed, and says so', { skip }, async () => {
  const m = await load();
  const es = m.analyzeBlocks([{ kind: 'paragraph', text: '“No firmaremos”, dijo el lunes el ministro, según la agencia EFE.' }]);
  assert.equal(es.english, false);
  assert.deepEqual(es.findings, []);
  const en = m.analyzeBlocks([{ kind: 'paragraph', text: '“We will not sign,” the minister said on Monday, according to Reuters.' }]);
  assert.equal(en.english, true);
  assert.ok(en.findings.some((f) => f.kind === 'quote'));
});

test('offsets are UTF-16 units inside each block', { skip }, async () => {
  const m = await load();
  const blocks = [
    { kind: 'headline', text: 'Talks stall 🙂' },
    { kind: 'paragraph', text: '🙂🙂 “We will not sign,” Foreign Minister Ana Ruiz said on Monday.' },
  ];
  const r = m.analyzeBlocks(blocks);
  for (const f of r.findings) {
    const text = blocks[f.block].text;
    assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
    assert.equal(text.slice(f.start, f.end), f.text);
  }
  const quote = r.findings.find((f) => f.kind === 'quote');
  if (quote) assert.equal(quote.text, 'We will not sign,');
});

test('odd text never traps', { skip }, async () => {
  const m = await load();
  const odd = ['"'.repeat(10000), '“'.repeat(5000), 'said '.repeat(5000), '\u200b\u202e\u0301'.repeat(1000), '\r\n\r'.repeat(1000), '\ud800', 'a\u0000b'];
  for (const text of odd) {
    const r = m.analyzeBlocks([{ kind: 'paragraph', text }]);
    assert.ok(Array.isArray(r.findings));
  }
});

test('after a trap, a fresh instance works again (the background’s recovery)', { skip }, async () => {
  const m = await load();
  assert.throws(() => m.__trapForTests(), (err) => err instanceof WebAssembly.RuntimeError);
  // What background.js does on a RuntimeError: forget the instance and instantiate again.
  m.__sourcelightReset();
  m.initSync({ module: new WebAssembly.Module(fs.readFileSync(path.join(pkg, 'sourcelight_bg.wasm'))) });
  const r = m.analyzeBlocks([{ kind: 'paragraph', text: '“Fine,” the mayor, Ana Ruiz, said on Monday.' }]);
  assert.ok(Array.isArray(r.findings));
});

test('a pronoun the core could not tie to a name is told apart from a name', { skip }, async () => {
  const m = await load();
  for (const name of ['she', 'he', 'they', 'I']) assert.equal(m.isUnresolvedPronoun(name), true, name);
  for (const name of ['Shea', 'Haider al Abadi', 'Theyer', '']) assert.equal(m.isUnresolvedPronoun(name), false, name);
});

test('page furniture is left out and named in left_out; the report counts the other blocks', { skip }, async () => {
  const m = await load();
  // "Related: <a>…</a>" (UTF-16 offsets: the emoji counts two), a newsletter prompt, a link
  // inside a sentence of the story (kept) and a quote.
  const related = 'Related: 🙂 “We will not rush,” says harbour chief';
  const blocks = [
    { kind: 'paragraph', text: related, links: [9, related.length] },
    { kind: 'list_item', text: 'SIGN UP FOR OUR NEWSLETTER' },
    { kind: 'paragraph', text: 'The mayor, Ana Ruiz, spoke after the meeting on Tuesday.', links: [11, 19] },
    { kind: 'paragraph', text: '“We will not sign,” she said on Monday.' },
  ];
  const r = m.analyzeBlocks(blocks);
  assert.deepEqual(r.left_out, [0, 1]);
  const quotes = r.findings.filter((f) => f.kind === 'quote');
  assert.deepEqual(quotes.map((f) => f.text), ['We will not sign,']);
  // Blocks 2 and 3 are read as blocks 0 and 1: the quote's speaker is named in the one before.
  assert.equal(quotes[0].block, 1);
  assert.equal(quotes[0].speaker && quotes[0].speaker.name, 'Ana Ruiz');
  // A headline is never furniture; links out of order, or not pairs, are malformed.
  assert.deepEqual(m.analyzeBlocks([{ kind: 'headline', text: 'Related' }]).left_out, []);
  for (const links of [[5, 2], [0, 3, 1, 4], [1], 'x', [0.5, 2]]) {
    assert.throws(() => m.analyzeBlocks([{ kind: 'paragraph', text: 'Read the story', links }]), (err) => err instanceof Error && /links/.test(err.message));
  }
});

test('a closing sign-off is left out after the furniture, unless the blocks stop short; a paragraph repeating an alt is a caption', { skip }, async () => {
  const m = await load();
  const story = { kind: 'paragraph', text: 'The council will vote on the budget on Monday, the mayor said.' };
  const bio = { kind: 'paragraph', text: 'Ana Ruiz is a reporter for the Gazette.', emphasised: true };
  const credit = { kind: 'paragraph', text: 'Li Wei contributed to this report.' };
  assert.deepEqual(m.analyzeBlocks([story, bio]).left_out, [1]);
  // The furniture after it is left out first, so the bio is the article's last block.
  assert.deepEqual(m.analyzeBlocks([story, bio, credit]).left_out, [1, 2]);
  assert.deepEqual(m.analyzeBlocks([story, { ...bio, text: 'ANA RUIZ IS THE GAZETTE’S EDITOR' }]).left_out, [1]);
  // Must not: the blocks stop short of the article's end, the bio not set apart, a story in italics.
  assert.deepEqual(m.analyzeBlocks([story, bio], true).left_out, []);
  assert.deepEqual(m.analyzeBlocks([story, { ...bio, emphasised: false }]).left_out, []);
  assert.deepEqual(m.analyzeBlocks([{ ...story, emphasised: true }, bio]).left_out, []);

  const alt = 'Ana Ruiz on the north quay, where';
  const caption = { kind: 'paragraph', text: `${alt} she grew up. Photograph: Li Wei`, alt };
  const r = m.analyzeBlocks([credit, story, caption]);
  assert.deepEqual([r.left_out, r.captions], [[0], [2]]);
  // Must not: a short alt, or an alt the paragraph does not open with.
  assert.deepEqual(m.analyzeBlocks([story, { ...caption, alt: 'Ana Ruiz' }]).captions, []);
  assert.deepEqual(m.analyzeBlocks([story, { ...caption, alt: 'The north quay at dawn, from the ferry' }]).captions, []);
  for (const bad of [{ emphasised: 'yes' }, { alt: 5 }]) {
    assert.throws(() => m.analyzeBlocks([{ ...story, ...bad }]), (err) => err instanceof Error && /emphasised|alt/.test(err.message));
  }
});

test('a paragraph or list item whose letters all lie in <time> (the reader tells) is left out before the sign-off is judged; a headline is kept', { skip }, async () => {
  const m = await load();
  await import(pathToFileURL(path.join(EXTENSION_DIR, 'shared', 'messages.js')).href);
  const { validate } = globalThis.SLMessages;
  const story = { kind: 'paragraph', text: 'The council will vote on the budget on Monday, the mayor said.' };
  const bio = { kind: 'paragraph', text: 'Ana Ruiz is a reporter for the Gazette.', emphasised: true };
  const dates = { kind: 'paragraph', text: '3 May, 2024 3 May, 2024', dated: true };
  assert.deepEqual(m.analyzeBlocks([dates, story]).left_out, [0]);
  assert.deepEqual(m.analyzeBlocks([story, { ...dates, kind: 'list_item' }]).left_out, [1]);
  // The dates after the bio go first, so the bio is the article's last block.
  assert.deepEqual(m.analyzeBlocks([story, bio, dates]).left_out, [1, 2]);
  // Must not: a headline of dates, or the same line with letters outside <time>.
  assert.deepEqual(m.analyzeBlocks([{ ...dates, kind: 'headline' }, story]).left_out, []);
  assert.deepEqual(m.analyzeBlocks([{ ...dates, dated: false }, story]).left_out, []);
  assert.equal(validate({ type: 'analyze', blocks: [dates] }, 'content'), '');
  for (const dated of ['yes', 1, null]) {
    assert.throws(() => m.analyzeBlocks([{ ...dates, dated }]), (err) => err instanceof Error && /dated/.test(err.message));
    assert.match(validate({ type: 'analyze', blocks: [{ ...dates, dated }] }, 'content'), /dated/);
  }
});

test('the message schema and the module accept and refuse the same links', { skip }, async () => {
  const m = await load();
  await import(pathToFileURL(path.join(EXTENSION_DIR, 'shared', 'messages.js')).href);
  const { validate } = globalThis.SLMessages;
  const text = 'Read the story';
  const good = [[], [0, 4], [0, 4, 4, 8], [9, text.length]];
  const bad = [[5, 2], [0, 3, 1, 4], [1], 'x', [0.5, 2], [2, 2], [0, text.length + 1], [-1, 2], ['0', 2], [0, Infinity]];
  for (const [links, ok] of [...good.map((l) => [l, true]), ...bad.map((l) => [l, false])]) {
    const block = { kind: 'paragraph', text, links };
    assert.equal(validate({ type: 'analyze', blocks: [block] }, 'content') === '', ok, `schema: ${JSON.stringify(links)}`);
    let accepted = true;
    try { m.analyzeBlocks([block]); } catch (err) { accepted = !/links/.test(err.message); }
    assert.equal(accepted, ok, `module: ${JSON.stringify(links)}`);
  }
});

test('a page read again is analysed again when anything the core reads differs, and only then', async () => {
  await import(pathToFileURL(path.join(EXTENSION_DIR, 'shared', 'messages.js')).href);
  const { blockMessage, sameAnalyze } = globalThis.SLMessages;
  // A block as extract.js gives it: `segments` (the live nodes) are the extension's, not the core's.
  const block = { kind: 'paragraph', text: 'Ana Ruiz on the north quay, where she grew up.', segments: [], links: [0, 8], emphasised: false, dated: false, alt: null };
  const message = (blocks, truncated = false) => ({ type: 'analyze', blocks: blocks.map(blockMessage), truncated });
  const sent = message([block]);
  assert.equal(sameAnalyze(sent, message([{ ...block, segments: [{ start: 0 }] }])), true);
  assert.equal(sameAnalyze(null, sent), false, 'nothing sent yet');
  assert.equal(sameAnalyze(sent, message([block], true)), false, 'truncated');
  assert.equal(sameAnalyze(sent, message([block, block])), false, 'a block more');
  const changes = [{ kind: 'caption' }, { text: 'Ana Ruiz on the north quay.' }, { links: [0, 7] }, { links: [] }, { links: [0, 8, 9, 11] },
    { emphasised: true }, { dated: true }, { alt: 'Ana Ruiz on the north quay, where' }];
  for (const change of changes) {
    const other = message([{ ...block, ...change }]);
    assert.equal(sameAnalyze(sent, other), false, JSON.stringify(change));
    assert.equal(sameAnalyze(other, sent), false, `${JSON.stringify(change)}, the other way`);
  }
});

test('a long alt text is cut on a whole character, never inside an emoji', async () => {
  await import(pathToFileURL(path.join(EXTENSION_DIR, 'shared', 'messages.js')).href);
  const { blockMessage, LIMITS } = globalThis.SLMessages;
  const max = LIMITS.maxAltChars;
  const cut = (alt) => blockMessage({ kind: 'paragraph', text: 'A quay.', alt }).alt;
  // The cut falls between the two halves of 🚢 (two UTF-16 units): the emoji goes whole.
  const split = cut('a'.repeat(max - 1) + '🚢 on the quay');
  assert.equal(split, 'a'.repeat(max - 1));
  assert.equal(split.length, max - 1);
  const whole = cut('a'.repeat(max - 2) + '🚢 on the quay');
  assert.equal(whole, 'a'.repeat(max - 2) + '🚢');
  assert.equal(cut('Ana Ruiz on the quay'), 'Ana Ruiz on the quay');
});
