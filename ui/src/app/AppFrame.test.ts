import { describe, expect, test, vi } from 'vitest'
import AppFrame from '@/app/AppFrame.vue'
import { activity, staff } from '@/test/activities'
import { appError, fakeBackend } from '@/test/backend'
import { byTestId, dialogShown, mountWithApp, navigated, settle } from '@/test/mount'

const emptyRoster = {
  list_departments: () => [],
  list_staff: () => ({ items: [], total: 0 }),
}

async function typeAndEnter(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }))
  await settle()
}

describe('organizer login', () => {
  test('the right password switches to organizer mode and shows 设置', async () => {
    const backend = fakeBackend({ ...emptyRoster, login: () => ({ role: 'organizer' }) })
    await mountWithApp(AppFrame, { role: 'staff' })
    byTestId('login-button')!.click()
    await dialogShown('login-password')
    await typeAndEnter(byTestId<HTMLInputElement>('login-password')!, 'secret1')
    expect(backend.callsOf('login')[0].args).toEqual({ password: 'secret1' })
    expect(byTestId('mode-tag')?.textContent).toContain('组织者模式')
    expect(byTestId('logout-button')).not.toBeNull()
    expect(byTestId('nav-settings')).not.toBeNull()
    expect(byTestId('nav-lan')).not.toBeNull()
  })

  test('a wrong password is explained in the dialog and the mode stays', async () => {
    fakeBackend({
      ...emptyRoster,
      login: () => {
        throw appError('auth.wrong_password', '密码不正确')
      },
    })
    await mountWithApp(AppFrame, { role: 'staff' })
    byTestId('login-button')!.click()
    await dialogShown('login-password')
    const input = byTestId<HTMLInputElement>('login-password')!
    input.value = 'nope'
    input.dispatchEvent(new Event('input'))
    byTestId('login-submit')!.click()
    await settle()
    expect(byTestId('login-error')?.textContent).toContain('密码不正确')
    expect(byTestId('mode-tag')?.textContent).toContain('职工模式')
  })

  test('logging out from 设置 returns to staff mode and to the staff list', async () => {
    fakeBackend({ ...emptyRoster, logout: () => ({ role: 'staff' }) })
    const { router } = await mountWithApp(AppFrame, { role: 'organizer', path: '/settings' })
    expect(router.currentRoute.value.path).toBe('/settings')
    byTestId('logout-button')!.click()
    await settle()
    expect(byTestId('mode-tag')?.textContent).toContain('职工模式')
    expect(byTestId('nav-settings')).toBeNull()
    expect(byTestId('nav-lan')).toBeNull()
    await navigated(() => expect(router.currentRoute.value.path).toBe('/staff'))
  })

  test('设置 cannot be reached in staff mode', async () => {
    fakeBackend(emptyRoster)
    const { router } = await mountWithApp(AppFrame, { role: 'staff', path: '/settings' })
    expect(router.currentRoute.value.path).toBe('/staff')
  })
})

describe('language', () => {
  test('the switch turns the interface to English and back', async () => {
    fakeBackend(emptyRoster)
    await mountWithApp(AppFrame, { role: 'staff' })
    const lang = byTestId('lang-switch')!
    expect(lang.textContent).toContain('English')
    lang.click()
    await settle()
    expect(byTestId('mode-tag')?.textContent).toContain('Staff mode')
    expect(byTestId('nav-staff')?.textContent).toContain('Staff')
    expect(lang.textContent).toContain('中文')
    lang.click()
    await settle()
    expect(byTestId('mode-tag')?.textContent).toContain('职工模式')
  })
})

