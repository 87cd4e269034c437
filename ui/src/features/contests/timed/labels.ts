// The i18n keys of the timed contest's enums, and the label of a group (null = 未分组).
import type { RunnerStatus } from '@/bindings/RunnerStatus'
import type { TimedAction } from '@/bindings/TimedAction'

export const STATUS_KEYS: Record<RunnerStatus, string> = {
  finished: 'contests.timed.status.finished',
  waiting: 'contests.timed.status.waiting',
  running: 'contests.timed.status.running',
  dnf: 'contests.timed.status.dnf',
  dns: 'contests.timed.status.dns',
}

export const LOG_KEYS: Record<TimedAction, string> = {
  correct: 'contests.timed.log.correct',
  publish: 'contests.timed.log.publish',
  unlock: 'contests.timed.log.unlock',
}

export const STATUS_TAGS: Record<RunnerStatus, 'success' | 'info' | 'warning' | 'danger' | 'primary'> = {
  finished: 'success',
  waiting: 'info',
  running: 'primary',
  dnf: 'warning',
  dns: 'danger',
}
