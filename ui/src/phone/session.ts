// The phone session: the token the server gave at 登录, kept in sessionStorage (gone when the tab
// closes), and who it is. Ends with 退出登录, a 401 from the server, or the tab.
import { reactive } from 'vue'
import type { PhoneSession } from '@/bindings/PhoneSession'

const KEY = 'wenming.phone.session'

function stored(): PhoneSession | null {
  try {
    const raw = sessionStorage.getItem(KEY)
    if (!raw) return null
    const v = JSON.parse(raw) as Partial<PhoneSession>
    return typeof v.token === 'string' && typeof v.staff_id === 'number' ? (v as PhoneSession) : null
  } catch {
    return null
  }
}

function create() {
  const start = stored()
  const state = reactive({
    token: start?.token ?? '',
    staffId: start?.staff_id ?? 0,
    name: start?.name ?? '',
    department: start?.department ?? '',
    /** Why the person was sent to 登录 (the server's sentence), shown there until they log in. */
    notice: '',
    remember(s: PhoneSession): void {
      state.token = s.token
      state.staffId = s.staff_id
      state.name = s.name
      state.department = s.department
      state.notice = ''
      try {
        sessionStorage.setItem(KEY, JSON.stringify(s))
      } catch {
        // Without storage the session lasts until the page reloads.
      }
    },
    clear(): void {
      state.token = ''
      state.staffId = 0
      state.name = ''
      state.department = ''
      try {
        sessionStorage.removeItem(KEY)
      } catch {
        // Nothing was stored.
      }
    },
  })
  return state
}

export const phoneSession = create()

/** Reads sessionStorage again (a test, or another tab of the same page). */
export function reloadPhoneSession(): void {
  const s = stored()
  if (s) phoneSession.remember(s)
  else phoneSession.clear()
}
