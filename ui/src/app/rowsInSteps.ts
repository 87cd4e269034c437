// A long page's rows in two steps: the first FIRST_ROWS (more than a window shows) in the frame that
// shows the screen, the rest in the frame after, before a person can scroll to them. Building and
// laying out a page of 50 rows took most of the time from the click to the painted rows on the
// large unit's 报名名单 and 量化考核 (docs/PERFORMANCE.md). Only a table that showed no rows goes in
// steps: a page turned, a row changed or the list searched keeps every row it shows, so nothing
// under the reader moves.
import { computed, onBeforeUnmount, ref, watch, type ComputedRef } from 'vue'

/** Rows built at once: a full-height window shows fewer. */
export const FIRST_ROWS = 20
/** Should frames stop (a hidden window), the rest come after this long anyway. */
export const REST_AFTER_MS = 250

export function useRowsInSteps<T>(rows: () => T[]): ComputedRef<T[]> {
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
  watch(
    () => rows().length,
    (count, before) => {
      if ((before ?? 0) > 0 || count <= FIRST_ROWS) return
      limit.value = FIRST_ROWS
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
