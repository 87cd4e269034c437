// Follows the data of a 大屏 as it changes: asks again every few seconds and keeps what it showed
// while asking (no blank, no re-mount), so only the figures that changed change on the wall. A
// refusal (the screen was switched to another view, the record went away) is shown in place of
// the data; the next answer replaces it.
import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref, type WatchSource } from 'vue'
import { errorMessage } from '@/api/ipc'

/** How often a screen asks again. */
export const POLL_MS = 2500

export function usePoll<T>(fetch: () => Promise<T>, key: WatchSource<unknown>) {
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const error = ref('')
  let timer: ReturnType<typeof setInterval> | undefined
  let busy = false

  async function load() {
    if (busy) return
    busy = true
    try {
      data.value = await fetch()
      error.value = ''
    } catch (e) {
      error.value = errorMessage(e)
    } finally {
      busy = false
    }
  }

  watch(key, () => {
    data.value = null
    void load()
  })
  onMounted(() => {
    void load()
    timer = setInterval(() => void load(), POLL_MS)
  })
  onBeforeUnmount(() => clearInterval(timer))
  return { data, error, load }
}
