// 量化考核's first page of the board (and an organizer's adjustments), asked for when the navigation
// to it starts (its route's prefetch): the screen's first loads make these very calls and take
// their answers (api/ahead.ts).
import type { RouteLocationNormalized } from 'vue-router'
import { allAnswered } from '@/api/ahead'
import { useSession } from '@/app/session'
import { pointsAdjustments, pointsBoardPage } from './api'
import { BOARD_PAGE_SIZES, boardQuery } from './board'
import { periodFromQuery } from './period'

export function pointsAhead(to: RouteLocationNormalized): Promise<void> {
  const ahead = { ahead: true }
  const period = periodFromQuery(to.query, new Date().getFullYear())
  const board = pointsBoardPage(period, boardQuery('', 1, BOARD_PAGE_SIZES[0]), ahead)
  return allAnswered(useSession().isOrganizer ? [board, pointsAdjustments(period, ahead)] : [board])
}
