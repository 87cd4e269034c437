import { describe, expect, test, vi } from 'vitest'
import App from '@/App.vue'
import type { Sheet } from '@/bindings/Sheet'
import { activity } from '@/test/activities'
import { fakeBackend } from '@/test/backend'
import { byTestId, mountWithApp, navigated, settle } from '@/test/mount'

const signIn: Sheet = {
  kind: 'sign_in',
  unit_name: '市科技局',
  title: '道德经典诵读会 签到表',
  subtitle: '2026年11月30日 18:00 · 三楼会议室',
  columns: ['序号', '姓名', '工号', '科室', '签到时间', '签名'],
  rows: [
    ['1', '张三', 'A001', '办公室', '', ''],
    ['2', '李四', 'A002', '人事科', '', ''],
  ],
}

function organizerApp(sheet: Sheet = signIn) {
  return fakeBackend({
    app_info: () => ({ unit: { unit_name: '市科技局', password_set: true, staff_pins_enabled: false }, role: 'organizer', db_path: '/d.db' }),
    activity_sheet: () => sheet,
    get_activity: () => activity(),
    activity_signups: () => [],
    list_departments: () => [],
    activity_files: () => [],
  })
}

describe('the print view', () => {
  test('stands alone, without the frame: the unit, the title, and a row per person', async () => {
    const b = organizerApp()
    await mountWithApp(App, { path: '/activities/5/print/sign_in' })
    expect(b.callsOf('activity_sheet')[0].args).toEqual({ activityId: 5, kind: 'sign_in' })
    expect(byTestId('print-view')).not.toBeNull()
    expect(byTestId('nav-staff')).toBeNull()
    expect(byTestId('print-unit')?.textContent).toBe('市科技局')
    expect(byTestId('print-title')?.textContent).toBe('道德经典诵读会 签到表')
    const table = byTestId<HTMLTableElement>('print-table')!
    expect(Array.from(table.querySelectorAll('th')).map((th) => th.textContent)).toEqual(signIn.columns)
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2)
    expect(table.querySelector('col:last-child')?.classList.contains('sign')).toBe(true)
  })

  test('打印 opens the print dialog; 返回 goes back to the activity', async () => {
    organizerApp({ ...signIn, kind: 'signup', columns: ['序号', '姓名', '报名时间', '状态', '备注'], rows: [] })
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const { router } = await mountWithApp(App, { path: '/activities/5/print/signup' })
    expect(byTestId('print-table')?.querySelector('col.sign')).toBeNull()
    byTestId('print-button')!.click()
    expect(print).toHaveBeenCalledTimes(1)
    byTestId('print-back')!.click()
    await settle()
    await navigated(() => expect(router.currentRoute.value.fullPath).toBe('/activities/5'))
    expect(byTestId('activity-detail')).not.toBeNull()
    expect(byTestId('nav-activities')).not.toBeNull()
    vi.unstubAllGlobals()
  })
})
