import { describe, expect, test } from 'vitest'
import type { Activity } from '@/bindings/Activity'
import { absent, activity, member, memberPermits, openPermits, refused, signup, yes } from '@/test/activities'
import { fakeBackend, type Handler } from '@/test/backend'
import { focusInto, typeInto } from '@/test/interact'
import { allByTestId, byTestId, dialogShown, mountScreen, navigated, settle } from '@/test/mount'
import ActivityDetail from './ActivityDetail.vue'

const office = { id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 3, total_staff: 3 }
// The list as core sends it during the activity: what each line offers is core's to say.
const zhang = member('张三', {
  attendance: 'present',
  checked_in_at: '2026-11-30T17:52:00',
  allowed: memberPermits({ check_in: absent(), undo_check_in: yes(), reflection: yes() }),
})
const li = member('李四')
const wang = member('王五', { allowed: memberPermits({ check_in: absent() }) })
const entries = [signup(1, [zhang]), signup(2, [li]), signup(3, [wang], { status: 'waitlisted', waitlist_position: 1 })]

function detail(a: Activity = activity({ confirmed: 2, waitlisted: 1 }), extra: Record<string, Handler> = {}) {
  return fakeBackend({
    get_activity: () => a,
    activity_signups: () => entries,
    list_departments: () => [office],
    activity_files: () => [],
    ...extra,
  })
}

const open = (role: 'staff' | 'organizer') => mountScreen(ActivityDetail, { role, path: '/activities/5' })

/** The table row that mentions `name`, as the WebDriver test finds it. */
function rowOf(name: string): HTMLElement {
  const row = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="signup-table"] .data-row')).find((r) =>
    r.textContent?.includes(name),
  )
  if (!row) throw new Error(`no row for ${name}`)
  return row
}

async function answerMessageBox(confirm = true) {
  await settle()
  document.querySelector<HTMLButtonElement>(`.el-message-box__btns .el-button${confirm ? '--primary' : ''}`)!.click()
  await settle()
}

describe('what everyone sees', () => {
  test('the activity and its list, asked for when the navigation started, are the ones shown: nothing asked twice', async () => {
    const calls = detail().calls
    await open('staff')
    expect(byTestId('activity-detail')!.textContent).toContain('道德经典诵读会')
    const firstLoad = ['get_activity', 'activity_signups', 'list_departments']
    expect(calls.filter((c) => firstLoad.includes(c.cmd)).map((c) => `${c.cmd} ${JSON.stringify(c.args ?? null)}`).sort()).toEqual([
      'activity_signups {"id":5}',
      'get_activity {"id":5}',
      'list_departments null',
    ])
  })

  test('the activity, its state and the list, with the waitlist place of each entry', async () => {
    detail()
    await open('staff')
    expect(byTestId('activity-detail')?.textContent).toContain('道德经典诵读会')
    expect(byTestId('activity-state')?.textContent).toContain('报名中')
    expect(byTestId('activity-when')?.textContent).toBe('2026年11月30日 周一 18:00–20:00')
    expect(byTestId('activity-eligibility')?.textContent).toBe('全体职工')
    expect(byTestId('signup-summary')?.textContent).toBe('已报名 2 / 名额 2，候补 1，已签到 1')
    expect(rowOf('王五').textContent).toContain('候补第 1 位')
    expect(rowOf('张三').textContent).toContain('已签到 11月30日 17:52')
    expect(rowOf('李四').textContent).toContain('未签到')
  })

  test('staff get no organizer controls', async () => {
    detail()
    await open('staff')
    for (const id of ['activity-edit', 'activity-cancel', 'activity-export-signup', 'signup-add', 'signup-check-in', 'signup-cancel']) {
      expect(byTestId(id), id).toBeNull()
    }
    expect(byTestId('self-sign-up')).not.toBeNull()
  })

  test('a cancelled activity shows why', async () => {
    const nothing = { edit: absent(), cancel: absent(), close_signup: absent(), add_signup: absent(), sign_up: absent() }
    detail(activity({ state: 'cancelled', cancel_reason: '因台风停课', allowed: openPermits(nothing) }))
    await open('staff')
    expect(byTestId('activity-cancel-reason')?.textContent).toContain('因台风停课')
    expect(byTestId('self-sign-up')).toBeNull()
  })
})

