// Pages that turn by themselves on a 大屏 (no one is there to scroll): `index` moves to the next of
// `count()` pages every `seconds`, back to the first after the last, and stays on a page that
// exists when the data shrinks. `slice` cuts a list into the current page's rows.
import { computed, onBeforeUnmount, onMounted, ref, watch } from 'vue'

export function useTurning(count: () => number, seconds: number) {
  const index = ref(0)
  const total = computed(count)

  function turn(by: number) {
    const n = total.value
    if (n > 0) index.value = (index.value + by + n) % n
  }

  watch(total, (n) => {
    if (index.value >= n) index.value = 0
  })

  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    timer = setInterval(() => turn(1), seconds * 1000)
  })
  onBeforeUnmount(() => clearInterval(timer))

  return { index, total, turn }
}

/** The number of pages of `per` rows that `rows` fill (at least one). */
export function pagesOf(rows: number, per: number): number {
  return Math.max(1, Math.ceil(rows / per))
}

/** Page `index` of `rows`, `per` a page; a list of fewer pages than others shows its pages in turn. */
export function pageOf<T>(rows: readonly T[], per: number, index: number): T[] {
  const start = (index % pagesOf(rows.length, per)) * per
  return rows.slice(start, start + per)
}
