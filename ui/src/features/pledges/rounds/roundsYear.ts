// The year 评诺 lists: the one its link names (from the 首页: ?year=2025), else this year. The
// screen and its route's call ahead (./ahead.ts) read it alike.
import type { RouteLocationNormalizedLoaded } from 'vue-router'

export function roundsYear(route: Pick<RouteLocationNormalizedLoaded, 'query'>): number {
  const asked = Number(route.query.year)
  return Number.isInteger(asked) && asked > 0 ? asked : new Date().getFullYear()
}
