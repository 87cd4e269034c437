import { beforeEach, describe, expect, test, vi } from 'vitest'
import { appError, fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountWithApp } from '@/test/mount'
import SlipsPrint from './SlipsPrint.vue'

const askReason = vi.fn<() => Promise<string | null>>()
vi.mock('@/app/confirm', () => ({ askReason: () => askReason(), confirmAction: async () => true }))

const needsReason = () => {
  throw appError('ballot.reprint_needs_reason', '已开始投票，补印选票码须写明原因（会记录在案并在计票结果中注明）')
}

describe('code slips', () => {
  beforeEach(() => askReason.mockReset())

  test('before the first ballot the unused codes print without a question', async () => {
    const b = fakeBackend({ ballot_codes: () => ['ABCD2345', 'WXYZ6789'] })
    await mountWithApp(SlipsPrint, { role: 'organizer', path: '/honors/rounds/7/slips' })
    expect(allByTestId('slip-code').map((e) => e.textContent)).toEqual(['ABCD 2345', 'WXYZ 6789'])
    expect(askReason).not.toHaveBeenCalled()
    expect(b.callsOf('reprint_ballot_codes')).toHaveLength(0)
  })

  test('after the first ballot a reprint asks for the reason and sends it with the request', async () => {
    askReason.mockResolvedValue('第二页打印时卡纸')
    const b = fakeBackend({ ballot_codes: needsReason, reprint_ballot_codes: () => ['WXYZ6789'] })
    await mountWithApp(SlipsPrint, { role: 'organizer', path: '/honors/rounds/7/slips' })
    expect(b.callsOf('reprint_ballot_codes')[0].args).toEqual({ id: 7, reason: '第二页打印时卡纸' })
    expect(allByTestId('slip-code').map((e) => e.textContent)).toEqual(['WXYZ 6789'])
    expect(byTestId('slips-count')?.textContent).toContain('补印：1 张未用的选票码')
  })

  test('backing out of the reason prints nothing and says why', async () => {
    askReason.mockResolvedValue(null)
    const b = fakeBackend({ ballot_codes: needsReason, reprint_ballot_codes: () => ['WXYZ6789'] })
    await mountWithApp(SlipsPrint, { role: 'organizer', path: '/honors/rounds/7/slips' })
    expect(b.callsOf('reprint_ballot_codes')).toHaveLength(0)
    expect(allByTestId('slip-code')).toHaveLength(0)
    expect(document.body.textContent).toContain('补印选票码须写明原因')
  })
})
