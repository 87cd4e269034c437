// 手机参与's state, asked for when the navigation to it starts (its route's prefetch): the screen's
// first load makes this very call and takes its answer (api/ahead.ts).
import { allAnswered } from '@/api/ahead'
import { lanStatus } from './api'

export function lanAhead(): Promise<void> {
  return allAnswered([lanStatus({ ahead: true })])
}
