import { describe, expect, test } from 'vitest'
import type { Schedule } from '@/bindings/Schedule'
import { defaultSchedule, followChange } from './schedule'
import { parseLocal } from '@/app/time'

const at = (text: string) => parseLocal(text)!.getTime()

describe('the schedule of a new activity', () => {
  test('in the morning: starts tomorrow 09:00 for two hours, sign-up from now until a day before', () => {
    const s = defaultSchedule(new Date(2026, 10, 20, 8, 15, 42))
    expect(s).toEqual({
      starts_at: '2026-11-21T09:00:00',
      ends_at: '2026-11-21T11:00:00',
      signup_opens_at: '2026-11-20T08:15:00',
      signup_deadline: '2026-11-20T09:00:00',
      cancel_cutoff: '2026-11-20T09:00:00',
    })
  })

  test('later in the day the start moves a day on, so that the deadline is still ahead', () => {
    const s = defaultSchedule(new Date(2026, 10, 20, 14, 30, 0))
    expect(s.starts_at).toBe('2026-11-22T09:00:00')
    expect(s.signup_deadline).toBe('2026-11-21T09:00:00')
  })

  test('always passes the back end’s checks: opens < deadline ≤ end, cutoff = deadline before the start', () => {
    for (const hour of [0, 8, 9, 12, 23]) {
      const now = new Date(2026, 11, 31, hour, 59, 59)
      const s = defaultSchedule(now)
      expect(at(s.signup_opens_at)).toBeLessThanOrEqual(now.getTime())
      expect(at(s.signup_deadline)).toBeGreaterThan(at(s.signup_opens_at))
      expect(at(s.signup_deadline)).toBeLessThan(at(s.starts_at))
      expect(at(s.ends_at)).toBeGreaterThan(at(s.starts_at))
      expect(s.cancel_cutoff).toBe(s.signup_deadline)
    }
  })
})

describe('times following the start', () => {
  const base: Schedule = {
    starts_at: '2026-11-21T09:00:00',
    ends_at: '2026-11-21T12:00:00',
    signup_opens_at: '2026-11-10T08:00:00',
    signup_deadline: '2026-11-20T09:00:00',
    cancel_cutoff: '2026-11-20T09:00:00',
  }

  test('a new start moves the end (keeping the duration), the deadline and the cutoff', () => {
    const s = followChange({ ...base, starts_at: '2026-11-30T14:00:00' }, 'starts_at', base.starts_at, new Set(['starts_at']))
    expect(s).toEqual({
      starts_at: '2026-11-30T14:00:00',
      ends_at: '2026-11-30T17:00:00',
      signup_opens_at: '2026-11-10T08:00:00',
      signup_deadline: '2026-11-29T14:00:00',
      cancel_cutoff: '2026-11-29T14:00:00',
    })
  })

  test('times the organizer set themselves stay as they are', () => {
    const touched = new Set<keyof Schedule>(['ends_at', 'signup_deadline', 'starts_at'])
    const s = followChange({ ...base, starts_at: '2026-11-30T14:00:00' }, 'starts_at', base.starts_at, touched)
    expect(s.ends_at).toBe(base.ends_at)
    expect(s.signup_deadline).toBe(base.signup_deadline)
    expect(s.cancel_cutoff).toBe(base.signup_deadline)
  })

  test('the cutoff follows a new deadline until it is set by hand', () => {
    const moved = { ...base, signup_deadline: '2026-11-19T18:00:00' }
    expect(followChange(moved, 'signup_deadline', base.signup_deadline, new Set()).cancel_cutoff).toBe('2026-11-19T18:00:00')
    expect(followChange(moved, 'signup_deadline', base.signup_deadline, new Set(['cancel_cutoff'])).cancel_cutoff).toBe(base.cancel_cutoff)
  })

  test('a cleared start changes nothing else', () => {
    const s = followChange({ ...base, starts_at: null }, 'starts_at', base.starts_at, new Set())
    expect(s).toEqual({ ...base, starts_at: null })
  })
})
