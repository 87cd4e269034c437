// Checks for what the frame builds out of sight while idle (app/ListWarmup, app/ScreenWarmup).
import { expect } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'

/** `root` is hidden from assistive tools and inert, and `done` comes after two frames, not one. */
export function expectOutOfSightThenDone(w: VueWrapper, root: string, frames: FrameRequestCallback[]): void {
  const element = w.find(root)
  expect(element.attributes('aria-hidden')).toBe('true')
  expect(element.attributes()).toHaveProperty('inert')
  // A frame runs every callback asked for before it (the parts' own, a table's, the root's).
  const frame = (time: number) => frames.splice(0).forEach((run) => run(time))
  frame(0)
  expect(w.emitted('done')).toBeUndefined()
  frame(16)
  expect(w.emitted('done')).toHaveLength(1)
}
