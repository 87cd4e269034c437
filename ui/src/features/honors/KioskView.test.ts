import { describe, expect, test } from 'vitest'
import type { VotingRound } from '@/bindings/VotingRound'
import { absent } from '@/test/activities'
import { appError, fakeBackend } from '@/test/backend'
import { typeInto, pressEnter } from '@/test/interact'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import KioskView from './KioskView.vue'

const round: VotingRound = {
  id: 7,
  category_id: 3,
  title: '先进个人投票',
  form: 'choose',
  majority_base: 'cast',
  seats: 2,
  state: 'open',
  runoff_of: null,
  candidates: [
    { nomination_id: 11, name: '李四', department_name: '办公室' },
    { nomination_id: 12, name: '王五', department_name: '宣传科' },
    { nomination_id: 13, name: '周八', department_name: '宣传科' },
  ],
  voters: 5,
  allowed: { edit: absent(), delete: absent(), remove_voter: absent(), open: absent(), slips: absent(), kiosk: absent(), close: absent(), screen: absent(), runoff: absent(), tally: absent(), paper: absent() },
}

async function confirmBox() {
  document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!.click()
  await settle()
}

function tick(id: number) {
  byTestId(`kiosk-candidate-${id}`)!.querySelector<HTMLInputElement>('input')!.click()
}

describe('voting kiosk', () => {
  test('a refused code says why and the ballot is not shown', async () => {
    fakeBackend({
      kiosk_ballot: () => round,
      kiosk_check_code: () => {
        throw appError('ballot.code_used', '这张选票码已经投过票，每个码只能投一次')
      },
    })
    await mountWithApp(KioskView, { role: 'organizer', path: '/kiosk' })
    typeInto('kiosk-code', 'k7m2q9xr')
    await pressEnter('kiosk-code')
    expect(byTestId('kiosk-error')?.textContent).toContain('这张选票码已经投过票')
    expect(byTestId('kiosk-choices')).toBeNull()
  })

  test('more choices than places cannot be submitted; a confirmed ballot is sent with its code, then the screen resets', async () => {
    const b = fakeBackend({ kiosk_ballot: () => round, kiosk_check_code: () => round, kiosk_cast: () => null })
    await mountWithApp(KioskView, { role: 'organizer', path: '/kiosk' })
    typeInto('kiosk-code', 'K7M2Q9XR')
    byTestId('kiosk-next')!.click()
    await settle()
    for (const id of [11, 12, 13]) {
      tick(id)
      await settle()
    }
    expect(byTestId('kiosk-count')?.textContent).toContain('最多只能选 2 人')
    expect(byTestId<HTMLButtonElement>('kiosk-submit')!.disabled).toBe(true)

    tick(13)
    await settle()
    byTestId('kiosk-submit')!.click()
    await settle()
    await confirmBox()
    expect(b.callsOf('kiosk_cast').map((c) => c.args)).toEqual([
      { code: 'K7M2Q9XR', ballot: { form: 'choose', chosen: [11, 12] } },
    ])
    expect(byTestId('kiosk-done')?.textContent).toContain('投票成功')
    byTestId('kiosk-next-voter')!.click()
    await settle()
    expect(byTestId<HTMLInputElement>('kiosk-code')!.querySelector('input')?.value ?? '').toBe('')
  })

  test('leaving needs the organizer password; a wrong one keeps the kiosk', async () => {
    let tries = 0
    fakeBackend({
      kiosk_ballot: () => round,
      leave_kiosk: ({ password }: { password: string }) => {
        tries += 1
        if (password !== 'organizer-pw') throw appError('auth.wrong_password', '密码不正确')
        return { role: 'organizer', kiosk: null }
      },
    })
    const { session } = await mountWithApp(KioskView, { role: 'organizer', path: '/kiosk' })
    session.kiosk = { kind: 'honors_round', round_id: 7 }
    byTestId('kiosk-exit')!.click()
    await settle()
    typeInto('kiosk-password', 'guess')
    byTestId('kiosk-exit-confirm')!.click()
    await settle()
    expect(byTestId('kiosk-exit-error')?.textContent).toContain('密码不正确')
    expect(session.kiosk).toEqual({ kind: 'honors_round', round_id: 7 })
    typeInto('kiosk-password', 'organizer-pw')
    byTestId('kiosk-exit-confirm')!.click()
    await settle()
    expect(tries).toBe(2)
    expect(session.kiosk).toBeNull()
  })
})
