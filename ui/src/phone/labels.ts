// Words for the server's values: each key written out, so the dead-text check sees it.
import type { BallotApproval } from '@/bindings/BallotApproval'
import type { MyActivity } from '@/bindings/MyActivity'
import type { Purpose } from '@/bindings/Purpose'
import type { Rating } from '@/bindings/Rating'
import type { SignupStatus } from '@/bindings/SignupStatus'
import { phoneI18n } from './i18nSetup'

/** The purposes in the order the tiles show them. */
export const PURPOSES: Purpose[] = ['signup', 'my_activities', 'pledge', 'pledge_rating', 'vote']

export const PURPOSE_LABEL: Record<Purpose, string> = {
  signup: 'phone.purpose.signup',
  my_activities: 'phone.purpose.my_activities',
  pledge: 'phone.purpose.pledge',
  pledge_rating: 'phone.purpose.pledge_rating',
  vote: 'phone.purpose.vote',
}

export const PURPOSE_HINT: Record<Purpose, string> = {
  signup: 'phone.purposeHint.signup',
  my_activities: 'phone.purposeHint.my_activities',
  pledge: 'phone.purposeHint.pledge',
  pledge_rating: 'phone.purposeHint.pledge_rating',
  vote: 'phone.purposeHint.vote',
}

/** Vant icon names of the tiles (the icon font is bundled with Vant). */
export const PURPOSE_ICON: Record<Purpose, string> = {
  signup: 'records-o',
  my_activities: 'todo-list-o',
  pledge: 'flag-o',
  pledge_rating: 'star-o',
  vote: 'passed',
}

const STATUS: Record<SignupStatus, string> = {
  confirmed: 'phone.status.confirmed',
  waitlisted: 'phone.status.waitlisted',
  cancelled: 'phone.status.cancelled',
  left_waitlist: 'phone.status.left_waitlist',
  cancelled_by_organizer: 'phone.status.cancelled_by_organizer',
}

/** 已报名 / 候补第 N 位 / 已签到 / 缺席 / 已取消 / 活动取消 (as the window's 我的活动 reads). */
export function myStatusText(m: Pick<MyActivity, 'status' | 'waitlist_position' | 'attendance'>): string {
  const t = phoneI18n.global.t
  if (m.status === 'confirmed' && m.attendance === 'present') return t('phone.status.present')
  if (m.status === 'confirmed' && m.attendance === 'absent') return t('phone.status.absent')
  return t(STATUS[m.status], { position: m.waitlist_position ?? '' })
}

export const RATINGS: Rating[] = ['satisfied', 'basic', 'unsatisfied']
export const RATING_LABEL: Record<Rating, string> = {
  satisfied: 'phone.rating.satisfied',
  basic: 'phone.rating.basic',
  unsatisfied: 'phone.rating.unsatisfied',
}

export const APPROVALS: BallotApproval[] = ['for', 'against', 'abstain']
export const APPROVAL_LABEL: Record<BallotApproval, string> = {
  for: 'phone.vote.for',
  against: 'phone.vote.against',
  abstain: 'phone.vote.abstain',
}

/** "2026-11-30T18:00:00" → 11月30日 18:00. */
export function dayTime(text: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})[ T](\d{2}:\d{2})/.exec(text)
  if (!m) return text
  return phoneI18n.global.t('phone.time.dayTime', { month: Number(m[1]), day: Number(m[2]), time: m[3] })
}

/** 1 小时 20 分钟 / 45 分钟. */
export function duration(minutes: number): string {
  const t = phoneI18n.global.t
  const hours = Math.floor(minutes / 60)
  return hours > 0 ? t('phone.time.hoursMinutes', { hours, minutes: minutes % 60 }) : t('phone.time.minutes', { minutes })
}
