// 乒乓球、象棋 tournament commands: the draw, results, finishing and lots.
import { call, type CallOptions } from '@/api/ipc'
import type { DrawInput } from '@/bindings/DrawInput'
import type { MatchResult } from '@/bindings/MatchResult'
import type { Tournament } from '@/bindings/Tournament'

/** The activity's tournament, or `null` before the draw. */
export function getTournament(activityId: number, options?: CallOptions) {
  return call<Tournament | null>('get_tournament', { activityId }, options)
}

export function makeDraw(activityId: number, input: DrawInput) {
  return call<Tournament>('make_tournament_draw', { activityId, input })
}

export function cancelDraw(activityId: number) {
  return call<null>('cancel_tournament_draw', { activityId })
}

/** Quiet: the result dialog shows the refusal (e.g. an 11:10 game) inline. */
export function recordResult(matchId: number, result: MatchResult) {
  return call<Tournament>('record_match_result', { matchId, result }, { quiet: true })
}

/** 瑞士制: pairs the next round once the current one is complete. */
export function pairNextRound(activityId: number) {
  return call<Tournament>('pair_next_round', { activityId })
}

/** 小组赛 + 淘汰赛: draws the knockout from the group places. */
export function startKnockout(activityId: number) {
  return call<Tournament>('start_knockout', { activityId })
}

export function finishTournament(activityId: number) {
  return call<Tournament>('finish_tournament', { activityId })
}

export function setLots(activityId: number, lots: number[]) {
  return call<Tournament>('set_tournament_lots', { activityId, lots })
}
