import { describe, expect, test, vi } from 'vitest'
import type { ActivityInput } from '@/bindings/ActivityInput'
import type { ActivityQuery } from '@/bindings/ActivityQuery'
import { activity } from '@/test/activities'
import { appError, fakeBackend } from '@/test/backend'
import { chooseOption, pressEnter, typeInto } from '@/test/interact'
import { byTestId, dialogShown, mountScreen, navigated, settle } from '@/test/mount'
import ActivityList from './ActivityList.vue'

const office = { id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 3, total_staff: 3 }

function backend(items = [activity({ confirmed: 2, waitlisted: 1 })], extra = {}) {
  return fakeBackend({
    list_departments: () => [office],
    list_activities: () => ({ items, total: items.length }),
    ...extra,
  })
}

describe('browsing', () => {
  test('shows each activity with its type, start, place, state and places', async () => {
    backend()
    await mountScreen(ActivityList, { role: 'staff', path: '/activities' })
    const row = byTestId('activity-table')!.querySelector('.data-row')!.textContent!
    for (const text of ['道德经典诵读会', '诵读', '2026年11月30日 周一 18:00', '三楼会议室', '报名中', '2 / 2', '候补 1']) {
      expect(row).toContain(text)
    }
  })

  test('its first page, asked for when the navigation started, is the one shown: nothing asked twice', async () => {
    const calls = backend().calls
    await mountScreen(ActivityList, { role: 'staff', path: '/activities' })
    expect(byTestId('activity-table')!.textContent).toContain('道德经典诵读会')
    expect(calls.map((c) => c.cmd).sort()).toEqual(['list_activities', 'list_departments'])
  })

  test('staff cannot create activities; organizers can', async () => {
    backend()
    await mountScreen(ActivityList, { role: 'staff', path: '/activities' })
    expect(byTestId('activity-add')).toBeNull()
    document.body.innerHTML = ''
    backend()
    await mountScreen(ActivityList, { role: 'organizer', path: '/activities' })
    expect(byTestId('activity-add')).not.toBeNull()
  })

  test('a row opens the activity', async () => {
    backend()
    const { router } = await mountScreen(ActivityList, { role: 'staff', path: '/activities' })
    byTestId('activity-table')!.querySelector<HTMLElement>('.data-row td')!.click()
    await settle()
    await navigated(() => expect(router.currentRoute.value.fullPath).toBe('/activities/5'))
  })

  test("a title is a link to its activity's page: its address leads there and a click opens it once", async () => {
    backend()
    const { router } = await mountScreen(ActivityList, { role: 'staff', path: '/activities' })
    const link = byTestId('activity-table')!.querySelector<HTMLAnchorElement>('[data-testid="activity-link"]')!
    const target = router.resolve(link.getAttribute('href')!.replace(/^#/, ''))
    expect([target.name, target.params.id]).toEqual(['activity', '5'])
    const push = vi.spyOn(router, 'push')
    link.click()
    await settle()
    await navigated(() => expect(router.currentRoute.value.fullPath).toBe('/activities/5'))
    expect(push).toHaveBeenCalledTimes(1)
  })

  test('no activities at all: staff are told to wait, organizers are offered to create one', async () => {
    backend([])
    await mountScreen(ActivityList, { role: 'staff', path: '/activities' })
    expect(byTestId('activity-empty')?.textContent).toContain('组织者发布活动后')
    expect(byTestId('activity-empty-add')).toBeNull()
    document.body.innerHTML = ''
    backend([])
    await mountScreen(ActivityList, { role: 'organizer', path: '/activities' })
    expect(byTestId('activity-empty-add')).not.toBeNull()
  })

  test('a failed load says why', async () => {
    fakeBackend({
      list_departments: () => [],
      list_activities: () => {
        throw appError('store.query', '数据库操作失败：磁盘已满')
      },
    })
    await mountScreen(ActivityList, { role: 'staff', path: '/activities' })
    expect(byTestId('activity-error')?.textContent).toContain('磁盘已满')
  })

  test('choosing a kind asks again from page 1 with that kind', async () => {
    const b = backend()
    await mountScreen(ActivityList, { role: 'staff', path: '/activities' })
    await chooseOption('activity-filter-kind', '志愿服务')
    const q = (b.callsOf('list_activities').at(-1)!.args as { query: ActivityQuery }).query
    expect(q).toMatchObject({ kind: 'volunteer', state: null, month: null, page: 1 })
  })

  test('the month filter builds its calendar when first opened; a month chosen asks for it', async () => {
    const b = backend()
    await mountScreen(ActivityList, { role: 'staff', path: '/activities' })
    const filter = byTestId('activity-filter-month')!
    expect(filter.querySelector('input')?.placeholder).toBe('全部月份')
    expect(document.querySelector('.el-month-table')).toBeNull()

    filter.querySelector('.el-input')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }))
    await settle()
    const cells = document.querySelectorAll<HTMLElement>('.el-month-table td')
    expect(cells).toHaveLength(12)
    cells[2].querySelector<HTMLElement>('.el-date-table-cell__text')!.click()
    await settle()
    const q = (b.callsOf('list_activities').at(-1)!.args as { query: ActivityQuery }).query
    expect(q.month).toMatch(/^\d{4}-03$/)
    expect(q.page).toBe(1)
    expect(filter.querySelector('input')?.value).toMatch(/^\d{4}年3月$/)
  })
})

