import { describe, expect, test } from 'vitest'
import { setLocale } from '@/i18n'
import { formatDate, formatDateTime, formatRange, formatShortDateTime, parseLocal, toDayText, toLocalText } from './time'

describe('reading the back end’s local times', () => {
  test('takes “YYYY-MM-DDTHH:mm:ss”, with or without seconds or fractions', () => {
    expect(parseLocal('2026-11-30T18:05:07')?.getTime()).toBe(new Date(2026, 10, 30, 18, 5, 7).getTime())
    expect(parseLocal('2026-11-30T18:05')?.getTime()).toBe(new Date(2026, 10, 30, 18, 5, 0).getTime())
    expect(parseLocal('2026-11-30T18:05:07.250')?.getSeconds()).toBe(7)
  })

  test('refuses what is not a date and time, or a day that does not exist', () => {
    for (const bad of ['', null, undefined, '2026-11-30', '30.11.2026 18:00', '2026-02-30T10:00:00']) {
      expect(parseLocal(bad), String(bad)).toBeNull()
    }
  })

  test('writes a Date back in the same shape, to the second', () => {
    expect(toLocalText(new Date(2026, 0, 5, 9, 3, 0))).toBe('2026-01-05T09:03:00')
    expect(toLocalText(parseLocal('2026-11-30T18:00:00')!)).toBe('2026-11-30T18:00:00')
    expect(toDayText(new Date(2026, 0, 5, 23, 59, 0))).toBe('2026-01-05')
  })
})

describe('showing times the Chinese way', () => {
  test('a date with its weekday', () => {
    expect(formatDate('2026-11-30T18:00:00')).toBe('2026年11月30日 周一')
    expect(formatDate('2026-03-01T08:00:00')).toBe('2026年3月1日 周日')
  })

  test('a date and time in 24-hour clock', () => {
    expect(formatDateTime('2026-11-30T18:00:00')).toBe('2026年11月30日 周一 18:00')
    expect(formatDateTime('2026-12-05T09:05:00')).toBe('2026年12月5日 周六 09:05')
  })

  test('every weekday has its own name', () => {
    const days = ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']
    const week = days.map((d) => formatDate(`${d}T12:00:00`))
    expect(week.map((d) => d.split(' ')[1])).toEqual(['周日', '周一', '周二', '周三', '周四', '周五', '周六'])
  })

  test('a short form for check-in times', () => {
    expect(formatShortDateTime('2026-11-30T17:52:10')).toBe('11月30日 17:52')
  })

  test('a range on one day names the day once; across days both ends in full', () => {
    expect(formatRange('2026-11-30T09:00:00', '2026-11-30T11:00:00')).toBe('2026年11月30日 周一 09:00–11:00')
    expect(formatRange('2026-11-30T09:00:00', '2026-12-01T17:00:00')).toBe('2026年11月30日 周一 09:00 至 2026年12月1日 周二 17:00')
  })

  test('nothing to show for a missing time', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatShortDateTime('')).toBe('')
  })

  test('English keeps the day before the month', () => {
    setLocale('en')
    expect(formatDateTime('2026-11-30T18:00:00')).toBe('Mon 30/11/2026 18:00')
  })
})
