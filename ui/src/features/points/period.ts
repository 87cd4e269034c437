// The period of a leaderboard as the window keeps it in the route's query (?year=2026&q=4 or &m=11),
// so a print view and a reload show the same period.
import type { LocationQuery } from 'vue-router'
import type { Period } from '@/bindings/Period'

export type Grain = 'year' | 'quarter' | 'month'

export function periodFromQuery(query: LocationQuery, thisYear: number): Period {
  const year = Number(query.year) || thisYear
  const q = Number(query.q)
  const m = Number(query.m)
  return { year, quarter: q ? q : null, month: !q && m ? m : null }
}

export function periodQuery(p: Period): Record<string, string> {
  const out: Record<string, string> = { year: String(p.year) }
  if (p.quarter) out.q = String(p.quarter)
  if (p.month) out.m = String(p.month)
  return out
}

export function grainOf(p: Period): Grain {
  return p.quarter ? 'quarter' : p.month ? 'month' : 'year'
}

/** Points as shown: at most two decimals, a sign on changes. */
export function showPoints(x: number, signed = false): string {
  const text = String(Math.round(x * 100) / 100)
  return signed && x > 0 ? `+${text}` : text
}
