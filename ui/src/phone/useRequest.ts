// The two ways a phone screen talks to the workbench, written once:
// - `useLoad`: what the screen shows — `loading` until it came, or `error` (the server's sentence)
//   for <PhoneLoad> to offer 重试;
// - `useSubmit`: the buttons — one request at a time (a second tap while one runs does nothing),
//   `busy` names the running one for its button's spinner, and a refusal lands in `error` (shown
//   under the form) or in a toast.
import { ref } from 'vue'
import { errorMessage } from './api'
import { showFailToast } from './toast'

export function useLoad(load: () => Promise<void>) {
  const loading = ref(true)
  const error = ref('')

  async function reload(): Promise<void> {
    loading.value = true
    error.value = ''
    try {
      await load()
    } catch (e) {
      error.value = errorMessage(e)
    } finally {
      loading.value = false
    }
  }

  return { loading, error, reload }
}

export function useSubmit<K = true>(refusal: 'inline' | 'toast' = 'inline') {
  const busy = ref<K | null>(null)
  const error = ref('')

  /** Runs `request` under `key` unless another one runs. Resolves with its value, or `undefined`
   *  when it was skipped or refused. */
  async function submit<T>(key: K, request: () => Promise<T>): Promise<T | undefined> {
    if (busy.value !== null) return undefined
    busy.value = key as never
    error.value = ''
    try {
      return await request()
    } catch (e) {
      if (refusal === 'toast') showFailToast(errorMessage(e))
      else error.value = errorMessage(e)
      return undefined
    } finally {
      busy.value = null
    }
  }

  return { busy, error, submit }
}