describe('the organizer’s actions follow the state', () => {
  test('a draft can be published, not finished', async () => {
    const draft = openPermits({ publish: yes(), close_signup: absent(), finish: absent(), add_signup: absent(), sign_up: absent() })
    const b = detail(activity({ state: 'draft', allowed: draft }), { publish_activity: () => activity({ state: 'open' }) })
    await open('organizer')
    expect(byTestId('activity-finish')).toBeNull()
    expect(byTestId('activity-close-signup')).toBeNull()
    byTestId('activity-publish-now')!.click()
    await settle()
    expect(b.callsOf('publish_activity')[0].args).toEqual({ id: 5 })
  })

  test('结束活动 warns that people who did not check in become absent', async () => {
    const started = openPermits({ finish: yes(), close_signup: absent() })
    const b = detail(activity({ state: 'in_progress', allowed: started }), { finish_activity: () => activity({ state: 'finished' }) })
    await open('organizer')
    byTestId('activity-finish')!.click()
    await settle()
    expect(document.querySelector('.el-message-box')?.textContent).toContain('未签到的已报名人员将记为缺席')
    expect(b.callsOf('finish_activity')).toHaveLength(0)
    await answerMessageBox()
    expect(b.callsOf('finish_activity')[0].args).toEqual({ id: 5 })
  })

  test('结束活动 before the start is offered disabled, with core’s reason on hover', async () => {
    const b = detail(activity({ state: 'closed' }), { finish_activity: () => activity({ state: 'finished' }) })
    await open('organizer')
    const finish = byTestId('activity-finish') as HTMLButtonElement
    expect(finish.disabled).toBe(true)
    expect(finish.closest('.permit-button')?.getAttribute('title')).toBe('活动尚未开始（2026年11月30日 18:00），不能结束')
    finish.click()
    await settle()
    expect(b.callsOf('finish_activity')).toHaveLength(0)
  })

  test('取消活动 needs a reason, which is sent along', async () => {
    const b = detail(activity(), { cancel_activity: () => activity({ state: 'cancelled', cancel_reason: '场地维修' }) })
    await open('organizer')
    byTestId('activity-cancel')!.click()
    await answerMessageBox()
    expect(document.querySelector('.el-message-box')?.textContent).toContain('请填写取消原因')
    expect(b.callsOf('cancel_activity')).toHaveLength(0)
    const box = document.querySelector<HTMLTextAreaElement>('.el-message-box textarea')!
    box.value = '场地维修'
    box.dispatchEvent(new Event('input'))
    await answerMessageBox()
    expect(b.callsOf('cancel_activity')[0].args).toEqual({ id: 5, reason: '场地维修' })
  })

  test('export shows where the sheet was saved', async () => {
    const b = detail(activity(), {
      export_activity_sheet: () => ({ path: '/home/u/文档/道德经典诵读会-签到表.xlsx', file_name: '道德经典诵读会-签到表.xlsx' }),
    })
    await open('organizer')
    byTestId('activity-export-sign-in')!.click()
    await settle()
    expect(b.callsOf('export_activity_sheet')[0].args).toEqual({ activityId: 5, kind: 'sign_in' })
    expect(byTestId('activity-export-result')?.textContent).toContain('已导出到：/home/u/文档/道德经典诵读会-签到表.xlsx')
  })

  test('the print buttons lead to the print view of each sheet', async () => {
    detail()
    const { router } = await open('organizer')
    byTestId('activity-print-sign-in')!.click()
    await settle()
    await navigated(() => expect(router.currentRoute.value.fullPath).toBe('/activities/5/print/sign_in'))
  })
})

