import { describe, expect, test } from 'vitest'
import { activity } from '@/test/activities'
import { activityFormFrom, emptyActivityForm, toActivityInput, type ActivityForm } from './activityForm'

function filled(over: Partial<ActivityForm> = {}): ActivityForm {
  return { ...emptyActivityForm(new Date(2026, 10, 20, 8, 0, 0)), kind: 'volunteer', title: '社区义务清扫', ...over }
}

describe('the input sent to the back end', () => {
  test('carries every field with the snake_case names of ActivityInput', () => {
    const result = toActivityInput(filled({ place: '幸福社区', capacity: 30, department_ids: [3, 1], party_members_only: true }))
    expect(result).toEqual({
      ok: true,
      input: {
        kind: 'volunteer',
        title: '社区义务清扫',
        description: '',
        place: '幸福社区',
        schedule: {
          starts_at: '2026-11-21T09:00:00',
          ends_at: '2026-11-21T11:00:00',
          signup_opens_at: '2026-11-20T08:00:00',
          signup_deadline: '2026-11-20T09:00:00',
          cancel_cutoff: '2026-11-20T09:00:00',
        },
        capacity: 30,
        department_ids: [3, 1],
        party_members_only: true,
        team_mode: false,
      },
    })
  })

  test('an empty 名额 means no limit: null, whatever the number box gave', () => {
    for (const capacity of [null, undefined, Number.NaN]) {
      const result = toActivityInput(filled({ capacity }))
      expect(result.ok && result.input.capacity, String(capacity)).toBeNull()
    }
  })

  test('no kind chosen: nothing is sent and the form says so', () => {
    expect(toActivityInput(filled({ kind: null }))).toEqual({ ok: false, problem: 'activities.form.chooseKind' })
  })

  test('a cleared time is named', () => {
    const form = filled()
    form.schedule.signup_deadline = null
    expect(toActivityInput(form)).toEqual({
      ok: false,
      problem: 'activities.form.missingTime',
      fieldLabel: 'activities.form.signupDeadline',
    })
  })

  test('a new form starts with no kind, no limit, open to everyone, by individuals', () => {
    const form = emptyActivityForm()
    expect(form).toMatchObject({ kind: null, capacity: null, department_ids: [], party_members_only: false, team_mode: false })
  })

  test('editing starts from the activity as it is, without sharing its arrays', () => {
    const a = activity({ department_ids: [2], capacity: null, team_mode: true })
    const form = activityFormFrom(a)
    form.department_ids.push(9)
    form.schedule.starts_at = null
    expect(a.department_ids).toEqual([2])
    expect(a.schedule.starts_at).toBe('2026-11-30T18:00:00')
    expect(toActivityInput(activityFormFrom(a))).toMatchObject({ ok: true, input: { capacity: null, team_mode: true, title: a.title } })
  })
})
