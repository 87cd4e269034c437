import { describe, expect, test } from 'vitest'
import type { KioskSheet } from '@/bindings/KioskSheet'
import { appError, fakeBackend } from '@/test/backend'
import { pressEnter, typeInto } from '@/test/interact'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import { round } from '@/test/pledgeRounds'
import PledgeKiosk from './PledgeKiosk.vue'

const sheet: KioskSheet = {
  round_title: '2026年度评诺',
  label: '领导',
  owners: [
    { pledge_id: 21, owner_name: '李四', department_name: '办公室', items: ['按时办结每一件来文'] },
    { pledge_id: 22, owner_name: '王五', department_name: '宣传科', items: ['窗口服务零投诉'] },
  ],
}

async function confirmBox() {
  document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!.click()
  await settle()
}

function rate(pledge: number, rating: string) {
  byTestId(`kiosk-rate-${pledge}-${rating}`)!.querySelector<HTMLInputElement>('input')!.click()
}

describe('评诺 kiosk', () => {
  test('a spent code says why and no sheet is shown', async () => {
    const b = fakeBackend({
      pledge_kiosk_round: () => round,
      pledge_kiosk_check_code: () => {
        throw appError('pledges.code_used', '这个评价码已经用过，每个码只能评价一次')
      },
    })
    await mountWithApp(PledgeKiosk, { role: 'organizer', path: '/kiosk/pledges' })
    expect(byTestId('kiosk-title')?.textContent).toContain('2026年度评诺')
    typeInto('kiosk-code', 'k7m2q9xr')
    await pressEnter('kiosk-code')
    expect(byTestId('kiosk-error')?.textContent).toContain('已经用过')
    expect(byTestId('kiosk-sheet')).toBeNull()
    expect(b.callsOf('pledge_kiosk_cast')).toEqual([])
  })

  test('a sheet rated in full is sent once with its code, then the screen resets for the next rater', async () => {
    const b = fakeBackend({ pledge_kiosk_round: () => round, pledge_kiosk_check_code: () => sheet, pledge_kiosk_cast: () => null })
    await mountWithApp(PledgeKiosk, { role: 'organizer', path: '/kiosk/pledges' })
    typeInto('kiosk-code', 'K7M2Q9XR')
    byTestId('kiosk-next')!.click()
    await settle()
    expect(byTestId('kiosk-sheet')?.textContent).toContain('李四')
    expect(byTestId('kiosk-sheet')?.textContent).toContain('按时办结每一件来文')
    expect(byTestId('kiosk-left')?.textContent).toContain('2')
    rate(21, 'satisfied')
    rate(22, 'basic')
    await settle()
    expect(byTestId('kiosk-left')).toBeNull()
    byTestId('kiosk-submit')!.click()
    await settle()
    await confirmBox()
    expect(b.callsOf('pledge_kiosk_cast').map((c) => c.args)).toEqual([
      {
        code: 'K7M2Q9XR',
        marks: [
          { pledge_id: 21, rating: 'satisfied' },
          { pledge_id: 22, rating: 'basic' },
        ],
      },
    ])
    expect(byTestId('kiosk-done')?.textContent).toContain('评价成功')
    byTestId('kiosk-next-voter')!.click()
    await settle()
    expect(byTestId('kiosk-sheet')).toBeNull()
  })

  test('an incomplete sheet is refused by core and the refusal is shown, the sheet stays', async () => {
    fakeBackend({
      pledge_kiosk_round: () => round,
      pledge_kiosk_check_code: () => sheet,
      pledge_kiosk_cast: () => {
        throw appError('pledges.sheet_incomplete', '还有 1 个对象没有评价，请全部评价后再提交')
      },
    })
    await mountWithApp(PledgeKiosk, { role: 'organizer', path: '/kiosk/pledges' })
    typeInto('kiosk-code', 'K7M2Q9XR')
    byTestId('kiosk-next')!.click()
    await settle()
    rate(21, 'unsatisfied')
    await settle()
    byTestId('kiosk-submit')!.click()
    await settle()
    await confirmBox()
    expect(byTestId('kiosk-error')?.textContent).toContain('还有 1 个对象没有评价')
    expect(byTestId('kiosk-sheet')).not.toBeNull()
    expect(byTestId('kiosk-done')).toBeNull()
  })
})
