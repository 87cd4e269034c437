// Labels (i18n keys) for the kinds and states of an activity. Each map is typed
// `Record<Union, …>`, so a value added to a binding union fails the type check until it has a
// label here.
import type { ActivityKind } from '@/bindings/ActivityKind'
import type { ActivityState } from '@/bindings/ActivityState'

const KIND_KEYS: Record<ActivityKind, string> = {
  reading: 'activities.kind.reading',
  speech: 'activities.kind.speech',
  writing: 'activities.kind.writing',
  singing: 'activities.kind.singing',
  exhibition: 'activities.kind.exhibition',
  table_tennis: 'activities.kind.table_tennis',
  chess: 'activities.kind.chess',
  hiking: 'activities.kind.hiking',
  fitness: 'activities.kind.fitness',
  moral_lecture: 'activities.kind.moral_lecture',
  study: 'activities.kind.study',
  volunteer: 'activities.kind.volunteer',
}

const STATE_KEYS: Record<ActivityState, string> = {
  draft: 'activities.state.draft',
  upcoming: 'activities.state.upcoming',
  open: 'activities.state.open',
  closed: 'activities.state.closed',
  in_progress: 'activities.state.in_progress',
  finished: 'activities.state.finished',
  cancelled: 'activities.state.cancelled',
}

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

/** Element Plus tag type for each state: open for sign-up stands out, the past is grey. */
export const STATE_TAG: Record<ActivityState, TagType> = {
  draft: 'info',
  upcoming: 'primary',
  open: 'success',
  closed: 'warning',
  in_progress: 'danger',
  finished: 'info',
  cancelled: 'info',
}

/** Every value, in the order selects offer them. */
export const KINDS = Object.keys(KIND_KEYS) as ActivityKind[]
export const STATES = Object.keys(STATE_KEYS) as ActivityState[]

export const kindKey = (v: ActivityKind) => KIND_KEYS[v]
export const stateKey = (v: ActivityState) => STATE_KEYS[v]
