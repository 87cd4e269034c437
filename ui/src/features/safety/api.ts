// 数据安全 commands: backups, restore, the whole data as one archive, the 操作日志.
import { call, type CallOptions } from '@/api/ipc'
import type { AuditPage } from '@/bindings/AuditPage'
import type { AuditQuery } from '@/bindings/AuditQuery'
import type { ChainCheck } from '@/bindings/ChainCheck'
import type { BackupInfo } from '@/bindings/BackupInfo'
import type { ExportedFile } from '@/bindings/ExportedFile'

export function listBackups(options?: CallOptions) {
  return call<BackupInfo[]>('list_backups', undefined, options)
}

export function backUpNow(options?: CallOptions) {
  return call<BackupInfo>('back_up_now', undefined, options)
}

export function restoreBackup(fileName: string, options?: CallOptions) {
  return call<null>('restore_backup', { fileName }, options)
}

export function dataArchiveDefaultPath(options?: CallOptions) {
  return call<string>('data_archive_default_path', undefined, options)
}

export function exportData(path: string, options?: CallOptions) {
  return call<ExportedFile>('export_data', { path }, options)
}

export function importData(path: string, options?: CallOptions) {
  return call<null>('import_data', { path }, options)
}

export function listAudit(query: AuditQuery, options?: CallOptions) {
  return call<AuditPage>('list_audit', { query }, options)
}

export function verifyAudit(options?: CallOptions) {
  return call<ChainCheck>('verify_audit', undefined, options)
}

export function exportAudit(options?: CallOptions) {
  return call<ExportedFile>('export_audit', undefined, options)
}

export function openLogFolder(options?: CallOptions) {
  return call<null>('open_log_folder', undefined, options)
}

/** 另存到…: moves a file this run exported to `to`, chosen in the system's save dialog. */
export function saveExportAs(path: string, to: string, options?: CallOptions) {
  return call<ExportedFile>('save_export_as', { path, to }, options)
}

/** 打开 / 打开所在文件夹 for a file or folder this run exported. */
export function openExport(path: string, folder: boolean, options?: CallOptions) {
  return call<null>('open_export', { path, folder }, options)
}
