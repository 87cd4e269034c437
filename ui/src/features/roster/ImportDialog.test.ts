import { describe, expect, test } from 'vitest'
import type { ImportOptions } from '@/bindings/ImportOptions'
import type { ImportPreview } from '@/bindings/ImportPreview'
import { appError, fakeBackend } from '@/test/backend'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import ImportDialog from './ImportDialog.vue'

interface ImportArgs {
  bytes: number[]
  fileName: string
  options: ImportOptions
}

const CSV = '工号,姓名,科室\nA001,张三,办公室\nA002,李四,信息中心\nA003,,办公室\n'

function previewFor(options: ImportOptions): ImportPreview {
  const create = options.create_departments
  return {
    sheet_name: '花名册',
    header_line: 1,
    headers: ['工号', '姓名', '科室'],
    mapping: options.mapping ?? ['employee_no', 'name', 'department'],
    missing_fields: [],
    rows: [
      { line: 2, cells: ['A001', '张三', '办公室'], action: 'create', errors: [], footer: false },
      create
        ? { line: 3, cells: ['A002', '李四', '信息中心'], action: 'create', errors: [], footer: false }
        : { line: 3, cells: ['A002', '李四', '信息中心'], action: 'skip', errors: ['科室“信息中心”不存在；可勾选“自动创建不存在的科室”'], footer: false },
      { line: 4, cells: ['A003', '', '办公室'], action: 'skip', errors: ['姓名不能为空'], footer: false },
    ],
    unknown_departments: ['信息中心'],
    creates: create ? 2 : 1,
    updates: 0,
    skips: create ? 1 : 2,
    footers: 0,
  }
}

/** Chooses a file the way a person (or a test driver) does: through the upload's file input. */
async function chooseFile(name: string, content: string) {
  const input = document.querySelector<HTMLInputElement>('[data-testid="import-upload"] input[type=file]')!
  const file = new File([content], name, { type: 'text/csv' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await settle()
}

async function openDialog() {
  const mounted = await mountWithApp(ImportDialog, { role: 'organizer', props: { modelValue: true } })
  await settle()
  return mounted
}

describe('the import dialog', () => {
  test('has a file input inside the upload area as soon as it opens', async () => {
    fakeBackend({})
    await openDialog()
    const input = document.querySelector<HTMLInputElement>('[data-testid="import-upload"] input[type=file]')
    expect(input).not.toBeNull()
    expect(input!.accept).toBe('.xlsx,.xls,.csv')
    expect(byTestId<HTMLButtonElement>('import-apply')!.disabled).toBe(true)
  })

  test('sends the file’s bytes and name, and shows what the import would do', async () => {
    const backend = fakeBackend({ preview_roster_import: (args: ImportArgs) => previewFor(args.options) })
    await openDialog()
    await chooseFile('花名册.csv', CSV)
    const args = backend.callsOf('preview_roster_import')[0].args as unknown as ImportArgs
    expect(args.fileName).toBe('花名册.csv')
    expect(args.bytes).toEqual(Array.from(new TextEncoder().encode(CSV)))
    expect(args.options).toEqual({ mapping: null, create_departments: false })
    expect(byTestId('import-summary')?.textContent).toBe('将新增 1 人，更新 0 人，跳过 2 行')
    const table = byTestId('import-preview-table')!
    expect(table.querySelectorAll('.import-row-error')).toHaveLength(2)
    expect(table.textContent).toContain('姓名不能为空')
    expect(byTestId<HTMLButtonElement>('import-apply')!.disabled).toBe(false)
  })

  test('a file that is not a table is explained and nothing else happens', async () => {
    const backend = fakeBackend({
      preview_roster_import: () => {
        throw appError('import.not_a_table', '“照片.jpg”不是可识别的表格文件，请选择 .xlsx、.xls 或 .csv 文件')
      },
    })
    await openDialog()
    await chooseFile('照片.jpg', 'xx')
    expect(byTestId('import-error')?.textContent).toContain('不是可识别的表格文件')
    expect(byTestId('import-summary')).toBeNull()
    expect(byTestId<HTMLButtonElement>('import-apply')!.disabled).toBe(true)
    expect(backend.callsOf('apply_roster_import')).toHaveLength(0)
  })

  test('ticking “create the missing 科室” previews again with that option', async () => {
    const backend = fakeBackend({ preview_roster_import: (args: ImportArgs) => previewFor(args.options) })
    await openDialog()
    await chooseFile('花名册.csv', CSV)
    const box = byTestId('import-create-departments')!
    expect(box.textContent).toContain('自动创建不存在的科室：信息中心')
    box.querySelector('input')!.click()
    await settle()
    const last = backend.callsOf('preview_roster_import').at(-1)!.args as unknown as ImportArgs
    expect(last.options.create_departments).toBe(true)
    expect(byTestId('import-summary')?.textContent).toBe('将新增 2 人，更新 0 人，跳过 1 行')
  })

  test('applies with the same file and options, then reports and tells the list to reload on close', async () => {
    const backend = fakeBackend({
      preview_roster_import: (args: ImportArgs) => previewFor(args.options),
      apply_roster_import: () => ({ created: 2, updated: 0, skipped: 1, departments_created: ['信息中心'] }),
    })
    const { wrapper } = await openDialog()
    await chooseFile('花名册.csv', CSV)
    byTestId('import-create-departments')!.querySelector('input')!.click()
    await settle()
    byTestId('import-apply')!.click()
    await settle()
    const applied = backend.callsOf('apply_roster_import')[0].args as unknown as ImportArgs
    const previewed = backend.callsOf('preview_roster_import').at(-1)!.args as unknown as ImportArgs
    expect(applied).toEqual(previewed)
    expect(byTestId('import-result')?.textContent).toBe('已新增 2 人，更新 0 人，跳过 1 行；新建科室：信息中心')
    await wrapper.setProps({ modelValue: false })
    await settle()
    expect(wrapper.emitted('imported')).toHaveLength(1)
  })

  test('only rows with problems can be shown', async () => {
    fakeBackend({ preview_roster_import: (args: ImportArgs) => previewFor(args.options) })
    await openDialog()
    await chooseFile('花名册.csv', CSV)
    byTestId('import-only-problems')!.querySelector('input')!.click()
    await settle()
    const table = byTestId('import-preview-table')!.textContent!
    expect(table).not.toContain('A001')
    expect(table).toContain('A003')
  })
})
