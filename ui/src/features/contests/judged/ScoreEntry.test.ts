import { describe, expect, test } from 'vitest'
import type { JudgeSheetRead } from '@/bindings/JudgeSheetRead'
import type { JudgedContest } from '@/bindings/JudgedContest'
import { appError, fakeBackend, type Handler } from '@/test/backend'
import { chooseOption, inputOf, typeInto } from '@/test/interact'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import { contest } from './fixtures'
import JudgingView from './JudgingView.vue'

/** Three entrants: 张三 (办公室), 李四 (宣传科), 王五 (办公室). */
function three(overrides: Partial<JudgedContest> = {}): JudgedContest {
  const c = contest()
  return contest({ entrants: [...c.entrants, { id: 13, name: '王五', department_id: 1, department_name: '办公室' }], ...overrides })
}

function backend(c: JudgedContest, extra: Record<string, Handler> = {}) {
  return fakeBackend({ judged_contest: () => c, ...extra })
}

async function openScores() {
  await mountWithApp(JudgingView, { role: 'organizer', path: '/activities/5/judging' })
  const tab = Array.from(document.querySelectorAll<HTMLElement>('.el-tabs__item')).find((t) => t.textContent?.includes('录入评分'))
  tab!.click()
  await settle()
}

async function type(row: number, col: number, value: string) {
  typeInto(`score-mark-${row}-${col}`, value)
  inputOf(`score-mark-${row}-${col}`).dispatchEvent(new Event('change'))
  await settle()
}

async function press(row: number, col: number, key: string, shiftKey = false) {
  const input = inputOf(`score-mark-${row}-${col}`)
  input.focus()
  input.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }))
  await settle()
}

/** Which cell has the focus, as `row-col`. */
function focused(): string | null {
  return document.activeElement?.closest('[data-cell]')?.getAttribute('data-cell') ?? null
}

describe('the score grid of one judge', () => {
  test('the whole sheet goes to the back end with one 保存评分表, in the order of the criteria, an empty row as empty', async () => {
    const b = backend(three(), { save_judge_sheet: () => three() })
    await openScores()
    const rows = [
      ['38', '27.5', '18', '9'],
      ['30', '20', '15', '5.25'],
    ]
    for (const [r, marks] of rows.entries()) for (const [c, m] of marks.entries()) await type(r, c, m)
    expect(byTestId('score-total-11')?.textContent).toBe('92.5')
    expect(byTestId('score-total-12')?.textContent).toBe('70.25')
    expect(byTestId('score-state-0')?.textContent).toContain('未保存')
    expect(byTestId('score-state-2')?.textContent).toContain('未评分')
    expect(byTestId('score-unsaved')?.textContent).toContain('有 2 行改动还没有保存')
    byTestId('score-save')!.click()
    await settle()
    expect(b.callsOf('save_judge_sheet')).toHaveLength(1)
    expect(b.callsOf('save_judge_sheet')[0].args).toEqual({
      activityId: 5,
      sheet: {
        judge_id: 1,
        rows: [
          { entrant_id: 11, marks: [38, 27.5, 18, 9] },
          { entrant_id: 12, marks: [30, 20, 15, 5.25] },
          { entrant_id: 13, marks: [null, null, null, null] },
        ],
      },
    })
    expect(document.querySelector('.el-message')?.textContent).toContain('评委 评委1 的评分表已保存')
  })

  test('Enter and the arrow keys move between cells without changing the marks', async () => {
    backend(three())
    await openScores()
    await type(0, 0, '30')
    await press(0, 0, 'Enter')
    expect(focused()).toBe('1-0')
    await press(1, 0, 'ArrowDown')
    expect(focused()).toBe('2-0')
    await press(2, 0, 'ArrowUp')
    expect(focused()).toBe('1-0')
    await press(1, 0, 'Enter', true)
    expect(focused()).toBe('0-0')
    // ↑ and ↓ move; they never step the number (30 stays 30).
    expect(inputOf('score-mark-0-0').value).toBe('30')
    await press(0, 0, 'ArrowRight')
    expect(focused()).toBe('0-1')
    await press(0, 3, 'ArrowRight')
    expect(focused()).toBe('1-0')
    await press(1, 0, 'ArrowLeft')
    expect(focused()).toBe('0-3')
    // The last row: Enter stays put.
    await press(2, 1, 'Enter')
    expect(focused()).toBe('2-1')
  })

  test('a recused row has no cells and the keys skip it', async () => {
    backend(three({ recusals: [{ judge_id: 1, entrant_id: 12 }] }))
    await openScores()
    expect(byTestId('score-mark-1-0')).toBeNull()
    expect(byTestId('score-table')?.textContent).toContain('回避')
    await press(0, 2, 'Enter')
    expect(focused()).toBe('2-2')
    await press(2, 2, 'ArrowUp')
    expect(focused()).toBe('0-2')
  })

  test('a mark out of range or with three decimals stays as typed, is marked, and core’s refusal naming the cell is shown', async () => {
    const refusal = '张三 的“表达”35 超过满分 30；整张评分表都没有保存，请改正后再保存'
    const b = backend(three(), { save_judge_sheet: () => { throw appError('contests.bad_cell', refusal) } })
    await openScores()
    for (const [c, m] of ['38', '35', '18.125', '-1'].entries()) await type(0, c, m)
    // Not silently made 30, rounded to 18.13 or raised to 0.
    expect(inputOf('score-mark-0-1').value).toBe('35')
    expect(inputOf('score-mark-0-2').value).toBe('18.125')
    expect(inputOf('score-mark-0-3').value).toBe('-1')
    const problems = Array.from(byTestId('score-table')!.querySelectorAll('[data-testid="number-problem"]')).map((p) => p.textContent)
    expect(problems).toEqual([expect.stringContaining('不能大于 30'), expect.stringContaining('不能小于 0')])
    byTestId('score-save')!.click()
    await settle()
    const sent = b.callsOf('save_judge_sheet')[0].args as { sheet: { rows: { marks: unknown[] }[] } }
    expect(sent.sheet.rows[0].marks).toEqual([38, 35, 18.125, -1])
    expect(document.querySelector('.el-message')?.textContent).toContain(refusal)
    // Still there to correct.
    expect(inputOf('score-mark-0-1').value).toBe('35')
  })

  test('changing judge with unsaved marks asks first; cancelling keeps the judge and the marks', async () => {
    backend(three())
    await openScores()
    await type(0, 0, '30')
    await chooseOption('score-judge', '评委2')
    expect(document.querySelector('.el-message-box')?.textContent).toContain('还有未保存的改动')
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button:not(.el-button--primary)')!.click()
    await settle()
    expect(inputOf('score-mark-0-0').value).toBe('30')
    expect(byTestId('score-judge')?.textContent).toContain('评委1')
  })

  test('下载评分表 writes the chosen judge’s sheet and says where', async () => {
    const b = backend(three(), { export_judge_sheet: () => ({ path: '/home/user/下载/评分表_评委1.xlsx', file_name: '评分表_评委1.xlsx' }) })
    await openScores()
    byTestId('score-download')!.click()
    await settle()
    expect(b.callsOf('export_judge_sheet')[0].args).toEqual({ activityId: 5, judgeId: 1 })
    expect(byTestId('score-download-result')?.textContent).toContain('/home/user/下载/评分表_评委1.xlsx')
  })
})

