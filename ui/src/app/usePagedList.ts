// One page of a list the back end pages: the latest request wins, a failed load says why, and a
// page that emptied (its last row went away) falls back to the page that is now last. Filters go
// back to page 1; typing in the search box waits for a pause before asking.
import { onBeforeUnmount, ref, shallowRef, watch, type Ref, type WatchSource } from 'vue'
import { pageCountOf } from './pagerWindow'
import { errorMessage } from '@/api/ipc'

/** The page sizes a list offers (core serves up to FACTS.limits.page_size rows a page). */
export const PAGE_SIZES = [20, 50, 100] as const

/** How long a list's search box waits after the last key before asking. */
export const SEARCH_DEBOUNCE_MS = 250

export interface Paged<T> {
  items: T[]
  total: number
}

/** `P` is the back end's whole answer when it carries more than the page (`answer` keeps it). */
export function usePagedList<T, P extends Paged<T> = Paged<T>>(
  fetch: (page: number, pageSize: number) => Promise<P>,
  page: Ref<number>,
  pageSize: Ref<number>,
) {
  const items = ref([]) as Ref<T[]>
  const answer = shallowRef<P | null>(null)
  const total = ref(0)
  const loading = ref(false)
  const loaded = ref(false)
  const loadError = ref('')
  let latest = 0

  async function reload(): Promise<void> {
    const request = ++latest
    loading.value = true
    try {
      const result = await fetch(page.value, pageSize.value)
      if (request !== latest) return
      items.value = result.items
      total.value = result.total
      answer.value = result
      loadError.value = ''
      loaded.value = true
      if (result.items.length === 0 && result.total > 0 && page.value > 1) {
        page.value = pageCountOf(result.total, pageSize.value)
      }
    } catch (e) {
      if (request === latest) loadError.value = errorMessage(e)
    } finally {
      if (request === latest) loading.value = false
    }
  }

  /** A filter changed: back to page 1 (the page watcher reloads), or reload in place. */
  function refilter(): void {
    if (page.value !== 1) page.value = 1
    else void reload()
  }

  /** Reloads on a new page or page size, on any of `filters` at once, and on `text` after
   *  `debounceMs` without typing. Call once, from the screen's setup. */
  function watchFilters(text: WatchSource<string>, filters: WatchSource<unknown>[], debounceMs = SEARCH_DEBOUNCE_MS): void {
    let timer: ReturnType<typeof setTimeout> | undefined
    watch(text, () => {
      clearTimeout(timer)
      timer = setTimeout(refilter, debounceMs)
    })
    watch(filters, refilter)
    watch([page, pageSize], () => void reload())
    onBeforeUnmount(() => clearTimeout(timer))
  }

  return { items, total, answer, loading, loaded, loadError, reload, watchFilters }
}
