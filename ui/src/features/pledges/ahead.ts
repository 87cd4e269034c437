// The 亮诺墙 of this year, its kinds and the 科室, and 我的承诺's pledge, asked for when the navigation
// to them starts (their routes' prefetch): the screens' first loads make these very calls and take
// their answers (api/ahead.ts).
import { allAnswered } from '@/api/ahead'
import { listDepartments } from '@/features/roster/api'
import { useSelfService } from '@/features/self/selfService'
import { ownerPledge, pledgeKinds, pledgeTimeline, pledgeWall } from './api'

export function pledgesAhead(): Promise<void> {
  const ahead = { ahead: true }
  return allAnswered([pledgeWall(new Date().getFullYear(), null, ahead), pledgeKinds(ahead), listDepartments(ahead)])
}

/** 我的承诺's pledge of this year for the person at the window, and its timeline once it is known
 *  to exist; nobody chosen: nothing to ask. */
export function myPledgeAhead(): Promise<void> {
  const self = useSelfService()
  if (self.staffId === null) return Promise.resolve()
  const ahead = { ahead: true }
  const pledge = ownerPledge({ kind: 'person', staff_id: self.staffId }, new Date().getFullYear(), ahead)
  return allAnswered([pledge.then((p) => (p ? pledgeTimeline(p.id, ahead) : null))])
}
