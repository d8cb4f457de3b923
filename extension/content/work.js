// The content script's own main-thread work, cut into slices and timed.
//
// Everything the extension does on the page runs between `begin()` and `end()`, and gives the
// thread back (`yieldToPage()`) once a slice has run for SLICE_MS. Each slice's duration is
// measured with performance.now(), so the tests can assert that no task of ours ran long,
// separately from the page's own parsing, layout and scripts (which the browser's longtask
// entries mix in).
(() => {
  'use strict';

  /** A slice gives the thread back after this long (a frame is 16 ms; the target is 50 ms). */
  const SLICE_MS = 8;

  const clock = {
    start: 0,
    running: false,
    longest: 0,
    longestWhere: '',
    slices: 0,
  };

  /** Starts timing a slice of our work (a task of ours begins). */
  function begin() {
    clock.start = performance.now();
    clock.running = true;
  }

  /** Ends the current slice (before our code awaits something), recording its duration. */
  function end(where) {
    if (!clock.running) return;
    clock.running = false;
    clock.slices++;
    const ms = performance.now() - clock.start;
    if (ms > clock.longest) {
      clock.longest = ms;
      clock.longestWhere = where;
    }
  }

  /** Whether the current slice has run its time. */
  const due = () => performance.now() - clock.start > SLICE_MS;

  // scheduler.yield() resumes ahead of other queued tasks but after input and rendering; the
  // fallback, setTimeout, is clamped to 4 ms after a few nested calls.
  const nextTask = typeof globalThis.scheduler === 'object' && typeof globalThis.scheduler.yield === 'function'
    ? () => globalThis.scheduler.yield()
    : () => new Promise((resolve) => setTimeout(resolve, 0));

  /** Ends the slice, lets the page run, and starts the next slice. */
  async function yieldToPage(where = 'slice') {
    end(where);
    await nextTask();
    begin();
  }

  /** Yields when the slice is due; cheap enough to call in every loop step. */
  async function maybeYield(where) {
    if (due()) await yieldToPage(where);
  }

  /** Awaits `promise` (a message, storage) outside any slice. */
  async function outside(where, promise) {
    end(where);
    try {
      return await promise;
    } finally {
      begin();
    }
  }

  /** Runs `fn` (async) as timed work: a slice starts now unless one is running already (a call
   * from inside our work), and the last slice ends when `fn` settles. */
  async function task(where, fn) {
    const nested = clock.running;
    if (!nested) begin();
    try {
      return await fn();
    } finally {
      if (!nested) end(where);
    }
  }

  /** Runs a synchronous event handler as one timed slice. */
  function handler(where, fn) {
    return (...args) => {
      const nested = clock.running;
      if (!nested) begin();
      try {
        return fn(...args);
      } finally {
        if (!nested) end(where);
      }
    };
  }

  /** The longest slice so far, for the popup's state (and the tests). */
  const stats = () => ({ longest_slice_ms: Math.round(clock.longest * 10) / 10, longest_slice_at: clock.longestWhere, slices: clock.slices });

  globalThis.SLWork = Object.freeze({ SLICE_MS, begin, end, due, yieldToPage, maybeYield, outside, task, handler, stats });
})();
