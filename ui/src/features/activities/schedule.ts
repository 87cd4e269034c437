// The times a new activity starts with, and how the dependent times follow the start.
import type { Schedule } from '@/bindings/Schedule'
import { parseLocal, toLocalText } from '@/app/time'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** A schedule while being edited: a picker may have been cleared. */
export type ScheduleDraft = { [K in keyof Schedule]: string | null }

/** How long an activity lasts unless the organizer says otherwise. */
export const DEFAULT_DURATION_HOURS = 2
/** Sign-up closes this long before the start. */
export const DEADLINE_BEFORE_START_DAYS = 1

function at9(day: Date, addDays: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + addDays, 9, 0, 0)
}

/**
 * A new activity: sign-up opens now (to the minute) and closes a day before the start; people
 * may cancel until sign-up closes; the activity starts at 09:00 and lasts two hours. It starts
 * tomorrow, or the day after when tomorrow 09:00 is less than a day away (the deadline would
 * otherwise already have passed).
 */
export function defaultSchedule(now: Date): Schedule {
  const opens = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes(), 0)
  let start = at9(now, 1)
  if (start.getTime() - DAY <= opens.getTime()) start = at9(now, 2)
  const deadline = new Date(start.getTime() - DEADLINE_BEFORE_START_DAYS * DAY)
  return {
    starts_at: toLocalText(start),
    ends_at: toLocalText(new Date(start.getTime() + DEFAULT_DURATION_HOURS * HOUR)),
    signup_opens_at: toLocalText(opens),
    signup_deadline: toLocalText(deadline),
    cancel_cutoff: toLocalText(deadline),
  }
}

/**
 * The organizer changed `field` (it was `previous`): the times that depend on it follow — the end
 * keeps the duration, the deadline stays a day before the start, the cancellation cutoff stays at
 * the deadline — except for the times they set themselves (`touched`), which are theirs to keep.
 */
export function followChange(
  draft: ScheduleDraft,
  field: keyof Schedule,
  previous: string | null,
  touched: ReadonlySet<keyof Schedule>,
): ScheduleDraft {
  const next = { ...draft }
  if (field === 'starts_at') {
    const start = parseLocal(draft.starts_at)
    if (!start) return draft
    if (!touched.has('ends_at')) {
      const oldStart = parseLocal(previous)
      const oldEnd = parseLocal(draft.ends_at)
      const keep = oldStart && oldEnd && oldEnd > oldStart ? oldEnd.getTime() - oldStart.getTime() : null
      next.ends_at = toLocalText(new Date(start.getTime() + (keep ?? DEFAULT_DURATION_HOURS * HOUR)))
    }
    if (!touched.has('signup_deadline')) {
      next.signup_deadline = toLocalText(new Date(start.getTime() - DEADLINE_BEFORE_START_DAYS * DAY))
    }
  }
  if ((field === 'starts_at' || field === 'signup_deadline') && !touched.has('cancel_cutoff')) {
    next.cancel_cutoff = next.signup_deadline
  }
  return next
}
