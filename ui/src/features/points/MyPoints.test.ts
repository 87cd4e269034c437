import { afterEach, describe, expect, test } from 'vitest'
import type { PersonLedger } from '@/bindings/PersonLedger'
import { fakeBackend } from '@/test/backend'
import { chooseOption } from '@/test/interact'
import { byTestId, dialogShown, mountScreen } from '@/test/mount'
import MyPoints from './MyPoints.vue'

const year = new Date().getFullYear()

function ledger(y: number, total: number): PersonLedger {
  return {
    staff_id: 42,
    name: '赵敏',
    employee_no: 'W0042',
    department_name: '办公室',
    period: { year: y, quarter: null, month: null },
    period_label: `${y}年`,
    policy_version: 1,
    rows: [{ date: `${y}-05-04`, kind: 'attendance', source_id: 11, title: '五四读书会', detail: '读书', counted: { what: 'activity', kind: 'reading' }, points: total }],
    total,
  }
}

describe('我的积分', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  test('someone chosen: the screen opens with their ledger of this year, asked for once; another year asks for that one', async () => {
    const b = fakeBackend({ my_points: ({ year: y }: { year: number }) => ledger(y, y === year ? 3 : 1) })
    await mountScreen(MyPoints, { role: 'staff', path: '/my/points', pinsEnabled: true, self: { staffId: 42, name: '赵敏', pin: '1234' } })
    expect(byTestId('points-ledger-total')?.textContent).toBe('合计 3 分')
    expect(byTestId('ledger-source-attendance-11')?.textContent).toBe('五四读书会')
    // Asked for when the navigation started (./ahead.ts) and taken by the screen: once.
    expect(b.callsOf('my_points').map((c) => c.args)).toEqual([{ staffId: 42, pin: '1234', year }])

    await chooseOption('my-points-year', String(year - 1))
    expect(b.callsOf('my_points').at(-1)?.args).toEqual({ staffId: 42, pin: '1234', year: year - 1 })
    expect(byTestId('points-ledger-total')?.textContent).toBe('合计 1 分')
  })

  test('nobody chosen: nothing is asked for and the identify dialog opens at once', async () => {
    const b = fakeBackend({})
    await mountScreen(MyPoints, { role: 'staff', path: '/my/points' })
    await dialogShown('identify-dialog')
    expect(b.callsOf('my_points')).toEqual([])
  })
})
