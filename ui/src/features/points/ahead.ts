// 量化考核's first page of the board (and an organizer's adjustments), and 我的积分's ledger, asked for
// when the navigation to them starts (their routes' prefetch): the screens' first loads make these
// very calls and take their answers (api/ahead.ts).
import type { RouteLocationNormalized } from 'vue-router'
import { allAnswered } from '@/api/ahead'
import { useSession } from '@/app/session'
import { useSelfService } from '@/features/self/selfService'
import { myPoints, pointsAdjustments, pointsBoardPage } from './api'
import { BOARD_PAGE_SIZES, boardQuery } from './board'
import { periodFromQuery } from './period'

export function pointsAhead(to: RouteLocationNormalized): Promise<void> {
  const ahead = { ahead: true }
  const period = periodFromQuery(to.query, new Date().getFullYear())
  const board = pointsBoardPage(period, boardQuery('', 1, BOARD_PAGE_SIZES[0]), ahead)
  return allAnswered(useSession().isOrganizer ? [board, pointsAdjustments(period, ahead)] : [board])
}

/** The years 我的积分 offers, this one first. */
export function myPointsYears(): number[] {
  const year = new Date().getFullYear()
  return [year, year - 1, year - 2]
}

/** 我的积分's ledger of this year for the person at the window; nobody chosen: nothing to ask. */
export function myPointsAhead(): Promise<void> {
  const self = useSelfService()
  if (self.staffId === null) return Promise.resolve()
  return allAnswered([myPoints({ staffId: self.staffId, pin: self.pin }, myPointsYears()[0], { ahead: true })])
}
