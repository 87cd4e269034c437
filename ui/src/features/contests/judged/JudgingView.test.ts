import { describe, expect, test } from 'vitest'
import type { JudgedContest } from '@/bindings/JudgedContest'
import { appError, fakeBackend, type Handler } from '@/test/backend'
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

  test('a page that cannot load says why and offers a retry', async () => {
    backend(contest(), { judged_contest: () => { throw appError('contests.not_judged_kind', '“爬山”类活动不评分') } })
    await open()
    expect(byTestId('judging-error')?.textContent).toContain('“爬山”类活动不评分')
  })
})