function readSheet(overrides: Partial<JudgeSheetRead> = {}): JudgeSheetRead {
  return {
    judge_id: 2,
    judge_name: '评委2',
    columns: ['内容（满分 40）', '表达（满分 30）', '形象（满分 20）', '时间（满分 10）'],
    lines: [
      { line: 7, entrant_name: '张三', cells: ['38', '27', '18', '9'], recused: false },
      { line: 8, entrant_name: '李四', cells: ['41', '20', '15', '5'], recused: false },
    ],
    problems: ['第 8 行“内容”列：41 超过满分 40'],
    not_in_file: ['王五'],
    sheet: {
      judge_id: 2,
      rows: [
        { entrant_id: 11, marks: [38, 27, 18, 9] },
        { entrant_id: 12, marks: [41, 20, 15, 5] },
      ],
    },
    ...overrides,
  }
}

async function chooseFile() {
  const input = document.querySelector<HTMLInputElement>('[data-testid="sheet-import-upload"] input[type=file]')!
  expect(input.accept).toBe('.xlsx')
  const file = new File([new Uint8Array([80, 75, 3, 4])], '评分表_评委2.xlsx')
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await settle()
}

describe('importing a judge’s .xlsx sheet', () => {
  test('a sheet with problems shows what was read and each problem by row and column, and cannot be imported', async () => {
    const b = backend(three(), { preview_judge_sheet: () => readSheet() })
    await openScores()
    byTestId('score-import')!.click()
    await settle()
    await chooseFile()
    expect(b.callsOf('preview_judge_sheet')[0].args).toEqual({ activityId: 5, bytes: [80, 75, 3, 4] })
    expect(byTestId('sheet-import-judge')?.textContent).toContain('评委2')
    expect(byTestId('sheet-import-problems')?.textContent).toContain('第 8 行“内容”列：41 超过满分 40')
    expect(byTestId('sheet-import-missing')?.textContent).toContain('王五')
    expect(byTestId('sheet-import-lines')?.textContent).toContain('41')
    expect(byTestId<HTMLButtonElement>('sheet-import-apply')!.disabled).toBe(true)
  })

  test('a refused file says why', async () => {
    const why = '这份评分表是“迎新春歌咏比赛”的，不是本次比赛“爱岗敬业演讲比赛”的；请导入本次比赛的评分表'
    backend(three(), { preview_judge_sheet: () => { throw appError('contests.sheet_of_another_contest', why) } })
    await openScores()
    byTestId('score-import')!.click()
    await settle()
    await chooseFile()
    expect(byTestId('sheet-import-error')?.textContent).toContain(why)
    expect(byTestId<HTMLButtonElement>('sheet-import-apply')!.disabled).toBe(true)
  })

  test('a clean sheet is saved for its judge, whose grid then shows the scores', async () => {
    const clean = readSheet({ problems: [], lines: readSheet().lines.slice(0, 1), sheet: { judge_id: 2, rows: [{ entrant_id: 11, marks: [38, 27, 18, 9] }] } })
    const after = three({ sheets: [{ judge_id: 2, entrant_id: 11, marks: [38, 27, 18, 9] }] })
    const b = backend(three(), { preview_judge_sheet: () => clean, save_judge_sheet: () => after })
    await openScores()
    byTestId('score-import')!.click()
    await settle()
    await chooseFile()
    expect(byTestId('sheet-import-ready')?.textContent).toContain('读到 1 行，没有问题')
    byTestId('sheet-import-apply')!.click()
    await settle()
    expect(b.callsOf('save_judge_sheet')[0].args).toEqual({ activityId: 5, sheet: clean.sheet })
    expect(byTestId('score-judge')?.textContent).toContain('评委2')
    expect(inputOf('score-mark-0-0').value).toBe('38')
    expect(byTestId('score-state-0')?.textContent).toContain('已保存')
  })
})
