import { describe, expect, test } from 'vitest'
import type { Activity } from '@/bindings/Activity'
import { activity, member, signup } from '@/test/activities'
import { activeEntryOf, attendanceText, rowActions, signupRows, signupSummary, statusText } from './signupView'

const zhang = member('张三', { attendance: 'present', checked_in_at: '2026-11-30T17:52:00' })
const li = member('李四')
const wang = member('王五')
const zhao = member('赵六')
const sun = member('孙七')

// In order of arrival, as the back end sends them.
const list = [
  signup(1, [zhang]),
  signup(2, [sun], { status: 'cancelled' }),
  signup(3, [wang], { status: 'waitlisted', waitlist_position: 2 }),
  signup(4, [li]),
  signup(5, [zhao], { status: 'waitlisted', waitlist_position: 1 }),
]

describe('the rows of the list', () => {
  test('places first, then the waitlist in its order; the cancelled only on request, last', () => {
    expect(signupRows(list, false).map((r) => r.member.name)).toEqual(['张三', '李四', '赵六', '王五'])
    const all = signupRows(list, true)
    expect(all.map((r) => r.member.name)).toEqual(['张三', '李四', '赵六', '王五', '孙七'])
    expect(all.map((r) => r.index)).toEqual([1, 2, 3, 4, 5])
    expect(all.at(-1)!.active).toBe(false)
  })

  test('a team is one row per person; entry-wide actions go on its first row', () => {
    const team = signup(7, [member('甲'), member('乙')], { team_name: '办公室', team_department_id: 1 })
    const rows = signupRows([team], false)
    expect(rows.map((r) => [r.member.name, r.first])).toEqual([
      ['甲', true],
      ['乙', false],
    ])
    const a = activity({ team_mode: true })
    expect(rows.map((r) => rowActions(r, a).cancel)).toEqual([true, false])
  })
})

describe('the summary', () => {
  test('counts places, the waitlist and check-ins', () => {
    expect(signupSummary(list)).toEqual({ confirmed: 2, waitlisted: 2, present: 1, inactive: 1 })
  })
})

describe('status and attendance texts', () => {
  test('a waitlisted entry shows its place in the queue', () => {
    expect(statusText({ status: 'waitlisted', waitlist_position: 1 })).toBe('候补第 1 位')
    expect(statusText({ status: 'confirmed', waitlist_position: null })).toBe('已报名')
    expect(statusText({ status: 'cancelled_by_organizer', waitlist_position: null })).toBe('活动取消')
  })

  test('checked in with the time, 缺席, 未签到; nothing for people without a place', () => {
    expect(attendanceText({ signup: list[0], member: zhang })).toBe('已签到 11月30日 17:52')
    expect(attendanceText({ signup: list[3], member: li })).toBe('未签到')
    expect(attendanceText({ signup: list[3], member: { ...li, attendance: 'absent' } })).toBe('缺席')
    expect(attendanceText({ signup: list[2], member: wang })).toBe('')
  })
})

describe('row actions', () => {
  const rows = signupRows(list, true)
  const row = (name: string) => rows.find((r) => r.member.name === name)!
  const on = (state: Activity['state'], kind: Activity['kind'] = 'reading') => activity({ state, kind })

  test('签到 for people holding a place who have not checked in, while the activity is live', () => {
    expect(rowActions(row('李四'), on('in_progress')).checkIn).toBe(true)
    expect(rowActions(row('张三'), on('in_progress')).checkIn).toBe(false)
    expect(rowActions(row('赵六'), on('in_progress')).checkIn).toBe(false)
    for (const state of ['draft', 'finished', 'cancelled'] as const) {
      expect(rowActions(row('李四'), on(state)).checkIn, state).toBe(false)
    }
  })

  test('撤销签到 for those checked in, until the end', () => {
    expect(rowActions(row('张三'), on('in_progress')).undoCheckIn).toBe(true)
    expect(rowActions(row('张三'), on('finished')).undoCheckIn).toBe(false)
  })

  test('取消 for live entries of an activity not yet over; 更正出勤 after the end', () => {
    expect(rowActions(row('赵六'), on('open')).cancel).toBe(true)
    expect(rowActions(row('孙七'), on('open')).cancel).toBe(false)
    expect(rowActions(row('李四'), on('finished')).cancel).toBe(false)
    expect(rowActions(row('李四'), on('finished')).correct).toBe(true)
    expect(rowActions(row('李四'), on('in_progress')).correct).toBe(false)
  })

  test('心得 for attendees of 诵读-like kinds; hours for attendees of 志愿服务', () => {
    expect(rowActions(row('张三'), on('finished', 'study'))).toMatchObject({ reflection: true, hours: false })
    expect(rowActions(row('张三'), on('finished', 'volunteer'))).toMatchObject({ reflection: false, hours: true })
    expect(rowActions(row('李四'), on('finished', 'study')).reflection).toBe(false)
    expect(rowActions(row('张三'), on('finished', 'chess'))).toMatchObject({ reflection: false, hours: false })
  })
})

describe('the entry of the person at the window', () => {
  test('is found by their staff id among live entries only', () => {
    expect(activeEntryOf(list, zhao.staff_id)?.id).toBe(5)
    expect(activeEntryOf(list, sun.staff_id)).toBeNull()
  })
})
