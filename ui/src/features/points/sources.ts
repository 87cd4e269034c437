// Where a ledger row's source opens: the activity (attendance, absence, hours, contest award), the
// tournament (a 冠军 / 亚军 / 季军), the 评选项目 (honor) or the 评诺 round's result (grade).
// Adjustments have no page of their own; their reason is the row.
import type { RouteLocationRaw } from 'vue-router'
import type { LedgerRow } from '@/bindings/LedgerRow'

export function sourceRoute(row: LedgerRow): RouteLocationRaw | null {
  switch (row.kind) {
    case 'attendance':
    case 'absence':
    case 'volunteer':
    case 'contest_award':
      return { name: 'activity', params: { id: row.source_id } }
    case 'tournament_place':
      return { name: 'tournament', params: { id: row.source_id } }
    case 'honor':
      return { name: 'honor-category', params: { id: row.source_id } }
    case 'pledge_grade':
      return { name: 'pledge-result', params: { id: row.source_id } }
    case 'adjustment':
      return null
  }
}
