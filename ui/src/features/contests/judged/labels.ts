// What the judging screens show for awards, dropped scores and each judge's cell of the results.
import type { AwardLevel } from '@/bindings/AwardLevel'
import type { DropReason } from '@/bindings/DropReason'
import type { JudgedResult } from '@/bindings/JudgedResult'
import type { ResultAction } from '@/bindings/ResultAction'
import type { VoteState } from '@/bindings/VoteState'
import type { TagType } from '@/features/activities/labels'

export const AWARD_KEYS: Record<AwardLevel, string> = {
  first: 'contests.judged.award.first',
  second: 'contests.judged.award.second',
  third: 'contests.judged.award.third',
  excellent: 'contests.judged.award.excellent',
}

export const AWARD_TAG: Record<AwardLevel, TagType> = {
  first: 'danger',
  second: 'warning',
  third: 'success',
  excellent: 'primary',
}

/** One judge's cell on an entrant's line: a score (maybe dropped), 回避, or not yet scored. */
export type JudgeCell =
  | { kind: 'score'; text: string; dropped: 'highest' | 'lowest' | null }
  | { kind: 'recused' }
  | { kind: 'missing' }

export function judgeCell(result: JudgedResult, judgeId: number): JudgeCell {
  const s = result.scores.find((x) => x.judge_id === judgeId)
  if (s) return { kind: 'score', text: showMark(s.total), dropped: s.dropped }
  if (result.recused_judge_ids.includes(judgeId)) return { kind: 'recused' }
  return { kind: 'missing' }
}

/** A mark as written on a score sheet: 92, 92.5, 92.35. */
export function showMark(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** The sum of marks in exact hundredths, shown like a mark. */
export function sumMarks(marks: (number | null | undefined)[]): string {
  return showMark(marks.reduce<number>((sum, m) => sum + Math.round((m ?? 0) * 100), 0) / 100)
}

export const DROP_KEYS: Record<DropReason, string> = {
  highest: 'contests.judged.results.dropped.highest',
  lowest: 'contests.judged.results.dropped.lowest',
}

export const LOG_KEYS: Record<ResultAction, string> = {
  publish: 'contests.judged.log.publish',
  unlock: 'contests.judged.log.unlock',
}

export const VOTE_STATE_KEYS: Record<VoteState, string> = {
  ready: 'contests.judged.vote.states.ready',
  open: 'contests.judged.vote.states.open',
  closed: 'contests.judged.vote.states.closed',
}

/** What the kiosk says when it cannot take votes. */
export const KIOSK_CLOSED_KEYS: Record<Exclude<VoteState, 'open'>, string> = {
  ready: 'contests.judged.kiosk.ready',
  closed: 'contests.judged.kiosk.closed',
}
