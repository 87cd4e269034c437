// 首页: everything of the first screen in one call.
import { call, type CallOptions } from '@/api/ipc'
import type { Dashboard } from '@/bindings/Dashboard'

export function dashboard(options?: CallOptions) {
  return call<Dashboard>('dashboard', {}, options)
}

let asked: Promise<Dashboard> | null = null

/** Asks for the 首页 while the frame around it is being built (the route's `prefetch`); the
 *  screen takes the answer once (`takeAsked`) instead of asking again. Resolves once answered,
 *  failed or not (the window waits for it before it is shown: app/firstScreen.ts). */
export function askAhead(): Promise<unknown> {
  asked = dashboard({ quiet: true })
  // Its failure is the screen's to show, once taken; untaken, it is not an unhandled rejection.
  return asked.catch(() => undefined)
}

/** The answer asked for ahead, once; `null` when none is waiting. */
export function takeAsked(): Promise<Dashboard> | null {
  const answer = asked
  asked = null
  return answer
}
