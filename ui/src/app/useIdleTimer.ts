// Idle time of the person at the window: keys, clicks, touches, scrolling and mouse moves count as
// activity. While `active()` holds, `onIdle` runs once `minutes()` pass without any; `onActivity`
// (throttled to once a minute) lets the back end know someone is still working.
import { onBeforeUnmount, onMounted, watch } from 'vue'

const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const
const CHECK_EVERY_MS = 5_000
const REPORT_EVERY_MS = 60_000

export interface IdleOptions {
  minutes: () => number
  active: () => boolean
  onIdle: () => void | Promise<void>
  onActivity?: () => void | Promise<void>
}

export function useIdleTimer(options: IdleOptions): void {
  let lastInput = Date.now()
  let lastReport = 0
  let timer: ReturnType<typeof setInterval> | undefined

  function input() {
    lastInput = Date.now()
    if (options.onActivity && options.active() && lastInput - lastReport >= REPORT_EVERY_MS) {
      lastReport = lastInput
      void Promise.resolve(options.onActivity()).catch(() => undefined)
    }
  }

  function check() {
    if (!options.active()) return
    if (Date.now() - lastInput >= options.minutes() * 60_000) {
      lastInput = Date.now()
      void Promise.resolve(options.onIdle()).catch(() => undefined)
    }
  }

  // The idle time starts when the guarded state begins (a login, a person choosing themselves).
  watch(options.active, (isActive) => {
    if (isActive) {
      lastInput = Date.now()
      lastReport = lastInput
    }
  })

  onMounted(() => {
    for (const e of EVENTS) window.addEventListener(e, input, { passive: true, capture: true })
    timer = setInterval(check, CHECK_EVERY_MS)
  })

  onBeforeUnmount(() => {
    for (const e of EVENTS) window.removeEventListener(e, input, { capture: true })
    if (timer) clearInterval(timer)
  })
}
