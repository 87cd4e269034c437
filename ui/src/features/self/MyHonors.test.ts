import { describe, expect, test } from 'vitest'
import type { HonorAward } from '@/bindings/HonorAward'
import { fakeBackend } from '@/test/backend'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import MyActivities from './MyActivities.vue'
import { useSelfService } from './selfService'

const award: HonorAward = {
  category_id: 3,
  year: 2026,
  category: '最美志愿者',
  nomination_id: 11,
  staff_id: 42,
  department_id: null,
  nominee: '赵敏',
  department_name: '办公室',
  confirmed_at: '2026-12-04T10:00:00',
}

describe('我的荣誉', () => {
  test('a person sees the honors confirmed for them after the 公示; nobody else sees a section', async () => {
    const b = fakeBackend({ my_activities: () => [], staff_honors: ({ staffId }: { staffId: number }) => (staffId === 42 ? [award] : []) })
    await mountWithApp(MyActivities, { role: 'staff', path: '/my' })
    useSelfService().remember(42, '赵敏', null)
    await settle()
    expect(b.callsOf('staff_honors').map((c) => c.args)).toEqual([{ staffId: 42 }])
    expect(byTestId('my-honors')?.textContent).toContain('最美志愿者')
    expect(byTestId('my-honors')?.textContent).toContain('2026')

    useSelfService().remember(7, '钱八', null)
    await settle()
    expect(byTestId('my-honors')).toBeNull()
  })
})
