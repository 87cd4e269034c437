// Answers asked for ahead: a screen's first data is asked for when the navigation to it starts (its
// route's `meta.prefetch`, called by the router), and the screen's own identical call — the same
// command with the same arguments — takes that answer instead of asking again. The back end answers
// while the route changes and the screen is set up, not after (docs/PERFORMANCE.md).
//
// An answer is taken once, and only while it is fresh: every answer still waiting is forgotten when
// the next navigation starts, when the screen is shown, when the role changes, and at the latest
// KEEP_MS after it was asked for. A call that finds none simply asks the back end.

/** The longest an answer asked for ahead waits for its screen's call. */
export const KEEP_MS = 1000

interface Waiting {
  answer: Promise<unknown>
  askedAt: number
}

const waiting = new Map<string, Waiting>()

/** A call's identity: its command and its arguments as sent. */
function callKey(cmd: string, args: unknown): string {
  return `${cmd}\u0000${JSON.stringify(args ?? null)}`
}

function fresh(found: Waiting): boolean {
  return performance.now() - found.askedAt <= KEEP_MS
}

/** Asks now and keeps the answer for the identical call; asked again while that answer waits, it
 *  does not ask twice. */
export function askAhead<T>(cmd: string, args: unknown, ask: () => Promise<T>): Promise<T> {
  const key = callKey(cmd, args)
  const found = waiting.get(key)
  if (found && fresh(found)) return found.answer as Promise<T>
  const answer = ask()
  // Its failure is the taker's to report; untaken, it is not an unhandled rejection.
  answer.catch(() => undefined)
  waiting.set(key, { answer, askedAt: performance.now() })
  return answer
}

/** Keeps an answer already asked for (at `askedAt`, `performance.now()`) as asked for ahead of the
 *  identical call: the start script's (app/startAnswers.ts). */
export function keepAhead(cmd: string, args: unknown, answer: Promise<unknown>, askedAt: number): void {
  answer.catch(() => undefined)
  waiting.set(callKey(cmd, args), { answer, askedAt })
}

/** The answer asked for ahead of this call, once; `null` when none is waiting or it is stale. */
export function takeAhead<T>(cmd: string, args: unknown): Promise<T> | null {
  if (waiting.size === 0) return null
  const key = callKey(cmd, args)
  const found = waiting.get(key)
  if (!found) return null
  waiting.delete(key)
  return fresh(found) ? (found.answer as Promise<T>) : null
}

/** Forgets every answer still waiting. */
export function forgetAhead(): void {
  waiting.clear()
}

/** Resolves once every one of `answers` has come, failed or not; never rejects (a route's prefetch). */
export function allAnswered(answers: Promise<unknown>[]): Promise<void> {
  return Promise.allSettled(answers).then(() => undefined)
}
