import { describe, expect, test } from 'vitest'
import type { PledgeInput } from '@/bindings/PledgeInput'
import { appError, fakeBackend } from '@/test/backend'
import { typeInto } from '@/test/interact'
import { allByTestId, byTestId, dialogShown, mountScreen, settle } from '@/test/mount'
import { pledge, timeline } from '@/test/pledges'
import { useSelfService } from '@/features/self/selfService'
import MyPledge from './MyPledge.vue'

const year = new Date().getFullYear()

describe('我的承诺', () => {
  test('asks who is at the window first', async () => {
    fakeBackend({})
    await mountScreen(MyPledge, { role: 'staff', path: '/my/pledges' })
    expect(byTestId('my-pledge-identify-prompt')).not.toBeNull()
  })

  test('someone already chosen: the screen opens with their pledge, each answer asked for once as the navigation starts', async () => {
    const b = fakeBackend({ owner_pledge: () => pledge(), pledge_timeline: () => timeline() })
    await mountScreen(MyPledge, { role: 'staff', path: '/my/pledges', self: { staffId: 42, name: '赵敏', pin: null } })
    expect(allByTestId('pledge-item-content').length).toBeGreaterThan(0)
    expect(byTestId('identify-dialog')).toBeNull()
    expect(b.callsOf('owner_pledge').map((c) => c.args)).toEqual([{ owner: { kind: 'person', staff_id: 42 }, year }])
    expect(b.callsOf('pledge_timeline')).toHaveLength(1)
  })

  test('a person publishes their own pledge as themself, with their PIN', async () => {
    let published = false
    const b = fakeBackend({
      owner_pledge: () => (published ? pledge() : null),
      pledge_timeline: () => timeline(),
      pledge_kinds: () => ['岗位承诺', '服务承诺', '作风承诺'],
      self_publish_pledge: ({ input }: { input: PledgeInput }) => {
        published = true
        return pledge({ year: input.year })
      },
    })
    await mountScreen(MyPledge, { role: 'staff', path: '/my/pledges', pinsEnabled: true })
    useSelfService().remember(42, '赵敏', '2468')
    await settle()
    expect(b.callsOf('owner_pledge')[0].args).toEqual({ owner: { kind: 'person', staff_id: 42 }, year })
    byTestId('my-pledge-publish')!.click()
    await dialogShown('pledge-publish-submit')
    expect(byTestId('pledge-publish-self')?.textContent).toContain('赵敏')
    expect(byTestId('pledge-owner-kind')).toBeNull()
    expect(byTestId('pledge-item-0-new-kind')).toBeNull()
    typeInto('pledge-item-0-content', '办件按时办结率达到100%')
    byTestId('pledge-item-add')!.click()
    await settle()
    typeInto('pledge-item-1-content', '窗口服务零投诉')
    byTestId('pledge-publish-submit')!.click()
    await settle()
    expect(b.callsOf('self_publish_pledge')[0].args).toEqual({
      staffId: 42,
      pin: '2468',
      input: {
        owner: { kind: 'person', staff_id: 42 },
        year,
        items: [
          { kind: '岗位承诺', content: '办件按时办结率达到100%', due_on: `${year}-12-31` },
          { kind: '岗位承诺', content: '窗口服务零投诉', due_on: `${year}-12-31` },
        ],
      },
    })
    expect(allByTestId('pledge-item-content').map((e) => e.textContent)).toEqual(['办件按时办结率达到100%', '窗口服务零投诉'])
  })

  test('a wrong PIN is shown in the dialog and nothing is published', async () => {
    const b = fakeBackend({
      owner_pledge: () => null,
      pledge_kinds: () => ['岗位承诺'],
      self_publish_pledge: () => {
        throw appError('auth.wrong_pin', 'PIN 不正确，还可以再试 4 次')
      },
    })
    await mountScreen(MyPledge, { role: 'staff', path: '/my/pledges', pinsEnabled: true })
    useSelfService().remember(42, '赵敏', '0000')
    await settle()
    byTestId('my-pledge-publish')!.click()
    await dialogShown('pledge-publish-submit')
    typeInto('pledge-item-0-content', '办件按时办结率达到100%')
    byTestId('pledge-publish-submit')!.click()
    await settle()
    expect(byTestId('pledge-publish-error')?.textContent).toContain('PIN 不正确')
    expect(b.callsOf('owner_pledge')).toHaveLength(1)
    expect(byTestId('my-pledge-none')).not.toBeNull()
  })

  test('a person records progress on their own item as themself, without the organizer’s file step', async () => {
    const b = fakeBackend({
      owner_pledge: () => pledge(),
      pledge_timeline: () => timeline(),
      self_add_pledge_progress: () => ({
        id: 71, item_id: 12, entry_on: '2026-11-20', text: '本月零投诉', status: 'in_progress', progress: 60, by_self: true, added_at: '2026-11-20T10:00:00', files: [],
      }),
    })
    await mountScreen(MyPledge, { role: 'staff', path: '/my/pledges', pinsEnabled: true })
    useSelfService().remember(42, '赵敏', '2468')
    await settle()
    expect(byTestId('pledge-item-edit')).toBeNull()
    allByTestId('pledge-item-progress')[1].click()
    await settle()
    typeInto('pledge-progress-text', '本月零投诉')
    byTestId('pledge-progress-save')!.click()
    await settle()
    const call = b.callsOf('self_add_pledge_progress')[0].args as Record<string, unknown>
    expect(call).toMatchObject({ staffId: 42, pin: '2468', input: { item_id: 12, text: '本月零投诉', status: 'in_progress', progress: 40 } })
    expect(b.callsOf('add_pledge_progress')).toHaveLength(0)
    expect(byTestId('pledge-progress-upload')).toBeNull()
  })
})
