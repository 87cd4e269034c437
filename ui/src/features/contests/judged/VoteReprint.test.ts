// 书画展览: after the first vote, the unused codes come back only as a reprint with a reason.
import { beforeEach, describe, expect, test, vi } from 'vitest'
import type { Exhibition } from '@/bindings/Exhibition'
import type { VotePermits } from '@/bindings/VotePermits'
import { absent, yes } from '@/test/activities'
import { fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountWithApp, settle } from '@/test/mount'
import { contest } from './fixtures'
import JudgingView from './JudgingView.vue'

const askReason = vi.fn<() => Promise<string | null>>()
vi.mock('@/app/confirm', () => ({ askReason: () => askReason(), confirmAction: async () => true }))

const entries = [{ id: 11, title: '春山', staff_id: 1, author: '张三', department_name: '办公室', medium: '国画', photo_file_id: null }]
// After the first vote core offers 补印 instead of 查看未用的投票码.
const allowed: VotePermits = { weight: yes(), issue: yes(), unused: absent(), reprint: yes(), kiosk: yes(), close: yes() }
const voting = (reprints: number): Exhibition => ({ entries, vote: { state: 'open', weight: 30, codes_issued: 3, votes_cast: 1, reprints, allowed }, blend: [] })

async function askForReprint() {
  await mountWithApp(JudgingView, { role: 'organizer', path: '/activities/5/judging' })
  Array.from(document.querySelectorAll<HTMLElement>('.el-tabs__item'))
    .find((t) => t.textContent?.includes('人气投票'))!
    .click()
  await settle()
  expect(byTestId('vote-unused')).toBeNull()
  byTestId('vote-reprint')!.click()
  await settle()
}

describe('reprinting exhibition codes', () => {
  beforeEach(() => askReason.mockReset())

  test('after the first vote the reason is asked for and sent, and the reprint is counted', async () => {
    askReason.mockResolvedValue('展区二的选票受潮')
    let reprints = 0
    const b = fakeBackend({
      judged_contest: () => contest({ activity_kind: 'exhibition', exhibition: voting(reprints) }),
      activity_files: () => [],
      reprint_vote_codes: () => {
        reprints += 1
        return ['WXYZ6789', 'ZZZZ2222']
      },
    })
    await askForReprint()
    expect(b.callsOf('reprint_vote_codes').map((c) => c.args)).toEqual([{ activityId: 5, reason: '展区二的选票受潮' }])
    expect(allByTestId('vote-code').map((e) => e.textContent?.trim())).toEqual(['WXYZ6789', 'ZZZZ2222'])
    expect(byTestId('vote-reprints')?.textContent).toBe('1')
  })

  test('backing out of the reason reprints nothing', async () => {
    askReason.mockResolvedValue(null)
    const b = fakeBackend({
      judged_contest: () => contest({ activity_kind: 'exhibition', exhibition: voting(0) }),
      activity_files: () => [],
      reprint_vote_codes: () => ['WXYZ6789'],
    })
    await askForReprint()
    expect(b.callsOf('reprint_vote_codes')).toHaveLength(0)
    expect(allByTestId('vote-code')).toHaveLength(0)
    expect(byTestId('vote-reprints')).toBeNull()
  })
})
