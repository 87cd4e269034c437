// Reading the permits core puts on the records it returns (`allowed` on an activity, an entry, a
// person): the window offers an action only when core says so, and shows core's reason when not.
import type { Permit } from '@/bindings/Permit'

/** The write would be accepted now. */
export function isAllowed(p: Permit): boolean {
  return p.offered && p.refusal === null
}

/** Why not, in core's words ('' when allowed). */
export function reasonOf(p: Permit): string {
  return p.refusal?.message ?? ''
}
