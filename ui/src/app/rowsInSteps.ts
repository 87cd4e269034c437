// A long page's rows in two steps: the first ones, as many as the window shows of the table, in the
// frame that shows the screen, the rest in the frame after, before a person can scroll to them.
// Building and laying out a page of 50 rows took most of the time from the click to the painted rows
// on the large unit's 报名名单 and 量化考核, and the 20 rows of 职工 and 活动 of which a window shows
// 15 (docs/PERFORMANCE.md). Only a table that showed no rows goes in steps: a page turned, a row
// changed or the list searched keeps every row it shows, so nothing under the reader moves.
// How many rows show is read once the table is in the window (where its rows start, where its box
// or the window ends) and remembered for that table (app/DataTable's `place`). The first step is
// built before that: on the rows it showed last time, else on its caller's guess of where its rows
// start or on its box's greatest height. Rows are added before the frame is painted if more show
// than were guessed.
import { computed, inject, onBeforeUnmount, onMounted, ref, watch, type ComputedRef, type InjectionKey } from 'vue'

/** Rows built at once: a full-height window shows fewer. */
export const FIRST_ROWS = 20
/** Should frames stop (a hidden window), the rest come after this long anyway. */
export const REST_AFTER_MS = 250
/** No row is shorter (px): one line of text and its padding. */
export const ROW_MIN_PX = 40

/** The rows that show from `top` px down to `bottom` px (the window's by default): at least one,
 *  at most FIRST_ROWS. */
export function rowsInView(top: number, bottom: number = window.innerHeight): number {
  return Math.min(FIRST_ROWS, Math.max(1, Math.ceil((bottom - top) / ROW_MIN_PX)))
}

/** Where a table's rows show. */
export interface RowsPlace {
  /** Which table it is, for the rows it showed last time. */
  key: () => string
  /** For a table far down its page: roughly how far down the window (px) its rows start, the
   *  first step's guess until the table has been in the window once. */
  startsBelow: () => number | undefined
  /** Its body once built: where the rows really start is read from it. */
  body: () => HTMLElement | null | undefined
  /** The box it scrolls in: rows under the box's bottom do not show. */
  box: () => HTMLElement | null | undefined
  /** A box of at most this height (px) shows no more rows than fit under the head. */
  maxHeight: () => number | undefined
}

/**
 * Provided true by a screen built out of sight (app/ScreenWarmup): its tables build their first
 * step only. The rest would show no one anything and hold the window's one thread for a frame
 * (the 报名名单's 46 other rows with their buttons: a task of ~34 ms, docs/PERFORMANCE.md).
 */
export const outOfSight: InjectionKey<boolean> = Symbol('outOfSight')

/** Each table's rows' room (px from where they start to the box's or window's bottom) when it was
 *  last in the window, and the window's height then. */
const roomSeen = new Map<string, { room: number; windowHeight: number }>()

/**
 * The rows a table shows, read from the window, and its room remembered for next time: from where
 * its rows start down to the window's bottom, or to its box's when the box cuts them off (a box
 * that scrolls, or one taller than its rows, which it fills). A table without rows (its box holds
 * its empty state) or not laid out (not displayed) is not read: undefined.
 */
function rowsShown(key: string, body: HTMLElement, box: HTMLElement | null | undefined): number | undefined {
  if (body.childElementCount === 0 || body.getClientRects().length === 0) return undefined
  const rows = body.getBoundingClientRect()
  const boxed = box?.getBoundingClientRect()
  const cuts = box && boxed && (box.scrollHeight > box.clientHeight + 1 || rows.bottom < boxed.bottom - 1)
  const bottom = Math.min(window.innerHeight, cuts ? boxed.bottom : Number.POSITIVE_INFINITY)
  roomSeen.set(key, { room: bottom - rows.top, windowHeight: window.innerHeight })
  return rowsInView(rows.top, bottom)
}

/**
 * Calls `run` in the task after the next frame (which paints what the page holds now), or after
 * REST_AFTER_MS should frames stop (a hidden window); returns what calls it off.
 */
export function afterNextFrame(run: () => void): () => void {
  let frame = 0
  let timer = 0
  let guard = 0
  const cancel = () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    clearTimeout(guard)
  }
  const go = () => {
    cancel()
    run()
  }
  frame = requestAnimationFrame(() => {
    timer = window.setTimeout(go)
  })
  guard = window.setTimeout(go, REST_AFTER_MS)
  return cancel
}

/** Forgets the tables' rooms (for tests). */
export function forgetRoomSeen(): void {
  roomSeen.clear()
}

export function useRowsInSteps<T>(rows: () => T[], place?: RowsPlace): ComputedRef<T[]> {
  const limit = ref(Number.POSITIVE_INFINITY)
  const firstStepOnly = inject(outOfSight, false)
  let stop = () => {}
  let reading = 0
  function showAll() {
    stop()
    limit.value = Number.POSITIVE_INFINITY
  }
  /** The rows the window shows of the table: read where it is, guessed before it is built. */
  function firstStep(): number {
    if (!place) return FIRST_ROWS
    const body = place.body()
    const shows = body?.isConnected ? rowsShown(place.key(), body, place.box()) : undefined
    if (shows !== undefined) return shows
    const seen = roomSeen.get(place.key())
    // The window may have grown or shrunk since: so has the room of a table that fills its box.
    if (seen) return rowsInView(0, seen.room + window.innerHeight - seen.windowHeight)
    const guess = place.startsBelow()
    const step = guess === undefined ? FIRST_ROWS : rowsInView(guess)
    const most = place.maxHeight()
    return most === undefined ? step : Math.min(step, rowsInView(ROW_MIN_PX, most))
  }
  // Once in the window, where the table is is read in the frame that lays it out anyway, before it
  // is painted: more rows then if more show than were guessed.
  onMounted(() => {
    reading = requestAnimationFrame(() => {
      const body = place?.body()
      if (!place || !body?.isConnected) return
      const shows = rowsShown(place.key(), body, place.box())
      if (shows !== undefined && shows > limit.value) limit.value = shows
    })
  })
  watch(
    () => rows().length,
    (count, before) => {
      if ((before ?? 0) > 0) return
      const first = firstStep()
      if (count <= first) return
      limit.value = first
      stop()
      if (firstStepOnly) return
      // That frame has painted the first rows.
      stop = afterNextFrame(showAll)
    },
    { immediate: true },
  )
  onBeforeUnmount(() => {
    stop()
    cancelAnimationFrame(reading)
  })
  return computed(() => {
    const all = rows()
    return all.length > limit.value ? all.slice(0, limit.value) : all
  })
}