describe('the sidebar', () => {
  test('folds to its icons and stays folded the next time', async () => {
    localStorage.removeItem('wenming.sidebarFolded')
    fakeBackend(emptyRoster)
    const first = await mountWithApp(AppFrame, { role: 'staff' })
    const aside = () => byTestId('frame-aside')!
    expect(aside().style.width).toBe('200px')
    byTestId('nav-fold')!.click()
    await settle()
    expect(aside().style.width).toBe('64px')
    expect(aside().querySelector('.el-menu--collapse')).not.toBeNull()
    // The items stay reachable by their icons, their names in a tooltip rather than cut to a
    // character beside the icon.
    expect(byTestId('nav-activities')).not.toBeNull()
    expect(byTestId('nav-activities')!.textContent).not.toContain('活动')
    expect(byTestId('nav-activities')!.getAttribute('title')).toBe('活动')
    expect(byTestId('nav-activities')!.getAttribute('aria-label')).toBe('活动')
    first.wrapper.unmount()

    await mountWithApp(AppFrame, { role: 'staff' })
    expect(aside().style.width).toBe('64px')
    byTestId('nav-fold')!.click()
    await settle()
    expect(aside().style.width).toBe('200px')
    expect(byTestId('nav-activities')!.textContent).toContain('活动')
    expect(byTestId('nav-activities')!.getAttribute('title')).toBeNull()
    expect(localStorage.getItem('wenming.sidebarFolded')).toBe('0')
  })
})

describe("the sidebar's links", () => {
  test('a click opens the screen and lights up its section, also on a page inside it', async () => {
    fakeBackend({ ...emptyRoster, list_activities: () => ({ items: [], total: 0 }) })
    const { router } = await mountWithApp(AppFrame, { role: 'staff', path: '/staff' })
    const active = () => Array.from(document.querySelectorAll('[data-testid="frame-aside"] .is-active')).map((e) => e.getAttribute('data-testid'))
    expect(active()).toEqual(['nav-staff'])
    expect(byTestId('nav-staff')!.getAttribute('aria-current')).toBe('page')
    // A link the keyboard and a screen reader know as one, to where a click takes it.
    expect(byTestId('nav-departments')!.tagName).toBe('A')
    expect(byTestId('nav-departments')!.getAttribute('href')).toMatch(/\/departments$/)
    byTestId('nav-departments')!.click()
    await navigated(() => expect(router.currentRoute.value.path).toBe('/departments'))
    expect(active()).toEqual(['nav-departments'])
    expect(byTestId('nav-staff')!.getAttribute('aria-current')).toBeNull()
    await router.push('/my/points')
    await settle()
    expect(active()).toEqual(['nav-my-points'])
  })

  test("the organizer's three screens close the sidebar only in organizer mode", async () => {
    fakeBackend(emptyRoster)
    const links = () => Array.from(document.querySelectorAll('[data-testid="frame-aside"] a')).map((e) => e.getAttribute('href'))
    const first = await mountWithApp(AppFrame, { role: 'staff', path: '/staff' })
    const staffLinks = links()
    expect(staffLinks).toHaveLength(12)
    expect(staffLinks.slice(0, 3)).toEqual(['/', '/staff', '/departments'])
    first.wrapper.unmount()
    await mountWithApp(AppFrame, { role: 'organizer', path: '/staff' })
    expect(links()).toEqual([...staffLinks, '/ledger', '/lan', '/settings'])
  })
})

/** The first data of the screens built out of sight after the long lists' parts, every one empty. */
const emptyScreens = {
  list_activities: () => ({ items: [], total: 0 }),
  points_board_page: () => ({ period: { year: 2026, quarter: null, month: null }, period_label: '2026年', policy_version: 0, items: [], total: 0, any_points: false, departments: [] }),
  honor_categories: () => [],
  honor_awards: () => [],
  pledge_wall: () => [],
  pledge_kinds: () => [],
  ledger_tree: () => ({ items: [], base_points: 0, special_points: 0, sample: false, sample_source: '' }),
}

