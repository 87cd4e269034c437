import { afterEach, describe, expect, test, vi } from 'vitest'
import type { LanStatus } from '@/bindings/LanStatus'
import { appError, fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountScreen, navigated, settle } from '@/test/mount'
import LanPrint from './LanPrint.vue'
import LanView from './LanView.vue'

const OFF: LanStatus = { on: false, purposes: [], until: null, url: null, qr_svg: null, phones: 0, addresses: ['192.168.1.20'] }
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h7v7H0z"/></svg>'

function onStatus(over: Partial<LanStatus> = {}): LanStatus {
  return {
    on: true,
    purposes: ['signup', 'vote'],
    until: '2026-12-03 17:00',
    url: 'http://192.168.1.20:48321/m/k7Qw2pX9/',
    qr_svg: SVG,
    phones: 3,
    addresses: ['192.168.1.20', '10.0.0.5'],
    ...over,
  }
}

describe('手机参与 (organizer)', () => {
  afterEach(() => vi.useRealTimers())

  test('开启 sends the chosen purposes and two hours by default, then shows the QR code as an image, the address and the phones', async () => {
    const b = fakeBackend({ lan_status: () => OFF, lan_start: ({ input }) => onStatus({ purposes: input.purposes }) })
    await mountScreen(LanView, { role: 'organizer', path: '/lan', pinsEnabled: true })
    expect(byTestId('lan-off')).not.toBeNull()
    expect(byTestId('lan-pins-off')).toBeNull()
    byTestId('lan-purpose-vote')!.querySelector('input')!.click()
    await settle()
    byTestId('lan-start')!.click()
    await settle()
    expect(b.callsOf('lan_start')[0].args).toEqual({ input: { minutes: 120, purposes: ['signup', 'my_activities', 'vote'] } })
    const qr = byTestId<HTMLImageElement>('lan-qr')!
    expect(qr.tagName).toBe('IMG')
    expect(qr.getAttribute('src')).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(SVG)}`)
    // The SVG is never inserted as markup.
    expect(document.querySelector('[data-testid="lan"] svg path[d="M0 0h7v7H0z"]')).toBeNull()
    expect(byTestId('lan-url')?.textContent).toBe('http://192.168.1.20:48321/m/k7Qw2pX9/')
    expect(byTestId('lan-phones')?.textContent).toContain('3 台')
    expect(allByTestId('lan-purpose-on').map((el) => el.textContent)).toEqual(['活动报名', '我的活动和心得', '投票（选票码）'])
    expect(byTestId('lan-live')?.textContent).toContain('10.0.0.5')
    expect(byTestId('lan-start')?.textContent).toContain('按新设置重新开启')
  })

  test('a chosen duration goes along; with no purpose ticked nothing can be started', async () => {
    const b = fakeBackend({ lan_status: () => OFF, lan_start: () => onStatus() })
    await mountScreen(LanView, { role: 'organizer', path: '/lan', pinsEnabled: true })
    byTestId('lan-minutes-480')!.querySelector('input')!.click()
    await settle()
    byTestId('lan-start')!.click()
    await settle()
    expect(b.callsOf('lan_start')[0].args).toEqual({ input: { minutes: 480, purposes: ['signup', 'my_activities'] } })
  })

  test('refused while PINs are off: the refusal is shown plainly with the way to 设置', async () => {
    const b = fakeBackend({
      lan_status: () => OFF,
      lan_start: () => {
        throw appError('lan.pins_off', '个人 PIN 没有开启，不能开启手机参与')
      },
    })
    const { router } = await mountScreen(LanView, { role: 'organizer', path: '/lan', pinsEnabled: true })
    byTestId('lan-start')!.click()
    await settle()
    expect(b.callsOf('lan_start')).toHaveLength(1)
    const alert = byTestId('lan-pins-off')!
    expect(alert.textContent).toContain('个人 PIN 没有开启，不能开启手机参与')
    expect(alert.textContent).toContain('打开“个人 PIN”')
    expect(byTestId('lan-qr')).toBeNull()
    byTestId('lan-to-settings')!.click()
    await navigated(() => expect(router.currentRoute.value.name).toBe('settings'))
  })

  test('with PINs off in the settings, the screen says so before anything is tried', async () => {
    fakeBackend({ lan_status: () => OFF })
    await mountScreen(LanView, { role: 'organizer', path: '/lan', pinsEnabled: false })
    expect(byTestId('lan-pins-off')?.textContent).toContain('手机登录要用个人 PIN')
  })

  test('asks every 3 seconds while shown (the phones connected change), and stops once left', async () => {
    let phones = 1
    const b = fakeBackend({ lan_status: () => onStatus({ phones }) })
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { wrapper } = await mountScreen(LanView, { role: 'organizer', path: '/lan', pinsEnabled: true })
    expect(byTestId('lan-phones')?.textContent).toContain('1 台')
    expect(b.callsOf('lan_status')).toHaveLength(1)
    phones = 12
    vi.advanceTimersByTime(3000)
    await settle()
    expect(b.callsOf('lan_status')).toHaveLength(2)
    expect(byTestId('lan-phones')?.textContent).toContain('12 台')
    wrapper.unmount()
    vi.advanceTimersByTime(9000)
    await settle()
    expect(b.callsOf('lan_status')).toHaveLength(2)
  })

  test('关闭 asks first, then stops', async () => {
    const b = fakeBackend({ lan_status: () => onStatus(), lan_stop: () => OFF })
    await mountScreen(LanView, { role: 'organizer', path: '/lan', pinsEnabled: true })
    byTestId('lan-stop')!.click()
    await settle()
    expect(document.querySelector('.el-message-box')?.textContent).toContain('已登录的手机会全部退出')
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    await settle()
    expect(b.callsOf('lan_stop')).toHaveLength(1)
    expect(byTestId('lan-qr')).toBeNull()
    expect(byTestId('lan-off')).not.toBeNull()
  })

  test('the organizer-only screen is not reachable in staff mode', async () => {
    fakeBackend({ lan_status: () => OFF, list_staff: () => ({ items: [], total: 0 }), list_departments: () => [] })
    const { router } = await mountScreen(LanView, { role: 'staff', path: '/lan' })
    expect(router.currentRoute.value.name).toBe('staff')
  })
})

describe('打印二维码', () => {
  test('one sheet with the unit, the QR code, the address and what is open', async () => {
    fakeBackend({ lan_status: () => onStatus() })
    await mountScreen(LanPrint, { role: 'organizer', path: '/lan/print' })
    expect(document.querySelector('.paper .sheet-header')?.textContent).toContain('市科技局')
    expect(byTestId<HTMLImageElement>('lan-print-qr')!.getAttribute('src')).toContain('data:image/svg+xml')
    expect(byTestId('lan-print-url')?.textContent).toBe('http://192.168.1.20:48321/m/k7Qw2pX9/')
    expect(byTestId('lan-print-purposes')?.textContent).toBe('本次开放：活动报名、投票（选票码）')
    expect(byTestId('lan-print-until')?.textContent).toContain('2026-12-03 17:00')
    expect(byTestId<HTMLButtonElement>('print-button')!.disabled).toBe(false)
  })

  test('with phone access off there is nothing to print', async () => {
    fakeBackend({ lan_status: () => OFF })
    await mountScreen(LanPrint, { role: 'organizer', path: '/lan/print' })
    expect(byTestId('lan-print-off')).not.toBeNull()
    expect(byTestId<HTMLButtonElement>('print-button')!.disabled).toBe(true)
  })
})
