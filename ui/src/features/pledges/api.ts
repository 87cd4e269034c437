// 亮诺 · 践诺 commands: the kinds of item, publishing (by the organizer, or by a person as
// themself), the organizer's edits with a reason, the 亮诺墙, an owner's timeline, progress entries
// with their files, and the 践诺 summary per 科室 with its .xlsx.
import { call, type CallOptions } from '@/api/ipc'
import type { ExportedFile } from '@/bindings/ExportedFile'
import type { Pledge } from '@/bindings/Pledge'
import type { PledgeInput } from '@/bindings/PledgeInput'
import type { PledgeItemEditInput } from '@/bindings/PledgeItemEditInput'
import type { PledgeOwner } from '@/bindings/PledgeOwner'
import type { PledgeSummaryRow } from '@/bindings/PledgeSummaryRow'
import type { PledgeTimeline } from '@/bindings/PledgeTimeline'
import type { ProgressEntry } from '@/bindings/ProgressEntry'
import type { ProgressFile } from '@/bindings/ProgressFile'
import type { ProgressInput } from '@/bindings/ProgressInput'
import type { WallSection } from '@/bindings/WallSection'
import type { Self } from '@/features/self/api'

/** 岗位承诺, 服务承诺, 作风承诺, then the kinds the organizer added. */
export const pledgeKinds = (options?: CallOptions) => call<string[]>('pledge_kinds', {}, options)
/** Adds a kind (organizer); answers with every kind. */
export const addPledgeKind = (name: string, options?: CallOptions) => call<string[]>('add_pledge_kind', { name }, options)

/** The organizer publishes the pledge of a person or a 科室. */
export const publishPledge = (input: PledgeInput, options?: CallOptions) => call<Pledge>('publish_pledge', { input }, options)
/** A person publishes their own pledge (with their PIN when PINs are on). */
export const selfPublishPledge = (self: Self, input: PledgeInput, options?: CallOptions) =>
  call<Pledge>('self_publish_pledge', { staffId: self.staffId, pin: self.pin, input }, options)
/** The organizer changes a published item; the reason is kept. */
export const editPledgeItem = (itemId: number, input: PledgeItemEditInput, options?: CallOptions) =>
  call<Pledge>('edit_pledge_item', { itemId, input }, options)

/** The owner's pledge of the year, or null before they publish. */
export const ownerPledge = (owner: PledgeOwner, year: number, options?: CallOptions) =>
  call<Pledge | null>('owner_pledge', { owner, year }, options)
/** 亮诺墙: the year's pledges by 科室 (or one 科室's). */
export const pledgeWall = (year: number, departmentId: number | null, options?: CallOptions) =>
  call<WallSection[]>('pledge_wall', { year, departmentId }, options)
/** An owner's pledge and everything that happened to it, oldest first. */
export const pledgeTimeline = (pledgeId: number, options?: CallOptions) =>
  call<PledgeTimeline>('pledge_timeline', { pledgeId }, options)

/** 践诺 by the organizer, on any item. */
export const addPledgeProgress = (input: ProgressInput, options?: CallOptions) =>
  call<ProgressEntry>('add_pledge_progress', { input }, options)
/** 践诺 by the owner, on their own item. */
export const selfAddPledgeProgress = (self: Self, input: ProgressInput, options?: CallOptions) =>
  call<ProgressEntry>('self_add_pledge_progress', { staffId: self.staffId, pin: self.pin, input }, options)
/** A photo or document of a progress entry: the bytes as the raw body; the entry and the name in headers. */
export const addPledgeProgressFile = (progressId: number, fileName: string, bytes: Uint8Array) =>
  call<ProgressFile>('add_pledge_progress_file', bytes, {
    headers: { 'progress-id': String(progressId), 'file-name': encodeURIComponent(fileName) },
  })
export const pledgeProgressFileBytes = (fileId: number) =>
  call<ArrayBuffer>('pledge_progress_file_bytes', { fileId }, { quiet: true })
/** The organizer removes a wrongly attached file; the entry stays. */
export const removePledgeProgressFile = (fileId: number) => call<void>('remove_pledge_progress_file', { fileId })

/** 践诺 summary of the year, one row per 科室. */
export const pledgeSummary = (year: number, options?: CallOptions) =>
  call<PledgeSummaryRow[]>('pledge_summary', { year }, options)
export const exportPledgeSummary = (year: number) => call<ExportedFile>('export_pledge_summary', { year })
