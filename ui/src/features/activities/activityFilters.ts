// The activity list's filters, the query they become, and how a row reads its 名额.
import type { Activity } from '@/bindings/Activity'
import type { ActivityKind } from '@/bindings/ActivityKind'
import type { ActivityQuery } from '@/bindings/ActivityQuery'
import type { ActivityState } from '@/bindings/ActivityState'
import { i18n } from '@/i18n'

export interface ActivityFilters {
  kind: ActivityKind | null
  state: ActivityState | null
  /** YYYY-MM of the start. */
  month: string | null
  departmentId: number | null
  text: string
}

export function emptyFilters(): ActivityFilters {
  return { kind: null, state: null, month: null, departmentId: null, text: '' }
}

/** Cleared selects may give `undefined` or ''; the back end wants `null` for “any”. */
const orNull = <T>(v: T | null | undefined | ''): T | null => (v === undefined || v === '' ? null : v)

export function activityQuery(f: ActivityFilters, page: number, pageSize: number): ActivityQuery {
  return {
    kind: orNull(f.kind),
    state: orNull(f.state),
    month: orNull(f.month),
    department_id: orNull(f.departmentId),
    text: f.text.trim(),
    page,
    page_size: pageSize,
  }
}

export function isFiltered(f: ActivityFilters): boolean {
  const q = activityQuery(f, 1, 1)
  return q.kind !== null || q.state !== null || q.month !== null || q.department_id !== null || q.text !== ''
}

/** 名额: “12 / 30”, “12 / 不限”. */
export function seatsText(a: Pick<Activity, 'confirmed' | 'capacity'>): string {
  const t = i18n.global.t
  return t('activities.seats.taken', {
    confirmed: a.confirmed,
    capacity: a.capacity === null ? t('activities.seats.unlimited') : a.capacity,
  })
}

/** “候补 3”, or nothing while nobody waits. */
export function waitlistText(a: Pick<Activity, 'waitlisted'>): string {
  return a.waitlisted > 0 ? i18n.global.t('activities.seats.waitlisted', { count: a.waitlisted }) : ''
}
