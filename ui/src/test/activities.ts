// Activities, entries and people for tests, with sensible values that each test overrides.
import type { Activity } from '@/bindings/Activity'
import type { Member } from '@/bindings/Member'
import type { Signup } from '@/bindings/Signup'
import type { Staff } from '@/bindings/Staff'

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
