import { describe, expect, test } from 'vitest'
import type { JudgedContest } from '@/bindings/JudgedContest'
import { appError, fakeBackend, type Handler } from '@/test/backend'
import { typeInto } from '@/test/interact'
import { allByTestId, byTestId, mountWithApp, settle } from '@/test/mount'
import { contest } from './fixtures'
import JudgingView from './JudgingView.vue'

function backend(c: JudgedContest = contest(), extra: Record<string, Handler> = {}) {
  return fakeBackend({ judged_contest: () => c, ...extra })
}

const open = () => mountWithApp(JudgingView, { role: 'organizer', path: '/activities/5/judging' })

async function showTab(label: string) {
  const tab = Array.from(document.querySelectorAll<HTMLElement>('.el-tabs__item')).find((t) => t.textContent?.includes(label))
  tab!.click()
  await settle()
}

async function answerMessageBox(confirm = true) {
  await settle()
  document.querySelector<HTMLButtonElement>(`.el-message-box__btns .el-button${confirm ? '--primary' : ''}`)!.click()
  await settle()
}

describe('the judging page', () => {
  test('the results show every score, the dropped ones struck through, with ranks and awards', async () => {
    backend()
    await open()
    await showTab('成绩')
    const dropped = allByTestId('score-dropped').map((e) => e.textContent)
    expect(dropped).toEqual(['70', '95', '79', '83'])
    expect(allByTestId('score-counted')).toHaveLength(6)
    expect(allByTestId('score-dropped').every((e) => e.classList.contains('dropped'))).toBe(true)
    expect(allByTestId('result-final').map((e) => e.textContent)).toEqual(['87.67', '81.00'])
    expect(allByTestId('result-award').map((e) => e.textContent?.trim())).toEqual(['一等奖', '二等奖'])
    expect(byTestId('results-legend')?.textContent).toContain('去掉的一个最高分和一个最低分')
    expect(byTestId<HTMLButtonElement>('results-certificates')?.disabled).toBe(true)
  })

  test('公布成绩 asks first, then shows the lock and offers 解锁', async () => {
    const published = contest({ published_at: '2026-11-26T10:00:00', log: [{ action: 'publish', reason: '', at: '2026-11-26T10:00:00' }] })
    const b = backend(contest(), { publish_results: () => published })
    await open()
    await showTab('成绩')
    byTestId('results-publish')!.click()
    await answerMessageBox()
    expect(b.callsOf('publish_results')[0].args).toEqual({ activityId: 5 })
    expect(byTestId('judging-state')?.textContent).toContain('已公布')
    expect(byTestId('judging-locked')).not.toBeNull()
    expect(byTestId('results-unlock')).not.toBeNull()
    expect(byTestId<HTMLButtonElement>('results-certificates')?.disabled).toBe(false)
    expect(byTestId('results-log')?.textContent).toContain('公布成绩')
  })

  test('解锁 needs a reason, which is sent', async () => {
    const b = backend(contest({ published_at: '2026-11-26T10:00:00' }), { unlock_results: () => contest() })
    await open()
    await showTab('成绩')
    byTestId('results-unlock')!.click()
    await settle()
    await answerMessageBox()
    expect(document.querySelector('.el-message-box__errormsg')?.textContent).toContain('请写明解锁原因')
    expect(b.callsOf('unlock_results')).toHaveLength(0)
    const input = document.querySelector<HTMLTextAreaElement>('.el-message-box textarea')!
    input.value = '评委1录入有误'
    input.dispatchEvent(new Event('input'))
    await answerMessageBox()
    expect(b.callsOf('unlock_results')[0].args).toEqual({ activityId: 5, reason: '评委1录入有误' })
  })

  test('a judge’s marks for an entrant are sent in the order of the criteria', async () => {
    const b = backend(contest(), { enter_score: () => contest() })
    await open()
    await showTab('录入评分')
    const marks = ['38', '27.5', '18', '9']
    marks.forEach((m, c) => typeInto(`score-mark-0-${c}`, m))
    await settle()
    for (const [c] of marks.entries()) byTestId(`score-mark-0-${c}`)!.querySelector('input')!.dispatchEvent(new Event('change'))
    await settle()
    expect(byTestId('score-total-11')?.textContent).toBe('92.5')
    byTestId('score-save-0')!.click()
    await settle()
    expect(b.callsOf('enter_score')[0].args).toEqual({ activityId: 5, sheet: { judge_id: 1, entrant_id: 11, marks: [38, 27.5, 18, 9] } })
  })

  test('a mark over the criterion’s full marks is kept as typed, marked, and sent for core to refuse with its reason', async () => {
    const refusal = '“语言表达”满分 30 分，不能给 35 分'
    const b = backend(contest(), { enter_score: () => { throw appError('contests.score_out_of_range', refusal) } })
    await open()
    await showTab('录入评分')
    ;['38', '35', '18', '9'].forEach((m, c) => typeInto(`score-mark-0-${c}`, m))
    await settle()
    for (const c of [0, 1, 2, 3]) byTestId(`score-mark-0-${c}`)!.querySelector('input')!.dispatchEvent(new Event('change'))
    await settle()
    // Not silently made 30: the 35 stays, with the reason beside it.
    expect(byTestId('score-mark-0-1')!.querySelector('input')!.value).toBe('35.00')
    expect(byTestId('score-table')!.querySelector('[data-testid="number-problem"]')?.textContent).toContain('不能大于 30')
    byTestId('score-save-0')!.click()
    await settle()
    expect(b.callsOf('enter_score')[0].args).toEqual({ activityId: 5, sheet: { judge_id: 1, entrant_id: 11, marks: [38, 35, 18, 9] } })
    expect(document.querySelector('.el-message')?.textContent).toContain(refusal)
  })

  test('with 回避 on, the judge’s own 科室 shows 回避 instead of inputs', async () => {
    const c = contest({ recusals: [{ judge_id: 1, entrant_id: 12 }] })
    backend(c)
    await open()
    await showTab('录入评分')
    expect(byTestId('score-mark-0-0')).not.toBeNull()
    expect(byTestId('score-mark-1-0')).toBeNull()
    expect(byTestId('score-save-1')).toBeNull()
    expect(byTestId('score-table')?.textContent).toContain('回避')
  })

  test('a refused score shows the back end’s reason', async () => {
    backend(contest(), { enter_score: () => { throw appError('contests.locked', '成绩已于 2026年11月26日 10:00 公布并锁定；如需修改，请先解锁并写明原因') } })
    await open()
    await showTab('录入评分')
    ;['40', '30', '20', '10'].forEach((m, c) => typeInto(`score-mark-0-${c}`, m))
    await settle()
    for (const c of [0, 1, 2, 3]) byTestId(`score-mark-0-${c}`)!.querySelector('input')!.dispatchEvent(new Event('change'))
    await settle()
    byTestId('score-save-0')!.click()
    await settle()
    expect(document.querySelector('.el-message')?.textContent).toContain('公布并锁定')
  })

  test('a page that cannot load says why and offers a retry', async () => {
    backend(contest(), { judged_contest: () => { throw appError('contests.not_judged_kind', '“爬山”类活动不评分') } })
    await open()
    expect(byTestId('judging-error')?.textContent).toContain('“爬山”类活动不评分')
  })
})
