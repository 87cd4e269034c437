// The i18n keys of the ledger's enums, one map each (the window shows core's values by these).
import type { DocKind } from '@/bindings/DocKind'
import type { Level } from '@/bindings/Level'
import type { Method } from '@/bindings/Method'
import type { RecordKind } from '@/bindings/RecordKind'

export const levelKey: Record<Level, string> = {
  item: 'ledger.level.item',
  indicator: 'ledger.level.indicator',
  standard: 'ledger.level.standard',
}

export const methodKey: Record<Method, string> = {
  material: 'ledger.method.material',
  site_visit: 'ledger.method.site_visit',
  survey: 'ledger.method.survey',
  opinions: 'ledger.method.opinions',
  report: 'ledger.method.report',
}

export const docKindKey: Record<DocKind, string> = {
  minutes: 'ledger.docKind.minutes',
  regulation: 'ledger.docKind.regulation',
  official: 'ledger.docKind.official',
  briefing: 'ledger.docKind.briefing',
  photo: 'ledger.docKind.photo',
  other: 'ledger.docKind.other',
}

export const recordKindKey: Record<RecordKind, string> = {
  activity: 'ledger.recordKind.activity',
  contest_result: 'ledger.recordKind.contest_result',
  honor_round: 'ledger.recordKind.honor_round',
  honor_publicity: 'ledger.recordKind.honor_publicity',
  pledge_round: 'ledger.recordKind.pledge_round',
  exemplar_study: 'ledger.recordKind.exemplar_study',
}
