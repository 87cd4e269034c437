import { describe, expect, test } from 'vitest'
import App from '@/App.vue'
import type { Exhibition } from '@/bindings/Exhibition'
import type { VoteBallot } from '@/bindings/VoteBallot'
import type { VotePermits } from '@/bindings/VotePermits'
import { absent, refused, yes } from '@/test/activities'
import { appError, fakeBackend } from '@/test/backend'
import { typeInto } from '@/test/interact'
import { allByTestId, byTestId, mountWithApp, navigated, settle } from '@/test/mount'
import { contest } from './fixtures'
import JudgingView from './JudgingView.vue'

const entries = [
  { id: 11, title: '春山', staff_id: 1, author: '张三', department_name: '办公室', medium: '国画', photo_file_id: null },
  { id: 12, title: '墨竹', staff_id: 2, author: '李四', department_name: '宣传科', medium: '国画', photo_file_id: null },
]

const readyVote: VotePermits = { weight: yes(), issue: yes(), unused: absent(), reprint: absent(), kiosk: absent(), close: absent() }
const openVote: VotePermits = { weight: yes(), issue: yes(), unused: yes(), reprint: absent(), kiosk: yes(), close: yes() }
const closedVote: VotePermits = {
  weight: refused('人气投票已结束，不能再更改', 'judging.vote_closed'),
  issue: absent(),
  unused: absent(),
  reprint: absent(),
  kiosk: absent(),
  close: absent(),
}

function exhibition(overrides: Partial<Exhibition> = {}): Exhibition {
  return { entries, vote: { state: 'ready', weight: 30, codes_issued: 0, votes_cast: 0, reprints: 0, allowed: readyVote }, blend: [], ...overrides }
}

async function showTab(label: string) {
  Array.from(document.querySelectorAll<HTMLElement>('.el-tabs__item'))
    .find((t) => t.textContent?.includes(label))!
    .click()
  await settle()
}

describe('an exhibition', () => {
  test('opens on its works and shows the blend once the vote is closed', async () => {
    const closed = exhibition({
      vote: { state: 'closed', weight: 30, codes_issued: 10, votes_cast: 8, reprints: 0, allowed: closedVote },
      blend: [
        { entrant_id: 11, judge_text: '87.67', votes: 8, popular_text: '100.00', final_text: '91.37' },
        { entrant_id: 12, judge_text: '81.00', votes: 0, popular_text: '0.00', final_text: '56.70' },
      ],
    })
    fakeBackend({ judged_contest: () => contest({ activity_kind: 'exhibition', exhibition: closed }), activity_files: () => [] })
    await mountWithApp(JudgingView, { role: 'organizer', path: '/activities/5/judging' })
    expect(byTestId('works-table')?.textContent).toContain('墨竹')
    await showTab('成绩')
    expect(allByTestId('result-blended').map((e) => e.textContent)).toEqual(['91.37', '56.70'])
    expect(byTestId('results-blend-note')?.textContent).toContain('评委得分 × 70% + 人气分 × 30%')
  })

  test('发放投票码 shows the new codes to hand out', async () => {
    const open = contest({ activity_kind: 'exhibition', exhibition: exhibition({ vote: { state: 'open', weight: 30, codes_issued: 2, votes_cast: 0, reprints: 0, allowed: openVote } }) })
    const b = fakeBackend({
      judged_contest: () => open,
      activity_files: () => [],
      issue_vote_codes: () => ['ABCD2345', 'WXYZ6789'],
    })
    await mountWithApp(JudgingView, { role: 'organizer', path: '/activities/5/judging' })
    await showTab('人气投票')
    typeInto('vote-count', '2')
    byTestId('vote-count')!.querySelector('input')!.dispatchEvent(new Event('change'))
    await settle()
    byTestId('vote-issue')!.click()
    await settle()
    expect(b.callsOf('issue_vote_codes')[0].args).toEqual({ activityId: 5, count: 2 })
    expect(allByTestId('vote-code').map((e) => e.textContent?.trim())).toEqual(['ABCD2345', 'WXYZ6789'])
    expect(byTestId('vote-state')?.textContent).toBe('投票中')
  })

  test('进入投票终端 locks the window to this exhibition', async () => {
    const open = contest({ activity_kind: 'exhibition', exhibition: exhibition({ vote: { state: 'open', weight: 30, codes_issued: 2, votes_cast: 0, reprints: 0, allowed: openVote } }) })
    const b = fakeBackend({
      judged_contest: () => open,
      activity_files: () => [],
      enter_vote_kiosk: () => ({ role: 'organizer', kiosk: { kind: 'exhibition', activity_id: 5 } }),
    })
    const { session } = await mountWithApp(JudgingView, { role: 'organizer', path: '/activities/5/judging' })
    await showTab('人气投票')
    byTestId('vote-kiosk')!.click()
    await settle()
    expect(b.callsOf('enter_vote_kiosk')[0].args).toEqual({ activityId: 5 })
    expect(session.kiosk).toEqual({ kind: 'exhibition', activity_id: 5 })
    expect(session.kioskRoute).toBe('vote-kiosk')
  })

  test('a closed vote offers nothing but says why the weight is fixed', async () => {
    const closed = contest({ activity_kind: 'exhibition', exhibition: exhibition({ vote: { state: 'closed', weight: 30, codes_issued: 10, votes_cast: 8, reprints: 0, allowed: closedVote } }) })
    fakeBackend({ judged_contest: () => closed, activity_files: () => [] })
    await mountWithApp(JudgingView, { role: 'organizer', path: '/activities/5/judging' })
    await showTab('人气投票')
    for (const id of ['vote-issue', 'vote-count', 'vote-unused', 'vote-kiosk', 'vote-close']) expect(byTestId(id), id).toBeNull()
    const save = byTestId('vote-weight-save')!
    expect(save.closest('.permit-button')?.getAttribute('title')).toBe('人气投票已结束，不能再更改')
    expect(save.hasAttribute('disabled') || save.classList.contains('is-disabled')).toBe(true)
  })
})

