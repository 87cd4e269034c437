// The activity form: what the dialog edits, and the ActivityInput the back end receives.
import type { Activity } from '@/bindings/Activity'
import type { ActivityInput } from '@/bindings/ActivityInput'
import type { ActivityKind } from '@/bindings/ActivityKind'
import type { Schedule } from '@/bindings/Schedule'
import { defaultSchedule, type ScheduleDraft } from './schedule'

/** Like ActivityInput, except that the kind, a time or the 名额 may still be empty. */
export interface ActivityForm {
  kind: ActivityKind | null
  title: string
  description: string
  place: string
  schedule: ScheduleDraft
  /** Empty = 不限. el-input-number gives `null` (or `undefined`) when cleared. */
  capacity: number | null | undefined
  department_ids: number[]
  party_members_only: boolean
  team_mode: boolean
}

export function emptyActivityForm(now: Date = new Date()): ActivityForm {
  return {
    kind: null,
    title: '',
    description: '',
    place: '',
    schedule: defaultSchedule(now),
    capacity: null,
    department_ids: [],
    party_members_only: false,
    team_mode: false,
  }
}

export function activityFormFrom(a: Activity): ActivityForm {
  return {
    kind: a.kind,
    title: a.title,
    description: a.description,
    place: a.place,
    schedule: { ...a.schedule },
    capacity: a.capacity,
    department_ids: [...a.department_ids],
    party_members_only: a.party_members_only,
    team_mode: a.team_mode,
  }
}

/** The times in the order the form shows them, with the i18n key of each label. */
export const SCHEDULE_FIELDS: { field: keyof Schedule; label: string; testId: string }[] = [
  { field: 'starts_at', label: 'activities.form.startsAt', testId: 'activity-starts-at' },
  { field: 'ends_at', label: 'activities.form.endsAt', testId: 'activity-ends-at' },
  { field: 'signup_opens_at', label: 'activities.form.signupOpensAt', testId: 'activity-signup-opens-at' },
  { field: 'signup_deadline', label: 'activities.form.signupDeadline', testId: 'activity-signup-deadline' },
  { field: 'cancel_cutoff', label: 'activities.form.cancelCutoff', testId: 'activity-cancel-cutoff' },
]

/** `problem` is an i18n key; `fieldLabel` (an i18n key too) names the empty time, for `{field}`. */
export type FormResult = { ok: true; input: ActivityInput } | { ok: false; problem: string; fieldLabel?: string }

/**
 * The input for `create_activity` / `update_activity`, or the i18n key of what is missing. Only
 * emptiness is checked here; text is sent as typed and the back end checks the rest (the order
 * of the times, lengths) and explains.
 */
export function toActivityInput(form: ActivityForm): FormResult {
  if (form.kind === null) return { ok: false, problem: 'activities.form.chooseKind' }
  const s = form.schedule
  for (const { field, label } of SCHEDULE_FIELDS) {
    if (!s[field]) return { ok: false, problem: 'activities.form.missingTime', fieldLabel: label }
  }
  const capacity = typeof form.capacity === 'number' && Number.isFinite(form.capacity) ? form.capacity : null
  return {
    ok: true,
    input: {
      kind: form.kind,
      title: form.title,
      description: form.description,
      place: form.place,
      schedule: {
        starts_at: s.starts_at!,
        ends_at: s.ends_at!,
        signup_opens_at: s.signup_opens_at!,
        signup_deadline: s.signup_deadline!,
        cancel_cutoff: s.cancel_cutoff!,
      },
      capacity,
      department_ids: [...form.department_ids],
      party_members_only: form.party_members_only,
      team_mode: form.team_mode,
    },
  }
}
