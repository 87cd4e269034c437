// 评诺's rounds of the year it lists, asked for when the navigation to it starts (its route's
// prefetch): the screen's first load makes this very call and takes its answer (api/ahead.ts).
import type { RouteLocationNormalized } from 'vue-router'
import { allAnswered } from '@/api/ahead'
import { pledgeRounds } from './api'
import { roundsYear } from './roundsYear'

export function pledgeRoundsAhead(to: RouteLocationNormalized): Promise<void> {
  return allAnswered([pledgeRounds(roundsYear(to), { ahead: true })])
}
