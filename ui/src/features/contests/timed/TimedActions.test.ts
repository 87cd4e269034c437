import { describe, expect, test } from 'vitest'
import type { Permit } from '@/bindings/Permit'
import type { TimedContest } from '@/bindings/TimedContest'
import { appError, fakeBackend } from '@/test/backend'
import { byTestId, mountWithApp, navigated, settle } from '@/test/mount'
import TimedActions from './TimedActions.vue'

const allowed: Permit = { offered: true, refusal: null }
const refused = (message: string): Permit => ({ offered: true, refusal: appError('timed.not_published', message) })

function contest(teamBest: number, published: boolean): TimedContest {
  return {
    activity_id: 7,
    activity_title: '重阳登山赛',
    activity_kind: 'hiking',
    settings: {
      group_rule: 'by_gender',
      groups: [],
      start_mode: 'mass',
      team_best: teamBest,
      team_score: 'sum',
      awards: { by: 'count', first: 1, second: 1, third: 1, excellent: null },
    },
    signed_up: 6,
    bibs_issued: true,
    group_names: ['男子组', '女子组'],
    runners: [],
    starts: [],
    groups: [],
    teams: [],
    published_at: published ? '2026-11-25T11:00:00' : null,
    log: [],
    allowed: {
      settings: refused('已经发令出发'),
      bibs: refused('号码布已经发放'),
      record: published ? refused('成绩已公布') : allowed,
      publish: published ? { offered: false, refusal: null } : allowed,
      unlock: published ? allowed : refused('成绩尚未公布'),
      certificates: published ? allowed : refused('成绩尚未公布，公布后才能打印奖状'),
    },
  }
}

async function mounted(teamBest: number, published: boolean) {
  const b = fakeBackend({
    export_result_sheet: (args) => ({ path: `/home/user/下载/${String(args.kind)}.xlsx`, file_name: `${String(args.kind)}.xlsx` }),
  })
  const m = await mountWithApp(TimedActions, { role: 'organizer', path: '/activities/7/timed', props: { contest: contest(teamBest, published) } })
  return { b, ...m }
}

describe('the timed contest’s sheets are the shared ones of every contest', () => {
  test('the 科室团体成绩 is exported by the shared command beside the 成绩表 and the 获奖名单', async () => {
    const { b } = await mounted(2, false)
    byTestId('results-export-teams')!.click()
    await settle()
    byTestId('results-export-scores')!.click()
    await settle()
    expect(b.callsOf('export_result_sheet').map((c) => c.args)).toEqual([
      { activityId: 7, kind: 'teams' },
      { activityId: 7, kind: 'scores' },
    ])
  })

  test('the print buttons open the shared print view on the timed screen', async () => {
    const { router } = await mounted(2, false)
    byTestId('results-print-teams')!.click()
    await settle()
    await navigated(() => {
      expect(router.currentRoute.value.name).toBe('timed-print')
      expect(router.currentRoute.value.params).toEqual({ id: '7', kind: 'teams' })
    })
  })

  test('without a 科室 ranking there is no 科室团体成绩 to print or export', async () => {
    await mounted(0, false)
    expect(byTestId('results-print-scores')).not.toBeNull()
    expect(byTestId('results-print-teams')).toBeNull()
    expect(byTestId('results-export-teams')).toBeNull()
  })

  test('the 奖状 wait for publishing', async () => {
    await mounted(2, false)
    expect(byTestId<HTMLButtonElement>('results-certificates')!.disabled).toBe(true)
  })

  test('once published the 奖状 open their print view', async () => {
    const { router } = await mounted(2, true)
    expect(byTestId<HTMLButtonElement>('results-certificates')!.disabled).toBe(false)
    byTestId('results-certificates')!.click()
    await settle()
    await navigated(() => expect(router.currentRoute.value.name).toBe('timed-certificates'))
  })
})
