// A ledger row's source and what of it counted, worded in the window's language (core sends them
// typed; its Chinese words are for the sheets). The maps name every key literally.
import type { Composer } from 'vue-i18n'
import type { Counted } from '@/bindings/Counted'
import type { LedgerRow } from '@/bindings/LedgerRow'
import type { SourceKind } from '@/bindings/SourceKind'
import { formatDay } from '@/app/time'
import { kindKey } from '@/features/activities/labels'
import { AWARD_KEYS } from '@/features/contests/judged/labels'
import { gradeKey } from '@/features/pledges/rounds/labels'

type T = Composer['t']

const SOURCE_KEYS: Record<SourceKind, string> = {
  attendance: 'points.ledger.sources.attendance',
  absence: 'points.ledger.sources.absence',
  volunteer: 'points.ledger.sources.volunteer',
  contest_award: 'points.ledger.sources.contest_award',
  tournament_place: 'points.ledger.sources.tournament_place',
  honor: 'points.ledger.sources.honor',
  pledge_grade: 'points.ledger.sources.pledge_grade',
  adjustment: 'points.ledger.sources.adjustment',
}

/** 冠军, 亚军, 季军: the places that have a rule. */
const PLACE_KEYS: Record<number, string> = {
  1: 'points.ledger.places.first',
  2: 'points.ledger.places.second',
  3: 'points.ledger.places.third',
}

export function sourceText(t: T, row: LedgerRow): string {
  return t(SOURCE_KEYS[row.kind])
}

export function countedText(t: T, row: { counted: Counted; detail: string }): string {
  const c = row.counted
  switch (c.what) {
    case 'activity':
      return t(kindKey(c.kind))
    case 'hours':
      return t('points.ledger.hours', { hours: c.hours })
    case 'award':
      return t(AWARD_KEYS[c.level])
    case 'place':
      return PLACE_KEYS[c.place] ? t(PLACE_KEYS[c.place]) : row.detail
    case 'honor':
      return row.detail
    case 'grade':
      return t(gradeKey[c.grade])
    case 'adjusted':
      return t('points.ledger.adjusted', { date: formatDay(c.on) })
  }
}
