// The 亮诺墙 of this year, its kinds and the 科室, asked for when the navigation to it starts (its
// route's prefetch): the screen's first loads make these very calls and take their answers
// (api/ahead.ts).
import { allAnswered } from '@/api/ahead'
import { listDepartments } from '@/features/roster/api'
import { pledgeKinds, pledgeWall } from './api'

export function pledgesAhead(): Promise<void> {
  const ahead = { ahead: true }
  return allAnswered([pledgeWall(new Date().getFullYear(), null, ahead), pledgeKinds(ahead), listDepartments(ahead)])
}
