import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { fakeBackend } from '@/test/backend'
import { byTestId, mountWithApp, navigated, settle } from '@/test/mount'
import { wall } from '@/test/pledges'
import PledgeProjector from './PledgeProjector.vue'

vi.mock('@tauri-apps/api/window', () => ({ getCurrentWindow: () => ({ setFullscreen: vi.fn(async () => undefined) }) }))

describe('the projector view', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('pages through the 科室 by itself and back to the first; Esc leaves for the wall', async () => {
    const b = fakeBackend({ pledge_wall: () => wall() })
    const { router } = await mountWithApp(PledgeProjector, { role: 'staff', path: '/pledges/projector?year=2026' })
    expect(b.callsOf('pledge_wall')[0].args).toEqual({ year: 2026, departmentId: null })
    expect(byTestId('pledge-projector-department')?.textContent).toContain('办公室')
    expect(byTestId('pledge-projector-page')?.textContent).toBe('1 / 2')
    expect(byTestId('pledge-projector-overdue')).not.toBeNull()

    await vi.advanceTimersByTimeAsync(15_000)
    await settle()
    expect(byTestId('pledge-projector-department')?.textContent).toContain('人事科')
    await vi.advanceTimersByTimeAsync(15_000)
    await settle()
    expect(byTestId('pledge-projector-department')?.textContent).toContain('办公室')

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }))
    await settle()
    expect(byTestId('pledge-projector-page')?.textContent).toBe('2 / 2')

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await settle()
    await navigated(() => expect(router.currentRoute.value.name).toBe('pledges'))
  })

  test('an empty year says so instead of a blank screen', async () => {
    fakeBackend({ pledge_wall: () => [] })
    await mountWithApp(PledgeProjector, { role: 'staff', path: '/pledges/projector?year=2026' })
    expect(byTestId('pledge-projector-empty')?.textContent).toContain('2026年还没有人亮诺')
  })
})
