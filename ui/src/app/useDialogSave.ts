// The save button of a form dialog: one save at a time, the back end's refusal shown in the
// dialog (it stays open), and on success the dialog closes and the caller hears of it.
import { ref, type Ref } from 'vue'
import { errorMessage } from '@/api/ipc'

export function useDialogSave<T>(open: Ref<boolean>, save: () => Promise<T>, saved: (value: T) => void) {
  const error = ref('')
  const busy = ref(false)

  async function run(): Promise<void> {
    if (busy.value) return
    busy.value = true
    error.value = ''
    try {
      const value = await save()
      open.value = false
      saved(value)
    } catch (e) {
      error.value = errorMessage(e)
    } finally {
      busy.value = false
    }
  }

  return { error, busy, run }
}
