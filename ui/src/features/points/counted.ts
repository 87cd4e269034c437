// A ledger row's source and what of it counted, worded in the window's language (core sends them
// typed; its Chinese words are for the sheets).
import type { Composer } from 'vue-i18n'
import type { Counted } from '@/bindings/Counted'
import type { LedgerRow } from '@/bindings/LedgerRow'
import { formatDay } from '@/app/time'

type T = Composer['t']

export function sourceText(t: T, row: LedgerRow): string {
  return t(`points.ledger.sources.${row.kind}`)
}

export function countedText(t: T, row: { counted: Counted; detail: string }): string {
  const c = row.counted
  switch (c.what) {
    case 'activity':
      return t(`activities.kind.${c.kind}`)
    case 'hours':
      return t('points.ledger.hours', { hours: c.hours })
    case 'award':
      return t(`contests.judged.award.${c.level}`)
    case 'place':
      return c.place >= 1 && c.place <= 3 ? t(`points.ledger.places.${c.place}`) : row.detail
    case 'honor':
      return row.detail
    case 'grade':
      return t(`pledgeRounds.grades.${c.grade}`)
    case 'adjusted':
      return t('points.ledger.adjusted', { date: formatDay(c.on) })
  }
}
