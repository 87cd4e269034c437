// Labels (i18n keys) of the honors enums. Each map is a `Record<Union, …>`, so a value added to a
// binding union fails the type check until it has a label here.
import type { BallotForm } from '@/bindings/BallotForm'
import type { HonorCompetition } from '@/bindings/HonorCompetition'
import type { HonorEligibility } from '@/bindings/HonorEligibility'
import type { HonorTarget } from '@/bindings/HonorTarget'
import type { MajorityBase } from '@/bindings/MajorityBase'
import type { NominationReview } from '@/bindings/NominationReview'
import type { NominationSource } from '@/bindings/NominationSource'
import type { TallyOutcome } from '@/bindings/TallyOutcome'
import type { VotingRoundState } from '@/bindings/VotingRoundState'
import { formatDate, formatDateTime } from '@/app/time'

export const TARGETS = ['person', 'department', 'family'] as const satisfies readonly HonorTarget[]
export const ELIGIBILITIES = ['none', 'party_member', 'veteran'] as const satisfies readonly HonorEligibility[]
export const FORMS = ['choose', 'approve'] as const satisfies readonly BallotForm[]
export const BASES = ['cast', 'entitled'] as const satisfies readonly MajorityBase[]

export const targetKey: Record<HonorTarget, string> = {
  person: 'honors.target.person',
  department: 'honors.target.department',
  family: 'honors.target.family',
}

export const eligibilityKey: Record<HonorEligibility, string> = {
  none: 'honors.eligibility.none',
  party_member: 'honors.eligibility.party_member',
  veteran: 'honors.eligibility.veteran',
}

export const sourceKey: Record<NominationSource, string> = {
  department: 'honors.source.department',
  leadership: 'honors.source.leadership',
  self: 'honors.source.self',
}

export const reviewKey: Record<NominationReview, string> = {
  pending: 'honors.review.pending',
  passed: 'honors.review.passed',
  rejected: 'honors.review.rejected',
}

export const competitionKey: Record<HonorCompetition, string> = {
  equal: 'honors.competition.equal',
  competitive: 'honors.competition.competitive',
  short: 'honors.competition.short',
}

export const formKey: Record<BallotForm, string> = {
  choose: 'honors.form.choose',
  approve: 'honors.form.approve',
}

export const baseKey: Record<MajorityBase, string> = {
  cast: 'honors.base.cast',
  entitled: 'honors.base.entitled',
}

export const roundStateKey: Record<VotingRoundState, string> = {
  draft: 'honors.roundState.draft',
  open: 'honors.roundState.open',
  closed: 'honors.roundState.closed',
}

export const outcomeKey: Record<TallyOutcome, string> = {
  elected: 'honors.tally.elected',
  tied_at_line: 'honors.tally.tied',
  no_majority: 'honors.tally.noMajority',
  not_elected: 'honors.tally.notElected',
}

export const REVIEW_TAG: Record<NominationReview, 'info' | 'success' | 'danger'> = {
  pending: 'info',
  passed: 'success',
  rejected: 'danger',
}

export const ROUND_TAG: Record<VotingRoundState, 'info' | 'success' | 'warning'> = {
  draft: 'info',
  open: 'success',
  closed: 'warning',
}

/** 2026年11月30日 周一 from a date 'YYYY-MM-DD'. */
export function showDate(iso: string): string {
  return formatDate(iso.length === 10 ? `${iso}T00:00:00` : iso)
}

export { formatDateTime as showDateTime }

/** 2026年12月4日 (no weekday), for certificates. */
export function plainDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number)
  return `${y}年${m}月${d}日`
}
