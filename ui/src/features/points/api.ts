// 综合量化考核 commands: leaderboards, a person's ledger, the policy and its preview, adjustments.
import { call, type CallOptions } from '@/api/ipc'
import type { Adjustment } from '@/bindings/Adjustment'
import type { BoardPage } from '@/bindings/BoardPage'
import type { BoardQuery } from '@/bindings/BoardQuery'
import type { AdjustmentInput } from '@/bindings/AdjustmentInput'
import type { ExportedFile } from '@/bindings/ExportedFile'
import type { Leaderboard } from '@/bindings/Leaderboard'
import type { Period } from '@/bindings/Period'
import type { PersonLedger } from '@/bindings/PersonLedger'
import type { Policy } from '@/bindings/Policy'
import type { PolicyPreview } from '@/bindings/PolicyPreview'
import type { PointsRules } from '@/bindings/PointsRules'
import type { Self } from '@/features/self/api'

/** The whole board (print). */
export function pointsLeaderboard(period: Period, options?: CallOptions) {
  return call<Leaderboard>('points_leaderboard', { period }, options)
}

/** One page of the board as the screen shows it, searched by 姓名, 工号 or 科室. */
export function pointsBoardPage(period: Period, query: BoardQuery, options?: CallOptions) {
  return call<BoardPage>('points_board_page', { period, query }, options)
}

export function pointsLedger(staffId: number, period: Period, options?: CallOptions) {
  return call<PersonLedger>('points_ledger', { staffId, period }, options)
}

/** 我的积分: the person at the window, with their PIN when PINs are on. */
export function myPoints(self: Self, year: number, options?: CallOptions) {
  return call<PersonLedger>('my_points', { staffId: self.staffId, pin: self.pin, year }, options)
}

export function pointsPolicy(year: number, options?: CallOptions) {
  return call<Policy>('points_policy', { year }, options)
}

export function previewPointsPolicy(year: number, rules: PointsRules, options?: CallOptions) {
  return call<PolicyPreview>('preview_points_policy', { year, rules }, options)
}

export function setPointsPolicy(year: number, rules: PointsRules, note: string, options?: CallOptions) {
  return call<Policy>('set_points_policy', { year, rules, note }, options)
}

export function addPointsAdjustment(input: AdjustmentInput, options?: CallOptions) {
  return call<Adjustment>('add_points_adjustment', { input }, options)
}

export function pointsAdjustments(period: Period, options?: CallOptions) {
  return call<Adjustment[]>('points_adjustments', { period }, options)
}

export function exportPoints(period: Period) {
  return call<ExportedFile>('export_points', { period })
}
