// The 首页's 科室 axis: a large unit has tens of 科室, and every name drawn under its bar piles the
// names into one unreadable smudge (80 科室 in the large unit's sample data).

/** A few 科室 show every name; from 7 on they turn to fit; past MANY_DEPARTMENTS only as many as
 *  fit side by side are drawn (ECharts picks them), each cut to its box: the tooltip names every bar. */
export const MANY_DEPARTMENTS = 12

export function departmentAxisLabel(count: number) {
  if (count <= 6) return { interval: 0, rotate: 0 }
  if (count <= MANY_DEPARTMENTS) return { interval: 0, rotate: 35 }
  return { interval: 'auto' as const, rotate: 35, hideOverlap: true, width: 84, overflow: 'truncate' as const }
}
