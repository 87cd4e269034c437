import { describe, expect, test, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { defineComponent, h, watch } from 'vue'
import { createMemoryHistory, createRouter, useRoute } from 'vue-router'
import ScreenView from '@/app/ScreenView.vue'
import { SLOW_MS } from '@/app/useSlowFlag'
import { byTestId, settle } from '@/test/mount'

/** A screen that shows at once, and notes every path its route takes while it is on the window. */
function quickScreen(seen: string[]) {
  return defineComponent({
    setup() {
      const route = useRoute()
      watch(() => route.path, (path) => seen.push(path), { immediate: true })
      return () => h('p', { 'data-testid': 'quick' }, `quick ${route.path}`)
    },
  })
}

/** A screen whose setup waits for its first data, as the long lists' do. */
function waitingScreen() {
  let answer: (rows: string[]) => void = () => {}
  const first = new Promise<string[]>((resolve) => (answer = resolve))
  const screen = defineComponent({
    async setup() {
      const rows = await first
      return () => h('ul', { 'data-testid': 'waiting' }, rows.map((r) => h('li', r)))
    },
  })
  return { screen, answer: (rows: string[]) => answer(rows) }
}

async function mountFrame(routes: { path: string; component: ReturnType<typeof defineComponent> }[], start = routes[0].path) {
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(start)
  await router.isReady()
  mount(ScreenView, { attachTo: document.body, global: { plugins: [ElementPlus, router] } })
  await settle()
  return router
}

describe('the frame shows a screen once it has its first data', () => {
  test('the screen before stays, on its own route, until the next one has its rows', async () => {
    const seen: string[] = []
    const waiting = waitingScreen()
    const router = await mountFrame([
      { path: '/quick', component: quickScreen(seen) },
      { path: '/waiting', component: waiting.screen },
    ])
    expect(byTestId('quick')?.textContent).toBe('quick /quick')

    await router.push('/waiting')
    await settle()
    // Still the screen before, and it never saw the route it is leaving for.
    expect(byTestId('quick')?.textContent).toBe('quick /quick')
    expect(byTestId('waiting')).toBeNull()
    expect(byTestId('screen-wait')).toBeNull()
    expect(seen).toEqual(['/quick'])

    waiting.answer(['甲', '乙'])
    await settle()
    expect(byTestId('quick')).toBeNull()
    expect(byTestId('waiting')?.textContent).toBe('甲乙')
    expect(seen).toEqual(['/quick'])
  })

  test('a long wait puts a busy mask in the screen’s place', async () => {
    const waiting = waitingScreen()
    const router = await mountFrame([
      { path: '/quick', component: quickScreen([]) },
      { path: '/waiting', component: waiting.screen },
    ])
    await router.push('/waiting')
    await vi.waitFor(() => expect(document.querySelector('[data-testid="screen-wait"] .el-loading-mask')).not.toBeNull(), {
      timeout: SLOW_MS * 5,
      interval: 20,
    })
    expect(byTestId('quick')).toBeNull()

    waiting.answer(['甲'])
    await settle()
    expect(byTestId('screen-wait')).toBeNull()
    expect(byTestId('waiting')?.textContent).toBe('甲')
  })

  test('another record on the same screen keeps the screen, which follows its route', async () => {
    const seen: string[] = []
    const router = await mountFrame([{ path: '/quick/:id', component: quickScreen(seen) }], '/quick/1')
    await router.push('/quick/2')
    await settle()
    expect(byTestId('quick')?.textContent).toBe('quick /quick/2')
    // One screen set up once, which saw both: not a second screen for the second record.
    expect(seen).toEqual(['/quick/1', '/quick/2'])
  })
})
