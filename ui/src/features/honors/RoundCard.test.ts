import { describe, expect, test } from 'vitest'
import type { HonorCategory } from '@/bindings/HonorCategory'
import type { VotingRound } from '@/bindings/VotingRound'
import type { VotingRoundVoterGroup } from '@/bindings/VotingRoundVoterGroup'
import { absent, refused, yes } from '@/test/activities'
import { fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountWithApp, settle } from '@/test/mount'
import RoundCard from './RoundCard.vue'

const category = { id: 3, name: '先进个人' } as HonorCategory

const draft: VotingRound = {
  id: 7,
  category_id: 3,
  title: '先进个人投票',
  form: 'choose',
  majority_base: 'cast',
  seats: 2,
  state: 'draft',
  runoff_of: null,
  candidates: [{ nomination_id: 11, name: '李四', department_name: '办公室' }],
  voters: 3,
  allowed: {
    edit: yes(),
    delete: yes(),
    remove_voter: yes(),
    open: yes(),
    slips: absent(),
    kiosk: absent(),
    close: absent(),
    screen: absent(),
    runoff: absent(),
    tally: absent(),
    paper: absent(),
  },
}

const locked = refused('投票“先进个人投票”已开始，投票人名单已锁定，不能再移除投票人', 'round.voters_locked')
const open: VotingRound = {
  ...draft,
  state: 'open',
  allowed: {
    ...draft.allowed,
    edit: absent(),
    delete: absent(),
    remove_voter: { ...locked, offered: false },
    open: absent(),
    slips: yes(),
    kiosk: yes(),
    close: yes(),
    screen: yes(),
  },
}

const groups: VotingRoundVoterGroup[] = [
  {
    department_id: 1,
    department_name: '办公室',
    voters: [
      { staff_id: 1, employee_no: 'P001', name: '张三' },
      { staff_id: 2, employee_no: 'P002', name: '李四' },
    ],
  },
  { department_id: 2, department_name: '宣传科', voters: [{ staff_id: 3, employee_no: 'P003', name: '王五' }] },
]

async function showVoters() {
  byTestId('round-voters')!.querySelector<HTMLElement>('.el-collapse-item__header')!.click()
  await settle()
}

const confirmBox = () => document.querySelector('.el-message-box')
const confirmYes = () => document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()

describe('a voting round', () => {
  test('lists the voters by 科室 with a count each, and a draft takes one off the list', async () => {
    const b = fakeBackend({ voting_round_voters: () => groups, remove_round_voter: () => ({ ...draft, voters: 2 }) })
    const { wrapper } = await mountWithApp(RoundCard, { role: 'organizer', path: '/honors', props: { round: draft, category } })
    expect(byTestId('round-voters-title')?.textContent).toContain('投票人名单（3 人）')
    await showVoters()
    expect(allByTestId('round-voter-department').map((e) => e.textContent?.trim())).toEqual(['办公室（2 人）', '宣传科（1 人）'])
    byTestId('round-voter-3')!.querySelector<HTMLElement>('.el-tag__close')!.click()
    await settle()
    expect(b.callsOf('remove_round_voter').map((c) => c.args)).toEqual([{ id: 7, staffId: 3 }])
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  test('an open round lists its voters without a remove action, and offers no edit or delete', async () => {
    fakeBackend({ voting_round_voters: () => groups, voting_turnout: () => ({ issued: 3, used: 1, not_voted: 2 }) })
    await mountWithApp(RoundCard, { role: 'organizer', path: '/honors', props: { round: open, category } })
    await showVoters()
    expect(byTestId('round-voter-1')!.querySelector('.el-tag__close')).toBeNull()
    expect(byTestId('round-edit')).toBeNull()
    expect(byTestId('round-delete')).toBeNull()
  })

  test('打开大屏 is offered on an open round where core offers it', async () => {
    fakeBackend({ voting_round_voters: () => groups, voting_turnout: () => ({ issued: 3, used: 1, not_voted: 2 }) })
    await mountWithApp(RoundCard, { role: 'organizer', path: '/honors', props: { round: open, category } })
    expect(byTestId('open-screen')).not.toBeNull()
  })

  test('打开大屏 is not offered where core does not offer it, whatever the state of the round', async () => {
    fakeBackend({ voting_round_voters: () => groups, voting_turnout: () => ({ issued: 3, used: 1, not_voted: 2 }) })
    await mountWithApp(RoundCard, { role: 'organizer', path: '/honors', props: { round: { ...open, allowed: { ...open.allowed, screen: absent() } }, category } })
    expect(byTestId('open-screen')).toBeNull()
  })

  test('编辑 asks the panel to edit; 删除 asks first and then deletes', async () => {
    const b = fakeBackend({ delete_voting_round: () => null })
    const { wrapper } = await mountWithApp(RoundCard, { role: 'organizer', path: '/honors', props: { round: draft, category } })
    byTestId('round-edit')!.click()
    await settle()
    expect(wrapper.emitted('edit')).toEqual([[draft]])
    byTestId('round-delete')!.click()
    await settle()
    expect(confirmBox()?.textContent).toContain('删除这轮尚未开始的投票“先进个人投票”')
    confirmYes()
    await settle()
    expect(b.callsOf('delete_voting_round').map((c) => c.args)).toEqual([{ id: 7 }])
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  test('结束投票 says how many have not voted, from core, and closes only when confirmed', async () => {
    const b = fakeBackend({ voting_turnout: () => ({ issued: 3, used: 1, not_voted: 2 }), close_voting_round: () => ({ ...open, state: 'closed' }) })
    await mountWithApp(RoundCard, { role: 'organizer', path: '/honors', props: { round: open, category } })
    byTestId('round-close')!.click()
    await settle()
    expect(confirmBox()?.textContent).toContain('还有 2 人未投票，确定结束？')
    confirmYes()
    await settle()
    expect(b.callsOf('close_voting_round').map((c) => c.args)).toEqual([{ id: 7 }])
  })

  test('staff see neither the voter list nor the actions', async () => {
    fakeBackend({ voting_round_voters: () => groups })
    await mountWithApp(RoundCard, { role: 'staff', path: '/honors', props: { round: draft, category } })
    expect(byTestId('round-voters')).toBeNull()
    expect(byTestId('round-delete')).toBeNull()
  })
})
