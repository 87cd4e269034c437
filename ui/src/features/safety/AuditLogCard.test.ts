import { describe, expect, test, vi } from 'vitest'
import type { AuditEntry } from '@/bindings/AuditEntry'
import { appError, fakeBackend } from '@/test/backend'
import { typeInto } from '@/test/interact'
import { byTestId, mountScreen, settle } from '@/test/mount'
import AuditLogCard from './AuditLogCard.vue'

const dialog = { save: vi.fn() }
vi.mock('@tauri-apps/plugin-dialog', () => ({ save: (o: unknown) => dialog.save(o) }))

const line: AuditEntry = {
  id: 7,
  at: '2026-12-02T10:00:00',
  mode: 'organizer',
  what: '科室 · 修改',
  record: 'department #3',
  before: 'name=办公室',
  after: 'name=综合办公室',
}

describe('the audit log', () => {
  test('lists the lines and filters by the typed text', async () => {
    const backend = fakeBackend({ list_audit: () => ({ items: [line], total: 1 }) })
    await mountScreen(AuditLogCard, { role: 'organizer', path: '/settings' })
    expect(byTestId('audit-list')!.textContent).toContain('综合办公室')
    typeInto('audit-search', '办公室')
    byTestId<HTMLButtonElement>('audit-filter')!.click()
    await settle()
    expect(backend.callsOf('list_audit').at(-1)!.args).toEqual({ query: { text: '办公室', mode: null, page: 1, page_size: 20 } })
  })

  test('is read a page at a time: the next page asks for it, a new search starts again at the first', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const lines = (page: number) => Array.from({ length: page < 3 ? 20 : 5 }, (_, i) => ({ ...line, id: 45 - (page - 1) * 20 - i }))
      const backend = fakeBackend({ list_audit: (args) => ({ items: lines((args as { query: { page: number } }).query.page), total: 45 }) })
      await mountScreen(AuditLogCard, { role: 'organizer', path: '/settings' })
      expect(byTestId('audit-pagination')!.textContent).toMatch(/45.*123/)
      expect(byTestId('audit-list')!.querySelectorAll('.data-row')).toHaveLength(20)
      byTestId('pager-next')!.click()
      await settle()
      expect(backend.callsOf('list_audit').at(-1)!.args).toEqual({ query: { text: '', mode: null, page: 2, page_size: 20 } })
      expect(byTestId('audit-list')!.textContent).toContain('25')
      typeInto('audit-search', '科室')
      await vi.advanceTimersByTimeAsync(300)
      await settle()
      expect(backend.callsOf('list_audit').at(-1)!.args).toEqual({ query: { text: '科室', mode: null, page: 1, page_size: 20 } })
    } finally {
      vi.useRealTimers()
    }
  })

  test('the check says the log is intact, or names the first broken line', async () => {
    let broken: number | null = null
    fakeBackend({ list_audit: () => ({ items: [line], total: 1 }), verify_audit: () => ({ entries: 7, first_broken: broken }) })
    await mountScreen(AuditLogCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('audit-verify')!.click()
    await settle()
    expect(byTestId('audit-check')!.textContent).toContain('共 7 条')
    broken = 4
    byTestId<HTMLButtonElement>('audit-verify')!.click()
    await settle()
    expect(byTestId('audit-check')!.textContent).toContain('第 4 条')
  })

  test('exports the log and says where the file went', async () => {
    fakeBackend({ list_audit: () => ({ items: [], total: 0 }), export_audit: () => ({ path: '/home/u/下载/操作日志.xlsx', file_name: '操作日志.xlsx' }) })
    await mountScreen(AuditLogCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('audit-export')!.click()
    await settle()
    expect(byTestId('audit-exported')!.textContent).toContain('/home/u/下载/操作日志.xlsx')
  })

  test('moves the exported file where the system save dialog says, and shows its new place', async () => {
    const exported = { path: '/home/u/下载/操作日志.xlsx', file_name: '操作日志.xlsx' }
    const backend = fakeBackend({
      list_audit: () => ({ items: [], total: 0 }),
      export_audit: () => exported,
      save_export_as: (args) => {
        const to = (args as { to: string }).to
        return { path: to, file_name: to.split('/').pop()! }
      },
    })
    await mountScreen(AuditLogCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('audit-export')!.click()
    await settle()

    // Cancelled: nothing is asked of the back end.
    dialog.save.mockResolvedValueOnce(null)
    byTestId<HTMLButtonElement>('audit-save-as')!.click()
    await settle()
    expect(dialog.save).toHaveBeenLastCalledWith({
      defaultPath: '/home/u/下载/操作日志.xlsx',
      filters: [{ name: 'XLSX 文件', extensions: ['xlsx'] }],
    })
    expect(backend.callsOf('save_export_as')).toHaveLength(0)

    dialog.save.mockResolvedValueOnce('/media/usb/给领导的日志.xlsx')
    byTestId<HTMLButtonElement>('audit-save-as')!.click()
    await settle()
    expect(backend.callsOf('save_export_as')[0].args).toEqual({ path: '/home/u/下载/操作日志.xlsx', to: '/media/usb/给领导的日志.xlsx' })
    const shown = byTestId('audit-exported')!.textContent!
    expect(shown).toContain('/media/usb/给领导的日志.xlsx')
    expect(shown).not.toContain('/home/u/下载')
  })

  test('a refused move leaves the file where it was and says why', async () => {
    fakeBackend({
      list_audit: () => ({ items: [], total: 0 }),
      export_audit: () => ({ path: '/home/u/下载/操作日志.xlsx', file_name: '操作日志.xlsx' }),
      save_export_as: () => {
        throw appError('export.wrong_extension', '导出的文件应保存为 .xlsx 文件，请换一个以 .xlsx 结尾的文件名')
      },
    })
    await mountScreen(AuditLogCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('audit-export')!.click()
    await settle()
    dialog.save.mockResolvedValueOnce('/media/usb/日志.sh')
    byTestId<HTMLButtonElement>('audit-save-as')!.click()
    await settle()
    expect(document.body.textContent).toContain('以 .xlsx 结尾')
    expect(byTestId('audit-exported')!.textContent).toContain('/home/u/下载/操作日志.xlsx')
  })
})
