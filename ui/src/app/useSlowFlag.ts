// A busy flag as the window shows it: true only once the work has taken a while. Most answers
// from the back end come in tens of milliseconds; a loading mask put up and taken down for each
// is a flicker, and costs the click a small Vue app of its own (el-loading) and a forced layout
// when it fades out (docs/PERFORMANCE.md).
import { getCurrentInstance, onBeforeUnmount, ref, watch, type Ref } from 'vue'

/** How long work runs before the window says it is busy. */
export const SLOW_MS = 300

export function useSlowFlag(busy: () => boolean, ms = SLOW_MS): Ref<boolean> {
  const shown = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    busy,
    (now) => {
      clearTimeout(timer)
      if (!now) shown.value = false
      else timer = setTimeout(() => (shown.value = true), ms)
    },
    { immediate: true },
  )
  if (getCurrentInstance()) onBeforeUnmount(() => clearTimeout(timer))
  return shown
}
