import { afterEach, describe, expect, test, vi } from 'vitest'
import type { Counted } from '@/bindings/Counted'
import type { LedgerRow } from '@/bindings/LedgerRow'
import type { PersonLedger } from '@/bindings/PersonLedger'
import type { SourceKind } from '@/bindings/SourceKind'
import LedgerTable from './LedgerTable.vue'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import { i18n } from '@/i18n'

function row(kind: SourceKind, source_id: number, title: string, detail: string, counted: Counted, points: number): LedgerRow {
  return { date: '2026-11-25', kind, source_id, title, detail, counted, points }
}

const ledger: PersonLedger = {
  staff_id: 7,
  name: '张三',
  employee_no: 'W0007',
  department_name: '办公室',
  period: { year: 2026, quarter: null, month: null },
  period_label: '2026年',
  policy_version: 0,
  rows: [
    row('attendance', 11, '学习党的二十大精神', '学习', { what: 'activity', kind: 'study' }, 1),
    row('contest_award', 12, '演讲比赛', '一等奖', { what: 'award', level: 'first' }, 5),
    row('tournament_place', 13, '象棋比赛', '冠军', { what: 'place', place: 1 }, 5),
    row('honor', 14, '2026年先进个人', '先进个人', { what: 'honor' }, 10),
    row('pledge_grade', 16, '2026年度评诺', '优秀', { what: 'grade', grade: 'excellent' }, 5),
    row('volunteer', 17, '社区志愿服务', '2.5 小时', { what: 'hours', hours: 2.5 }, 2.5),
    row('adjustment', 15, '协助布置会场', '2026年11月28日调整', { what: 'adjusted', on: '2026-11-28' }, 2),
  ],
  total: 30.5,
}

describe('a person’s ledger', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  test('each row opens its source: the activity, the tournament, the 评选项目, the 评诺 result; an adjustment shows its reason', async () => {
    await mountWithApp(LedgerTable, { role: 'organizer', props: { ledger } })
    const href = (id: string) => byTestId(id)?.getAttribute('href')
    expect(href('ledger-source-attendance-11')).toBe('/activities/11')
    expect(href('ledger-source-contest_award-12')).toBe('/activities/12')
    expect(href('ledger-source-tournament_place-13')).toBe('/activities/13/tournament')
    expect(href('ledger-source-honor-14')).toBe('/honors/categories/14')
    expect(href('ledger-source-pledge_grade-16')).toBe('/pledge-rounds/16/result')
    const reason = byTestId('ledger-adjustment-reason')
    expect(reason?.tagName).toBe('SPAN')
    expect(reason?.textContent).toContain('协助布置会场')
    expect(document.body.textContent).toContain('冠军')
    expect(document.body.textContent).toContain('2026年11月25日')
  })

  test('a click on a source opens it in the window and tells the drawer to close; an adjustment opens nothing', async () => {
    const { wrapper, router } = await mountWithApp(LedgerTable, { role: 'organizer', props: { ledger } })
    byTestId('ledger-source-tournament_place-13')!.click()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/activities/13/tournament'))
    expect(wrapper.emitted('open')).toHaveLength(1)
    byTestId('ledger-adjustment-reason')!.click()
    await settle()
    expect(wrapper.emitted('open')).toHaveLength(1)
    expect(router.currentRoute.value.fullPath).toBe('/activities/13/tournament')
  })

  test('in English the sources, kinds, awards, places, grades, hours and adjustments are worded in English', async () => {
    i18n.global.locale.value = 'en'
    try {
      await mountWithApp(LedgerTable, { role: 'organizer', props: { ledger } })
      const text = document.body.textContent ?? ''
      for (const words of ['Attended', 'Contest award', 'First prize', 'Champion', 'Honor', 'Excellent', '2.5 h', 'Manual adjustment', 'Adjusted on']) {
        expect(text).toContain(words)
      }
      // The organizer's own words stay as typed: the honor's name, the titles, the reason.
      expect(text).toContain('先进个人')
      for (const chinese of ['参加活动', '一等奖', '冠军', '优秀', '小时', '调整']) {
        expect(text).not.toContain(chinese)
      }
    } finally {
      i18n.global.locale.value = 'zh-CN'
    }
  })
})
