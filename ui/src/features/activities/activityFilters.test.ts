import { describe, expect, test } from 'vitest'
import { activityQuery, emptyFilters, isFiltered, seatsText, waitlistText } from './activityFilters'

describe('the list query', () => {
  test('no filter asks for everything: null for each “any”', () => {
    expect(activityQuery(emptyFilters(), 1, 20)).toEqual({
      kind: null,
      state: null,
      month: null,
      department_id: null,
      text: '',
      page: 1,
      page_size: 20,
    })
    expect(isFiltered(emptyFilters())).toBe(false)
  })

  test('filters become the query’s fields; cleared pickers count as “any”', () => {
    const f = { kind: 'chess' as const, state: 'open' as const, month: '2026-11', departmentId: 3, text: '  象棋 ' }
    expect(activityQuery(f, 2, 50)).toEqual({ kind: 'chess', state: 'open', month: '2026-11', department_id: 3, text: '象棋', page: 2, page_size: 50 })
    expect(isFiltered(f)).toBe(true)
    const cleared = { ...emptyFilters(), month: '' as unknown as null, kind: undefined as unknown as null }
    expect(activityQuery(cleared, 1, 20)).toMatchObject({ month: null, kind: null })
    expect(isFiltered({ ...emptyFilters(), text: '   ' })).toBe(false)
  })
})

describe('名额', () => {
  test('reads taken / capacity, or 不限', () => {
    expect(seatsText({ confirmed: 12, capacity: 30 })).toBe('12 / 30')
    expect(seatsText({ confirmed: 3, capacity: null })).toBe('3 / 不限')
  })

  test('mentions the waitlist only when someone waits', () => {
    expect(waitlistText({ waitlisted: 0 })).toBe('')
    expect(waitlistText({ waitlisted: 4 })).toBe('候补 4')
  })
})
