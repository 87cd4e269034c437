import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useIdleTimer } from './useIdleTimer'

const MINUTE = 60_000

function guard(minutes: number) {
  const active = ref(true)
  const onIdle = vi.fn()
  const onActivity = vi.fn()
  const wrapper = mount(
    defineComponent({
      setup() {
        useIdleTimer({ minutes: () => minutes, active: () => active.value, onIdle, onActivity })
        return () => h('div')
      },
    }),
  )
  return { active, onIdle, onActivity, wrapper }
}

function press() {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
}

describe('idle timer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  test('fires once the minutes pass without any key, click or move', () => {
    const { onIdle, wrapper } = guard(3)
    vi.advanceTimersByTime(3 * MINUTE - 10_000)
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(10_000)
    expect(onIdle).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  test('every key press starts the idle time again', () => {
    const { onIdle, wrapper } = guard(3)
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(2 * MINUTE)
      press()
    }
    expect(onIdle).not.toHaveBeenCalled()
    vi.advanceTimersByTime(3 * MINUTE)
    expect(onIdle).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  test('does nothing while the guarded state is off (nobody chosen, not organizer)', () => {
    const { active, onIdle, wrapper } = guard(3)
    active.value = false
    vi.advanceTimersByTime(30 * MINUTE)
    expect(onIdle).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  test('reports activity to the back end at most once a minute', () => {
    const { onActivity, wrapper } = guard(15)
    vi.advanceTimersByTime(MINUTE)
    press()
    press()
    press()
    expect(onActivity).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(MINUTE)
    press()
    expect(onActivity).toHaveBeenCalledTimes(2)
    wrapper.unmount()
  })
})
