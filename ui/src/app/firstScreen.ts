// The first screen's own data at start: asked for while the frame is built around it (its route's
// `meta.prefetch`, the 首页's), and waited for before the window, created hidden, is shown
// (App.vue). The answer came about a millisecond after the frame was set up, so the window was
// shown on a 首页 still loading and its figures came in a later frame: the launch ~16 ms longer
// (docs/PERFORMANCE.md, 2026-12-06). The 首页's is asked for earlier still, by the start script
// (app/startAnswers.ts), and is usually there when the frame asks.

/** How long the window stays hidden for the first screen's data at most; a slower answer comes
 *  into the shown window, where the screen says it is loading. */
export const FIRST_DATA_WAIT_MS = 200

let asked: Promise<unknown> | null = null

/** The first screen's data asked for ahead (AppFrame's set-up calls its route's prefetch), if any. */
export function askFirstScreenData(answer: Promise<unknown> | undefined): void {
  asked = answer ?? null
}

/** Resolves once the data asked for ahead has come, at once when none was asked for, or after
 *  {@link FIRST_DATA_WAIT_MS} at the most. */
export async function firstScreenAnswered(): Promise<void> {
  const answer = asked
  asked = null
  if (!answer) return
  let timer = 0
  await Promise.race([answer, new Promise((resolve) => (timer = window.setTimeout(resolve, FIRST_DATA_WAIT_MS)))])
  window.clearTimeout(timer)
  // The screen takes the answer and renders it in microtasks, before the shell's showing of the
  // window can reach the page (a later task).
}
