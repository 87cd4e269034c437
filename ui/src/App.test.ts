import { describe, expect, test, vi } from 'vitest'
import { ElMessage } from 'element-plus'
import App from '@/App.vue'
import { emptyUnit } from '@/app/session'
import type { AppInfo } from '@/bindings/AppInfo'
import type { Dashboard } from '@/bindings/Dashboard'
import { FIRST_DATA_WAIT_MS } from '@/app/firstScreen'
import { appError, fakeBackend } from '@/test/backend'
import { dashboardOf } from '@/test/dashboard'
import { byTestId, dialogShown, mountWithApp, settle } from '@/test/mount'

function info(over: Partial<AppInfo> = {}): AppInfo {
  return { unit: emptyUnit({ unit_name: '市科技局', password_set: true, staff_pins_enabled: false }), role: 'staff', db_path: '/data/wenming.db', kiosk: null, ...over }
}

const emptyRoster = {
  list_departments: () => [],
  list_staff: () => ({ items: [], total: 0 }),
}

function setValue(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input'))
}

describe('start-up', () => {
  test('a database the app cannot open shows only the reason', async () => {
    const message = '数据库文件由更新版本的工作台写入（数据版本 9，本程序支持到 3），请安装新版本后再打开，以免损坏数据'
    fakeBackend({
      app_info: () => {
        throw appError('store.too_new', message)
      },
    })
    await mountWithApp(App)
    expect(byTestId('startup-error')?.textContent).toContain(message)
    expect(byTestId('unit-name')).toBeNull()
    expect(byTestId('setup-submit')).toBeNull()
  })

  test.each([
    ['the frame', () => info(), 'unit-name'],
    ['the first-start form', () => info({ unit: emptyUnit({ unit_name: '', password_set: false, staff_pins_enabled: false }) }), 'setup-submit'],
    [
      'the reason the database cannot be opened',
      () => {
        throw appError('store.too_new', '数据库文件由更新版本的工作台写入')
      },
      'startup-error',
    ],
  ])('the window, created hidden, is shown once %s is set up', async (_, app_info, shown) => {
    const backend = fakeBackend({ app_info, window_ready: () => null, ...emptyRoster })
    await mountWithApp(App)
    await vi.waitFor(() => expect(backend.callsOf('window_ready')).toHaveLength(1))
    // Asked for once the screen is there, never before the back end has said what to show.
    expect(byTestId(shown)).not.toBeNull()
    const order = backend.calls.map((c) => c.cmd)
    expect(order.indexOf('window_ready')).toBeGreaterThan(order.indexOf('app_info'))
    await settle()
    expect(backend.callsOf('window_ready')).toHaveLength(1)
  })

  test('the 首页 asked for at start is shown with its figures, not a frame before them', async () => {
    let answer: (d: Dashboard) => void = () => {}
    let shownWith: string | null | undefined
    const backend = fakeBackend({
      app_info: () => info(),
      dashboard: () => new Promise<Dashboard>((resolve) => (answer = resolve)),
      window_ready: () => {
        shownWith = byTestId('dashboard-top')?.textContent
        return null
      },
    })
    await mountWithApp(App, { path: '/' })
    expect(backend.callsOf('dashboard')).toHaveLength(1)
    expect(backend.callsOf('window_ready')).toHaveLength(0)

    answer(dashboardOf({ top_points: [{ rank: 1, staff_id: 1, employee_no: 'A001', name: '张三', department_id: 1, department_name: '办公室', total: 12 }] }))
    await vi.waitFor(() => expect(backend.callsOf('window_ready')).toHaveLength(1))
    expect(shownWith).toContain('张三')
    expect(backend.callsOf('dashboard')).toHaveLength(1)
  })

  test('a 首页 slow to answer does not keep the window hidden: it is shown loading', async () => {
    let shownWith: string | null | undefined = 'not yet'
    const backend = fakeBackend({
      app_info: () => info(),
      dashboard: () => new Promise<Dashboard>(() => {}),
      window_ready: () => {
        shownWith = byTestId('dashboard-top')?.textContent
        return null
      },
    })
    const start = performance.now()
    await mountWithApp(App, { path: '/' })
    await vi.waitFor(() => expect(backend.callsOf('window_ready')).toHaveLength(1), { timeout: 3000 })
    expect(performance.now() - start).toBeGreaterThanOrEqual(FIRST_DATA_WAIT_MS)
    expect(shownWith).toBeUndefined()
  })

  test('an existing unit opens the frame in the role the back end reports', async () => {
    fakeBackend({ app_info: () => info(), ...emptyRoster })
    await mountWithApp(App)
    expect(byTestId('unit-name')?.textContent).toBe('市科技局')
    expect(byTestId('mode-tag')?.textContent).toContain('职工模式')
    expect(byTestId('login-button')).not.toBeNull()
    expect(byTestId('nav-settings')).toBeNull()
  })
})

