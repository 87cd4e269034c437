import { afterEach, describe, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, useRoute } from 'vue-router'
import ScreenWarmup from './ScreenWarmup.vue'
import { expectOutOfSightThenDone } from '@/test/outOfSight'

afterEach(() => vi.unstubAllGlobals())

describe('a long list built once out of sight', () => {
  test('builds the screen for its route with its first data, hidden from sight and from assistive tools, and says when it is done two frames later', async () => {
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run))
    let answer: (rows: string[]) => void = () => {}
    const first = new Promise<string[]>((resolve) => (answer = resolve))
    const screen = defineComponent({
      async setup() {
        const route = useRoute()
        const rows = await first
        return () => h('ul', { 'data-testid': 'rows' }, [route.path, ...rows].map((r) => h('li', r)))
      },
    })
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)', component: screen }] })
    const route = router.resolve('/activities')
    const w = mount(ScreenWarmup, { props: { screen, route: { ...route, name: undefined } }, attachTo: document.body, global: { plugins: [router] } })
    await flushPromises()
    expect(w.find('[data-testid="rows"]').exists()).toBe(false)
    expect(frames).toHaveLength(0)

    answer(['甲', '乙'])
    await flushPromises()
    expect(w.find('[data-testid="rows"]').text()).toBe('/activities甲乙')
    expectOutOfSightThenDone(w, '.screen-warmup', frames)
  })
})