// Opening the dialog renders five date-time panels, which is slow in happy-dom.
describe('creating an activity', () => {
  test('typed times, the kind and the title are sent; 发布 publishes at once', async () => {
    const b = backend([], { create_activity: (args: { input: ActivityInput }) => activity({ ...args.input, id: 9 }) })
    await mountScreen(ActivityList, { role: 'organizer', path: '/activities' })
    byTestId('activity-add')!.click()
    await dialogShown('activity-dialog')
    await chooseOption('activity-kind', '象棋')
    typeInto('activity-title', '迎新春象棋赛')
    const times: [string, string][] = [
      ['activity-starts-at', '2026-11-30 09:00:00'],
      ['activity-ends-at', '2026-11-30 17:30:00'],
      ['activity-signup-opens-at', '2026-11-01 08:00:00'],
      ['activity-signup-deadline', '2026-11-28 18:00:00'],
      ['activity-cancel-cutoff', '2026-11-27 12:00:00'],
    ]
    for (const [id, text] of times) {
      typeInto(id, text)
      await pressEnter(id)
    }
    byTestId('activity-publish')!.click()
    await settle()
    const call = b.callsOf('create_activity')[0].args as { input: ActivityInput; publish: boolean }
    expect(call.publish).toBe(true)
    expect(call.input).toMatchObject({
      kind: 'chess',
      title: '迎新春象棋赛',
      capacity: null,
      department_ids: [],
      team_mode: false,
      schedule: {
        starts_at: '2026-11-30T09:00:00',
        ends_at: '2026-11-30T17:30:00',
        signup_opens_at: '2026-11-01T08:00:00',
        signup_deadline: '2026-11-28T18:00:00',
        cancel_cutoff: '2026-11-27T12:00:00',
      },
    })
  })

  test('the back end’s objection stays in the dialog; no kind is caught before asking', async () => {
    const b = backend([], {
      create_activity: () => {
        throw appError('activities.invalid', '报名截止时间必须晚于报名开始时间')
      },
    })
    await mountScreen(ActivityList, { role: 'organizer', path: '/activities' })
    byTestId('activity-add')!.click()
    await dialogShown('activity-dialog')
    byTestId('activity-save-draft')!.click()
    await settle()
    expect(byTestId('activity-form-error')?.textContent).toContain('请选择活动类型')
    expect(b.callsOf('create_activity')).toHaveLength(0)
    await chooseOption('activity-kind', '学习')
    byTestId('activity-save-draft')!.click()
    await settle()
    expect(byTestId('activity-form-error')?.textContent).toContain('报名截止时间必须晚于报名开始时间')
    expect((b.callsOf('create_activity')[0].args as { publish: boolean }).publish).toBe(false)
  })
})
