import { describe, expect, test } from 'vitest'
import type { ActivityKind } from '@/bindings/ActivityKind'
import type { ActivityState } from '@/bindings/ActivityState'
import type { Attendance } from '@/bindings/Attendance'
import type { SignupStatus } from '@/bindings/SignupStatus'
import { i18n, setLocale } from '@/i18n'
import { ATTENDANCES, SIGNUP_STATUSES, attendanceKey, statusKey } from '@/features/signups/labels'
import { KINDS, STATES, kindKey, stateKey } from './labels'

const t = i18n.global.t

// The glossary: typed Record<Union, string>, so a value added in Rust must be added here too.
const KIND_ZH: Record<ActivityKind, string> = {
  reading: '诵读',
  speech: '演讲',
  writing: '公文写作',
  singing: '歌咏',
  exhibition: '书画展览',
  table_tennis: '乒乓球',
  chess: '象棋',
  hiking: '爬山',
  fitness: '全民健身',
  moral_lecture: '道德讲堂',
  study: '学习',
  volunteer: '志愿服务',
}
const STATE_ZH: Record<ActivityState, string> = {
  draft: '草稿',
  upcoming: '待报名',
  open: '报名中',
  closed: '报名截止',
  in_progress: '进行中',
  finished: '已结束',
  cancelled: '已取消',
}
const STATUS_ZH: Record<SignupStatus, string> = {
  confirmed: '已报名',
  waitlisted: '候补',
  cancelled: '已取消',
  left_waitlist: '已退出候补',
  cancelled_by_organizer: '活动取消',
}
const ATTENDANCE_ZH: Record<Attendance, string> = { present: '出席', absent: '缺席' }

const labelled = (f: (value: never) => string) => f as (value: string) => string

const cases = [
  { name: 'activity kind', values: KINDS, key: labelled(kindKey), zh: KIND_ZH },
  { name: 'activity state', values: STATES, key: labelled(stateKey), zh: STATE_ZH },
  { name: 'sign-up status', values: SIGNUP_STATUSES, key: labelled(statusKey), zh: STATUS_ZH },
  { name: 'attendance', values: ATTENDANCES, key: labelled(attendanceKey), zh: ATTENDANCE_ZH },
] as { name: string; values: readonly string[]; key: (v: string) => string; zh: Record<string, string> }[]

describe.each(cases)('$name labels', ({ values, key, zh }) => {
  test('offer every value of the union, once', () => {
    expect([...values].sort()).toEqual(Object.keys(zh).sort())
  })

  test('read as the glossary says in Chinese', () => {
    for (const v of values) expect(t(key(v))).toBe(zh[v])
  })

  test('have distinct English labels of their own', () => {
    setLocale('en')
    const labels = values.map((v) => t(key(v)))
    for (const [i, v] of values.entries()) {
      expect(labels[i]).not.toBe(key(v))
      expect(labels[i]).not.toBe(zh[v])
    }
    expect(new Set(labels).size).toBe(values.length)
  })
})
