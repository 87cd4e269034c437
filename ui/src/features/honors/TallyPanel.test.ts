import { describe, expect, test } from 'vitest'
import type { VoteTally } from '@/bindings/VoteTally'
import type { VotingRound } from '@/bindings/VotingRound'
import { absent, refused, yes } from '@/test/activities'
import { appError, fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountWithApp } from '@/test/mount'
import TallyPanel from './TallyPanel.vue'

const round: VotingRound = {
  id: 7,
  category_id: 3,
  title: '先进个人投票',
  form: 'choose',
  majority_base: 'cast',
  seats: 2,
  state: 'closed',
  runoff_of: null,
  candidates: [
    { nomination_id: 11, name: '李四', department_name: '办公室' },
    { nomination_id: 12, name: '王五', department_name: '宣传科' },
    { nomination_id: 13, name: '周八', department_name: '宣传科' },
  ],
  voters: 10,
  allowed: { edit: absent(), delete: absent(), remove_voter: absent(), open: absent(), slips: absent(), kiosk: absent(), close: absent(), screen: absent(), runoff: yes(), tally: yes(), paper: yes() },
}

const result = (nomination_id: number, name: string, votes_for: number, rank: number, outcome: VoteTally['results'][0]['outcome']) => ({
  nomination_id,
  name,
  votes_for,
  against: 0,
  abstain: 0,
  rank,
  has_majority: true,
  elected: outcome === 'elected',
  outcome,
})

const tied: VoteTally = {
  seats: 2,
  issued: 10,
  cast: 10,
  valid: 10,
  invalid: 0,
  majority_base: 'cast',
  majority_needed: 6,
  results: [result(11, '李四', 8, 1, 'elected'), result(12, '王五', 6, 2, 'tied_at_line'), result(13, '周八', 6, 2, 'tied_at_line')],
  elected: [11],
  tie_at_line: [12, 13],
  unfilled: 1,
  reprints: 0,
}

const noPaper = { counter_entered: false, scrutineer_entered: false, confirmed: false, mismatches: [] }

describe('tally', () => {
  test('a tie at the line is said plainly and offers the runoff', async () => {
    const b = fakeBackend({ voting_tally: () => tied, paper_status: () => noPaper, open_runoff: () => ({ ...round, id: 8, title: '先进个人投票（另行投票）' }) })
    await mountWithApp(TallyPanel, { role: 'organizer', path: '/honors', props: { round } })
    expect(byTestId('tally-summary')?.textContent).toContain('发出 10 张，收回 10 张，有效 10 张，无效 0 张')
    expect(allByTestId('tally-outcome').map((e) => e.textContent?.trim())).toEqual(['当选', '同票，待另行投票', '同票，待另行投票'])
    expect(byTestId('tally-tie')?.textContent).toContain('王五、周八')
    byTestId('tally-runoff')!.click()
    await new Promise((r) => setTimeout(r, 0))
    expect(b.callsOf('open_runoff').map((c) => c.args)).toEqual([{ id: 7 }])
  })

  test('unconfirmed paper ballots block the result with the reason; staff cannot act', async () => {
    fakeBackend({
      voting_tally: () => {
        throw appError('tally.paper_unconfirmed', '纸质选票还须由监票人录入，两人录入一致后才能出结果')
      },
      paper_status: () => ({ ...noPaper, counter_entered: true }),
    })
    await mountWithApp(TallyPanel, { role: 'staff', path: '/honors', props: { round } })
    expect(byTestId('tally')?.textContent).toContain('暂不能出结果：纸质选票还须由监票人录入')
    expect(byTestId('paper-status')?.textContent).toContain('计票人已录入，监票人未录入')
    expect(byTestId('tally-table')).toBeNull()
    expect(byTestId('paper-enter')).toBeNull()
  })

  test('a runoff core refuses is shown disabled with core’s reason, and one it does not offer is not shown', async () => {
    const done = '投票“先进个人投票”已另行投票，不能再次另行投票'
    fakeBackend({ voting_tally: () => tied, paper_status: () => noPaper })
    await mountWithApp(TallyPanel, {
      role: 'organizer',
      path: '/honors',
      props: { round: { ...round, allowed: { ...round.allowed, runoff: refused(done, 'tally.runoff_exists') } } },
    })
    const button = byTestId('tally-runoff')!
    expect(button.hasAttribute('disabled') || button.classList.contains('is-disabled')).toBe(true)
    expect(button.closest('.permit-button')?.getAttribute('title')).toBe(done)
  })

  test('no runoff button when core does not offer one, though places stay open', async () => {
    fakeBackend({ voting_tally: () => tied, paper_status: () => noPaper })
    await mountWithApp(TallyPanel, { role: 'organizer', path: '/honors', props: { round: { ...round, allowed: { ...round.allowed, runoff: absent() } } } })
    expect(byTestId('tally-table')).not.toBeNull()
    expect(byTestId('tally-runoff')).toBeNull()
  })
})
