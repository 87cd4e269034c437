// The phone page in tests: a fake LAN server behind fetch() (each route answers from a handler;
// requests are recorded with their headers and bodies), and the page mounted the way
// phone/main.ts assembles it (Vant registered whole: Node cannot load its CSS files).
import { flushPromises, mount } from '@vue/test-utils'
import { afterAll, vi } from 'vitest'
import Vant from 'vant'
import { createMemoryHistory } from 'vue-router'
import type { PhoneInfo } from '@/bindings/PhoneInfo'
import type { PhoneSession } from '@/bindings/PhoneSession'
import PhoneApp from '@/phone/PhoneApp.vue'
import { phoneI18n } from '@/phone/i18nSetup'
import { resetInfo } from '@/phone/info'
import { createPhoneRouter } from '@/phone/router'
import { reloadPhoneSession } from '@/phone/session'

export interface Request {
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
}

/** What a handler throws for a refusal: the HTTP status and the server's `{code, message}`. */
export class HttpError {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
  ) {}
}

export type Route = (body: any) => unknown

/** Routes are keyed "GET api/info", "POST api/activities/5/signup". */
export function fakeServer(routes: Record<string, Route>) {
  const requests: Request[] = []
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET'
    const headers = { ...(init.headers as Record<string, string>) }
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined
    requests.push({ method, url, headers, body })
    const route = routes[`${method} ${url}`]
    if (!route) return new Response('', { status: 404 })
    try {
      return new Response(JSON.stringify(route(body) ?? null), { status: 200, headers: { 'Content-Type': 'application/json' } })
    } catch (e) {
      if (!(e instanceof HttpError)) throw e
      return new Response(JSON.stringify({ code: e.code, message: e.message }), { status: e.status })
    }
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    requests,
    to: (method: string, url: string) => requests.filter((r) => r.method === method && r.url === url),
  }
}

export function info(over: Partial<PhoneInfo> = {}): PhoneInfo {
  const until = new Date(Date.now() + 95 * 60_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    unit_name: '市科技局',
    purposes: ['signup', 'my_activities', 'pledge', 'pledge_rating', 'vote'],
    until: `${until.getFullYear()}-${pad(until.getMonth() + 1)}-${pad(until.getDate())} ${pad(until.getHours())}:${pad(until.getMinutes())}`,
    ...over,
  }
}

export const ZHAO: PhoneSession = { token: 'phone-token-42', staff_id: 42, name: '赵敏', department: '办公室' }

/** Mounts the phone page at `path`, logged in as `session` (kept in sessionStorage) or not. */
// Vant's nav bar measures itself on timers up to 300 ms after it is mounted (its placeholder's
// height, set up even without a placeholder); a test file ending sooner would have them run after
// the page's window is gone. The file's page outlives them.
const VANT_MEASURES_MS = 300
afterAll(() => new Promise((resolve) => setTimeout(resolve, VANT_MEASURES_MS + 50)))

export async function mountPhone(path: string, session: PhoneSession | null = null) {
  sessionStorage.clear()
  if (session) sessionStorage.setItem('wenming.phone.session', JSON.stringify(session))
  reloadPhoneSession()
  resetInfo()
  phoneI18n.global.locale.value = 'zh-CN'
  const router = createPhoneRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  const wrapper = mount(PhoneApp, { attachTo: document.body, global: { plugins: [phoneI18n, router, Vant] } })
  await phoneSettle()
  return { wrapper, router }
}

/** Lets requests, timers of zero length, lazy screens and re-renders finish. */
export async function phoneSettle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  await flushPromises()
}
