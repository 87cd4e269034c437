// The buttons of a screen that ask the back end to do something: one action at a time (a second
// click while one runs does nothing), `busy` names the running one for its button's spinner, and a
// refusal lands in `error` (a loud call has also been shown by the ipc wrapper; a quiet one is
// shown by the screen from `error`).
import { computed, ref } from 'vue'
import { errorMessage } from '@/api/ipc'

export function useBusyAction() {
  const busy = ref<string | null>(null)
  const error = ref('')
  const isBusy = computed(() => busy.value !== null)

  /** Runs `action` under `name` unless another action is running. Resolves with its value, or
   *  `undefined` when it was skipped or refused. */
  async function run<T>(name: string, action: () => Promise<T>): Promise<T | undefined> {
    if (busy.value !== null) return undefined
    busy.value = name
    error.value = ''
    try {
      return await action()
    } catch (e) {
      error.value = errorMessage(e)
      return undefined
    } finally {
      busy.value = null
    }
  }

  return { busy, isBusy, error, run }
}
