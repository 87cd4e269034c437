import { describe, expect, test } from 'vitest'
import { member, signup } from '@/test/activities'
import { activeEntryOf, attendanceText, signupRows, signupSummary, statusText } from './signupView'

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

describe('the entry of the person at the window', () => {
  test('is found by their staff id among live entries only', () => {
    expect(activeEntryOf(list, zhao.staff_id)?.id).toBe(5)
    expect(activeEntryOf(list, sun.staff_id)).toBeNull()
  })
})