describe('the list in organizer mode', () => {
  test('签到 marks the person and the list is read again', async () => {
    const b = detail(activity({ state: 'in_progress', allowed: openPermits({ finish: yes(), close_signup: absent() }) }), {
      check_in: () => ({ ...li, attendance: 'present' }),
    })
    await open('organizer')
    const loads = b.callsOf('activity_signups').length
    expect(rowOf('张三').querySelector('[data-testid="signup-check-in"]')).toBeNull()
    expect(rowOf('王五').querySelector('[data-testid="signup-check-in"]')).toBeNull()
    rowOf('李四').querySelector<HTMLElement>('[data-testid="signup-check-in"]')!.click()
    await settle()
    expect(b.callsOf('check_in')[0].args).toEqual({ memberId: li.id })
    expect(b.callsOf('activity_signups').length).toBeGreaterThan(loads)
  })

  test('签到 before it opens is offered disabled, saying when it opens', async () => {
    const early = member('李四', { allowed: memberPermits({ check_in: refused('签到将于 2026年11月29日 18:00 开放（活动开始前 24 小时）') }) })
    const b = detail(activity(), { activity_signups: () => [signup(2, [early])], check_in: () => early })
    await open('organizer')
    const button = rowOf('李四').querySelector<HTMLButtonElement>('[data-testid="signup-check-in"]')!
    expect(button.disabled).toBe(true)
    expect(button.closest('.permit-button')?.getAttribute('title')).toContain('签到将于 2026年11月29日 18:00 开放')
    button.click()
    await settle()
    expect(b.callsOf('check_in')).toHaveLength(0)
  })

  test('移出候补 asks first, then takes the entry off the waitlist', async () => {
    const b = detail(activity(), { cancel_signup_for: () => activity({ waitlisted: 0 }) })
    await open('organizer')
    const button = rowOf('王五').querySelector<HTMLElement>('[data-testid="signup-cancel"]')!
    expect(button.textContent).toContain('移出候补')
    button.click()
    await settle()
    expect(document.querySelector('.el-message-box')?.textContent).toContain('王五')
    // The way out says 返回, never 取消 beside an action that cancels something.
    const buttons = [...document.querySelectorAll('.el-message-box__btns .el-button')].map((x) => x.textContent?.trim())
    expect(buttons).toEqual(['返回', '移出候补'])
    await answerMessageBox()
    expect(b.callsOf('cancel_signup_for')[0].args).toEqual({ signupId: 3 })
  })

  test('after the end, attendance is corrected with a reason', async () => {
    const after = memberPermits({ check_in: absent(), correct: yes() })
    const b = detail(activity({ state: 'finished', allowed: openPermits({ edit: absent(), cancel: absent(), close_signup: absent(), finish: absent() }) }), {
      activity_signups: () => [signup(1, [{ ...zhang, allowed: after }]), signup(2, [{ ...li, attendance: 'absent', allowed: after }])],
      correct_attendance: () => ({ ...li, attendance: 'present' }),
    })
    await open('organizer')
    expect(allByTestId('signup-check-in')).toHaveLength(0)
    rowOf('李四').querySelector<HTMLElement>('[data-testid="signup-correct"]')!.click()
    await dialogShown('correct-dialog')
    byTestId('correct-save')!.click()
    await settle()
    expect(byTestId('correct-error')?.textContent).toContain('请填写更正原因')
    typeInto('correct-reason', '现场漏签，经核实已参加')
    byTestId('correct-save')!.click()
    await settle()
    expect(b.callsOf('correct_attendance')[0].args).toEqual({ memberId: li.id, attendance: 'present', reason: '现场漏签，经核实已参加' })
  })

  test('代报名 finds people by name and signs the chosen one up', async () => {
    const b = detail(activity(), {
      list_staff: () => ({
        items: [{ id: 42, employee_no: 'A042', name: '赵敏', gender: 'female', department_id: 1, department_name: '办公室', position: '', political_status: 'masses', is_veteran: false, phone: '', active: true }],
        total: 1,
      }),
      sign_up_for: () => signup(9, [member('赵敏')], { status: 'waitlisted', waitlist_position: 2, by_organizer: true }),
    })
    await open('organizer')
    await focusInto('signup-add-person')
    typeInto('signup-add-person', '赵')
    await new Promise((resolve) => setTimeout(resolve, 400))
    await settle()
    expect(b.callsOf('list_staff').at(-1)!.args).toMatchObject({ query: { text: '赵', include_inactive: false, page: 1 } })
    const option = Array.from(document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')).find((li) => li.textContent?.startsWith('赵敏'))!
    expect(option.textContent?.trim()).toBe('赵敏（A042，办公室）')
    option.click()
    await settle()
    byTestId('signup-add-confirm')!.click()
    await settle()
    expect(b.callsOf('sign_up_for')[0].args).toEqual({ activityId: 5, staffId: 42 })
    expect(document.querySelector('.el-message')?.textContent).toContain('候补第 2 位')
  })
})
