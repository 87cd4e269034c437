import { describe, expect, test } from 'vitest'
import type { AuditEntry } from '@/bindings/AuditEntry'
import { fakeBackend } from '@/test/backend'
import { typeInto } from '@/test/interact'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import AuditLogCard from './AuditLogCard.vue'

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
    const backend = fakeBackend({ list_audit: () => [line] })
    await mountWithApp(AuditLogCard, { role: 'organizer', path: '/settings' })
    expect(byTestId('audit-list')!.textContent).toContain('综合办公室')
    typeInto('audit-search', '办公室')
    byTestId<HTMLButtonElement>('audit-filter')!.click()
    await settle()
    expect(backend.callsOf('list_audit').at(-1)!.args).toEqual({ query: { text: '办公室', mode: null } })
  })

  test('the check says the log is intact, or names the first broken line', async () => {
    let broken: number | null = null
    fakeBackend({ list_audit: () => [line], verify_audit: () => ({ entries: 7, first_broken: broken }) })
    await mountWithApp(AuditLogCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('audit-verify')!.click()
    await settle()
    expect(byTestId('audit-check')!.textContent).toContain('共 7 条')
    broken = 4
    byTestId<HTMLButtonElement>('audit-verify')!.click()
    await settle()
    expect(byTestId('audit-check')!.textContent).toContain('第 4 条')
  })

  test('exports the log and says where the file went', async () => {
    fakeBackend({ list_audit: () => [], export_audit: () => ({ path: '/home/u/下载/操作日志.xlsx', file_name: '操作日志.xlsx' }) })
    await mountWithApp(AuditLogCard, { role: 'organizer', path: '/settings' })
    byTestId<HTMLButtonElement>('audit-export')!.click()
    await settle()
    expect(byTestId('audit-exported')!.textContent).toContain('/home/u/下载/操作日志.xlsx')
  })
})
