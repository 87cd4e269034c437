// How a pledge's values read on screen: the status words (i18n keys) and their tag colours, and
// whose pledge it is. The states themselves (status, overdue) come from core.
import type { Pledge } from '@/bindings/Pledge'
import type { PledgeStatus } from '@/bindings/PledgeStatus'

/** Every status, in the order of the work: 未开始 → 进行中 → 已兑现 / 未兑现. */
export const STATUSES: PledgeStatus[] = ['not_started', 'in_progress', 'fulfilled', 'unfulfilled']

const STATUS_KEY: Record<PledgeStatus, string> = {
  not_started: 'pledges.status.not_started',
  in_progress: 'pledges.status.in_progress',
  fulfilled: 'pledges.status.fulfilled',
  unfulfilled: 'pledges.status.unfulfilled',
}

export const statusKey = (s: PledgeStatus) => STATUS_KEY[s]

export const STATUS_TAG: Record<PledgeStatus, 'info' | 'primary' | 'success' | 'danger'> = {
  not_started: 'info',
  in_progress: 'primary',
  fulfilled: 'success',
  unfulfilled: 'danger',
}

const OWNER_KEY: Record<Pledge['owner']['kind'], string> = {
  person: 'pledges.owner.person',
  department: 'pledges.owner.department',
}

export const ownerKindKey = (p: Pledge) => OWNER_KEY[p.owner.kind]

/** The person's id when this is a person's pledge. */
export function ownerStaffId(p: Pledge): number | null {
  return p.owner.kind === 'person' ? p.owner.staff_id : null
}

/** The years offered: next year, this year and the two before. */
export function pledgeYears(thisYear = new Date().getFullYear()): number[] {
  return [thisYear + 1, thisYear, thisYear - 1, thisYear - 2]
}
