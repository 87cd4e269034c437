import { describe, expect, test } from 'vitest'
import type { Leaderboard } from '@/bindings/Leaderboard'
import type { PersonStanding } from '@/bindings/PersonStanding'
import { fakeBackend } from '@/test/backend'
import { typeInto } from '@/test/interact'
import { allByTestId, byTestId, mountWithApp, settle } from '@/test/mount'
import PointsView from './PointsView.vue'

function person(i: number): PersonStanding {
  const no = `W${String(i).padStart(4, '0')}`
  return { rank: i, staff_id: i, employee_no: no, name: i === 120 ? '王小明' : `职工${i}`, department_id: 1, department_name: '办公室', total: 200 - i }
}

const board: Leaderboard = {
  period: { year: 2026, quarter: null, month: null },
  period_label: '2026年',
  policy_version: 0,
  people: Array.from({ length: 120 }, (_, i) => person(i + 1)),
  departments: [],
}

const names = () => allByTestId('points-people')[0].querySelectorAll('tbody .data-row').length

describe('the people board of a large unit', () => {
  test('shows 50 rows a page of the whole ranking, and a search looks through all of it', async () => {
    fakeBackend({ points_leaderboard: () => board, points_adjustments: () => [] })
    await mountWithApp(PointsView, { role: 'organizer', path: '/points' })
    expect(names()).toBe(50)
    expect(byTestId('points-pagination')?.textContent).toContain('120')
    expect(byTestId('points-total-1')?.textContent).toBe('199')
    expect(byTestId('points-total-51')).toBeNull()

    byTestId('points-pagination')!.querySelector<HTMLElement>('.el-pager li:nth-child(3)')!.click()
    await settle()
    expect(names()).toBe(20)
    expect(byTestId('points-total-101')?.textContent).toBe('99')

    // The one on the last page is found by name, from any page.
    typeInto('points-filter', '王小明')
    await settle()
    expect(names()).toBe(1)
    expect(byTestId('points-total-120')?.textContent).toBe('80')
    expect(byTestId('points-pagination')).toBeNull()
  })
})
