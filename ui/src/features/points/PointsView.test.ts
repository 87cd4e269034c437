import { describe, expect, test, vi } from 'vitest'
import type { BoardPage } from '@/bindings/BoardPage'
import type { BoardQuery } from '@/bindings/BoardQuery'
import type { PersonStanding } from '@/bindings/PersonStanding'
import { SEARCH_DEBOUNCE_MS } from '@/app/usePagedList'
import { fakeBackend } from '@/test/backend'
import { typeInto } from '@/test/interact'
import { allByTestId, byTestId, mountScreen, settle } from '@/test/mount'
import PointsView from './PointsView.vue'

function person(i: number): PersonStanding {
  const no = `W${String(i).padStart(4, '0')}`
  return { rank: i, staff_id: i, employee_no: no, name: i === 120 ? '王小明' : `职工${i}`, department_id: 1, department_name: '办公室', total: 200 - i }
}

const everyone = Array.from({ length: 120 }, (_, i) => person(i + 1))

/** Pages and searches as the back end does (core's own tests hold it to that). */
function boardPage(args: { query: BoardQuery }): BoardPage {
  const { text, page, page_size } = args.query
  const matching = everyone.filter((p) => !text || p.name.includes(text) || p.employee_no.includes(text))
  return {
    period: { year: 2026, quarter: null, month: null },
    period_label: '2026年',
    policy_version: 0,
    items: matching.slice((page - 1) * page_size, page * page_size),
    total: matching.length,
    any_points: true,
    departments: [],
  }
}

const names = () => allByTestId('points-people')[0].querySelectorAll('tbody .data-row').length
const queries = (backend: ReturnType<typeof fakeBackend>) =>
  backend.callsOf('points_board_page').map((c) => (c.args as { query: BoardQuery }).query)

describe('the people board of a large unit', () => {
  test('asks for one page at a time and shows it; a search asks from page 1', async () => {
    const backend = fakeBackend({ points_board_page: boardPage, points_adjustments: () => [] })
    await mountScreen(PointsView, { role: 'organizer', path: '/points' })
    // Asked for once, when the navigation started (./ahead.ts): the screen took those answers.
    expect(queries(backend)).toEqual([{ text: '', page: 1, page_size: 50 }])
    expect(backend.callsOf('points_adjustments')).toHaveLength(1)
    // A page of 50 comes in two steps (app/rowsInSteps): the rest a frame after the first 20.
    await vi.waitFor(() => expect(names()).toBe(50))
    expect(byTestId('points-pagination')?.textContent).toContain('120')
    expect(byTestId('points-total-1')?.textContent).toBe('199')
    expect(byTestId('points-total-51')).toBeNull()

    byTestId('points-pagination')!.querySelector<HTMLElement>('.el-pager li:nth-child(3)')!.click()
    await settle()
    expect(queries(backend).at(-1)).toEqual({ text: '', page: 3, page_size: 50 })
    expect(names()).toBe(20)
    expect(byTestId('points-total-101')?.textContent).toBe('99')

    // The one on the last page is found by name, from any page: the search goes back to page 1.
    typeInto('points-filter', ' 王小明 ')
    await new Promise((r) => setTimeout(r, SEARCH_DEBOUNCE_MS + 50))
    await settle()
    expect(queries(backend).at(-1)).toEqual({ text: '王小明', page: 1, page_size: 50 })
    expect(names()).toBe(1)
    expect(byTestId('points-total-120')?.textContent).toBe('80')
    expect(byTestId('points-pagination')).toBeNull()
  })

  test('says so when nobody has points yet', async () => {
    const backend = fakeBackend({
      points_board_page: (args: { query: BoardQuery }) => ({ ...boardPage(args), any_points: false }),
      points_adjustments: () => [],
    })
    await mountScreen(PointsView, { role: 'staff', path: '/points' })
    expect(byTestId('points-view')?.textContent).toContain('这一期间还没有人得分')
    // Staff see no adjustments: none are asked for, ahead or not.
    expect(backend.calls.map((c) => c.cmd)).toEqual(['points_board_page'])
  })
})
