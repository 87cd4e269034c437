import { describe, expect, test } from 'vitest'
import type { ResultSheet } from '@/bindings/ResultSheet'
import type { Tournament } from '@/bindings/Tournament'
import { activity } from '@/test/activities'
import { appError, fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountScreen, mountWithApp, navigated, settle } from '@/test/mount'
import { ttDefaults } from '@/app/facts'
import ActivityDetail from '@/features/activities/ActivityDetail.vue'
import ContestPlaces from './ContestPlaces.vue'
import TournamentView from './tournaments/TournamentView.vue'

const cell = (text: string) => ({ text, dropped: false })
const sheet = (kind: 'awards' | 'scores', rows: string[][]): ResultSheet => ({
  kind,
  unit_name: '市科技局',
  title: kind === 'awards' ? '乒乓球赛获奖名单' : '乒乓球赛成绩表',
  subtitle: '乒乓球循环赛；3 名选手，已赛 3 / 3 场；2026年11月25日结束',
  columns: kind === 'awards' ? ['奖项', '名次', '选手', '科室'] : ['名次', '选手', '科室', '积分'],
  rows: rows.map((r) => r.map(cell)),
  note: '',
})
const awards = sheet('awards', [
  ['冠军', '1', '张三', '办公室'],
  ['亚军', '2', '李四', '办公室'],
])
const scores = sheet('scores', [
  ['1', '张三', '办公室', '4'],
  ['2', '李四', '办公室', '3'],
  ['3', '王五', '办公室', '2'],
])

const tableTennis = activity({ id: 5, kind: 'table_tennis', title: '乒乓球赛' })

function tournament(finished: boolean): Tournament {
  return {
    id: 1,
    activity_id: 5,
    format: 'round_robin',
    double: false,
    third_place: false,
    planned_rounds: null,
    groups: null,
    knockout_started: false,
    rules: { sport: 'table_tennis', ...ttDefaults() },
    players: [],
    rounds: [],
    standings: { kind: 'table_tennis', rows: [] },
    lots: [],
    recorded: 3,
    total: 3,
    finished_at: finished ? '2026-11-25T17:00:00' : null,
  }
}

describe('published results in staff mode', () => {
  test('staff see the 获奖名单 and the 成绩表 of a contest whose results are final', async () => {
    const b = fakeBackend({
      get_activity: () => tableTennis,
      activity_signups: () => [],
      list_departments: () => [],
      result_sheet: (args) => ((args as { kind: string }).kind === 'awards' ? awards : scores),
    })
    await mountScreen(ActivityDetail, { role: 'staff', path: '/activities/5' })
    expect(b.callsOf('result_sheet').map((c) => c.args)).toEqual([
      { activityId: 5, kind: 'awards' },
      { activityId: 5, kind: 'scores' },
    ])
    const awardRows = byTestId('result-sheet-table-awards')!.querySelectorAll('.el-table__body .el-table__row')
    expect(Array.from(awardRows).map((r) => r.textContent)).toEqual(['冠军1张三办公室', '亚军2李四办公室'])
    expect(byTestId('result-sheet-scores')?.textContent).toContain('2026年11月25日结束')
  })

  test('results that are not final show nothing: core answers as for a missing activity', async () => {
    fakeBackend({
      get_activity: () => tableTennis,
      activity_signups: () => [],
      list_departments: () => [],
      result_sheet: () => {
        throw appError('activities.not_found', '找不到这个活动，可能已被删除')
      },
    })
    await mountScreen(ActivityDetail, { role: 'staff', path: '/activities/5' })
    expect(byTestId('published-results')).toBeNull()
    expect(byTestId('activity-tabs')).not.toBeNull()
  })

  test('the organizer is not shown the staff view (they have the contest screens)', async () => {
    const b = fakeBackend({ get_activity: () => tableTennis, activity_signups: () => [], list_departments: () => [] })
    await mountScreen(ActivityDetail, { role: 'organizer', path: '/activities/5' })
    expect(b.callsOf('result_sheet')).toHaveLength(0)
  })
})

describe('a tournament’s result sheets', () => {
  async function organizer(finished: boolean) {
    const b = fakeBackend({
      get_activity: () => tableTennis,
      activity_signups: () => [],
      get_tournament: () => tournament(finished),
      export_result_sheet: () => ({ path: '/home/user/下载/乒乓球赛成绩表.xlsx', file_name: '乒乓球赛成绩表.xlsx' }),
    })
    const mounted = await mountWithApp(TournamentView, { role: 'organizer', path: '/activities/5/tournament' })
    byTestId('tab-standings')!.click()
    await settle()
    return { b, ...mounted }
  }

  test('print and export the 成绩表 and the 获奖名单 as a judged contest does', async () => {
    const { b, router } = await organizer(false)
    byTestId('results-export-scores')!.click()
    await settle()
    expect(b.callsOf('export_result_sheet').map((c) => c.args)).toEqual([{ activityId: 5, kind: 'scores' }])
    expect(byTestId('tournament-sheets')?.textContent).toContain('乒乓球赛成绩表.xlsx')
    byTestId('results-print-awards')!.click()
    await settle()
    await navigated(() => {
      expect(router.currentRoute.value.name).toBe('tournament-print')
      expect(router.currentRoute.value.params).toEqual({ id: '5', kind: 'awards' })
    })
  })

  test('奖状 wait for the tournament to finish', async () => {
    await organizer(false)
    expect(byTestId<HTMLButtonElement>('results-certificates')!.disabled).toBe(true)
  })

  test('once finished the 奖状 open their print view', async () => {
    const { router } = await organizer(true)
    expect(byTestId<HTMLButtonElement>('results-certificates')!.disabled).toBe(false)
    byTestId('results-certificates')!.click()
    await settle()
    await navigated(() => expect(router.currentRoute.value.name).toBe('tournament-certificates'))
  })

  test('staff get no sheet buttons', async () => {
    fakeBackend({ get_activity: () => tableTennis, activity_signups: () => [], get_tournament: () => tournament(true) })
    await mountWithApp(TournamentView, { role: 'staff', path: '/activities/5/tournament' })
    expect(byTestId('tournament-sheets')).toBeNull()
  })
})

describe('places on a person’s record', () => {
  test('lists the awards and places, newest first as core sends them', async () => {
    const b = fakeBackend({
      staff_contest_places: () => [
        { activity_id: 5, activity_title: '乒乓球赛', starts_at: '2026-11-25T09:00:00', result: '亚军' },
        { activity_id: 3, activity_title: '“爱岗敬业”演讲比赛', starts_at: '2026-10-12T09:00:00', result: '一等奖' },
      ],
    })
    await mountWithApp(ContestPlaces, { role: 'staff', path: '/my', props: { staffId: 2 } })
    expect(b.callsOf('staff_contest_places')[0].args).toEqual({ staffId: 2 })
    expect(allByTestId('contest-place-result').map((e) => e.textContent)).toEqual(['亚军', '一等奖'])
  })

  test('shows nothing while there is none', async () => {
    fakeBackend({ staff_contest_places: () => [] })
    await mountWithApp(ContestPlaces, { role: 'staff', path: '/my', props: { staffId: 2 } })
    expect(byTestId('contest-places')).toBeNull()
  })
})
