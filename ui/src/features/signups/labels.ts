// Labels (i18n keys) for the states of a sign-up entry and for attendance.
import type { Attendance } from '@/bindings/Attendance'
import type { SignupStatus } from '@/bindings/SignupStatus'
import type { TagType } from '@/features/activities/labels'

const STATUS_KEYS: Record<SignupStatus, string> = {
  confirmed: 'signups.status.confirmed',
  waitlisted: 'signups.status.waitlisted',
  cancelled: 'signups.status.cancelled',
  left_waitlist: 'signups.status.left_waitlist',
  cancelled_by_organizer: 'signups.status.cancelled_by_organizer',
}

export const STATUS_TAG: Record<SignupStatus, TagType> = {
  confirmed: 'success',
  waitlisted: 'warning',
  cancelled: 'info',
  left_waitlist: 'info',
  cancelled_by_organizer: 'danger',
}

const ATTENDANCE_KEYS: Record<Attendance, string> = {
  present: 'signups.attendance.present',
  absent: 'signups.attendance.absent',
}

export const SIGNUP_STATUSES = Object.keys(STATUS_KEYS) as SignupStatus[]
export const ATTENDANCES = Object.keys(ATTENDANCE_KEYS) as Attendance[]

export const statusKey = (v: SignupStatus) => STATUS_KEYS[v]
export const attendanceKey = (v: Attendance) => ATTENDANCE_KEYS[v]

/** Holding a place or waiting for one (as opposed to any of the ways of leaving). */
export function isActiveStatus(s: SignupStatus): boolean {
  return s === 'confirmed' || s === 'waitlisted'
}
