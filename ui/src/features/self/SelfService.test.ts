import { describe, expect, test } from 'vitest'
import { defineComponent } from 'vue'
import type { MyActivity } from '@/bindings/MyActivity'
import AppFrame from '@/app/AppFrame.vue'
import ActivityDetail from '@/features/activities/ActivityDetail.vue'
import { absent, activity, member, signup, staff, yes } from '@/test/activities'
import { appError, fakeBackend, type Handler } from '@/test/backend'
import { pressEnter, typeInto, visibleOptions } from '@/test/interact'
import { byTestId, dialogShown, mountScreen, mountWithApp, settle } from '@/test/mount'
import MyActivities from './MyActivities.vue'
import { useSelfService } from './selfService'

const zhao = staff(42, '赵敏')

function mine(over: Partial<MyActivity> = {}): MyActivity {
  return {
    activity_id: 5,
    signup_id: 9,
    title: '道德经典诵读会',
    kind: 'reading',
    starts_at: '2026-11-30T18:00:00',
    place: '三楼会议室',
    state: 'open',
    status: 'waitlisted',
    waitlist_position: 2,
    attendance: null,
    allowed: { cancel: yes(), reflection: absent() },
    ...over,
  }
}

function backend(extra: Record<string, Handler> = {}) {
  return fakeBackend({
    get_activity: () => activity({ confirmed: 2 }),
    activity_signups: () => [],
    list_departments: () => [],
    activity_files: () => [],
    list_staff: () => ({ items: [zhao], total: 1 }),
    my_activities: () => [],
    ...extra,
  })
}

/** Finds oneself in the identify dialog, as a person would. */
async function identify(pin?: string) {
  typeInto('identify-person', '赵敏')
  await new Promise((resolve) => setTimeout(resolve, 400))
  await settle()
  visibleOptions().find((li) => li.textContent?.startsWith('赵敏'))!.click()
  await settle()
  if (pin !== undefined) typeInto('identify-pin', pin)
  byTestId('identify-confirm')!.click()
  await settle()
}

describe('我要报名', () => {
  test('asks who you are, then signs you up and tells you your waitlist place', async () => {
    const b = backend({ self_sign_up: () => signup(9, [member('赵敏')], { status: 'waitlisted', waitlist_position: 2 }) })
    await mountScreen(ActivityDetail, { role: 'staff', path: '/activities/5' })
    byTestId('self-sign-up')!.click()
    await settle()
    expect(byTestId('identify-pin')).toBeNull()
    await identify()
    expect(b.callsOf('my_activities')[0].args).toEqual({ staffId: 42, pin: null })
    expect(b.callsOf('self_sign_up')[0].args).toEqual({ activityId: 5, staffId: 42, pin: null })
    expect(byTestId('self-sign-up-result')?.textContent).toContain('已进入候补第 2 位')
    expect(useSelfService().name).toBe('赵敏')
  })

  test('with PINs on, a wrong PIN is explained in the dialog and nobody is remembered', async () => {
    const b = backend({
      my_activities: () => {
        throw appError('auth.wrong_pin', 'PIN 不正确')
      },
    })
    await mountScreen(ActivityDetail, { role: 'staff', path: '/activities/5', pinsEnabled: true })
    byTestId('self-sign-up')!.click()
    await settle()
    await identify('1234')
    expect(byTestId('identify-error')?.textContent).toContain('PIN 不正确')
    expect(b.callsOf('my_activities')[0].args).toEqual({ staffId: 42, pin: '1234' })
    expect(b.callsOf('self_sign_up')).toHaveLength(0)
    expect(useSelfService().identified).toBe(false)
  })

  test('someone already on the list sees where they stand instead of the button', async () => {
    const me = member('赵敏', { staff_id: 42 })
    backend({ activity_signups: () => [signup(9, [me], { status: 'waitlisted', waitlist_position: 1 })] })
    await mountScreen(ActivityDetail, { role: 'staff', path: '/activities/5' })
    useSelfService().remember(42, '赵敏', null)
    await settle()
    expect(byTestId('self-sign-up')).toBeNull()
    expect(byTestId('self-sign-up-mine')?.textContent).toContain('赵敏：候补第 1 位')
  })
})

