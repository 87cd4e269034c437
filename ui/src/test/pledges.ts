// Pledges, items and the 亮诺墙 for tests, with sensible values that each test overrides.
import type { Pledge } from '@/bindings/Pledge'
import type { PledgeItem } from '@/bindings/PledgeItem'
import type { PledgeTimeline } from '@/bindings/PledgeTimeline'
import type { WallSection } from '@/bindings/WallSection'

export function item(over: Partial<PledgeItem> = {}): PledgeItem {
  return {
    id: 11,
    pledge_id: 1,
    position: 1,
    kind: '岗位承诺',
    content: '办件按时办结率达到100%',
    due_on: '2026-12-31',
    status: 'not_started',
    progress: 0,
    overdue: false,
    edits: 0,
    ...over,
  }
}

/** 赵敏 of 办公室 (staff 42), two items. */
export function pledge(over: Partial<Pledge> = {}): Pledge {
  return {
    id: 1,
    year: new Date().getFullYear(),
    owner: { kind: 'person', staff_id: 42 },
    owner_name: '赵敏',
    department_id: 1,
    department_name: '办公室',
    by_self: true,
    published_at: '2026-03-01T09:00:00',
    items: [
      item(),
      item({ id: 12, position: 2, kind: '服务承诺', content: '窗口服务零投诉', due_on: '2026-06-30', status: 'in_progress', progress: 40, overdue: true }),
    ],
    ...over,
  }
}

export function section(pledges: Pledge[], over: Partial<WallSection> = {}): WallSection {
  return { department_id: pledges[0]?.department_id ?? 1, department_name: pledges[0]?.department_name ?? '办公室', pledges, ...over }
}

export function timeline(p: Pledge = pledge()): PledgeTimeline {
  return { pledge: p, entries: [{ kind: 'published', at: p.published_at, items: p.items.length }] }
}

/** Two 科室: 办公室 (its own pledge and 赵敏's) and 人事科 (钱八's, fulfilled). */
export function wall(): WallSection[] {
  const office = pledge({ id: 2, owner: { kind: 'department', department_id: 1 }, owner_name: '办公室', by_self: false, items: [item({ id: 21, pledge_id: 2, kind: '作风承诺', content: '每周开展一次作风自查' })] })
  const hr = pledge({
    id: 3,
    owner: { kind: 'person', staff_id: 7 },
    owner_name: '钱八',
    department_id: 2,
    department_name: '人事科',
    items: [item({ id: 31, pledge_id: 3, content: '完成全员培训', status: 'fulfilled', progress: 100 })],
  })
  return [section([office, pledge()]), section([hr])]
}
