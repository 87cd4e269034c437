// Every test runs without Tauri: `invoke` is a mock each test programs (see ./backend.ts).
import { afterEach, vi } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'
import { i18n } from '@/i18n'
import { forgetAhead } from '@/api/ahead'
import { forgetRoomSeen } from '@/app/rowsInSteps'

vi.mock('@tauri-apps/api/core', () => ({ invoke: vi.fn() }))

// Each test's components are unmounted after it: a frame's timers (the idle loading of screens)
// and a list's pending loads stop with their test instead of running into the next ones.
enableAutoUnmount(afterEach)

afterEach(() => {
  // Answers one test asked for ahead never reach the next.
  forgetAhead()
  // Nor the rows a table showed in one test the next's first step.
  forgetRoomSeen()
  i18n.global.locale.value = 'zh-CN'
  localStorage.clear()
  document.body.innerHTML = ''
})
