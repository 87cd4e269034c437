import { afterEach, describe, expect, test, vi } from 'vitest'
import type { PinSlip } from '@/bindings/PinSlip'
import { fakeBackend } from '@/test/backend'
import { chooseOption } from '@/test/interact'
import { allByTestId, byTestId, mountWithApp, navigated, settle } from '@/test/mount'
import App from '@/App.vue'
import SettingsView from '@/features/settings/SettingsView.vue'
import PinSlipsPrint from './PinSlipsPrint.vue'
import { usePinSlips } from './pinSlips'
import { useSelfService } from './selfService'

function slip(staffId: number, name: string, pin: string): PinSlip {
  return { staff_id: staffId, employee_no: `W00${staffId}`, name, department_name: '办公室', pin }
}

const departments = [{ id: 3, name: '办公室', kind: 'office', sort_order: 1, staff_count: 2 }]

describe('个人 PIN 密封条', () => {
  afterEach(() => vi.useRealTimers())

  test('the organizer issues PINs for one 科室 and lands on their slips', async () => {
    const b = fakeBackend({
      list_departments: () => departments,
      issue_staff_pins: () => [slip(1, '张三', '048213'), slip(2, '李四', '990001')],
    })
    const { router } = await mountWithApp(SettingsView, { role: 'organizer', path: '/settings' })
    await chooseOption('pin-batch-department', '办公室')
    byTestId('pin-batch-only-without')!.querySelector('input')!.click()
    byTestId('pin-batch-generate')!.click()
    await settle()
    expect(document.querySelector('.el-message-box')?.textContent).toContain('“办公室”还没有 PIN')
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    await settle()
    expect(b.callsOf('issue_staff_pins')[0].args).toEqual({ input: { department_id: 3, only_without_pin: true } })
    await navigated(() => expect(router.currentRoute.value.name).toBe('pin-slips'))
    expect(usePinSlips().slips.map((s) => s.name)).toEqual(['张三', '李四'])
  })

  test('cancelling the question issues nothing', async () => {
    const b = fakeBackend({ list_departments: () => departments, issue_staff_pins: () => [] })
    await mountWithApp(SettingsView, { role: 'organizer', path: '/settings' })
    byTestId('pin-batch-generate')!.click()
    await settle()
    expect(document.querySelector('.el-message-box')?.textContent).toContain('“全单位”的全部在职职工生成新的 PIN')
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button:not(.el-button--primary)')!.click()
    await settle()
    expect(b.callsOf('issue_staff_pins')).toHaveLength(0)
  })

  test('each slip names the person outside and holds the PIN inside, and the PINs are gone once the page closes', async () => {
    fakeBackend({})
    const { wrapper } = await mountWithApp(PinSlipsPrint, { role: 'organizer', path: '/settings/pin-slips' })
    const store = usePinSlips()
    store.hold([slip(1, '张三', '048213'), slip(2, '李四', '990001')])
    await settle()
    const slips = allByTestId('pin-slip')
    expect(slips).toHaveLength(2)
    expect(slips[0].querySelector('.outside')!.textContent).toContain('张三')
    expect(slips[0].querySelector('.outside')!.textContent).toContain('W001')
    expect(slips[0].querySelector('.outside')!.textContent).not.toContain('048')
    expect(slips[0].querySelector('.inside')!.textContent).toContain('048 213')
    expect(byTestId('pin-slips-count')?.textContent).toContain('2')
    wrapper.unmount()
    expect(store.slips).toEqual([])
  })

  test('opened again without a new batch, the page has nothing to show and cannot print', async () => {
    fakeBackend({})
    await mountWithApp(PinSlipsPrint, { role: 'organizer', path: '/settings/pin-slips' })
    expect(byTestId('pin-slips-empty')).not.toBeNull()
    expect(byTestId<HTMLButtonElement>('print-button')!.disabled).toBe(true)
  })
})

describe('自动锁定', () => {
  afterEach(() => vi.useRealTimers())

  test('organizer mode left idle locks itself and says so', async () => {
    const info = { unit: { unit_name: '市科技局', password_set: true, staff_pins_enabled: false, organizer_idle_minutes: 15, self_service_idle_minutes: 3, organizer_idle_minutes_max: 120, pin_attempts: 5, pin_lockout_minutes: 15 }, role: 'organizer', db_path: '/d.db', kiosk: null }
    const b = fakeBackend({
      app_info: () => info,
      logout: () => ({ role: 'staff', kiosk: null }),
      touch_session: () => ({ role: 'organizer', kiosk: null }),
      list_staff: () => ({ items: [], total: 0 }),
      list_departments: () => [],
    })
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const { session } = await mountWithApp(App, { path: '/staff' })
    await settle()
    expect(session.isOrganizer).toBe(true)
    vi.advanceTimersByTime(14 * 60_000)
    await settle()
    expect(b.callsOf('logout')).toHaveLength(0)
    vi.advanceTimersByTime(60_000)
    await settle()
    expect(b.callsOf('logout')).toHaveLength(1)
    expect(session.isOrganizer).toBe(false)
    expect(document.body.textContent).toContain('组织者模式空闲太久，已自动锁定')
  })

  test('the person chosen for self-service is let go after three idle minutes', async () => {
    const info = { unit: { unit_name: '市科技局', password_set: true, staff_pins_enabled: true, organizer_idle_minutes: 15, self_service_idle_minutes: 3, organizer_idle_minutes_max: 120, pin_attempts: 5, pin_lockout_minutes: 15 }, role: 'staff', db_path: '/d.db', kiosk: null }
    fakeBackend({ app_info: () => info, list_staff: () => ({ items: [], total: 0 }), list_departments: () => [] })
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    await mountWithApp(App, { path: '/staff' })
    await settle()
    const self = useSelfService()
    self.remember(42, '赵敏', '2468')
    await settle()
    vi.advanceTimersByTime(2 * 60_000)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    vi.advanceTimersByTime(2 * 60_000)
    await settle()
    expect(self.identified).toBe(true)
    vi.advanceTimersByTime(60_000)
    await settle()
    expect(self.identified).toBe(false)
    expect(self.pin).toBeNull()
    expect(document.body.textContent).toContain('已退出本人身份')
  })
})
