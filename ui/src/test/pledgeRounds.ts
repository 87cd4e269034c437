// A 评诺 round as core sends it, for the screens' tests.
import type { PledgeRound } from '@/bindings/PledgeRound'
import { FACTS } from '@/bindings/facts'
import { absent } from './activities'

export const round: PledgeRound = {
  id: 4,
  year: 2026,
  title: '2026年度评诺',
  mode: 'anonymous',
  colleagues: 'same_department',
  leaders: [{ staff_id: 10, name: '赵六', department_name: '办公室' }],
  chosen_colleagues: [],
  scoring: FACTS.limits.pledge_rounds.default_scoring,
  state: 'open',
  created_at: '2026-11-30T09:00:00',
  owners: 2,
  allowed: { edit: absent(), open: absent(), close: absent(), codes: absent(), kiosk: absent(), result: absent() },
}

