// The answers the start script (public/start.js) asked for before the modules loaded: `app_info`,
// which the session takes at once when it has come (no loading view first), and the 首页's
// `dashboard`, kept as an answer asked for ahead (api/ahead.ts) for the 首页's own call.
import { keepAhead } from '@/api/ahead'

/** One question of the start script, as it left it on the window. */
export interface StartAnswer {
  /** When it was asked (`performance.now()`). */
  at: number
  answer: Promise<unknown>
  settled: boolean
  failed: boolean
  value: unknown
}

declare global {
  interface Window {
    __wenmingStart?: Record<string, StartAnswer | undefined>
  }
}

/** The start script's answer to `cmd`, once; `undefined` when it did not ask (or it was taken). */
export function takeStartAnswer(cmd: string): StartAnswer | undefined {
  const asked = window.__wenmingStart
  const found = asked?.[cmd]
  if (found) delete asked![cmd]
  // Its failure is the taker's to report; untaken, it is not an unhandled rejection.
  found?.answer.catch(() => undefined)
  return found
}

/** The 首页's answer kept for its own call (and its route's prefetch), as if asked for ahead. */
export function keepStartAnswers(): void {
  const dashboard = takeStartAnswer('dashboard')
  if (dashboard) keepAhead('dashboard', {}, dashboard.answer, dashboard.at)
}
