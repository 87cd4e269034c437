import { describe, expect, test, vi } from 'vitest'
import type { BackupInfo } from '@/bindings/BackupInfo'
import { appError, fakeBackend } from '@/test/backend'
import { byTestId, mountScreen, settle } from '@/test/mount'
import BackupsCard from './BackupsCard.vue'

const confirm = vi.fn(async () => true)
vi.mock('@/app/confirm', () => ({ confirmAction: () => confirm() }))
const dialog = { open: vi.fn(), save: vi.fn() }
vi.mock('@tauri-apps/plugin-dialog', () => ({
  open: (o: unknown) => dialog.open(o),
  save: (o: unknown) => dialog.save(o),
}))

const daily: BackupInfo = { file_name: 'wenming-20261202-080000-daily.zip', created: '2026-12-02T08:00:00', reason: 'daily', size: 12_800 }
const manual: BackupInfo = { file_name: 'wenming-20261202-100000-manual.zip', created: '2026-12-02T10:00:00', reason: 'manual', size: 13_000 }

describe('backups and restore', () => {
  test('lists the backups with time, reason and size, and backs up now', async () => {
    let list = [daily]
    const backend = fakeBackend({
      list_backups: () => list,
      back_up_now: () => {
        list = [manual, daily]
        return manual
      },
    })
    await mountScreen(BackupsCard, { role: 'organizer', path: '/settings' })
    const table = byTestId('backup-list')!.textContent!
    expect(table).toContain('每日自动')
    expect(table).toContain('12.5 KB')
    byTestId<HTMLButtonElement>('backup-now')!.click()
    await settle()
    expect(backend.callsOf('back_up_now')).toHaveLength(1)
    expect(byTestId('backup-list')!.textContent).toContain('手动')
  })

  test('restores the chosen backup only after the question, by its file name', async () => {
    const backend = fakeBackend({ list_backups: () => [manual, daily], restore_backup: () => null })
    await mountScreen(BackupsCard, { role: 'organizer', path: '/settings' })
    confirm.mockResolvedValueOnce(false)
    byTestId<HTMLButtonElement>('backup-restore-1')!.click()
    await settle()
    expect(backend.callsOf('restore_backup')).toHaveLength(0)
    byTestId<HTMLButtonElement>('backup-restore-1')!.click()
    await settle()
    expect(backend.callsOf('restore_backup')[0].args).toEqual({ fileName: daily.file_name })
  })

  test('a refused restore reloads the list and keeps the window as it was', async () => {
    const backend = fakeBackend({
      list_backups: () => [daily],
      restore_backup: () => {
        throw appError('safety.damaged', '已损坏')
      },
    })
    await mountScreen(BackupsCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('backup-restore-0')!.click()
    await settle()
    expect(backend.callsOf('list_backups')).toHaveLength(2)
  })

  test('exports to the place chosen in the save dialog, starting in the suggested one', async () => {
    const backend = fakeBackend({
      list_backups: () => [],
      data_archive_default_path: () => '/home/u/下载/文明创建数据-20261202-1000.zip',
      export_data: (a: { path: string }) => ({ path: a.path, file_name: 'x.zip' }),
    })
    dialog.save.mockResolvedValueOnce('/media/usb/数据.zip')
    await mountScreen(BackupsCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('archive-export')!.click()
    await settle()
    expect(dialog.save.mock.calls[0][0]).toMatchObject({ defaultPath: '/home/u/下载/文明创建数据-20261202-1000.zip' })
    expect(backend.callsOf('export_data')[0].args).toEqual({ path: '/media/usb/数据.zip' })
  })

  test('a cancelled dialog exports and imports nothing', async () => {
    const backend = fakeBackend({ list_backups: () => [], data_archive_default_path: () => '/tmp/a.zip' })
    dialog.save.mockResolvedValueOnce(null)
    dialog.open.mockResolvedValueOnce(null)
    await mountScreen(BackupsCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('archive-export')!.click()
    byTestId<HTMLButtonElement>('archive-import')!.click()
    await settle()
    expect(backend.callsOf('export_data')).toHaveLength(0)
    expect(backend.callsOf('import_data')).toHaveLength(0)
  })

  test('imports the chosen file after the question', async () => {
    const backend = fakeBackend({ list_backups: () => [], import_data: () => null })
    dialog.open.mockResolvedValueOnce('/media/usb/数据.zip')
    await mountScreen(BackupsCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('archive-import')!.click()
    await settle()
    expect(backend.callsOf('import_data')[0].args).toEqual({ path: '/media/usb/数据.zip' })
  })

  test('opens the log folder through the shell, without sending a path', async () => {
    const backend = fakeBackend({ list_backups: () => [], open_log_folder: () => null })
    await mountScreen(BackupsCard, { role: 'organizer', path: '/settings' })
    expect(byTestId('logs-card')!.textContent).toContain('不记录姓名')
    byTestId<HTMLButtonElement>('open-log-folder')!.click()
    await settle()
    expect(backend.callsOf('open_log_folder')).toHaveLength(1)
    expect(backend.callsOf('open_log_folder')[0].args).toBeUndefined()
  })
})
