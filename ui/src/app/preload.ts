// The screens' code, loaded while the window has nothing else to do. Each screen is its own chunk
// (router.ts), so the start does not wait for them; but a first visit then waited for its chunk
// and its styles (25–45 ms of the click on these machines: docs/PERFORMANCE.md). A while after
// the frame is shown (its first screen's data has come and been painted by then), the sidebar's
// screens are loaded one by one, each when the page is idle, so a click or a key press never waits
// behind more than one of them.
import type { Router } from 'vue-router'

/** Waits for the page to be idle: requestIdleCallback where the web view has it, else a pause. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(run, IDLE_PAUSE_MS)
  return () => window.clearTimeout(id)
}

/** Resolves once the page is idle (as `whenIdle`). */
export function idle(): Promise<void> {
  return new Promise((resolve) => void whenIdle(resolve))
}

/** Without requestIdleCallback: the pause before each load, long enough for a screen's paint. */
export const IDLE_PAUSE_MS = 150
/**
 * The first load waits this long after the frame is set up: the start's own screen asks for its
 * data and paints it first (an idle page is not enough: it is idle while it waits for the data).
 * It is painted 100–150 ms after; at 800 ms, a person quick to 职工 still found its parts not
 * yet set up (docs/PERFORMANCE.md).
 */
export const START_AFTER_MS = 300

/**
 * `paths`, each followed by the first page under it that a person opens from that screen (an
 * activity's page after 活动, a category's after 评先选优), so that page's code loads next and not
 * at the end. Pages for print and the kiosk (`meta.bare`) and other paths of the list are left
 * out; an id is 1 (every id leads to the same code).
 */
export function withPagesUnder(router: Router, paths: string[]): string[] {
  const pages = router
    .getRoutes()
    .filter((record) => !record.meta.bare)
    .map((record) => record.path.replace(/:\w+\(\\d\+\)/g, '1'))
    .filter((path) => !path.includes(':') && !paths.includes(path))
  return paths.flatMap((path) => {
    const under = pages
      .filter((page) => path !== '/' && page.startsWith(`${path}/`))
      .sort((a, b) => a.split('/').length - b.split('/').length || a.length - b.length)
    return under.length ? [path, under[0]] : [path]
  })
}

/** The loaders of the lazily loaded screens that `paths` lead to, each once, in order. */
export function screenLoaders(router: Router, paths: string[]): (() => Promise<unknown>)[] {
  const seen = new Set<unknown>()
  const out: (() => Promise<unknown>)[] = []
  for (const path of paths) {
    for (const record of router.resolve(path).matched) {
      for (const component of Object.values(record.components ?? {})) {
        // A lazy screen is a function that imports its module; a loaded one is the component.
        if (typeof component !== 'function' || seen.has(component)) continue
        seen.add(component)
        out.push(component as () => Promise<unknown>)
      }
    }
  }
  return out
}

/**
 * Loads the screens behind `paths` one at a time, from `after` ms on (START_AFTER_MS unless told),
 * each when the page is idle, after the work of `first` (each also when idle); returns a function
 * that stops what is not yet loaded. A screen that fails to load is skipped: its click will load
 * it again and show why.
 */
export function preloadWhenIdle(
  router: Router,
  paths: string[],
  first: (() => Promise<unknown>)[] = [],
  after = START_AFTER_MS,
): () => void {
  const loaders = [...first, ...screenLoaders(router, paths)]
  let cancel: (() => void) | null = null
  let stopped = false
  const next = () => {
    const load = loaders.shift()
    if (!load || stopped) return
    cancel = whenIdle(() => {
      cancel = null
      load().then(next, next)
    })
  }
  const start = window.setTimeout(next, after)
  return () => {
    stopped = true
    window.clearTimeout(start)
    cancel?.()
  }
}
