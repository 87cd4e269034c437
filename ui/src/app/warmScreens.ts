// What the frame builds once out of sight while the window is idle: the long lists' parts
// (app/ListWarmup), then the long lists a person opens first, whose first visit was the slowest,
// each screen with its first data (app/ScreenWarmup; docs/PERFORMANCE.md). One thing at a time;
// a person's click comes first.
import { onBeforeUnmount, shallowRef, type Component } from 'vue'
import type { RouteLocationNormalizedLoaded, Router } from 'vue-router'
import { idle } from '@/app/preload'

/** A screen to build, and the route it is built for. */
interface WarmScreen {
  screen: Component
  route: RouteLocationNormalizedLoaded
}

/** Should a screen never be set up (its first data never came), the warming goes on after this long. */
export const WARM_GIVE_UP_MS = 5000
/** A screen dropped for a person's click is built again when the window is next idle, this many times in all. */
export const WARM_ATTEMPTS = 3

/** 职工, 活动, the newest activity's page (its 报名名单) and 量化考核, in the order a person is likely to open them. */
function warmPaths(): (string | (() => Promise<string | null>))[] {
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
async function screenAt(router: Router, path: string): Promise<WarmScreen | null> {
  const route = router.resolve(path)
  const raw = route.matched.at(-1)?.components?.default
  if (!raw) return null
  // A lazy screen is a function that imports its module; a loaded one is the component.
  const screen = typeof raw === 'function' ? ((await (raw as () => Promise<{ default: Component }>)()).default ?? null) : raw
  return screen ? { screen, route: { ...route, name: route.name ?? undefined } } : null
}

/** What is being built out of sight, and its props. */
export interface Warmup {
  part: Component
  props?: Record<string, unknown>
}

/**
 * The frame's building out of sight: `warmup` is what to render hidden (its `done` event calls
 * `done`), `loaders` the steps for app/preload's idle queue. A screen still waiting for its data
 * when the person opens a screen is dropped at once (their click is not kept behind it) and built
 * again when the window is next idle; a screen the person has opened is not built.
 */
export function useWarmups(router: Router) {
  const warmup = shallowRef<Warmup | null>(null)
  let finish: (built: boolean) => void = () => {}
  const opened = new Set<string>()

  /** Shows `part` out of sight; resolves true once it is done, false when dropped or given up. */
  function warm(part: Component, props?: Record<string, unknown>): Promise<boolean> {
    return new Promise((resolve) => {
      const giveUp = window.setTimeout(() => end(false), WARM_GIVE_UP_MS)
      finish = (built) => {
        window.clearTimeout(giveUp)
        finish = () => {}
        resolve(built)
      }
      warmup.value = { part, props }
    })
  }
  function end(built: boolean) {
    warmup.value = null
    finish(built)
  }
  const stopDropping = router.beforeEach(() => {
    if (warmup.value) end(false)
  })
  const stopNoting = router.afterEach((to) => void opened.add(to.path))
  onBeforeUnmount(() => {
    stopDropping()
    stopNoting()
  })

  async function lists(): Promise<void> {
    const { default: ListWarmup } = await import('@/app/ListWarmup.vue')
    await warm(ListWarmup)
  }
  async function screen(path: string | (() => Promise<string | null>)): Promise<void> {
    const at = typeof path === 'string' ? path : await path()
    if (at === null) return
    for (let attempt = 0; attempt < WARM_ATTEMPTS; attempt++) {
      if (attempt > 0) await idle()
      if (opened.has(at) || router.currentRoute.value.path === at) return
      const [found, { default: ScreenWarmup }] = await Promise.all([screenAt(router, at), import('@/app/ScreenWarmup.vue')])
      if (!found || (await warm(ScreenWarmup, { ...found }))) return
    }
  }

  return {
    warmup,
    done: () => end(true),
    loaders: (): (() => Promise<void>)[] => [lists, ...warmPaths().map((path) => () => screen(path))],
  }
}
