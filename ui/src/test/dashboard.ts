// A 首页 answer for component tests: an empty year unless told otherwise.
import type { Dashboard } from '@/bindings/Dashboard'

export function dashboardOf(over: Partial<Dashboard> = {}): Dashboard {
  return {
    year: 2026,
    upcoming: [],
    open_signups: [],
    participation: [],
    activities_by_month: Array(12).fill(0),
    top_points: [],
    pending: null,
    ...over,
  }
}
