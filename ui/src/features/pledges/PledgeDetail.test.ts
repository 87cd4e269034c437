import { describe, expect, test } from 'vitest'
import type { PledgeTimeline } from '@/bindings/PledgeTimeline'
import type { ProgressEntry } from '@/bindings/ProgressEntry'
import { appError, fakeBackend } from '@/test/backend'
import { inputOf, typeInto } from '@/test/interact'
import { allByTestId, byTestId, mountScreen, settle } from '@/test/mount'
import { item, pledge, timeline } from '@/test/pledges'
import { useSelfService } from '@/features/self/selfService'
import PledgeDetail from './PledgeDetail.vue'

const entry = (over: Partial<ProgressEntry> = {}): ProgressEntry => ({
  id: 70,
  item_id: 11,
  entry_on: '2026-11-20',
  text: '已全部办结',
  status: 'fulfilled',
  progress: 100,
  by_self: false,
  added_at: '2026-11-20T10:00:00',
  files: [],
  ...over,
})

async function confirmBox(text?: string) {
  await settle()
  if (text !== undefined) {
    const input = [...document.querySelectorAll<HTMLTextAreaElement>('.el-message-box textarea')].at(-1)!
    input.value = text
    input.dispatchEvent(new Event('input'))
    await settle()
  }
  ;[...document.querySelectorAll<HTMLButtonElement>('.el-message-box__btns .el-button--primary')].at(-1)!.click()
  await settle()
}

async function cancelBox() {
  await settle()
  const buttons = document.querySelectorAll<HTMLButtonElement>('.el-message-box__btns .el-button')
  buttons[0].click()
  await settle()
}

