// What a screen shows, loaded from the back end: the latest request wins (an older answer that
// arrives late is dropped), a failed load says why in `error` (cleared by the next success),
// `loading` while a request runs and `loaded` once one has succeeded. Calls should be quiet: the
// screen shows `error` itself.
import { ref, type Ref } from 'vue'
import { errorMessage } from '@/api/ipc'

export function useLoad<T>(fetch: () => Promise<T>, initial: T) {
  const data = ref(initial) as Ref<T>
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref('')
  let latest = 0

  /** Loads again; resolves true when this request's answer was taken. */
  async function load(): Promise<boolean> {
    const request = ++latest
    loading.value = true
    try {
      const value = await fetch()
      if (request !== latest) return false
      data.value = value
      error.value = ''
      loaded.value = true
      return true
    } catch (e) {
      if (request === latest) error.value = errorMessage(e)
      return false
    } finally {
      if (request === latest) loading.value = false
    }
  }

  /** Forgets what was shown (another record is about to load); answers still on the way are dropped. */
  function reset(): void {
    latest++
    data.value = initial
    loading.value = false
    loaded.value = false
    error.value = ''
  }

  return { data, loading, loaded, error, load, reset }
}
