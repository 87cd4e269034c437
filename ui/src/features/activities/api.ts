// 活动 commands: browsing, the organizer's lifecycle actions, photos and files, the sheets.
import { call, type CallOptions } from '@/api/ipc'
import type { Activity } from '@/bindings/Activity'
import type { ActivityFile } from '@/bindings/ActivityFile'
import type { ActivityInput } from '@/bindings/ActivityInput'
import type { ActivityPage } from '@/bindings/ActivityPage'
import type { ActivityQuery } from '@/bindings/ActivityQuery'
import type { ExportedFile } from '@/bindings/ExportedFile'
import type { Sheet } from '@/bindings/Sheet'
import type { SheetKind } from '@/bindings/SheetKind'

export function listActivities(query: ActivityQuery, options?: CallOptions) {
  return call<ActivityPage>('list_activities', { query }, options)
}

export function getActivity(id: number, options?: CallOptions) {
  return call<Activity>('get_activity', { id }, options)
}

export function createActivity(input: ActivityInput, publish: boolean, options?: CallOptions) {
  return call<Activity>('create_activity', { input, publish }, options)
}

export function updateActivity(id: number, input: ActivityInput, options?: CallOptions) {
  return call<Activity>('update_activity', { id, input }, options)
}

export function publishActivity(id: number) {
  return call<Activity>('publish_activity', { id })
}

/** 截止报名 now. */
export function closeSignup(id: number) {
  return call<Activity>('close_signup', { id })
}

export function cancelActivity(id: number, reason: string) {
  return call<Activity>('cancel_activity', { id, reason })
}

/** 结束活动: people signed up who did not check in become 缺席. */
export function finishActivity(id: number) {
  return call<Activity>('finish_activity', { id })
}

export function activityFiles(activityId: number, options?: CallOptions) {
  return call<ActivityFile[]>('activity_files', { activityId }, options)
}

/** Sends the file's bytes as the raw body; its activity and name travel in headers. */
export function addActivityFile(activityId: number, fileName: string, bytes: Uint8Array) {
  return call<ActivityFile>('add_activity_file', bytes, {
    headers: { 'activity-id': String(activityId), 'file-name': encodeURIComponent(fileName) },
  })
}

/** The file's bytes (a binary response). */
export function activityFileBytes(fileId: number, options?: CallOptions) {
  return call<ArrayBuffer>('activity_file_bytes', { fileId }, options)
}

export function removeActivityFile(fileId: number) {
  return call<null>('remove_activity_file', { fileId })
}

export function activitySheet(activityId: number, kind: SheetKind, options?: CallOptions) {
  return call<Sheet>('activity_sheet', { activityId, kind }, options)
}

export function exportActivitySheet(activityId: number, kind: SheetKind) {
  return call<ExportedFile>('export_activity_sheet', { activityId, kind })
}
