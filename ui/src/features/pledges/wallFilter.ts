// What the 亮诺墙 shows under its filters (类别, 状态, 只看逾期): the items that match, the pledges
// with at least one such item, the 科室 with at least one such pledge. The 科室 filter is asked of
// the back end; `overdue` and `status` are core's, read as sent.
import type { Pledge } from '@/bindings/Pledge'
import type { PledgeItem } from '@/bindings/PledgeItem'
import type { PledgeStatus } from '@/bindings/PledgeStatus'
import type { WallSection } from '@/bindings/WallSection'

export interface WallFilter {
  kind: string | null
  status: PledgeStatus | null
  onlyOverdue: boolean
}

export const NO_FILTER: WallFilter = { kind: null, status: null, onlyOverdue: false }

export function isFiltered(f: WallFilter): boolean {
  return f.kind !== null || f.status !== null || f.onlyOverdue
}

function matches(item: PledgeItem, f: WallFilter): boolean {
  return (f.kind === null || item.kind === f.kind) && (f.status === null || item.status === f.status) && (!f.onlyOverdue || item.overdue)
}

export function filterWall(sections: WallSection[], f: WallFilter): WallSection[] {
  if (!isFiltered(f)) return sections
  const out: WallSection[] = []
  for (const s of sections) {
    const pledges: Pledge[] = []
    for (const p of s.pledges) {
      const items = p.items.filter((i) => matches(i, f))
      if (items.length > 0) pledges.push({ ...p, items })
    }
    if (pledges.length > 0) out.push({ ...s, pledges })
  }
  return out
}
