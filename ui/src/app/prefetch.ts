// The code of the sidebar's screens, fetched while the window is idle after start-up: each screen
// is its own chunk (see router.ts), and without this the first click on 活动 or 职工 waits for its
// chunk and the Element Plus components it brings. Only loading: nothing mounts, nothing asks the
// back end, and one chunk at a time, so the screen the person looks at keeps the machine.
import type { RouteComponent, RouteRecordNormalized, Router } from 'vue-router'

type Loader = () => Promise<RouteComponent>

/** The screens a click in the sidebar opens for anyone: fixed paths, framed, not organizer-only. */
export function sidebarScreens(router: Router): RouteRecordNormalized[] {
  return router
    .getRoutes()
    .filter((r) => !r.path.includes(':') && !r.redirect && !r.meta.bare && !r.meta.organizerOnly && !r.meta.kiosk)
}

/** Runs `task` when the window has nothing else to do (or soon, where idle callbacks are missing). */
export function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => task(), { timeout: 3000 })
  else window.setTimeout(task, 300)
}

/** Loads the chunks of the sidebar's screens, one per idle moment; a chunk that fails is skipped. */
export function prefetchScreens(router: Router, idle: (task: () => void) => void = whenIdle): Promise<void> {
  const loaders = sidebarScreens(router)
    .map((r) => r.components?.default)
    .filter((c): c is Loader => typeof c === 'function')
  return new Promise((done) => {
    const next = () => {
      const load = loaders.shift()
      if (load == null) return done()
      idle(() => {
        load().then(next, next)
      })
    }
    next()
  })
}
