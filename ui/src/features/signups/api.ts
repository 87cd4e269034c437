// 报名 commands for the organizer: the list, 代报名, cancelling entries and attendance.
import { call, type CallOptions } from '@/api/ipc'
import type { Activity } from '@/bindings/Activity'
import type { Attendance } from '@/bindings/Attendance'
import type { DoorCheckIn } from '@/bindings/DoorCheckIn'
import type { Member } from '@/bindings/Member'
import type { Signup } from '@/bindings/Signup'

/** Every entry in order of arrival, each with its people. */
export function activitySignups(id: number, options?: CallOptions) {
  return call<Signup[]>('activity_signups', { id }, options)
}

/** 代报名: the organizer signs one person up. */
export function signUpFor(activityId: number, staffId: number, options?: CallOptions) {
  return call<Signup>('sign_up_for', { activityId, staffId }, options)
}

/** A 科室 team, for activities that take teams. */
export function signUpTeam(activityId: number, departmentId: number, memberIds: number[], options?: CallOptions) {
  return call<Signup>('sign_up_team', { activityId, departmentId, memberIds }, options)
}

/** Cancels an entry or takes it off the waitlist; the first one waiting moves up. */
export function cancelSignupFor(signupId: number) {
  return call<Activity>('cancel_signup_for', { signupId })
}

export function checkIn(memberId: number) {
  return call<Member>('check_in', { memberId })
}

/** 批量签到: all the ticked people of one activity, or nobody (core names who could not). */
export function checkInMany(activityId: number, memberIds: number[]) {
  return call<Member[]>('check_in_many', { activityId, memberIds })
}

/** 工号签到 at the door; the refusal is shown by the caller, where it stays until the next scan. */
export function checkInByEmployeeNo(activityId: number, employeeNo: string, options?: CallOptions) {
  return call<DoorCheckIn>('check_in_by_employee_no', { activityId, employeeNo }, options)
}

export function undoCheckIn(memberId: number) {
  return call<Member>('undo_check_in', { memberId })
}

export function correctAttendance(memberId: number, attendance: Attendance, reason: string, options?: CallOptions) {
  return call<Member>('correct_attendance', { memberId, attendance, reason }, options)
}

export function setReflection(memberId: number, reflection: string, options?: CallOptions) {
  return call<Member>('set_reflection', { memberId, reflection }, options)
}

export function setHours(memberId: number, hours: number | null) {
  return call<Member>('set_hours', { memberId, hours })
}
