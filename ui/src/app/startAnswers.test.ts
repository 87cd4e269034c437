import { afterEach, describe, expect, test, vi } from 'vitest'
import startScript from '../../public/start.js?raw'
import App from '@/App.vue'
import { emptyUnit } from '@/app/session'
import { keepStartAnswers, type StartAnswer } from '@/app/startAnswers'
import type { AppInfo } from '@/bindings/AppInfo'
import { appError, fakeBackend } from '@/test/backend'
import { dashboardOf } from '@/test/dashboard'
import { byTestId, mountWithApp, settle } from '@/test/mount'

function info(over: Partial<AppInfo> = {}): AppInfo {
  return { unit: emptyUnit({ unit_name: '市科技局', password_set: true, staff_pins_enabled: false }), role: 'staff', db_path: '/data/wenming.db', kiosk: null, ...over }
}

const TOP = { rank: 1, staff_id: 1, employee_no: 'A001', name: '张三', department_id: 1, department_name: '办公室', total: 12 }

/** An answer of the start script as it leaves it on the window once the back end has answered. */
function answered(value: unknown): StartAnswer {
  return { at: performance.now(), answer: Promise.resolve(value), settled: true, failed: false, value }
}

/** Runs public/start.js as the window runs it, before the modules, at `hash`. */
function runStartScript(hash: string, invoke?: (cmd: string, args: unknown) => Promise<unknown>) {
  window.location.hash = hash
  const w = window as unknown as { __TAURI_INTERNALS__?: unknown }
  w.__TAURI_INTERNALS__ = invoke ? { invoke } : undefined
  try {
    new Function(startScript)()
  } finally {
    delete w.__TAURI_INTERNALS__
  }
}

/** Whether the start's loading view was ever put into the page. */
function watchLoadingView(): () => boolean {
  let seen = false
  const observer = new MutationObserver(() => {
    if (byTestId('startup-loading')) seen = true
  })
  observer.observe(document.body, { childList: true, subtree: true })
  return () => {
    observer.disconnect()
    return seen
  }
}

afterEach(() => {
  delete window.__wenmingStart
  window.location.hash = ''
})

describe('the start script (public/start.js)', () => {
  test.each(['', '#/'])('on the 首页 (hash “%s”) it asks who we are and for the 首页 before the modules load', (hash) => {
    const asked: [string, unknown][] = []
    runStartScript(hash, (cmd, args) => {
      asked.push([cmd, args])
      return new Promise(() => {})
    })
    expect(asked).toEqual([
      ['app_info', {}],
      ['dashboard', {}],
    ])
    expect(Object.keys(window.__wenmingStart ?? {})).toEqual(['app_info', 'dashboard'])
    expect(window.__wenmingStart?.app_info?.settled).toBe(false)
  })

  test.each(['#/screen/1', '#/staff', '#/kiosk'])('at %s it asks nothing: that screen asks as it does', (hash) => {
    const invoke = vi.fn(() => new Promise(() => {}))
    runStartScript(hash, invoke)
    expect(invoke).not.toHaveBeenCalled()
    expect(window.__wenmingStart).toBeUndefined()
  })

  test('outside the app’s window (no Tauri) it asks nothing', () => {
    runStartScript('')
    expect(window.__wenmingStart).toBeUndefined()
  })

  test('notes each answer, and a refusal without an unhandled rejection', async () => {
    const unit = info()
    runStartScript('', (cmd) => (cmd === 'app_info' ? Promise.resolve(unit) : Promise.reject(appError('auth.denied', '请先登录'))))
    await settle()
    expect(window.__wenmingStart?.app_info).toMatchObject({ settled: true, failed: false, value: unit })
    expect(window.__wenmingStart?.dashboard).toMatchObject({ settled: true, failed: true })
  })
})

describe('the app takes the start script’s answers', () => {
  test('answered: the frame is set up at once on the 首页 with its figures, asking neither again', async () => {
    window.__wenmingStart = { app_info: answered(info()), dashboard: answered(dashboardOf({ top_points: [TOP] })) }
    let shownWith: string | null | undefined
    const backend = fakeBackend({
      window_ready: () => {
        shownWith = byTestId('dashboard-top')?.textContent
        return null
      },
    })
    const loadingView = watchLoadingView()
    keepStartAnswers()
    await mountWithApp(App, { path: '/' })
    await vi.waitFor(() => expect(backend.callsOf('window_ready')).toHaveLength(1))
    expect(loadingView()).toBe(false)
    expect(shownWith).toContain('张三')
    expect(byTestId('mode-tag')?.textContent).toContain('职工模式')
    expect(backend.callsOf('app_info')).toHaveLength(0)
    expect(backend.callsOf('dashboard')).toHaveLength(0)
  })

  test('not yet answered: the window waits for that answer instead of asking again', async () => {
    let answer: (v: AppInfo) => void = () => {}
    const pending = new Promise<AppInfo>((resolve) => (answer = resolve))
    window.__wenmingStart = { app_info: { at: performance.now(), answer: pending, settled: false, failed: false, value: undefined } }
    const backend = fakeBackend({ window_ready: () => null, dashboard: () => dashboardOf() })
    const { session } = await mountWithApp(App, { path: '/' })
    expect(session.state).toBe('loading')
    answer(info({ role: 'organizer' }))
    await vi.waitFor(() => expect(backend.callsOf('window_ready')).toHaveLength(1))
    expect(session.role).toBe('organizer')
    expect(backend.callsOf('app_info')).toHaveLength(0)
  })

  test('refused (a database from a newer version): only the reason is shown, and nothing asked again', async () => {
    const message = '数据库文件由更新版本的工作台写入（数据版本 9，本程序支持到 3），请安装新版本后再打开，以免损坏数据'
    const refused = Promise.reject(appError('store.newer', message))
    refused.catch(() => undefined)
    window.__wenmingStart = { app_info: { at: performance.now(), answer: refused, settled: true, failed: true, value: undefined } }
    const backend = fakeBackend({ window_ready: () => null })
    await mountWithApp(App, { path: '/' })
    await settle()
    expect(byTestId('startup-error')?.textContent).toContain(message)
    expect(byTestId('frame-aside')).toBeNull()
    expect(backend.callsOf('app_info')).toHaveLength(0)
  })

  test('a window locked to a vote goes to its 投票终端 at once', async () => {
    window.__wenmingStart = { app_info: answered(info({ kiosk: { kind: 'honors_round', round_id: 3 } })) }
    fakeBackend({ window_ready: () => null, kiosk_ballot: () => new Promise(() => {}) })
    const { router } = await mountWithApp(App, { path: '/' })
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('kiosk'))
  })
})
