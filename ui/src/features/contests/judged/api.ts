// 评分类比赛 commands: the contest with its results, rules, judges, scores and publishing (the sheets
// and 奖状 of every kind of contest are in ../api.ts).
import { call, type CallOptions } from '@/api/ipc'
import type { AwardPlan } from '@/bindings/AwardPlan'
import type { EntryInput } from '@/bindings/EntryInput'
import type { ExportedFile } from '@/bindings/ExportedFile'
import type { JudgeInput } from '@/bindings/JudgeInput'
import type { JudgeSheet } from '@/bindings/JudgeSheet'
import type { JudgeSheetRead } from '@/bindings/JudgeSheetRead'
import type { JudgedContest } from '@/bindings/JudgedContest'
import type { JudgingRules } from '@/bindings/JudgingRules'
import type { ScoreSheet } from '@/bindings/ScoreSheet'
import type { SessionInfo } from '@/bindings/SessionInfo'
import type { VoteBallot } from '@/bindings/VoteBallot'

export function judgedContest(activityId: number, options?: CallOptions) {
  return call<JudgedContest>('judged_contest', { activityId }, options)
}

export function setJudgingRules(activityId: number, rules: JudgingRules, awards: AwardPlan | null) {
  return call<JudgedContest>('set_judging_rules', { activityId, rules, awards })
}

export function addJudge(activityId: number, input: JudgeInput) {
  return call<JudgedContest>('add_judge', { activityId, input })
}

export function removeJudge(judgeId: number) {
  return call<JudgedContest>('remove_judge', { judgeId })
}

export function enterScore(activityId: number, sheet: ScoreSheet) {
  return call<JudgedContest>('enter_score', { activityId, sheet })
}

/** One judge's whole sheet at once: every cell checked by core, any bad cell refuses it all. */
export function saveJudgeSheet(activityId: number, sheet: JudgeSheet) {
  return call<JudgedContest>('save_judge_sheet', { activityId, sheet })
}

/** 下载评分表: the judge's .xlsx, entrants and criteria filled in, into the export folder. */
export function exportJudgeSheet(activityId: number, judgeId: number) {
  return call<ExportedFile>('export_judge_sheet', { activityId, judgeId })
}

/** What a filled-in sheet says and what is wrong with it; nothing is saved. */
export function previewJudgeSheet(activityId: number, bytes: number[], options?: CallOptions) {
  return call<JudgeSheetRead>('preview_judge_sheet', { activityId, bytes }, options)
}

export function publishResults(activityId: number) {
  return call<JudgedContest>('publish_results', { activityId })
}

export function unlockResults(activityId: number, reason: string) {
  return call<JudgedContest>('unlock_results', { activityId, reason })
}

// ── 书画展览: works and the popular vote ─────────────────────────────────────────────────────

export function addEntry(activityId: number, input: EntryInput) {
  return call<JudgedContest>('add_exhibition_entry', { activityId, input })
}

export function removeEntry(entryId: number) {
  return call<JudgedContest>('remove_exhibition_entry', { entryId })
}

export function setVoteWeight(activityId: number, weight: number) {
  return call<JudgedContest>('set_vote_weight', { activityId, weight })
}

/** New one-time codes (opens the vote); they are shown to print as slips. */
export function issueVoteCodes(activityId: number, count: number) {
  return call<string[]>('issue_vote_codes', { activityId, count })
}

export function unusedVoteCodes(activityId: number, options?: CallOptions) {
  return call<string[]>('unused_vote_codes', { activityId }, options)
}

/** 补印 after voting began: the unused codes again, with a reason that core logs. */
export function reprintVoteCodes(activityId: number, reason: string, options?: CallOptions) {
  return call<string[]>('reprint_vote_codes', { activityId, reason }, options)
}

export function closeVote(activityId: number) {
  return call<JudgedContest>('close_vote', { activityId })
}

/** 进入投票终端: locks the window to this exhibition's popular vote. */
export function enterVoteKiosk(activityId: number) {
  return call<SessionInfo>('enter_vote_kiosk', { activityId })
}

// The kiosk's own commands: the exhibition comes from the session, never from the page.

export function voteBallot(options?: CallOptions) {
  return call<VoteBallot>('vote_ballot', {}, options)
}

export function votePhoto(entryId: number, options?: CallOptions) {
  return call<ArrayBuffer>('vote_photo', { entryId }, options)
}

export function castVote(code: string, entryId: number) {
  return call<null>('cast_exhibition_vote', { code, entryId }, { quiet: true })
}
