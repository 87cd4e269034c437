// The message keys of 评诺's values, so each text is named once.
import type { ColleagueScope } from '@/bindings/ColleagueScope'
import type { PledgeGrade } from '@/bindings/PledgeGrade'
import type { PledgeRoundState } from '@/bindings/PledgeRoundState'
import type { RaterGroup } from '@/bindings/RaterGroup'
import type { Rating } from '@/bindings/Rating'
import type { RatingMode } from '@/bindings/RatingMode'

export const RATINGS: Rating[] = ['satisfied', 'basic', 'unsatisfied']

export const ratingKey: Record<Rating, string> = {
  satisfied: 'pledgeRounds.ratings.satisfied',
  basic: 'pledgeRounds.ratings.basic',
  unsatisfied: 'pledgeRounds.ratings.unsatisfied',
}

export const groupKey: Record<RaterGroup, string> = {
  self: 'pledgeRounds.groups.self',
  colleagues: 'pledgeRounds.groups.colleagues',
  leaders: 'pledgeRounds.groups.leaders',
}

export const gradeKey: Record<PledgeGrade, string> = {
  excellent: 'pledgeRounds.grades.excellent',
  good: 'pledgeRounds.grades.good',
  fair: 'pledgeRounds.grades.fair',
  poor: 'pledgeRounds.grades.poor',
}

export const stateKey: Record<PledgeRoundState, string> = {
  draft: 'pledgeRounds.states.draft',
  open: 'pledgeRounds.states.open',
  closed: 'pledgeRounds.states.closed',
}

export const modeKey: Record<RatingMode, string> = {
  named: 'pledgeRounds.modes.named',
  anonymous: 'pledgeRounds.modes.anonymous',
}

export const scopeKey: Record<ColleagueScope, string> = {
  same_department: 'pledgeRounds.scopes.same_department',
  chosen: 'pledgeRounds.scopes.chosen',
}