describe('first start', () => {
  test('asks for the unit and a password, the unit name blank with an example as its placeholder', async () => {
    fakeBackend({ app_info: () => info({ unit: emptyUnit({ unit_name: '', password_set: false, staff_pins_enabled: false }) }) })
    await mountWithApp(App)
    // The form's code loads when it is first shown.
    await dialogShown('setup-submit')
    const name = byTestId<HTMLInputElement>('setup-unit-name')!
    expect(name.value).toBe('')
    expect(name.placeholder).toBe('例如：市农业农村局')
    expect(byTestId('unit-name')).toBeNull()
  })

  test('names each field by a label tied to its input, the three marked required', async () => {
    fakeBackend({ app_info: () => info({ unit: emptyUnit({ unit_name: '', password_set: false, staff_pins_enabled: false }) }) })
    await mountWithApp(App)
    await dialogShown('setup-submit')
    const labelOf = (id: string) => byTestId<HTMLInputElement>(id)!.labels?.[0]?.textContent
    expect(labelOf('setup-unit-name')).toBe('单位名称')
    expect(labelOf('setup-password')).toBe('组织者密码')
    expect(labelOf('setup-password-confirm')).toBe('再次输入密码')
    expect(document.querySelectorAll('.setup .el-form-item.is-required')).toHaveLength(3)
  })

  test('refuses two different passwords without asking the back end', async () => {
    const backend = fakeBackend({ app_info: () => info({ unit: emptyUnit({ unit_name: '', password_set: false, staff_pins_enabled: false }) }) })
    await mountWithApp(App)
    // The form's code loads when it is first shown.
    await dialogShown('setup-submit')
    setValue(byTestId<HTMLInputElement>('setup-password')!, 'abc123')
    setValue(byTestId<HTMLInputElement>('setup-password-confirm')!, 'abc124')
    byTestId('setup-submit')!.click()
    await settle()
    expect(byTestId('setup-error')?.textContent).toContain('两次输入的密码不一致')
    expect(backend.callsOf('setup_first_password')).toHaveLength(0)
  })

  test('shows the back end’s objection to a weak password', async () => {
    fakeBackend({
      app_info: () => info({ unit: emptyUnit({ unit_name: '', password_set: false, staff_pins_enabled: false }) }),
      setup_first_password: () => {
        throw appError('auth.weak_password', '密码至少需要 6 位')
      },
    })
    await mountWithApp(App)
    // The form's code loads when it is first shown.
    await dialogShown('setup-submit')
    setValue(byTestId<HTMLInputElement>('setup-password')!, 'abc')
    setValue(byTestId<HTMLInputElement>('setup-password-confirm')!, 'abc')
    byTestId('setup-submit')!.click()
    await settle()
    expect(byTestId('setup-error')?.textContent).toContain('密码至少需要 6 位')
  })

  test('sets the password and the unit name, then enters organizer mode', async () => {
    let unit = emptyUnit({ unit_name: '', password_set: false, staff_pins_enabled: false })
    const backend = fakeBackend({
      app_info: () => info({ unit, role: 'organizer' }),
      setup_first_password: (args: { password: string; unitName: string }) => {
        unit = emptyUnit({ unit_name: args.unitName, password_set: true, staff_pins_enabled: false })
        return { role: 'organizer' }
      },
      ...emptyRoster,
    })
    await mountWithApp(App)
    // The form's code loads when it is first shown.
    await dialogShown('setup-submit')
    setValue(byTestId<HTMLInputElement>('setup-unit-name')!, '市农业农村局')
    setValue(byTestId<HTMLInputElement>('setup-password')!, 'secret1')
    setValue(byTestId<HTMLInputElement>('setup-password-confirm')!, 'secret1')
    byTestId('setup-submit')!.click()
    await settle()
    expect(backend.callsOf('setup_first_password')[0].args).toEqual({ password: 'secret1', unitName: '市农业农村局' })
    expect(byTestId('unit-name')?.textContent).toBe('市农业农村局')
    expect(byTestId('mode-tag')?.textContent).toContain('组织者模式')
    expect(byTestId('nav-settings')).not.toBeNull()
  })
})

describe('toasts', () => {
  test('a toast rises at the bottom right, away from the page title and tabs', async () => {
    fakeBackend({ app_info: () => info(), ...emptyRoster })
    await mountWithApp(App)
    ElMessage.success('已保存')
    await settle()
    const toast = document.querySelector<HTMLElement>('.el-message')!
    expect(toast.textContent).toContain('已保存')
    expect(toast.classList).toContain('is-right')
    expect(toast.classList).toContain('is-bottom')
    expect(toast.style.top).toBe('')
  })
})
