// Where a ledger row's source opens: the activity (attendance, absence, hours, contest award) or
// the 评选项目 (honor). Adjustments have no page of their own; their reason is the row. A 评诺 grade
// names its round; the round opens once the 评诺 screens have a route for it.
import type { RouteLocationRaw } from 'vue-router'
import type { LedgerRow } from '@/bindings/LedgerRow'

export function sourceRoute(row: LedgerRow): RouteLocationRaw | null {
  switch (row.kind) {
    case 'attendance':
    case 'absence':
    case 'volunteer':
    case 'contest_award':
      return { name: 'activity', params: { id: row.source_id } }
    case 'honor':
      return { name: 'honor-category', params: { id: row.source_id } }
    case 'pledge_grade':
    case 'adjustment':
      return null
  }
}
