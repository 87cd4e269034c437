import { describe, expect, test } from 'vitest'
import AppFrame from '@/app/AppFrame.vue'
import { fakeBackend } from '@/test/backend'
import { dashboardOf as dashboard } from '@/test/dashboard'
import { byTestId, mountWithApp } from '@/test/mount'
import DashboardView from './DashboardView.vue'

describe('首页', () => {
  test('a unit with nothing yet says so in words, not with a bare chart', async () => {
    fakeBackend({ dashboard: () => dashboard() })
    await mountWithApp(DashboardView, { path: '/' })
    expect(byTestId('dashboard-participation-empty')?.textContent).toContain('还没有科室')
    expect(byTestId('dashboard-months-empty')?.textContent).toBe('2026 年还没有已发布的活动。')
    expect(byTestId('dashboard-participation')?.querySelector('canvas')).toBeNull()
  })

  test('with departments and activities the charts take the place of the words', async () => {
    const months = Array(12).fill(0)
    months[10] = 3
    fakeBackend({
      dashboard: () =>
        dashboard({ participation: [{ department_id: 1, name: '办公室', active_staff: 5, attendees: 2, share: 0.4 }], activities_by_month: months }),
    })
    await mountWithApp(DashboardView, { path: '/' })
    expect(byTestId('dashboard-participation-empty')).toBeNull()
    expect(byTestId('dashboard-months-empty')).toBeNull()
  })

  test('opened in the frame, it is asked for once: the answer asked for while the frame was built is the one shown', async () => {
    const backend = fakeBackend({ dashboard: () => dashboard({ year: 2025 }) })
    await mountWithApp(AppFrame, { role: 'staff', path: '/' })
    expect(backend.callsOf('dashboard')).toHaveLength(1)
    expect(byTestId('dashboard-months-empty')?.textContent).toBe('2025 年还没有已发布的活动。')
  })
})
