// The window's history count, known again before the next click. vue-router reads
// `window.history.length` in each navigation (its entries' `position`). WebKit's page process keeps
// that count until the next pushState; the first read after one asks the window's process, and
// waits for its answer: 1–4 ms of the page's thread in each click on these machines, while that
// process is busy with the click's own IPC (docs/PERFORMANCE.md). Read once the screen a click
// brought is painted, the count is at hand when the next click's navigation reads it.

/** Reads the history's count once the frame being drawn is painted; resolves with it. */
export function readHistoryCountAfterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => window.setTimeout(() => resolve(window.history.length)))
  })
}
