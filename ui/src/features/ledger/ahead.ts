// 台账's 测评体系, asked for when the navigation to it starts (its route's prefetch): the screen's
// first load makes the same call and takes its answer (api/ahead.ts).
import { allAnswered } from '@/api/ahead'
import { ledgerTree } from './api'

export function ledgerAhead(): Promise<void> {
  return allAnswered([ledgerTree({ ahead: true })])
}
