import { describe, expect, test } from 'vitest'
import type { HonorAward } from '@/bindings/HonorAward'
import { fakeBackend } from '@/test/backend'
import { byTestId, mountScreen, settle } from '@/test/mount'
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
    await mountScreen(MyActivities, { role: 'staff', path: '/my' })
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

describe('我的推荐', () => {
  const rejected = {
    year: 2026,
    category: '先进个人',
    nomination: {
      id: 5,
      category_id: 3,
      staff_id: 42,
      department_id: null,
      nominee: '赵敏',
      department_name: '办公室',
      source: 'self',
      source_department_id: null,
      deeds: '热心服务',
      review: 'rejected',
      review_reason: '年度考核未达到称职',
      created_at: '2026-11-02T09:00:00',
    },
  }

  test('a person sees why their own nomination was not passed, asked for with their PIN', async () => {
    const b = fakeBackend({
      my_activities: () => [],
      staff_honors: () => [],
      my_nominations: ({ staffId }: { staffId: number }) => (staffId === 42 ? [rejected] : []),
    })
    await mountScreen(MyActivities, { role: 'staff', path: '/my' })
    useSelfService().remember(42, '赵敏', '2468')
    await settle()
    expect(b.callsOf('my_nominations').map((c) => c.args)).toEqual([{ staffId: 42, pin: '2468' }])
    expect(byTestId('my-nominations')?.textContent).toContain('先进个人')
    expect(byTestId('my-nominations')?.textContent).toContain('审查未通过')
    expect(byTestId('my-nomination-reason')?.textContent).toBe('年度考核未达到称职')

    useSelfService().remember(7, '钱八', null)
    await settle()
    expect(byTestId('my-nominations')).toBeNull()
  })
})