describe('the voting kiosk', () => {
  const ballot: VoteBallot = { activity_id: 5, activity_title: '迎新春书画展', state: 'open', entries }
  const atKiosk = { kind: 'exhibition', activity_id: 5 }

  function kiosk(cast: () => unknown) {
    return fakeBackend({
      app_info: () => ({ unit: { unit_name: '市科技局', password_set: true, staff_pins_enabled: false }, role: 'organizer', db_path: '/d.db', kiosk: atKiosk }),
      vote_ballot: () => ballot,
      cast_exhibition_vote: cast,
    })
  }

  async function voteFor(title: string, code: string) {
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid="kiosk-work"]'))
      .find((w) => w.textContent?.includes(title))!
      .click()
    typeInto('kiosk-code', code)
    await settle()
    byTestId('kiosk-vote')!.click()
    await settle()
  }

  test('a voter picks a work, types the code and is thanked; the page never names the exhibition to the back end', async () => {
    const b = kiosk(() => null)
    await mountWithApp(App, { path: '/kiosk/exhibition' })
    expect(byTestId('nav-staff')).toBeNull()
    expect(b.callsOf('vote_ballot')[0].args).toEqual({})
    await voteFor('墨竹', 'abcd-2345')
    expect(b.callsOf('cast_exhibition_vote')[0].args).toEqual({ code: 'abcd-2345', entryId: 12 })
    expect(byTestId('kiosk-thanks')?.textContent).toContain('投票成功')
  })

  test('a used code is refused with the reason', async () => {
    kiosk(() => {
      throw appError('contests.code_used', '这个投票码已经用过了，每个投票码只能投一次')
    })
    await mountWithApp(App, { path: '/kiosk/exhibition' })
    await voteFor('春山', 'ABCD2345')
    expect(byTestId('kiosk-refusal')?.textContent).toContain('已经用过')
    expect(byTestId('kiosk-thanks')).toBeNull()
  })

  test('there is no way back: no back button, and every other screen, history back included, leads to the kiosk', async () => {
    kiosk(() => null)
    const { router } = await mountWithApp(App, { path: '/activities' })
    await navigated(() => expect(router.currentRoute.value.name).toBe('vote-kiosk'))
    expect(byTestId('kiosk-back')).toBeNull()
    expect(byTestId('kiosk-exit')).not.toBeNull()
    await router.push('/activities/5/judging')
    expect(router.currentRoute.value.name).toBe('vote-kiosk')
    router.back()
    await settle()
    expect(router.currentRoute.value.name).toBe('vote-kiosk')
  })

  test('leaving with the organizer password goes back to the exhibition', async () => {
    const b = fakeBackend({
      app_info: () => ({ unit: { unit_name: '市科技局', password_set: true, staff_pins_enabled: false }, role: 'organizer', db_path: '/d.db', kiosk: atKiosk }),
      vote_ballot: () => ballot,
      leave_kiosk: () => ({ role: 'organizer', kiosk: null }),
      judged_contest: () => contest({ activity_kind: 'exhibition', exhibition: exhibition() }),
      activity_files: () => [],
      get_activity: () => null,
    })
    const { router, session } = await mountWithApp(App, { path: '/kiosk/exhibition' })
    byTestId('kiosk-exit')!.click()
    await settle()
    typeInto('kiosk-password', 'organizer-pw')
    byTestId('kiosk-exit-confirm')!.click()
    await settle()
    expect(b.callsOf('leave_kiosk')[0].args).toEqual({ password: 'organizer-pw' })
    expect(session.kiosk).toBeNull()
    await navigated(() => {
      expect(router.currentRoute.value.name).toBe('judging')
      expect(router.currentRoute.value.params.id).toBe('5')
    })
  })
})
