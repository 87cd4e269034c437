// 全民健身挑战 commands: the board, setting it up, the sheet (template, preview, import) and the
// person's own entries in 职工自助.
import { call, type CallOptions } from '@/api/ipc'
import type { ChallengeBoard } from '@/bindings/ChallengeBoard'
import type { ChallengeEntryInput } from '@/bindings/ChallengeEntryInput'
import type { ChallengeImportPreview } from '@/bindings/ChallengeImportPreview'
import type { ChallengeImportReport } from '@/bindings/ChallengeImportReport'
import type { ChallengeInput } from '@/bindings/ChallengeInput'
import type { ExportedFile } from '@/bindings/ExportedFile'
import type { MyChallenge } from '@/bindings/MyChallenge'
import type { Self } from '@/features/self/api'

/** The file as the back end wants it: its bytes as a plain number array, and its name. */
export interface SheetFile {
  bytes: number[]
  fileName: string
}

export function challengeBoard(activityId: number, options?: CallOptions) {
  return call<ChallengeBoard>('challenge_board', { activityId }, options)
}

export function setChallenge(activityId: number, input: ChallengeInput, options?: CallOptions) {
  return call<ChallengeBoard>('set_challenge', { activityId, input }, options)
}

export function exportChallengeTemplate(activityId: number) {
  return call<ExportedFile>('export_challenge_template', { activityId })
}

export function previewChallengeImport(activityId: number, file: SheetFile, options?: CallOptions) {
  return call<ChallengeImportPreview>('preview_challenge_import', { activityId, bytes: file.bytes, fileName: file.fileName }, options)
}

export function applyChallengeImport(activityId: number, file: SheetFile, options?: CallOptions) {
  return call<ChallengeImportReport>('apply_challenge_import', { activityId, bytes: file.bytes, fileName: file.fileName }, options)
}

export function myChallenge(activityId: number, who: Self, options?: CallOptions) {
  return call<MyChallenge>('my_challenge', { activityId, staffId: who.staffId, pin: who.pin }, options)
}

export function selfEnterCount(activityId: number, who: Self, input: ChallengeEntryInput, options?: CallOptions) {
  return call<MyChallenge>('self_enter_challenge_count', { activityId, staffId: who.staffId, pin: who.pin, input }, options)
}
