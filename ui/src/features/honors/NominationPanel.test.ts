import { describe, expect, test } from 'vitest'
import type { HonorCategory } from '@/bindings/HonorCategory'
import { staff } from '@/test/activities'
import { fakeBackend } from '@/test/backend'
import { typeInto, visibleOptions } from '@/test/interact'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import { useSelfService } from '@/features/self/selfService'
import NominationPanel from './NominationPanel.vue'

const category: HonorCategory = {
  id: 3,
  year: 2026,
  name: '最美志愿者',
  target: 'person',
  quota: 2,
  eligibility: 'none',
  nominations_open_at: '2026-11-01T09:00:00',
  nominations_close_at: '2026-12-20T18:00:00',
  sort_order: 1,
}

describe('我要自荐', () => {
  test('nobody chosen yet: it asks who you are right there, then opens your nomination', async () => {
    fakeBackend({
      honor_nominations: () => [],
      list_staff: () => ({ items: [staff(42, '赵敏')], total: 1 }),
      my_activities: () => [],
    })
    await mountWithApp(NominationPanel, { role: 'staff', path: '/honors', props: { category } })
    byTestId('nomination-self')!.click()
    await settle()
    expect(byTestId('identify-dialog')).not.toBeNull()
    expect(byTestId('nomination-dialog')).toBeNull()
    typeInto('identify-person', '赵敏')
    await new Promise((resolve) => setTimeout(resolve, 400))
    await settle()
    visibleOptions().find((li) => li.textContent?.startsWith('赵敏'))!.click()
    await settle()
    byTestId('identify-confirm')!.click()
    await settle()
    expect(useSelfService().staffId).toBe(42)
    const dialog = byTestId('nomination-dialog')!
    expect(dialog.textContent).toContain('我要自荐')
    expect(dialog.textContent).toContain('赵敏')
  })
})