describe('我的活动', () => {
  test('nobody chosen: the identify dialog opens at once', async () => {
    backend()
    await mountScreen(MyActivities, { role: 'staff', path: '/my' })
    expect(byTestId('my-identify-prompt')).not.toBeNull()
    await dialogShown('identify-dialog')
    const dialog = byTestId('identify-dialog')!
    expect((dialog.closest('.el-overlay') as HTMLElement).style.display).not.toBe('none')
  })

  test('lists my entries with where I stand, and leaving the waitlist asks first', async () => {
    const b = backend({
      my_activities: () => [mine(), mine({ signup_id: 10, activity_id: 6, title: '学习会', status: 'confirmed', waitlist_position: null, attendance: 'present', state: 'finished', allowed: { cancel: absent(), reflection: yes() }, kind: 'study' })],
      self_cancel_signup: () => activity(),
    })
    await mountScreen(MyActivities, { role: 'staff', path: '/my', pinsEnabled: true })
    await dialogShown('identify-dialog')
    await identify('1234')
    const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="my-activities-table"] .data-row'))
    expect(rows[0].textContent).toContain('候补第 2 位')
    expect(rows[0].textContent).toContain('2026年11月30日 周一 18:00')
    expect(rows[1].textContent).toContain('已签到')
    expect(rows[1].querySelector('[data-testid="my-cancel"]')).toBeNull()
    expect(rows[1].querySelector('[data-testid="my-reflection"]')).not.toBeNull()
    const cancel = rows[0].querySelector<HTMLElement>('[data-testid="my-cancel"]')!
    expect(cancel.textContent).toContain('退出候补')
    cancel.click()
    await settle()
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    await settle()
    expect(b.callsOf('self_cancel_signup')[0].args).toEqual({ signupId: 9, staffId: 42, pin: '1234' })
  })

  test('someone already chosen: the screen opens with their entries, each asked for once as the navigation starts', async () => {
    const b = backend({
      my_activities: () => [mine(), mine({ signup_id: 10, activity_id: 6, title: '学习会' })],
      my_nominations: () => [],
      staff_honors: () => [],
      staff_studied_exemplars: () => [],
      staff_contest_places: () => [],
      owner_pledge_grades: () => [],
      pledge_rounds: () => [],
    })
    await mountScreen(MyActivities, { role: 'staff', path: '/my', pinsEnabled: true, self: { staffId: 42, name: '赵敏', pin: '1234' } })
    const rows = document.querySelectorAll('[data-testid="my-activities-table"] .data-row')
    expect(Array.from(rows, (r) => r.querySelector('[data-testid="my-activity-link"]')?.textContent)).toEqual(['道德经典诵读会', '学习会'])
    expect(byTestId('identify-dialog')).toBeNull()
    // Asked for by the route (./ahead.ts) and taken by the screen and its parts: nothing twice.
    const asked = b.calls.map((c) => c.cmd).sort()
    expect(asked).toEqual(['my_activities', 'my_nominations', 'owner_pledge_grades', 'pledge_rounds', 'staff_contest_places', 'staff_honors', 'staff_studied_exemplars'])
    expect(b.callsOf('my_activities')[0].args).toEqual({ staffId: 42, pin: '1234' })
  })

  test('the navigation to it asks ahead for what the chosen person will see, and for nothing when nobody is chosen', async () => {
    const b = backend()
    await mountWithApp(defineComponent(() => () => null), { role: 'staff', path: '/my', self: { staffId: 42, name: '赵敏', pin: null } })
    expect(b.calls.map((c) => c.cmd).sort()).toEqual(['my_activities', 'my_nominations', 'owner_pledge_grades', 'pledge_rounds', 'staff_contest_places', 'staff_honors', 'staff_studied_exemplars'])
    expect(b.callsOf('owner_pledge_grades')[0].args).toEqual({ owner: { kind: 'person', staff_id: 42 } })
    const nobody = backend()
    await mountWithApp(defineComponent(() => () => null), { role: 'staff', path: '/my' })
    expect(nobody.calls).toEqual([])
  })

  test('a PIN no longer right is tried once per visit: 我的推荐 is not asked after 我的活动 is refused', async () => {
    const b = backend({
      my_activities: () => {
        throw appError('auth.wrong_pin', 'PIN 不正确，还可以再试 4 次')
      },
      my_nominations: () => [],
    })
    await mountScreen(MyActivities, { role: 'staff', path: '/my', pinsEnabled: true, self: { staffId: 42, name: '赵敏', pin: '1111' } })
    expect(byTestId('my-error')?.textContent).toContain('PIN 不正确')
    expect(b.callsOf('my_activities')).toHaveLength(1)
    expect(b.callsOf('my_nominations')).toHaveLength(0)
  })

  test('写心得 sends my text for my own record', async () => {
    const me = member('赵敏', { staff_id: 42, attendance: 'present', reflection: '' })
    const b = backend({
      my_activities: () => [mine({ status: 'confirmed', waitlist_position: null, attendance: 'present', state: 'finished', allowed: { cancel: absent(), reflection: yes() } })],
      activity_signups: () => [signup(9, [me])],
      self_set_reflection: () => ({ ...me, reflection: '受益匪浅' }),
    })
    await mountScreen(MyActivities, { role: 'staff', path: '/my' })
    await dialogShown('identify-dialog')
    await identify()
    byTestId('my-reflection')!.click()
    await dialogShown('reflection-text')
    typeInto('reflection-text', '受益匪浅')
    byTestId('reflection-save')!.click()
    await settle()
    expect(b.callsOf('self_set_reflection')[0].args).toEqual({ memberId: me.id, staffId: 42, pin: null, reflection: '受益匪浅' })
  })
})

describe('the person at the window', () => {
  test('shows in the header and is forgotten on 退出', async () => {
    backend()
    await mountWithApp(AppFrame, { role: 'staff', path: '/activities' })
    expect(byTestId('self-current')).toBeNull()
    expect(byTestId('nav-activities')).not.toBeNull()
    expect(byTestId('nav-my')).not.toBeNull()
    useSelfService().remember(42, '赵敏', null)
    await settle()
    expect(byTestId('self-current')?.textContent).toBe('当前：赵敏')
    byTestId('self-forget')!.click()
    await settle()
    expect(byTestId('self-current')).toBeNull()
    expect(useSelfService().staffId).toBeNull()
  })

  test('is forgotten when the organizer logs in', async () => {
    backend({ login: () => ({ role: 'organizer' }) })
    await mountWithApp(AppFrame, { role: 'staff', path: '/activities' })
    useSelfService().remember(42, '赵敏', '1234')
    byTestId('login-button')!.click()
    await dialogShown('login-password')
    typeInto('login-password', 'secret1')
    await pressEnter('login-password')
    expect(useSelfService().identified).toBe(false)
  })
})