describe('a pledge with its 践诺', () => {
  test('shows the items, core’s overdue mark and the timeline with kept edits and progress', async () => {
    const tl: PledgeTimeline = {
      pledge: pledge(),
      entries: [
        { kind: 'published', at: '2026-03-01T09:00:00', items: 2 },
        { kind: 'progress', item_position: 2, entry: entry({ item_id: 12, text: '本月零投诉', status: 'in_progress', progress: 40, by_self: true }) },
        {
          kind: 'edited',
          item_position: 1,
          edit: { item_id: 11, old_kind: '岗位承诺', old_content: '办结率95%', old_due_on: '2026-10-31', reason: '按新要求提高标准', edited_at: '2026-04-01T09:00:00' },
        },
      ],
    }
    const b = fakeBackend({ pledge_timeline: () => tl })
    await mountScreen(PledgeDetail, { role: 'staff', path: '/pledges/1' })
    expect(b.callsOf('pledge_timeline')[0].args).toEqual({ pledgeId: 1 })
    expect(byTestId('pledge-owner')?.textContent).toBe('赵敏')
    expect(allByTestId('pledge-item-overdue')).toHaveLength(1)
    expect(byTestId('pledge-timeline-text')?.textContent).toBe('本月零投诉')
    expect(byTestId('pledge-timeline-reason')?.textContent).toContain('按新要求提高标准')
    expect(byTestId('pledge-timeline')?.textContent).toContain('办结率95%')
    // Nobody chosen in staff mode: nothing to record.
    expect(byTestId('pledge-item-progress')).toBeNull()
    expect(byTestId('pledge-item-edit')).toBeNull()
  })

  test('a 科室’s pledge shows the 科室’s own 评诺 grade of closed rounds', async () => {
    const office = pledge({ id: 2, owner: { kind: 'department', department_id: 1 }, owner_name: '办公室', by_self: false })
    const b = fakeBackend({
      pledge_timeline: () => ({ pledge: office, entries: [] }),
      owner_pledge_grades: () => [{ round_id: 5, year: 2026, round_title: '2026年度评诺', score: 92.5, grade: 'excellent' }],
    })
    await mountScreen(PledgeDetail, { role: 'staff', path: '/pledges/2' })
    expect(b.callsOf('owner_pledge_grades')[0].args).toEqual({ owner: { kind: 'department', department_id: 1 } })
    expect(byTestId('pledge-grades')?.textContent).toContain('2026年度评诺')
    expect(byTestId('my-pledge-grade')?.textContent).toBe('优秀')
  })

  test('no 评诺 grade section while the owner has no grade', async () => {
    const office = pledge({ id: 2, owner: { kind: 'department', department_id: 1 }, owner_name: '办公室', by_self: false })
    fakeBackend({ pledge_timeline: () => ({ pledge: office, entries: [] }), owner_pledge_grades: () => [] })
    await mountScreen(PledgeDetail, { role: 'staff', path: '/pledges/2' })
    expect(byTestId('pledge-grades')).toBeNull()
  })

  test('a person chosen in self-service records progress only on their own pledge', async () => {
    fakeBackend({ pledge_timeline: () => timeline() })
    await mountScreen(PledgeDetail, { role: 'staff', path: '/pledges/1' })
    useSelfService().remember(7, '钱八', null)
    await settle()
    expect(byTestId('pledge-item-progress')).toBeNull()
    useSelfService().remember(42, '赵敏', null)
    await settle()
    expect(allByTestId('pledge-item-progress')).toHaveLength(2)
    expect(byTestId('pledge-item-edit')).toBeNull()
  })

  test('the organizer marks an item 已兑现 and attaches a photo to that entry', async () => {
    const b = fakeBackend({
      pledge_timeline: () => timeline(),
      add_pledge_progress: () => entry(),
      add_pledge_progress_file: () => ({ id: 5, progress_id: 70, file_name: '表彰.png', size: 3, is_image: true }),
      pledge_progress_file_bytes: () => new Uint8Array([1, 2, 3]).buffer,
    })
    await mountScreen(PledgeDetail, { role: 'organizer', path: '/pledges/1' })
    const loads = b.callsOf('pledge_timeline').length
    allByTestId('pledge-item-progress')[0].click()
    await settle()
    byTestId('pledge-progress-status-fulfilled')!.querySelector('input')!.click()
    await settle()
    typeInto('pledge-progress-text', '已全部办结')
    byTestId('pledge-progress-save')!.click()
    await settle()
    const sent = b.callsOf('add_pledge_progress')[0].args as { input: Record<string, unknown> }
    expect(sent.input).toMatchObject({ item_id: 11, text: '已全部办结', status: 'fulfilled' })
    expect(sent.input.entry_on).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(b.callsOf('pledge_timeline').length).toBe(loads + 1)

    const input = byTestId('pledge-progress-upload')!.querySelector<HTMLInputElement>('input[type=file]')!
    Object.defineProperty(input, 'files', { value: [new File([new Uint8Array([1, 2, 3])], '表彰.png', { type: 'image/png' })] })
    input.dispatchEvent(new Event('change'))
    await settle()
    await settle()
    const call = b.callsOf('add_pledge_progress_file')[0]
    expect(call.headers).toEqual({ 'progress-id': '70', 'file-name': encodeURIComponent('表彰.png') })
    expect(allByTestId('pledge-progress-image')).toHaveLength(1)
  })

  test('a refused progress entry stays in the dialog with core’s words and changes nothing', async () => {
    const b = fakeBackend({
      pledge_timeline: () => timeline(),
      add_pledge_progress: () => {
        throw appError('pledges.not_started_with_progress', '“未开始”的进度应为 0%')
      },
    })
    await mountScreen(PledgeDetail, { role: 'organizer', path: '/pledges/1' })
    const loads = b.callsOf('pledge_timeline').length
    allByTestId('pledge-item-progress')[1].click()
    await settle()
    byTestId('pledge-progress-status-not_started')!.querySelector('input')!.click()
    typeInto('pledge-progress-text', '尚未开始')
    byTestId('pledge-progress-save')!.click()
    await settle()
    expect(byTestId('pledge-progress-error')?.textContent).toContain('“未开始”的进度应为 0%')
    expect(byTestId('pledge-progress-upload')).toBeNull()
    expect(b.callsOf('pledge_timeline').length).toBe(loads)
  })

  test('the organizer changes a published item only with a reason; backing out sends nothing', async () => {
    const b = fakeBackend({
      pledge_timeline: () => timeline(),
      pledge_kinds: () => ['岗位承诺', '服务承诺', '作风承诺'],
      edit_pledge_item: () => pledge({ items: [item({ content: '办结率100%且零超时', edits: 1 })] }),
    })
    await mountScreen(PledgeDetail, { role: 'organizer', path: '/pledges/1' })
    allByTestId('pledge-item-edit')[0].click()
    await settle()
    expect(inputOf('pledge-edit-content').value).toBe('办件按时办结率达到100%')
    typeInto('pledge-edit-content', '办结率100%且零超时')
    byTestId('pledge-edit-save')!.click()
    await cancelBox()
    expect(b.callsOf('edit_pledge_item')).toHaveLength(0)

    byTestId('pledge-edit-save')!.click()
    await confirmBox('按新要求提高标准')
    expect(b.callsOf('edit_pledge_item')[0].args).toEqual({
      itemId: 11,
      input: { item: { kind: '岗位承诺', content: '办结率100%且零超时', due_on: '2026-12-31' }, reason: '按新要求提高标准' },
    })
  })

  test('a refused edit is shown in the edit dialog', async () => {
    fakeBackend({
      pledge_timeline: () => timeline(),
      pledge_kinds: () => ['岗位承诺'],
      edit_pledge_item: () => {
        throw appError('pledges.nothing_changed', '修改内容与原来相同，无需修改')
      },
    })
    await mountScreen(PledgeDetail, { role: 'organizer', path: '/pledges/1' })
    allByTestId('pledge-item-edit')[0].click()
    await settle()
    byTestId('pledge-edit-save')!.click()
    await confirmBox('核对')
    expect(byTestId('pledge-edit-error')?.textContent).toContain('无需修改')
  })
})

