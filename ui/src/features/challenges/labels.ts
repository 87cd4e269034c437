// The words of a challenge's unit, by the unit core sends.
import type { ChallengeUnit } from '@/bindings/ChallengeUnit'

export const UNIT_KEY: Record<ChallengeUnit, string> = {
  steps: 'challenge.unit.steps',
  km: 'challenge.unit.km',
}
