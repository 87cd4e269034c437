// The 首页, asked for ahead (its route's prefetch): while the frame is built around it at start
// (app/firstScreen.ts waits for it before the window is shown) and when a navigation to it starts.
// The screen's first load makes the same call and takes the answer (api/ahead.ts).
import { allAnswered } from '@/api/ahead'
import { dashboard } from './api'

export function dashboardAhead(): Promise<void> {
  return allAnswered([dashboard({ ahead: true })])
}