describe('photos on the timeline', () => {
  const withPhoto = (): PledgeTimeline => ({
    pledge: pledge(),
    entries: [
      { kind: 'published', at: '2026-03-01T09:00:00', items: 2 },
      { kind: 'progress', item_position: 1, entry: entry({ files: [{ id: 5, progress_id: 70, file_name: '表彰.png', size: 3, is_image: true }] }) },
    ],
  })

  test('everyone sees them; only the organizer removes one, after confirming, and the entry stays', async () => {
    let removed = false
    const b = fakeBackend({
      pledge_timeline: () => (removed ? { ...withPhoto(), entries: [withPhoto().entries[0], { ...withPhoto().entries[1], entry: entry() }] } : withPhoto()),
      pledge_progress_file_bytes: () => new Uint8Array([1, 2, 3]).buffer,
      remove_pledge_progress_file: () => {
        removed = true
        return null
      },
    })
    const { session } = await mountScreen(PledgeDetail, { role: 'staff', path: '/pledges/1' })
    expect(allByTestId('pledge-timeline-image')).toHaveLength(1)
    expect(byTestId('pledge-timeline-file-remove')).toBeNull()
    expect(byTestId('pledge-timeline-upload')).toBeNull()

    session.role = 'organizer'
    await settle()
    byTestId('pledge-timeline-file-remove')!.click()
    await cancelBox()
    expect(b.callsOf('remove_pledge_progress_file')).toHaveLength(0)
    byTestId('pledge-timeline-file-remove')!.click()
    await confirmBox()
    expect(b.callsOf('remove_pledge_progress_file')[0].args).toEqual({ fileId: 5 })
    expect(allByTestId('pledge-timeline-image')).toHaveLength(0)
    expect(byTestId('pledge-timeline-text')?.textContent).toBe('已全部办结')
  })
})
