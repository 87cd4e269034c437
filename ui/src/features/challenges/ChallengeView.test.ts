import { describe, expect, test, vi } from 'vitest'
import type { ChallengeBoard } from '@/bindings/ChallengeBoard'
import type { ChallengeImportPreview } from '@/bindings/ChallengeImportPreview'
import type { MyChallenge } from '@/bindings/MyChallenge'
import { appError, fakeBackend, type Handler } from '@/test/backend'
import { typeInto } from '@/test/interact'
import { allByTestId, byTestId, mountWithApp, settle } from '@/test/mount'
import { useSelfService } from '@/features/self/selfService'
import ChallengeView from './ChallengeView.vue'

// jsdom has no canvas: the chart is a placeholder here (e2e looks at the real one).
vi.mock('@/app/chart', () => ({ EChart: { name: 'EChart', props: ['option', 'height'], template: '<div class="echart-stub" />' } }))

const yes = { offered: true, refusal: null }

function board(over: Partial<ChallengeBoard> = {}): ChallengeBoard {
  return {
    activity_id: 5,
    title: '健步走',
    kind: 'fitness',
    setup: { unit: 'steps', starts_on: '2026-11-01', ends_on: '2026-11-30', days: 30, daily_max: 100000, decimals: 0 },
    people: [
      { rank: 1, staff_id: 1, employee_no: 'P001', name: '张一', department_name: '办公室', total: 12000, days: 2 },
      { rank: 1, staff_id: 2, employee_no: 'P002', name: '钱一', department_name: '财务科', total: 12000, days: 1 },
    ],
    departments: [
      { rank: 1, department_id: 2, name: '财务科', headcount: 2, participants: 1, total: 12000, per_head: 6000 },
      { rank: 2, department_id: 1, name: '办公室', headcount: 4, participants: 1, total: 12000, per_head: 3000 },
    ],
    entries: 3,
    allowed: { set_up: yes, import: yes },
    ...over,
  }
}

function mine(over: Partial<MyChallenge> = {}): MyChallenge {
  return {
    setup: board().setup,
    entries: [],
    standing: board().people[0],
    participants: 2,
    today: '2026-11-10',
    open_days: ['2026-11-10', '2026-11-09'],
    enter: yes,
    ...over,
  }
}

const open = (role: 'staff' | 'organizer') => mountWithApp(ChallengeView, { role, path: '/activities/5/challenge' })

function backend(extra: Record<string, Handler> = {}) {
  return fakeBackend({ challenge_board: () => board(), ...extra })
}


describe('the standings', () => {
  test('people and 科室 are listed as core ranked them, 科室 per head', async () => {
    backend()
    await open('staff')
    const people = byTestId('challenge-people')!.querySelectorAll('.el-table__row')
    expect(Array.from(people).map((r) => r.textContent)).toEqual(['1P001张一办公室120002', '1P002钱一财务科120001'])
    const departments = byTestId('challenge-departments')!.querySelectorAll('.el-table__row')
    expect(Array.from(departments).map((r) => r.textContent)).toEqual(['1财务科21120006000', '2办公室41120003000'])
    expect(byTestId('challenge-period')!.textContent).toContain('共 30 天')
  })

  test('before the set-up the organizer is told what to do first and staff only that it is not set', async () => {
    backend({ challenge_board: () => board({ setup: null, people: [], departments: [] }) })
    await open('staff')
    expect(byTestId('challenge-empty')!.textContent).toContain('组织者还没有设置')
    expect(byTestId('challenge-setup')).toBeNull()
  })

  test('the set-up dialog is not saved without a period', async () => {
    const fake = backend({
      challenge_board: () => board({ setup: null, people: [], departments: [] }),
      set_challenge: () => {
        throw appError('challenge.period_outside_activity', '挑战的日期须在活动的起止日期（2026-11-01 至 2026-11-30）之内')
      },
    })
    await open('organizer')
    byTestId<HTMLButtonElement>('challenge-setup')!.click()
    await settle()
    expect(byTestId('challenge-setup-dialog')).not.toBeNull()
    expect(byTestId<HTMLButtonElement>('challenge-setup-save')!.disabled).toBe(true)
    expect(fake.callsOf('set_challenge')).toHaveLength(0)
  })
})

describe('my counts in 职工自助', () => {
  test('the person enters a day’s steps and sees their rank; an over-bound count shows core’s reason', async () => {
    let n = 0
    const fake = backend({
      my_challenge: () => mine(),
      self_enter_challenge_count: () => {
        n++
        if (n === 1) throw appError('challenge.over_daily_max', '120000 步超出了每天 0–100000 步的合理范围，请核对后重新填写')
        return mine({ entries: [{ day: '2026-11-10', amount: 8000, by_organizer: false, entered_at: '2026-11-10T12:00:00' }] })
      },
    })
    await open('staff')
    useSelfService().remember(1, '张一', null)
    await settle()
    expect(byTestId('my-challenge-rank')!.textContent).toContain('第 1 名（共 2 人）')

    typeInto('my-challenge-amount', '120000')
    await settle()
    byTestId<HTMLButtonElement>('my-challenge-submit')!.click()
    await settle()
    expect(byTestId('my-challenge-error')!.textContent).toContain('超出了每天 0–100000 步')

    typeInto('my-challenge-amount', '8000')
    await settle()
    byTestId<HTMLButtonElement>('my-challenge-submit')!.click()
    await settle()
    const sent = fake.callsOf('self_enter_challenge_count').map((c) => c.args?.input)
    expect(sent[1]).toEqual({ day: '2026-11-10', amount: 8000, replace: false })
    expect(allByTestId('my-challenge-entries')).toHaveLength(1)
  })

  test('someone not signed up sees why and no form', async () => {
    backend({
      my_challenge: () =>
        mine({ standing: null, enter: { offered: true, refusal: appError('challenge.not_signed_up', '任一 没有报名本活动，报名后才能填报') } }),
    })
    await open('staff')
    useSelfService().remember(7, '任一', null)
    await settle()
    expect(byTestId('my-challenge-hint')!.textContent).toContain('没有报名本活动')
    expect(byTestId<HTMLButtonElement>('my-challenge-submit')!.disabled).toBe(true)
  })
})

describe('the import', () => {
  test('bad cells are listed by row and column and the import cannot be confirmed', async () => {
    const preview: ChallengeImportPreview = {
      lines: [{ row: 2, employee_no: 'P001', name: '张一', days: 1, total: 0, replaces: 0 }],
      problems: [{ row: 2, column: 'D', header: '2026-11-02', text: '120000', reason: '120000 步超出了每天 0–100000 步的合理范围' }],
      cells: 1,
      replaces: 0,
      can_import: false,
    }
    backend({ preview_challenge_import: () => preview })
    await open('organizer')
    byTestId<HTMLButtonElement>('challenge-import')!.click()
    await settle()
    const input = byTestId('challenge-import-upload')!.querySelector<HTMLInputElement>('input[type=file]')!
    const file = new File([new Uint8Array([80, 75, 3, 4])], '填报.xlsx')
    Object.defineProperty(input, 'files', { value: [file] })
    input.dispatchEvent(new Event('change'))
    await settle()
    await settle()
    const rows = byTestId('challenge-import-problems')!.querySelectorAll('.el-table__row')
    expect(Array.from(rows).map((r) => r.textContent)).toEqual(['2D2026-11-02120000120000 步超出了每天 0–100000 步的合理范围'])
    expect(byTestId<HTMLButtonElement>('challenge-import-confirm')!.disabled).toBe(true)
  })
})
