// What the frame builds once out of sight while the window is idle: the long lists' parts
// (app/ListWarmup), then the long lists a person opens first, whose first visit was the slowest,
// then 评先选优, 亮诺 and 台账, each with its first data (app/ScreenWarmup; docs/PERFORMANCE.md);
// the screens again after logging in or out, as the new mode shows them.
// One thing at a time; a person's click comes first: nothing is begun from the click until its
// screen is shown.
import { nextTick, onBeforeUnmount, shallowRef, type Component } from 'vue'
import type { RouteLocationNormalizedLoaded, RouteLocationResolved, Router } from 'vue-router'
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
/** A screen longer than this on its way (its data slow to come) no longer holds the warming back. */
export const HOLD_LIMIT_MS = 3000

/**
 * 职工, 活动, the newest activity's page (its 报名名单) and 量化考核, in the order a person is likely
 * to open them; then 评先选优, 亮诺 and 台账, lighter, whose first visit after a pause was still
 * 3–20 ms slower than a visit again (docs/PERFORMANCE.md).
 */
function warmPaths(): (string | (() => Promise<string | null>))[] {
  return ['/staff', '/activities', newestActivityPath, '/points', '/honors', '/pledges', '/ledger']
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
 * again when the window is next idle; a screen the person has opened is not built. From a click
 * until its screen is shown (`screenPending` and `screenShown`, from the frame's screen), nothing
 * is begun: a build begun while the click waited for its code or its data ran in the click's own
 * time (评先选优's rows 92 ms after the click instead of ~60, docs/PERFORMANCE.md). A screen the
 * person may not open when its turn comes (`mayOpen`) is not built.
 */
export function useWarmups(router: Router, mayOpen: (route: RouteLocationResolved) => boolean = () => true) {
  const warmup = shallowRef<Warmup | null>(null)
  let finish: (built: boolean) => void = () => {}
  const opened = new Set<string>()

  // A click's navigation, then its screen waiting for its first data.
  let navigating = false
  let screenWaiting = false
  let onShown: (() => void)[] = []
  const onItsWay = () => navigating || screenWaiting
  function shown() {
    if (!onItsWay()) for (const go of onShown.splice(0)) go()
  }
  /** Resolves once the screen on its way is shown, or HOLD_LIMIT_MS from now. */
  function screenArrived(): Promise<void> {
    return new Promise((resolve) => {
      const limit = window.setTimeout(() => {
        navigating = screenWaiting = false
        shown()
      }, HOLD_LIMIT_MS)
      onShown.push(() => {
        window.clearTimeout(limit)
        resolve()
      })
    })
  }

  /**
   * Shows `part` out of sight; resolves true once it is done (or no longer `wanted` once the
   * person's screen has come), false when dropped or given up.
   */
  async function warm(part: Component, props?: Record<string, unknown>, wanted: () => boolean = () => true): Promise<boolean> {
    while (onItsWay()) {
      await screenArrived()
      await idle()
    }
    // The screen waited for may be this one: built again, it would only hold up the next click.
    if (!wanted()) return true
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
    navigating = true
    if (warmup.value) end(false)
  })
  const stopNoting = router.afterEach((to) => {
    opened.add(to.path)
    // By the next tick the screen is drawn, or has said it waits for its data (`screenPending`).
    void nextTick(() => {
      navigating = false
      shown()
    })
  })
  onBeforeUnmount(() => {
    stopDropping()
    stopNoting()
  })

  async function lists(): Promise<void> {
    const { default: ListWarmup } = await import('@/app/ListWarmup.vue')
    await warm(ListWarmup)
  }
  // The screens built in this mode, and how often the mode has changed. Logging in or out changes
  // what a screen shows (an organizer's row buttons, 台账): each is built again in the new mode
  // (`again`).
  const built = new Set<string>()
  let modeChanges = 0
  // One screen at a time, whichever queue asks: the first build out of sight and the one after a
  // change of mode.
  let turn: Promise<void> = Promise.resolve()
  function inTurn(run: () => Promise<void>): Promise<void> {
    const mine = turn.then(run)
    turn = mine.catch(() => {})
    return mine
  }
  function screen(path: string | (() => Promise<string | null>)): Promise<void> {
    return inTurn(async () => {
      const at = typeof path === 'string' ? path : await path()
      if (at === null) return
      const startedIn = modeChanges
      // A screen the person may not open now (台账 in staff mode) is not built: its data would be refused.
      const wanted = () =>
        !built.has(at) && !opened.has(at) && router.currentRoute.value.path !== at && mayOpen(router.resolve(at))
      for (let attempt = 0; attempt < WARM_ATTEMPTS; attempt++) {
        if (attempt > 0) await idle()
        if (!wanted()) return
        const [found, { default: ScreenWarmup }] = await Promise.all([screenAt(router, at), import('@/app/ScreenWarmup.vue')])
        if (!found) return
        if (await warm(ScreenWarmup, { ...found }, wanted)) {
          // Built in the mode it began in only; a change of mode meanwhile builds it again.
          if (modeChanges === startedIn) built.add(at)
          return
        }
      }
    })
  }

  return {
    warmup,
    done: () => end(true),
    /** The frame's screen waits for its first data. */
    screenPending: () => void (screenWaiting = true),
    /** The frame's screen is shown. */
    screenShown: () => {
      screenWaiting = false
      shown()
    },
    loaders: (): (() => Promise<void>)[] => [lists, ...warmPaths().map((path) => () => screen(path))],
    /**
     * After logging in or out: the screens' steps again, each built in the new mode, also one
     * the person opened in the other mode (an organizer's 职工 has its row buttons, and 台账).
     */
    again: (): (() => Promise<void>)[] => {
      modeChanges++
      built.clear()
      opened.clear()
      return warmPaths().map((path) => () => screen(path))
    },
  }
}