/** What the frame builds out of sight, each build noted once as it is added: 'lists' for the lists' parts, a screen by its path. */
function noteBuilt(): { built: string[]; stop: () => void } {
  const built: string[] = []
  const noted = new WeakSet<Element>()
  const seen = new MutationObserver(() => {
    for (const root of document.querySelectorAll('.list-warmup, .screen-warmup')) {
      if (noted.has(root)) continue
      noted.add(root)
      built.push(root.getAttribute('data-warm') ?? 'lists')
    }
  })
  seen.observe(document.body, { childList: true, subtree: true })
  return { built, stop: () => seen.disconnect() }
}

describe('while the window is idle', () => {
  test("the long lists' parts are built once out of sight, then taken down", async () => {
    fakeBackend(emptyRoster)
    await mountWithApp(AppFrame, { role: 'staff' })
    const warmup = () => document.querySelector('.list-warmup')
    expect(warmup()).toBeNull()
    await vi.waitFor(() => expect(warmup()).not.toBeNull(), { timeout: 5_000, interval: 5 })
    expect(warmup()!.getAttribute('aria-hidden')).toBe('true')
    await vi.waitFor(() => expect(warmup()).toBeNull(), { timeout: 5_000, interval: 5 })
  })

  test("the long lists' screens are built once with their first data, out of sight, then taken down", async () => {
    const backend = fakeBackend({
      list_departments: () => [{ id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 1, total_staff: 1 }],
      list_staff: () => ({ items: [staff(1, '张三')], total: 1 }),
      list_activities: () => ({ items: [activity({ id: 7, title: '最新的活动' })], total: 1 }),
      get_activity: () => activity({ id: 7, title: '最新的活动' }),
      activity_signups: () => [],
      activity_files: () => [],
      points_board_page: () => ({
        period: { year: 2026, quarter: null, month: null },
        period_label: '2026年',
        policy_version: 0,
        items: [],
        total: 0,
        any_points: false,
        departments: [],
      }),
    })
    // What each screen built out of sight showed, noted as it is added.
    const built: string[] = []
    // Where each was built: in the frame's screen area, as wide and high as the screen will be.
    const inScreenArea = new Set<boolean>()
    const seen = new MutationObserver(() => {
      const root = document.querySelector('.screen-warmup')
      if (root) inScreenArea.add(root.parentElement?.matches('main.frame-main') ?? false)
      for (const id of ['staff-table', 'activity-table', 'activity-detail', 'points-view']) {
        const found = root?.querySelector(`[data-testid="${id}"]`)
        if (found && !built.includes(id)) built.push(id, found.textContent ?? '')
      }
    })
    seen.observe(document.body, { childList: true, subtree: true })
    await mountWithApp(AppFrame, { role: 'staff', path: '/' })
    await vi.waitFor(() => expect(built).toContain('points-view'), { timeout: 10_000, interval: 5 })
    await vi.waitFor(() => expect(document.querySelector('.screen-warmup')).toBeNull(), { timeout: 5_000, interval: 5 })
    seen.disconnect()

    expect(built.filter((_, i) => i % 2 === 0)).toEqual(['staff-table', 'activity-table', 'activity-detail', 'points-view'])
    expect([...inScreenArea]).toEqual([true])
    // Each with its first data: the roster's row, the newest activity's own page.
    expect(built[built.indexOf('staff-table') + 1]).toContain('张三')
    expect(built[built.indexOf('activity-detail') + 1]).toContain('最新的活动')
    expect(backend.callsOf('get_activity').map((c) => c.args)).toEqual([{ id: 7 }])
    // Shown to no one: the window still shows the 首页 it opened on.
    expect(byTestId('staff-table')).toBeNull()
  })

  test('a screen still waiting for its data out of sight is dropped when the person opens one, and built later', async () => {
    let staffAsked = 0
    const backend = fakeBackend({
      list_departments: () => [{ id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 1, total_staff: 1 }],
      // 职工's first page does not come the first time it is built out of sight.
      list_staff: () => (++staffAsked === 1 ? new Promise(() => {}) : { items: [staff(1, '张三')], total: 1 }),
      list_activities: () => ({ items: [activity({ id: 7, title: '最新的活动' })], total: 1 }),
    })
    await mountWithApp(AppFrame, { role: 'staff', path: '/' })
    const warmingStaff = () => document.querySelector('.screen-warmup[data-warm="/staff"]')
    await vi.waitFor(() => expect(warmingStaff()).not.toBeNull(), { timeout: 10_000, interval: 5 })
    expect(backend.callsOf('list_staff')).toHaveLength(1)

    byTestId('nav-activities')!.click()
    await settle()
    // Dropped at the click, not given up on seconds later.
    expect(warmingStaff()).toBeNull()
    await navigated(() => expect(byTestId('activity-table')?.textContent).toContain('最新的活动'))
    // Once the window is idle again, 职工 is built after all, with its first page.
    await vi.waitFor(() => expect(warmingStaff()?.textContent).toContain('张三'), { timeout: 10_000, interval: 5 })
    expect(backend.callsOf('list_staff')).toHaveLength(2)
  })

  test.each([
    ['organizer', ['lists', '/staff', '/activities', '/points', '/honors', '/pledges', '/ledger']],
    ['staff', ['lists', '/staff', '/activities', '/points', '/honors', '/pledges']],
  ] as const)("after the long lists, 评先选优, 亮诺 and 台账 are built out of sight, each a screen the person may open (%s)", async (role, order) => {
    const backend = fakeBackend({ ...emptyRoster, ...emptyScreens })
    const { built, stop } = noteBuilt()
    await mountWithApp(AppFrame, { role, path: '/' })
    await vi.waitFor(() => expect(built).toContain('/pledges'), { timeout: 10_000, interval: 5 })
    await vi.waitFor(() => expect(document.querySelector('.screen-warmup')).toBeNull(), { timeout: 5_000, interval: 5 })
    // Long enough for one more turn (the idle pause, then the build).
    await new Promise((resolve) => setTimeout(resolve, 600))
    await vi.waitFor(() => expect(document.querySelector('.screen-warmup')).toBeNull(), { timeout: 5_000, interval: 5 })
    stop()
    expect(built).toEqual(order)
    // 台账's data is an organizer's: in staff mode it is not even asked for.
    expect(backend.callsOf('ledger_tree')).toHaveLength(role === 'organizer' ? 1 : 0)
  })

  test('after logging in, the screens are built out of sight again in organizer mode, 台账 with them', async () => {
    const backend = fakeBackend({
      list_departments: () => [{ id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 1, total_staff: 1 }],
      list_staff: () => ({ items: [staff(1, '张三')], total: 1 }),
      ...emptyScreens,
      login: () => ({ role: 'organizer' }),
    })
    const { built, stop } = noteBuilt()
    await mountWithApp(AppFrame, { role: 'staff', path: '/' })
    await vi.waitFor(() => expect(built).toContain('/pledges'), { timeout: 10_000, interval: 5 })
    await vi.waitFor(() => expect(document.querySelector('.screen-warmup')).toBeNull(), { timeout: 5_000, interval: 5 })
    // Past 台账's turn, which staff mode skips (the idle pause, then the step).
    await new Promise((resolve) => setTimeout(resolve, 600))
    const inStaffMode = built.length
    // 职工 has been opened in staff mode too: an organizer's 职工 is another screen (its row buttons).
    byTestId('nav-staff')!.click()
    await navigated(() => expect(byTestId('staff-table')?.textContent).toContain('张三'))
    byTestId('nav-dashboard')!.click()
    await settle()

    byTestId('login-button')!.click()
    await dialogShown('login-password')
    await typeAndEnter(byTestId<HTMLInputElement>('login-password')!, 'secret1')
    expect(byTestId('mode-tag')?.textContent).toContain('组织者模式')
    await vi.waitFor(() => expect(built).toContain('/ledger'), { timeout: 10_000, interval: 5 })
    await vi.waitFor(() => expect(document.querySelector('.screen-warmup')).toBeNull(), { timeout: 5_000, interval: 5 })
    stop()
    // The lists' parts are the same in both modes: built once.
    expect(built.slice(inStaffMode)).toEqual(['/staff', '/activities', '/points', '/honors', '/pledges', '/ledger'])
    expect(backend.callsOf('ledger_tree')).toHaveLength(1)
  })

  test('a screen the person has opened is not built out of sight', async () => {
    const backend = fakeBackend({
      list_departments: () => [{ id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 1, total_staff: 1 }],
      list_staff: () => ({ items: [staff(1, '张三')], total: 1 }),
      list_activities: () => ({ items: [], total: 0 }),
      points_board_page: () => new Promise(() => {}),
    })
    await mountWithApp(AppFrame, { role: 'staff', path: '/' })
    byTestId('nav-staff')!.click()
    await navigated(() => expect(byTestId('staff-table')?.textContent).toContain('张三'))
    byTestId('nav-dashboard')!.click()
    await settle()
    // On to 量化考核 (no newest activity: 活动 is empty), past 职工 without building it again.
    await vi.waitFor(() => expect(document.querySelector('.screen-warmup[data-warm="/points"]')).not.toBeNull(), { timeout: 10_000, interval: 5 })
    expect(backend.callsOf('list_staff')).toHaveLength(1)
  })

  test('a screen the person opens while its turn out of sight waits for their click is not built after all', async () => {
    let categoriesCome: (value: unknown[]) => void = () => {}
    const backend = fakeBackend({
      list_departments: () => [{ id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 1, total_staff: 1 }],
      list_staff: () => ({ items: [staff(1, '张三')], total: 1 }),
      list_activities: () => ({ items: [], total: 0 }),
      honor_categories: () => new Promise((resolve) => (categoriesCome = resolve)),
      honor_awards: () => [],
      points_board_page: () => new Promise(() => {}),
    })
    const { built, stop } = noteBuilt()
    await mountWithApp(AppFrame, { role: 'staff', path: '/' })
    // The lists' parts built; 职工 is next.
    const lists = () => document.querySelector('.list-warmup')
    await vi.waitFor(() => expect(lists()).not.toBeNull(), { timeout: 5_000, interval: 5 })
    await vi.waitFor(() => expect(lists()).toBeNull(), { timeout: 5_000, interval: 5 })
    // A click whose screen waits for its data: 职工's turn waits for it.
    byTestId('nav-honors')!.click()
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(built).toEqual(['lists'])
    // The person opens 职工 themselves meanwhile.
    byTestId('nav-staff')!.click()
    await navigated(() => expect(byTestId('staff-table')?.textContent).toContain('张三'))
    categoriesCome([])
    // On to 活动 and 量化考核 (活动 is empty: no newest activity), without building 职工 out of sight.
    await vi.waitFor(() => expect(built).toContain('/points'), { timeout: 10_000, interval: 5 })
    stop()
    expect(built).toEqual(['lists', '/activities', '/points'])
    expect(backend.callsOf('list_staff')).toHaveLength(1)
  })

  test('nothing is built out of sight from a click until its screen is shown', async () => {
    let categoriesCome: (value: unknown[]) => void = () => {}
    fakeBackend({
      list_departments: () => [],
      list_staff: () => ({ items: [staff(1, '张三')], total: 1 }),
      list_activities: () => ({ items: [], total: 0 }),
      // 评先选优's first data comes only when the test says.
      honor_categories: () => new Promise((resolve) => (categoriesCome = resolve)),
      honor_awards: () => [],
    })
    const { built, stop } = noteBuilt()
    await mountWithApp(AppFrame, { role: 'staff', path: '/' })
    byTestId('nav-honors')!.click()
    // Long past the moment the window's idle work begins (START_AFTER_MS, then idle).
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(built).toEqual([])

    categoriesCome([])
    await navigated(() => expect(byTestId('honors-empty')).not.toBeNull())
    await vi.waitFor(() => expect(built).toContain('/staff'), { timeout: 10_000, interval: 5 })
    stop()
    expect(built[0]).toBe('lists')
  })
})
