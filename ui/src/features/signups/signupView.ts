// The sign-up list as the table shows it: one row per person, entries that hold a place first,
// then the waitlist in its order, then (on request) the entries that left; and the summary above
// it. Which actions a row offers is core's to say (`allowed` on each entry and person).
import type { Member } from '@/bindings/Member'
import type { Signup } from '@/bindings/Signup'
import { i18n } from '@/i18n'
import { formatShortDateTime } from '@/app/time'
import { isActiveStatus, statusKey } from './labels'

export interface SignupRow {
  /** Unique per person and entry. */
  key: string
  /** 序号 in the table. */
  index: number
  signup: Signup
  member: Member
  /** The entry's first person: entry-wide actions (取消报名) sit on this row. */
  first: boolean
  active: boolean
}

function order(s: Signup): number {
  if (s.status === 'confirmed') return 0
  if (s.status === 'waitlisted') return 1
  return 2
}

export function signupRows(signups: readonly Signup[], showInactive: boolean): SignupRow[] {
  const entries = signups
    .map((s, arrival) => ({ s, arrival }))
    .filter(({ s }) => showInactive || isActiveStatus(s.status))
    .sort(
      (a, b) =>
        order(a.s) - order(b.s) ||
        (a.s.waitlist_position ?? 0) - (b.s.waitlist_position ?? 0) ||
        a.arrival - b.arrival,
    )
  const rows: SignupRow[] = []
  for (const { s } of entries) {
    s.members.forEach((member, i) => {
      rows.push({
        key: `${s.id}-${member.id}`,
        index: rows.length + 1,
        signup: s,
        member,
        first: i === 0,
        active: isActiveStatus(s.status),
      })
    })
  }
  return rows
}

export interface SignupSummary {
  /** Entries holding a place (people, or teams in team mode). */
  confirmed: number
  waitlisted: number
  /** People who checked in. */
  present: number
  /** Entries that were cancelled or left the waitlist. */
  inactive: number
}

export function signupSummary(signups: readonly Signup[]): SignupSummary {
  const confirmed = signups.filter((s) => s.status === 'confirmed')
  return {
    confirmed: confirmed.length,
    waitlisted: signups.filter((s) => s.status === 'waitlisted').length,
    present: confirmed.reduce((n, s) => n + s.members.filter((m) => m.attendance === 'present').length, 0),
    inactive: signups.filter((s) => !isActiveStatus(s.status)).length,
  }
}

/** “已报名”, “候补第 2 位”, “已取消” … */
export function statusText(s: Pick<Signup, 'status' | 'waitlist_position'>): string {
  if (s.status === 'waitlisted' && s.waitlist_position !== null) {
    return i18n.global.t('signups.status.waitlistPosition', { position: s.waitlist_position })
  }
  return i18n.global.t(statusKey(s.status))
}

/** The 签到 column: the time of check-in, 缺席, 未签到; nothing for people without a place. */
export function attendanceText(row: Pick<SignupRow, 'signup' | 'member'>): string {
  if (row.signup.status !== 'confirmed') return ''
  const t = i18n.global.t
  const m = row.member
  if (m.attendance === 'present') {
    return m.checked_in_at
      ? t('signups.attendance.checkedInAt', { time: formatShortDateTime(m.checked_in_at) })
      : t('signups.attendance.present')
  }
  if (m.attendance === 'absent') return t('signups.attendance.absent')
  return t('signups.attendance.none')
}

/** The entry `staffId` holds or waits with, if any. */
export function activeEntryOf(signups: readonly Signup[], staffId: number): Signup | null {
  return signups.find((s) => isActiveStatus(s.status) && s.members.some((m) => m.staff_id === staffId)) ?? null
}
