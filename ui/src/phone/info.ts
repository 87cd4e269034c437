// What the page shows first (api/info): the unit, the purposes switched on, and until when. The
// time left is counted on the phone's clock against `until` ("YYYY-MM-DD HH:MM", the workbench's
// local time; both sit in the same building).
import { computed, reactive, ref } from 'vue'
import type { PhoneInfo } from '@/bindings/PhoneInfo'
import type { Purpose } from '@/bindings/Purpose'
import { errorMessage, phoneInfo } from './api'

export const info = reactive({
  value: null as PhoneInfo | null,
  error: '',
  loading: false,
})

let pending: Promise<void> | null = null

/** Loads api/info once (again with `force`). */
export function loadInfo(force = false): Promise<void> {
  if (pending && !force) return pending
  info.loading = true
  pending = phoneInfo()
    .then((v) => {
      info.value = v
      info.error = ''
    })
    .catch((e) => {
      info.error = errorMessage(e)
      pending = null
    })
    .finally(() => {
      info.loading = false
    })
  return pending
}

/** Forgets what was loaded (tests). */
export function resetInfo(): void {
  info.value = null
  info.error = ''
  pending = null
}

export function isOn(purpose: Purpose): boolean {
  return info.value?.purposes.includes(purpose) ?? false
}

/** "2026-12-03 16:30" as a local Date, or null. */
export function parseLocal(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/.exec(text)
  if (!m) return null
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]))
}

/** The phone's clock, ticking every 20 seconds while someone looks at the time left. */
export const now = ref(Date.now())
let ticking: ReturnType<typeof setInterval> | undefined
export function startClock(): () => void {
  now.value = Date.now()
  if (ticking === undefined) ticking = setInterval(() => (now.value = Date.now()), 20_000)
  return () => {
    clearInterval(ticking)
    ticking = undefined
  }
}

/** Whole minutes left in the window, 0 once it has run out, null when not known. */
export const minutesLeft = computed(() => {
  const until = info.value ? parseLocal(info.value.until) : null
  if (!until) return null
  return Math.max(0, Math.ceil((until.getTime() - now.value) / 60_000))
})
