// Every test runs without Tauri: `invoke` is a mock each test programs (see ./backend.ts).
import { afterEach, vi } from 'vitest'
import { i18n } from '@/i18n'

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }))

afterEach(() => {
  i18n.global.locale.value = 'zh-CN'
  localStorage.clear()
  document.body.innerHTML = ''
})
