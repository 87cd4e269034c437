// A long page's rows in two steps: the first FIRST_ROWS (more than a window shows) in the frame that
// shows the screen, the rest in the frame after, before a person can scroll to them. Building and
// laying out a page of 50 rows took most of the time from the click to the painted rows on the
// large unit's 报名名单 and 量化考核 (docs/PERFORMANCE.md). Only a table that showed no rows goes in
// steps: a page turned, a row changed or the list searched keeps every row it shows, so nothing
// under the reader moves. A table far down its page (the 报名名单 under an activity's facts) builds
// first only the rows the window shows under it: where it really is is read once it is in the
// window, and rows are added before the frame is painted if more show than were guessed.
import { computed, onBeforeUnmount, onMounted, ref, watch, type ComputedRef } from 'vue'

/** Rows built at once: a full-height window shows fewer. */
export const FIRST_ROWS = 20
/** Should frames stop (a hidden window), the rest come after this long anyway. */
export const REST_AFTER_MS = 250
/** No row is shorter (px): one line of text and its padding. */
export const ROW_MIN_PX = 40

/** The rows a window shows under `top` px (at least one, at most FIRST_ROWS). */
export function rowsInView(top: number, height: number = window.innerHeight): number {
  return Math.min(FIRST_ROWS, Math.max(1, Math.ceil((height - top) / ROW_MIN_PX)))
}

/** Where a table's rows start, for a table far down its page. */
export interface RowsPlace {
  /** Roughly how far down the window (px) its rows start; the first step is guessed from it. */
  startsBelow: () => number | undefined
  /** Its body once built: where the rows really start is read from it. */
  body: () => HTMLElement | null | undefined
}

export function useRowsInSteps<T>(rows: () => T[], place?: RowsPlace): ComputedRef<T[]> {
  const limit = ref(Number.POSITIVE_INFINITY)
  let frame = 0
  let timer = 0
  let guard = 0
  function stop() {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    clearTimeout(guard)
  }
  function showAll() {
    stop()
    limit.value = Number.POSITIVE_INFINITY
  }
  /** The rows the window shows under the table: read where it is, guessed before it is built. */
  function firstStep(): number {
    const guess = place?.startsBelow()
    if (guess === undefined) return FIRST_ROWS
    const body = place?.body()
    return body?.isConnected ? rowsInView(body.getBoundingClientRect().top) : rowsInView(guess)
  }
  // Built on a guess: once in the window, more rows if more show (the frame is not painted yet).
  onMounted(() => {
    if (limit.value >= FIRST_ROWS) return
    const shows = firstStep()
    if (shows > limit.value) limit.value = shows
  })
  watch(
    () => rows().length,
    (count, before) => {
      if ((before ?? 0) > 0) return
      const first = firstStep()
      if (count <= first) return
      limit.value = first
      stop()
      // The task after the next frame: that frame has painted the first rows.
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(showAll)
      })
      guard = window.setTimeout(showAll, REST_AFTER_MS)
    },
    { immediate: true },
  )
  onBeforeUnmount(stop)
  return computed(() => {
    const all = rows()
    return all.length > limit.value ? all.slice(0, limit.value) : all
  })
}
