// Local times as the back end sends them ("2026-11-30T18:00:00", no zone) and as people read
// them (2026年11月30日 周一 18:00).
import { i18n } from '@/i18n'

/** The format of `Schedule` times: what the date pickers produce and the back end accepts. */
export const VALUE_FORMAT = 'YYYY-MM-DD[T]HH:mm:ss'
/** What the date pickers show and accept when typed. */
export const INPUT_FORMAT = 'YYYY-MM-DD HH:mm:ss'

const WEEKDAY_KEYS = [
  'common.time.weekday.sun',
  'common.time.weekday.mon',
  'common.time.weekday.tue',
  'common.time.weekday.wed',
  'common.time.weekday.thu',
  'common.time.weekday.fri',
  'common.time.weekday.sat',
] as const

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/

/** Reads a local time; null for anything else. */
export function parseLocal(text: string | null | undefined): Date | null {
  const m = text ? LOCAL.exec(text) : null
  if (!m) return null
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0))
  const date = new Date(y, mo - 1, d, h, mi, s)
  return date.getMonth() === mo - 1 && date.getDate() === d ? date : null
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A `Date`'s day as the back end takes a date: YYYY-MM-DD in local time. */
export function toDayText(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A `Date` as the back end's local-time text, to the second. */
export function toLocalText(date: Date): string {
  return `${toDayText(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}

/** 18:00 */
export function formatClock(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`
}

function dateParts(date: Date) {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    weekday: i18n.global.t(WEEKDAY_KEYS[date.getDay()]),
  }
}

/** 2026年11月30日 周一 */
export function formatDate(text: string | null | undefined): string {
  const date = parseLocal(text)
  return date ? i18n.global.t('common.time.date', dateParts(date)) : ''
}

/** 2026年11月30日 周一 18:00 */
export function formatDateTime(text: string | null | undefined): string {
  const date = parseLocal(text)
  return date ? i18n.global.t('common.time.dateTime', { ...dateParts(date), time: formatClock(date) }) : ''
}

/** 11月30日 18:00, for check-in times next to an activity whose date is known. */
export function formatShortDateTime(text: string | null | undefined): string {
  const date = parseLocal(text)
  if (!date) return ''
  return i18n.global.t('common.time.shortDateTime', {
    month: date.getMonth() + 1,
    day: date.getDate(),
    time: formatClock(date),
  })
}

/** 2026年11月30日 周一 09:00–11:00 on one day; both ends in full across days. */
export function formatRange(start: string, end: string): string {
  const a = parseLocal(start)
  const b = parseLocal(end)
  if (!a || !b) return formatDateTime(start)
  if (a.toDateString() === b.toDateString()) {
    return i18n.global.t('common.time.sameDayRange', { date: formatDate(start), from: formatClock(a), to: formatClock(b) })
  }
  return i18n.global.t('common.time.range', { from: formatDateTime(start), to: formatDateTime(end) })
}

/** A date without a time ("2026-12-31") as 2026年12月31日 周四. */
export function formatDay(day: string | null | undefined): string {
  return day ? formatDate(`${day}T00:00:00`) : ''
}
