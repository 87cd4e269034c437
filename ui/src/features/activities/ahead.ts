// The 活动 list's first page and an activity's page, asked for when the navigation to them starts
// (their routes' prefetch): the screens' first loads make these very calls and take their answers
// (api/ahead.ts).
import type { RouteLocationNormalized } from 'vue-router'
import { allAnswered } from '@/api/ahead'
import { PAGE_SIZES } from '@/app/usePagedList'
import { listDepartments } from '@/features/roster/api'
import { activitySignups } from '@/features/signups/api'
import { activityQuery, emptyFilters } from './activityFilters'
import { getActivity, listActivities } from './api'

const ahead = { ahead: true }

export function activitiesAhead(): Promise<void> {
  return allAnswered([listDepartments(ahead), listActivities(activityQuery(emptyFilters(), 1, PAGE_SIZES[0]), ahead)])
}

export function activityAhead(to: RouteLocationNormalized): Promise<void> {
  const id = Number(to.params.id)
  return allAnswered([getActivity(id, ahead), activitySignups(id, ahead), listDepartments(ahead)])
}
