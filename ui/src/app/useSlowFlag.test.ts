import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { SLOW_MS, useSlowFlag } from './useSlowFlag'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('a busy flag that shows only slow work', () => {
  test('work that ends quickly never shows', async () => {
    const busy = ref(true)
    const shown = useSlowFlag(() => busy.value)
    vi.advanceTimersByTime(SLOW_MS - 50)
    busy.value = false
    await nextTick()
    vi.advanceTimersByTime(SLOW_MS)
    expect(shown.value).toBe(false)
  })

  test('slow work shows once it has taken a while, and stops showing when done', async () => {
    const busy = ref(false)
    const shown = useSlowFlag(() => busy.value)
    busy.value = true
    await nextTick()
    vi.advanceTimersByTime(SLOW_MS - 1)
    expect(shown.value).toBe(false)
    vi.advanceTimersByTime(1)
    expect(shown.value).toBe(true)
    busy.value = false
    await nextTick()
    expect(shown.value).toBe(false)
  })
})
