// 创建台账 commands: the 测评体系 tree, the mapping, evidence and documents, coverage, the 责任分解
// and the 台账 export.
import { Channel } from '@tauri-apps/api/core'
import { call, type CallOptions } from '@/api/ipc'
import type { Coverage } from '@/bindings/Coverage'
import type { DocKind } from '@/bindings/DocKind'
import type { Duty } from '@/bindings/Duty'
import type { DutyInput } from '@/bindings/DutyInput'
import type { Evidence } from '@/bindings/Evidence'
import type { ExportInput } from '@/bindings/ExportInput'
import type { ExportProgress } from '@/bindings/ExportProgress'
import type { LedgerDocument } from '@/bindings/LedgerDocument'
import type { LedgerExport } from '@/bindings/LedgerExport'
import type { MappingRow } from '@/bindings/MappingRow'
import type { Node } from '@/bindings/Node'
import type { NodeInput } from '@/bindings/NodeInput'
import type { RecordKind } from '@/bindings/RecordKind'
import type { StandardEvidence } from '@/bindings/StandardEvidence'
import type { Tree } from '@/bindings/Tree'

export const ledgerTree = (options?: CallOptions) => call<Tree>('ledger_tree', {}, options)
export const loadSampleTree = () => call<Tree>('load_sample_ledger_tree')
export const addNode = (parentId: number | null, input: NodeInput, options?: CallOptions) =>
  call<Node>('add_ledger_node', { parentId, input }, options)
export const updateNode = (id: number, input: NodeInput, options?: CallOptions) =>
  call<Node>('update_ledger_node', { id, input }, options)
export const removeNode = (id: number) => call<void>('remove_ledger_node', { id })
export const moveNode = (id: number, up: boolean) => call<void>('move_ledger_node', { id, up })
export const setSelfScore = (itemId: number, score: number | null) =>
  call<Node>('set_ledger_self_score', { itemId, score })

export const ledgerMapping = (options?: CallOptions) => call<MappingRow[]>('ledger_mapping', {}, options)
export const setMapping = (source: string, standardIds: number[]) =>
  call<MappingRow>('set_ledger_mapping', { source, standardIds })

export const ledgerCoverage = (fromYear: number, toYear: number, options?: CallOptions) =>
  call<Coverage>('ledger_coverage', { fromYear, toYear }, options)
export const standardEvidence = (standardId: number, fromYear: number, toYear: number, options?: CallOptions) =>
  call<StandardEvidence>('ledger_standard_evidence', { standardId, fromYear, toYear }, options)
export const ledgerRecords = (fromYear: number, toYear: number) =>
  call<Evidence[]>('ledger_records', { fromYear, toYear })
export const fileRecord = (standardId: number, kind: RecordKind, recordId: number, filed: boolean, note: string, options?: CallOptions) =>
  call<void>('file_ledger_record', { standardId, kind, recordId, filed, note }, options)
export const forgetFiling = (standardId: number, kind: RecordKind, recordId: number) =>
  call<void>('forget_ledger_filing', { standardId, kind, recordId })

/** Sends the file as the raw body; the 标准, kind, year and name travel in headers. */
export function addDocument(standardId: number, kind: DocKind, year: number, fileName: string, bytes: Uint8Array) {
  return call<LedgerDocument>('add_ledger_document', bytes, {
    headers: {
      'standard-id': String(standardId),
      'file-name': encodeURIComponent(fileName),
      'doc-kind': kind,
      year: String(year),
    },
  })
}
export const documentBytes = (documentId: number) => call<ArrayBuffer>('ledger_document_bytes', { documentId })
export const removeDocument = (documentId: number) => call<void>('remove_ledger_document', { documentId })

export const setDuty = (standardId: number, duty: DutyInput, options?: CallOptions) =>
  call<Node>('set_ledger_duty', { standardId, duty }, options)
export const ledgerDuties = (departmentId: number | null, options?: CallOptions) =>
  call<Duty[]>('ledger_duties', { departmentId }, options)

export const draftReport = (fromYear: number, toYear: number) =>
  call<string>('ledger_draft_report', { fromYear, toYear })
/** Runs the export; `onProgress` hears each step. */
export function exportLedger(input: ExportInput, onProgress: (p: ExportProgress) => void, options?: CallOptions) {
  const channel = new Channel<ExportProgress>()
  channel.onmessage = onProgress
  return call<LedgerExport>('export_ledger', { input, onProgress: channel }, options)
}
export const cancelExport = () => call<void>('cancel_ledger_export')
