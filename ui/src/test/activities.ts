// Activities, entries and people for tests, with sensible values that each test overrides.
import type { Activity } from '@/bindings/Activity'
import type { ActivityPermits } from '@/bindings/ActivityPermits'
import type { Member } from '@/bindings/Member'
import type { MemberPermits } from '@/bindings/MemberPermits'
import type { Permit } from '@/bindings/Permit'
import type { Signup } from '@/bindings/Signup'
import type { Staff } from '@/bindings/Staff'

/** Permits as core sends them: allowed, refused with a reason (offered, disabled), or not offered. */
export const yes = (): Permit => ({ offered: true, refusal: null })
export const refused = (message: string, code = 'test.refused'): Permit => ({ offered: true, refusal: { code, message } })
export const absent = (): Permit => ({ offered: false, refusal: null })

/** What core allows on an activity open for sign-up (finishing waits for the start). */
export function openPermits(over: Partial<ActivityPermits> = {}): ActivityPermits {
  return {
    edit: yes(),
    publish: absent(),
    close_signup: yes(),
    finish: refused('活动尚未开始（2026年11月30日 18:00），不能结束'),
    cancel: yes(),
    add_signup: yes(),
    sign_up: yes(),
    ...over,
  }
}

/** A line nobody has checked in yet: only 签到 is offered. */
export function memberPermits(over: Partial<MemberPermits> = {}): MemberPermits {
  return { check_in: yes(), undo_check_in: absent(), correct: absent(), reflection: absent(), hours: absent(), ...over }
}

export function activity(over: Partial<Activity> = {}): Activity {
  return {
    id: 5,
    kind: 'reading',
    title: '道德经典诵读会',
    description: '诵读《论语》选段',
    place: '三楼会议室',
    schedule: {
      starts_at: '2026-11-30T18:00:00',
      ends_at: '2026-11-30T20:00:00',
      signup_opens_at: '2026-11-20T09:00:00',
      signup_deadline: '2026-11-29T18:00:00',
      cancel_cutoff: '2026-11-29T18:00:00',
    },
    capacity: 2,
    department_ids: [],
    department_names: [],
    party_members_only: false,
    team_mode: false,
    state: 'open',
    cancel_reason: '',
    confirmed: 0,
    waitlisted: 0,
    allowed: openPermits(),
    ...over,
  }
}

let nextMember = 100

export function member(name: string, over: Partial<Member> = {}): Member {
  const id = nextMember++
  return {
    id,
    staff_id: id + 1000,
    name,
    employee_no: `A${id}`,
    department_name: '办公室',
    attendance: null,
    checked_in_at: null,
    reflection: '',
    hours: null,
    allowed: memberPermits(),
    ...over,
  }
}

export function signup(id: number, members: Member[], over: Partial<Signup> = {}): Signup {
  return {
    id,
    activity_id: 5,
    team_department_id: null,
    team_name: null,
    status: 'confirmed',
    waitlist_position: null,
    by_organizer: false,
    signed_up_at: '2026-11-21T10:15:00',
    promoted_at: null,
    members,
    allowed: { cancel: yes() },
    ...over,
  }
}

export function staff(id: number, name: string, over: Partial<Staff> = {}): Staff {
  return {
    id,
    employee_no: `A${String(id).padStart(3, '0')}`,
    name,
    gender: 'unspecified',
    department_id: 1,
    department_name: '办公室',
    position: '',
    political_status: 'masses',
    is_veteran: false,
    phone: '',
    active: true,
    ...over,
  }
}
