import { describe, expect, test } from 'vitest'
import type { PledgeInput } from '@/bindings/PledgeInput'
import { appError, fakeBackend } from '@/test/backend'
import { chooseOption, clearSelect, typeInto } from '@/test/interact'
import { allByTestId, byTestId, dialogShown, mountScreen, settle } from '@/test/mount'
import { wall } from '@/test/pledges'
import PledgeWall from './PledgeWall.vue'

const departments = [
  { id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 6, total_staff: 7 },
  { id: 2, name: '人事科', kind: 'office', sort_order: 2, active_staff: 4, total_staff: 4 },
]
const year = new Date().getFullYear()

function backend(over: Record<string, (args: any) => unknown> = {}) {
  return fakeBackend({
    pledge_wall: () => wall(),
    pledge_kinds: () => ['岗位承诺', '服务承诺', '作风承诺', '廉洁承诺'],
    list_departments: () => departments,
    pledge_summary: () => [],
    ...over,
  })
}

const owners = () => allByTestId('pledge-card-owner').map((e) => e.textContent)

describe('the 亮诺墙', () => {
  test('shows the year’s pledges by 科室 with each item’s status and the overdue mark core sent', async () => {
    const b = backend()
    await mountScreen(PledgeWall, { role: 'staff', path: '/pledges' })
    expect(b.callsOf('pledge_wall')[0].args).toEqual({ year, departmentId: null })
    expect(allByTestId('pledge-section-name').map((e) => e.textContent)).toEqual(['办公室', '人事科'])
    expect(owners()).toEqual(['办公室', '赵敏', '钱八'])
    expect(allByTestId('pledge-item-status').map((e) => e.textContent?.trim())).toEqual(['未开始', '未开始', '进行中', '已兑现'])
    expect(allByTestId('pledge-item-overdue')).toHaveLength(1)
    // Staff browse; only the organizer publishes and adds kinds.
    expect(byTestId('pledge-publish')).toBeNull()
    expect(byTestId('pledge-add-kind')).toBeNull()
  })

  test('the wall, its kinds and the 科室, asked for when the navigation started, are the ones used: nothing asked twice', async () => {
    const b = backend()
    await mountScreen(PledgeWall, { role: 'staff', path: '/pledges' })
    expect(owners()).toEqual(['办公室', '赵敏', '钱八'])
    expect(b.calls.map((c) => c.cmd).sort()).toEqual(['list_departments', 'pledge_kinds', 'pledge_wall'])
  })

  test('filters by kind, status and overdue, and asks the back end for one 科室', async () => {
    const b = backend()
    await mountScreen(PledgeWall, { role: 'staff', path: '/pledges' })
    const everyone = owners()
    await chooseOption('pledge-filter-kind', '服务承诺')
    expect(owners()).toEqual(['赵敏'])
    expect(allByTestId('pledge-item')).toHaveLength(1)
    // Cleared, the filter lets every item through again.
    await clearSelect('pledge-filter-kind')
    expect(owners()).toEqual(everyone)
    expect(byTestId('pledge-filter-clear')).toBeNull()
    await chooseOption('pledge-filter-kind', '服务承诺')

    byTestId('pledge-filter-clear')!.click()
    await settle()
    await chooseOption('pledge-filter-status', '已兑现')
    expect(owners()).toEqual(['钱八'])

    byTestId('pledge-filter-clear')!.click()
    await settle()
    byTestId('pledge-filter-overdue')!.querySelector('input')!.click()
    await settle()
    expect(owners()).toEqual(['赵敏'])
    expect(allByTestId('pledge-item-overdue')).toHaveLength(1)

    await chooseOption('pledge-filter-kind', '廉洁承诺')
    expect(byTestId('pledge-wall-no-match')).not.toBeNull()

    byTestId('pledge-filter-clear')!.click()
    await settle()
    await chooseOption('pledge-filter-department', '人事科')
    expect(b.callsOf('pledge_wall').at(-1)!.args).toEqual({ year, departmentId: 2 })
  })

  test('the 践诺汇总 tab asks for the summary only when chosen, and the wall is there on the way back', async () => {
    const b = backend()
    await mountScreen(PledgeWall, { role: 'staff', path: '/pledges' })
    const tab = (label: string) => [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((e) => e.textContent?.trim() === label)!
    expect(tab('亮诺墙').getAttribute('aria-selected')).toBe('true')
    expect(b.callsOf('pledge_summary')).toHaveLength(0)
    expect(byTestId('pledge-summary')).toBeNull()

    tab('践诺汇总').click()
    await settle()
    expect(b.callsOf('pledge_summary')[0].args).toEqual({ year })
    expect(byTestId('pledge-summary-empty')).not.toBeNull()
    expect(byTestId('pledge-wall')!.querySelector('[data-testid="pledge-section"]')).not.toBeNull()

    tab('亮诺墙').click()
    await settle()
    expect(tab('亮诺墙').getAttribute('aria-selected')).toBe('true')
    expect(owners()).toEqual(['办公室', '赵敏', '钱八'])
  })

  test('an empty year says how to start', async () => {
    backend({ pledge_wall: () => [] })
    await mountScreen(PledgeWall, { role: 'organizer', path: '/pledges' })
    expect(byTestId('pledge-wall-empty')?.textContent).toContain('发布承诺')
  })

  test('a failed load says why and offers to retry', async () => {
    backend({
      pledge_wall: () => {
        throw appError('store.busy', '数据库正忙，请稍后再试')
      },
    })
    await mountScreen(PledgeWall, { role: 'staff', path: '/pledges' })
    expect(byTestId('pledge-wall-error')?.textContent).toContain('数据库正忙')
  })
})

describe('publishing for a 科室 (organizer)', () => {
  async function fillDepartmentPledge() {
    byTestId('pledge-publish')!.click()
    await dialogShown('pledge-publish-dialog')
    byTestId('pledge-owner-kind')!.querySelectorAll('input')[1].click()
    await settle()
    await chooseOption('pledge-owner-department', '人事科')
    typeInto('pledge-item-0-content', '每月走访服务对象一次')
    byTestId('pledge-item-add')!.click()
    await settle()
    await chooseOption('pledge-item-1-kind', '廉洁承诺')
    typeInto('pledge-item-1-content', '不收受任何礼品礼金')
  }

  test('publishes every item with its kind and due date, then shows it on the wall', async () => {
    const b = backend({
      publish_pledge: ({ input }: { input: PledgeInput }) => ({ ...wall()[1].pledges[0], id: 9, owner_name: '人事科', year: input.year }),
    })
    await mountScreen(PledgeWall, { role: 'organizer', path: '/pledges' })
    const loads = b.callsOf('pledge_wall').length
    await fillDepartmentPledge()
    byTestId('pledge-publish-submit')!.click()
    await settle()
    expect(b.callsOf('publish_pledge')[0].args).toEqual({
      input: {
        owner: { kind: 'department', department_id: 2 },
        year,
        items: [
          { kind: '岗位承诺', content: '每月走访服务对象一次', due_on: `${year}-12-31` },
          { kind: '廉洁承诺', content: '不收受任何礼品礼金', due_on: `${year}-12-31` },
        ],
      },
    })
    expect(b.callsOf('pledge_wall').length).toBe(loads + 1)
  })

  test('a refusal stays in the dialog with core’s words and the wall is not reloaded', async () => {
    const b = backend({
      publish_pledge: () => {
        throw appError('pledges.already_published', '人事科 已发布 2026 年的承诺；如需修改，请组织者填写原因后修改')
      },
    })
    await mountScreen(PledgeWall, { role: 'organizer', path: '/pledges' })
    const loads = b.callsOf('pledge_wall').length
    await fillDepartmentPledge()
    byTestId('pledge-publish-submit')!.click()
    await settle()
    expect(byTestId('pledge-publish-error')?.textContent).toContain('已发布 2026 年的承诺')
    expect(byTestId('pledge-publish-dialog')?.closest('.el-overlay')?.getAttribute('style') ?? '').not.toContain('display: none')
    expect(b.callsOf('pledge_wall').length).toBe(loads)
  })

  test('nothing is sent before the owner is chosen', async () => {
    const b = backend({ publish_pledge: () => ({}) })
    await mountScreen(PledgeWall, { role: 'organizer', path: '/pledges' })
    byTestId('pledge-publish')!.click()
    await dialogShown('pledge-publish-dialog')
    typeInto('pledge-item-0-content', '每月走访服务对象一次')
    byTestId('pledge-publish-submit')!.click()
    await settle()
    expect(byTestId('pledge-publish-error')?.textContent).toContain('请选择承诺人')
    expect(b.callsOf('publish_pledge')).toHaveLength(0)
  })

  test('the organizer adds a kind, which the filters and the form then offer', async () => {
    const kinds = ['岗位承诺', '服务承诺', '作风承诺']
    const b = backend({
      pledge_kinds: () => kinds,
      add_pledge_kind: ({ name }: { name: string }) => [...kinds, name],
    })
    await mountScreen(PledgeWall, { role: 'organizer', path: '/pledges' })
    byTestId('pledge-add-kind')!.click()
    await settle()
    const input = document.querySelector<HTMLInputElement>('.el-message-box input')!
    input.value = '  廉洁承诺 '
    input.dispatchEvent(new Event('input'))
    await settle()
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    await settle()
    expect(b.callsOf('add_pledge_kind')[0].args).toEqual({ name: '廉洁承诺' })
    await chooseOption('pledge-filter-kind', '廉洁承诺')
  })
})
