import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { readHistoryCountAfterPaint } from '@/app/historyCount'

let reads = 0
const own = Object.getOwnPropertyDescriptor(window.history, 'length')

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
  reads = 0
  Object.defineProperty(window.history, 'length', {
    configurable: true,
    get: () => {
      reads++
      return 3
    },
  })
})
afterEach(() => {
  vi.useRealTimers()
  if (own) Object.defineProperty(window.history, 'length', own)
  else delete (window.history as { length?: number }).length
})

test('the count is read after the frame being drawn, not in the task that asked', async () => {
  const count = readHistoryCountAfterPaint()
  expect(reads).toBe(0)
  await vi.advanceTimersToNextFrame()
  expect(reads).toBe(0)
  await vi.advanceTimersByTimeAsync(1)
  expect(reads).toBe(1)
  await expect(count).resolves.toBe(3)
})
