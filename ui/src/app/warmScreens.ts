// The screens built once out of sight while the window is idle (app/ScreenWarmup): the long lists a
// person opens first, whose first visit was the slowest (docs/PERFORMANCE.md).
import type { Component } from 'vue'
import type { RouteLocationNormalizedLoaded, Router } from 'vue-router'

/** A screen to build, and the route it is built for. */
export interface WarmScreen {
  screen: Component
  route: RouteLocationNormalizedLoaded
}

/** Should a screen never be set up (its first data never came), the warming goes on after this long. */
export const WARM_GIVE_UP_MS = 5000

/** 职工, 活动, the newest activity's page (its 报名名单) and 量化考核, in the order a person is likely to open them. */
export function warmPaths(): (string | (() => Promise<string | null>))[] {
  return ['/staff', '/activities', newestActivityPath, '/points']
}

/** The newest activity's page, when the unit has an activity. */
async function newestActivityPath(): Promise<string | null> {
  const [{ listActivities }, { activityQuery, emptyFilters }] = await Promise.all([
    import('@/features/activities/api'),
    import('@/features/activities/activityFilters'),
  ])
  const first = await listActivities(activityQuery(emptyFilters(), 1, 1), { quiet: true })
  return first.items.length > 0 ? `/activities/${first.items[0].id}` : null
}

/** The screen at `path` with its code loaded; null when the path leads to none. */
export async function screenAt(router: Router, path: string): Promise<WarmScreen | null> {
  const route = router.resolve(path)
  const raw = route.matched.at(-1)?.components?.default
  if (!raw) return null
  // A lazy screen is a function that imports its module; a loaded one is the component.
  const screen = typeof raw === 'function' ? ((await (raw as () => Promise<{ default: Component }>)()).default ?? null) : raw
  return screen ? { screen, route: { ...route, name: route.name ?? undefined } } : null
}
