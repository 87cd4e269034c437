import { describe, expect, test } from 'vitest'
import type { VoteTally } from '@/bindings/VoteTally'
import { fakeBackend } from '@/test/backend'
import { byTestId, mountWithApp } from '@/test/mount'
import ResultReport from './ResultReport.vue'

const tally = (reprints: number): VoteTally => ({
  seats: 1,
  issued: 10,
  cast: 9,
  valid: 9,
  invalid: 0,
  majority_base: 'cast',
  majority_needed: 5,
  results: [
    { nomination_id: 11, name: '李四', votes_for: 7, against: 0, abstain: 0, rank: 1, has_majority: true, elected: true, outcome: 'elected' },
  ],
  elected: [11],
  tie_at_line: [],
  unfilled: 0,
  reprints,
})

async function report(reprints: number) {
  fakeBackend({
    voting_rounds: () => [],
    honor_candidates: () => ({ category: { name: '先进个人' }, candidates: [] }),
    voting_tally: () => tally(reprints),
  })
  await mountWithApp(ResultReport, { role: 'organizer', path: '/honors/rounds/7/report?category=3' })
}

describe('result report', () => {
  test('the printed report says how often unused codes were reprinted after voting began', async () => {
    await report(2)
    expect(byTestId('tally-reprints')?.textContent).toContain('开始投票后补印选票码 2 次')
  })

  test('a vote without reprints prints no reprint line', async () => {
    await report(0)
    expect(byTestId('tally-report-paper')).not.toBeNull()
    expect(byTestId('tally-reprints')).toBeNull()
  })
})
