// The results of every kind of contest (judged contests and tournaments): the 成绩表 / 获奖名单,
// their .xlsx, the 奖状, and a person's places on their record. Staff read only final results.
import { call, type CallOptions } from '@/api/ipc'
import type { Certificate } from '@/bindings/Certificate'
import type { ContestPlace } from '@/bindings/ContestPlace'
import type { ExportedFile } from '@/bindings/ExportedFile'
import type { ResultSheet } from '@/bindings/ResultSheet'
import type { ResultSheetKind } from '@/bindings/ResultSheetKind'

export function resultSheet(activityId: number, kind: ResultSheetKind, options?: CallOptions) {
  return call<ResultSheet>('result_sheet', { activityId, kind }, options)
}

export function exportResultSheet(activityId: number, kind: ResultSheetKind) {
  return call<ExportedFile>('export_result_sheet', { activityId, kind })
}

export function certificates(activityId: number, options?: CallOptions) {
  return call<Certificate[]>('certificates', { activityId }, options)
}

export function staffContestPlaces(staffId: number, options?: CallOptions) {
  return call<ContestPlace[]>('staff_contest_places', { staffId }, options)
}
