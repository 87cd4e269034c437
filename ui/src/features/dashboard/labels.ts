// The label of each kind of pending work on the 首页 (a literal key each, so the catalogue test sees it).
import type { PendingKind } from '@/bindings/PendingKind'

export const PENDING_KEYS: Record<PendingKind, string> = {
  nominations_to_review: 'dashboard.kinds.nominations_to_review',
  round_to_close: 'dashboard.kinds.round_to_close',
  publicity_ending: 'dashboard.kinds.publicity_ending',
  pledge_round_to_close: 'dashboard.kinds.pledge_round_to_close',
  pledges_overdue: 'dashboard.kinds.pledges_overdue',
  standard_without_evidence: 'dashboard.kinds.standard_without_evidence',
}
