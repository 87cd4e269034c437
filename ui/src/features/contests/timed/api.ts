// 计时赛 commands (爬山、全民健身): the contest with its rankings, settings, 号码布, groups, 发令,
// the finish line, corrections, 未完赛 / 弃权 and publishing (the sheets and 奖状 are the shared
// ones of every contest, in ../api.ts). The time of an arrival is the machine's clock, read by the
// back end: the finish line sends only the code typed.
import { call, type CallOptions } from '@/api/ipc'
import type { Arrival } from '@/bindings/Arrival'
import type { FinishCorrection } from '@/bindings/FinishCorrection'
import type { OutInput } from '@/bindings/OutInput'
import type { TimedContest } from '@/bindings/TimedContest'
import type { TimedSettings } from '@/bindings/TimedSettings'

export function timedContest(activityId: number, options?: CallOptions) {
  return call<TimedContest>('timed_contest', { activityId }, options)
}

export function setTimedSettings(activityId: number, settings: TimedSettings) {
  return call<TimedContest>('set_timed_settings', { activityId, settings })
}

export function issueBibs(activityId: number) {
  return call<TimedContest>('issue_bibs', { activityId })
}

export function setRunnerGroup(activityId: number, staffId: number, group: string | null) {
  return call<TimedContest>('set_runner_group', { activityId, staffId, group })
}

/** 发令 now: the whole field (`group: null`) or one group. */
export function startTimed(activityId: number, group: string | null) {
  return call<TimedContest>('start_timed', { activityId, group })
}

/** 终点录入: quiet, the finish line shows the refusal beside its box. */
export function recordFinish(activityId: number, code: string) {
  return call<Arrival>('record_finish', { activityId, code }, { quiet: true })
}

export function correctFinish(activityId: number, input: FinishCorrection) {
  return call<TimedContest>('correct_finish', { activityId, input })
}

export function setRunnerOut(activityId: number, input: OutInput) {
  return call<TimedContest>('set_runner_out', { activityId, input })
}

export function publishTimed(activityId: number) {
  return call<TimedContest>('publish_timed', { activityId })
}

export function unlockTimed(activityId: number, reason: string) {
  return call<TimedContest>('unlock_timed', { activityId, reason })
}
