import { describe, expect, test } from 'vitest'
import type { Department } from '@/bindings/Department'
import { isFiltered, noResultKey, rosterState, staffQuery, type StaffFilters } from './staffFilters'

const none: StaffFilters = { text: '', departmentId: null, includeInactive: false }

function department(id: number, total: number, active = total): Department {
  return { id, name: `科室${id}`, kind: 'office', sort_order: id, active_staff: active, total_staff: total }
}

describe('staffQuery', () => {
  test('sends the filters as the back end names them, with a 1-based page', () => {
    expect(staffQuery({ text: '张', departmentId: 4, includeInactive: true }, 2, 50)).toEqual({
      text: '张',
      department_id: 4,
      include_inactive: true,
      page: 2,
      page_size: 50,
    })
  })

  test('ignores spaces around the search text', () => {
    expect(staffQuery({ ...none, text: '  A001 ' }, 1, 20).text).toBe('A001')
  })
})

describe('rosterState', () => {
  test('no 科室 at all', () => {
    expect(rosterState([])).toBe('no-departments')
  })

  test('科室 but nobody in them', () => {
    expect(rosterState([department(1, 0), department(2, 0)])).toBe('no-staff')
  })

  test('deactivated people still count: the roster is not empty', () => {
    expect(rosterState([department(1, 0), department(2, 3, 0)])).toBe('has-staff')
  })
})

describe('an empty table', () => {
  test('a search or 科室 filter narrows the list; blank text does not', () => {
    expect(isFiltered(none)).toBe(false)
    expect(isFiltered({ ...none, text: '   ' })).toBe(false)
    expect(isFiltered({ ...none, text: '张' })).toBe(true)
    expect(isFiltered({ ...none, departmentId: 2 })).toBe(true)
  })

  test('says nobody matches when filtered, and suggests 含已停用 when only active people were asked for', () => {
    expect(noResultKey({ ...none, text: '张' })).toBe('roster.staff.noMatch')
    expect(noResultKey({ ...none, includeInactive: true })).toBe('roster.staff.noMatch')
    expect(noResultKey(none)).toBe('roster.staff.noActive')
  })
})
