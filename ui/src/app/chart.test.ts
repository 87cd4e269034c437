import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'

// The chart's own module stands in for ECharts: what is looked at is when it is asked for.
const asked = vi.hoisted(() => ({ count: 0 }))
vi.mock('./EChart.vue', () => {
  asked.count += 1
  return { __esModule: true, default: defineComponent({ props: ['option', 'height'], setup: () => () => h('div', { class: 'drawn' }) }) }
})

let visibility: DocumentVisibilityState = 'hidden'
let frames: FrameRequestCallback[] = []

beforeEach(() => {
  visibility = 'hidden'
  frames = []
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility)
  vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run))
  // The window's timers only: frames are the test's own (above).
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function runFrames() {
  const now = frames
  frames = []
  now.forEach((run) => run(0))
}

function show() {
  visibility = 'visible'
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('a chart waits for the window to show and paint', () => {
  test('afterWindowPainted resolves only once the window shows and a frame has been painted', async () => {
    const { afterWindowPainted } = await import('./chart')
    let done = false
    void afterWindowPainted().then(() => (done = true))
    vi.runAllTimers()
    runFrames()
    await flushPromises()
    expect(done).toBe(false)

    // Shown: a frame is asked for, and the promise waits for the task after it (after its paint).
    show()
    expect(frames).toHaveLength(1)
    runFrames()
    await flushPromises()
    expect(done).toBe(false)
    vi.runAllTimers()
    await flushPromises()
    expect(done).toBe(true)

    // A window already shown only waits for its next frame.
    let again = false
    void afterWindowPainted().then(() => (again = true))
    expect(frames).toHaveLength(1)
    runFrames()
    vi.runAllTimers()
    await flushPromises()
    expect(again).toBe(true)
  })

  test('a chart set up in the hidden window keeps its height and asks for ECharts only after the first frame', async () => {
    const { EChart } = await import('./chart')
    const before = asked.count
    const w = mount(EChart, { props: { option: {}, height: '200px' }, attachTo: document.body })
    await flushPromises()
    vi.runAllTimers()
    runFrames()
    await flushPromises()
    expect(asked.count).toBe(before)
    expect(w.find('.drawn').exists()).toBe(false)
    expect((w.element as HTMLElement).style.minHeight).toBe('200px')

    show()
    runFrames()
    vi.runAllTimers()
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(asked.count).toBe(before + 1)
    expect(w.find('.drawn').exists()).toBe(true)
    w.unmount()
  })
})
