import { describe, expect, test } from 'vitest'
import { departmentAxisLabel, MANY_DEPARTMENTS } from './charts'

describe('the 首页 participation chart’s 科室 names', () => {
  test('a few 科室: every name, level; more: every name, turned', () => {
    expect(departmentAxisLabel(6)).toEqual({ interval: 0, rotate: 0 })
    expect(departmentAxisLabel(MANY_DEPARTMENTS)).toEqual({ interval: 0, rotate: 35 })
  })

  test('tens of 科室: only the names that fit side by side, each cut to its box', () => {
    const label = departmentAxisLabel(80)
    expect(label.interval).toBe('auto')
    expect(label).toMatchObject({ hideOverlap: true, overflow: 'truncate' })
  })
})
