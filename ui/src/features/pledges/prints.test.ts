import { describe, expect, test } from 'vitest'
import { fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountWithApp } from '@/test/mount'
import { timeline, wall } from '@/test/pledges'
import { i18n } from '@/i18n'
import BoardPrint from './BoardPrint.vue'
import LetterPrint from './LetterPrint.vue'

describe('the 承诺书', () => {
  test('one pledge on A4 with the unit, the items with kinds and due dates, and the signature and date lines', async () => {
    fakeBackend({ pledge_timeline: () => timeline() })
    await mountWithApp(LetterPrint, { role: 'staff', path: '/pledges/print/letters?pledge=1' })
    const letters = allByTestId('pledge-letter')
    expect(letters).toHaveLength(1)
    const text = letters[0].textContent!
    for (const s of ['市科技局', '承诺书', '承诺人：赵敏（办公室）', '【岗位承诺】办件按时办结率达到100%', '【服务承诺】窗口服务零投诉', '2026年6月30日', '承诺人（签名）', '日期']) {
      expect(text).toContain(s)
    }
  })

  test('every pledge of a 科室, one page each; a 科室 signs as its head', async () => {
    const b = fakeBackend({ pledge_wall: () => wall().slice(0, 1) })
    await mountWithApp(LetterPrint, { role: 'staff', path: '/pledges/print/letters?year=2026&department=1' })
    expect(b.callsOf('pledge_wall')[0].args).toEqual({ year: 2026, departmentId: 1 })
    const letters = allByTestId('pledge-letter')
    expect(letters).toHaveLength(2)
    expect(letters[0].textContent).toContain('承诺科室：办公室')
    expect(letters[0].textContent).toContain('科室负责人（签名）')
  })
})

describe('the 公开承诺栏', () => {
  test('one sheet per 科室 listing every item with who pledged it and where it stands', async () => {
    fakeBackend({ pledge_wall: () => wall() })
    await mountWithApp(BoardPrint, { role: 'staff', path: '/pledges/print/board?year=2026' })
    const sheets = allByTestId('pledge-board')
    expect(sheets).toHaveLength(2)
    expect(sheets[0].textContent).toContain('2026年度公开承诺栏')
    expect(sheets[0].querySelectorAll('tbody tr')).toHaveLength(3)
    expect(sheets[0].textContent).toContain('进行中（逾期）')
    expect(sheets[1].textContent).toContain('人事科')
    expect(byTestId('print-button')?.hasAttribute('disabled')).toBe(false)
  })

  test('prints in Chinese for the unit when the window is in English, and gives the window its language back', async () => {
    fakeBackend({ pledge_wall: () => wall() })
    i18n.global.locale.value = 'en'
    const { router } = await mountWithApp(BoardPrint, { role: 'staff', path: '/pledges/print/board?year=2026' })
    const sheet = allByTestId('pledge-board')[0].textContent!
    expect(sheet).toContain('2026年度公开承诺栏')
    expect(sheet).not.toContain('Public pledges')
    expect(byTestId('print-button')?.textContent).toContain('打印')
    await router.push('/pledges')
    expect(i18n.global.locale.value).toBe('en')
  })

  test('nothing to print says so and the print button stays off', async () => {
    fakeBackend({ pledge_wall: () => [] })
    await mountWithApp(BoardPrint, { role: 'staff', path: '/pledges/print/board?year=2026' })
    expect(byTestId('pledge-board-print')?.textContent).toContain('没有可打印的承诺')
    expect(byTestId('print-button')?.hasAttribute('disabled')).toBe(true)
  })
})
