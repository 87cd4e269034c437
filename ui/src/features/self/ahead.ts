// 我的活动's answers for the person at the window, asked for when the navigation to it starts (its
// route's prefetch): the screen and its parts make these very calls and take their answers
// (api/ahead.ts). Nobody chosen: nothing to ask.
import { allAnswered } from '@/api/ahead'
import { staffContestPlaces } from '@/features/contests/api'
import { staffStudiedExemplars } from '@/features/exemplars/api'
import { staffHonors } from '@/features/honors/api'
import { ownerPledgeGrades, pledgeRounds } from '@/features/pledges/rounds/api'
import { myActivities, myNominations } from './api'
import { useSelfService } from './selfService'

export function myAhead(): Promise<void> {
  const self = useSelfService()
  if (self.staffId === null) return Promise.resolve()
  const who = { staffId: self.staffId, pin: self.pin }
  const ahead = { ahead: true }
  return allAnswered([
    // 我的推荐 once 我的活动 is answered, as the screen asks: both check the PIN (./MyActivities.vue).
    myActivities(who, ahead).then(() => myNominations(who, ahead)),
    staffHonors(who.staffId, ahead),
    staffStudiedExemplars(who.staffId, ahead),
    staffContestPlaces(who.staffId, ahead),
    ownerPledgeGrades({ kind: 'person', staff_id: who.staffId }, ahead),
    pledgeRounds(null, ahead),
  ])
}
