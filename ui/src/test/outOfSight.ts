// Checks for what the frame builds out of sight while idle (app/ListWarmup, app/ScreenWarmup).
import { expect } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'

/** `root` is hidden from assistive tools and inert, and `done` comes after two frames, not one. */
export function expectOutOfSightThenDone(w: VueWrapper, root: string, frames: FrameRequestCallback[]): void {
  const element = w.find(root)
  expect(element.attributes('aria-hidden')).toBe('true')
  expect(element.attributes()).toHaveProperty('inert')
  frames.shift()!(0)
  expect(w.emitted('done')).toBeUndefined()
  frames.shift()!(16)
  expect(w.emitted('done')).toHaveLength(1)
}
