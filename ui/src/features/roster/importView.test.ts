import { describe, expect, test } from 'vitest'
import type { ImportPreview } from '@/bindings/ImportPreview'
import type { ImportRow } from '@/bindings/ImportRow'
import { setLocale } from '@/i18n'
import {
  canApply,
  createDepartmentsLabel,
  importOptions,
  importResultText,
  importSummary,
  missingFieldsText,
  rowNote,
  rowsToShow,
  withMapping,
} from './importView'

function row(line: number, errors: string[] = []): ImportRow {
  return { line, cells: [`A00${line}`, `人${line}`], action: errors.length ? 'skip' : 'create', errors, footer: false }
}

function preview(over: Partial<ImportPreview> = {}): ImportPreview {
  return {
    sheet_name: '花名册',
    header_line: 1,
    headers: ['工号', '姓名', '科室'],
    mapping: ['employee_no', 'name', 'department'],
    missing_fields: [],
    rows: [],
    unknown_departments: [],
    creates: 0,
    updates: 0,
    skips: 0,
    footers: 0,
    ...over,
  }
}

describe('the summary line', () => {
  test('counts people to add and update and rows to skip', () => {
    expect(importSummary(preview({ creates: 12, updates: 3, skips: 2 }))).toBe('将新增 12 人，更新 3 人，跳过 2 行')
  })

  test('says how many of the skipped rows are the footer under the data', () => {
    expect(importSummary(preview({ creates: 12, skips: 3, footers: 2 }))).toBe('将新增 12 人，更新 0 人，跳过 3 行（其中表尾 2 行）')
  })

  test('reads in English too', () => {
    setLocale('en')
    expect(importSummary(preview({ creates: 1, updates: 0, skips: 4 }))).toBe('1 to add, 0 to update, 4 rows to skip')
    expect(importSummary(preview({ creates: 1, skips: 4, footers: 4 }))).toBe('1 to add, 0 to update, 4 rows to skip (4 of them footer lines)')
  })
})

describe('the problems column', () => {
  test('lists a row’s problems', () => {
    expect(rowNote(row(3, ['工号不能为空', '科室不能为空']))).toBe('工号不能为空；科室不能为空')
  })

  test('calls a footer line a footer, not a problem', () => {
    expect(rowNote({ ...row(9), action: 'skip', footer: true })).toContain('表尾')
  })
})

describe('importing is possible', () => {
  test('when some row would be added or updated', () => {
    expect(canApply(preview({ creates: 1 }))).toBe(true)
    expect(canApply(preview({ updates: 1 }))).toBe(true)
  })

  test('not when every row would be skipped', () => {
    expect(canApply(preview({ skips: 5 }))).toBe(false)
  })

  test('not while a required column is missing', () => {
    expect(canApply(preview({ creates: 3, missing_fields: ['department'] }))).toBe(false)
  })
})

describe('labels', () => {
  test('the create-departments checkbox names the unknown 科室', () => {
    expect(createDepartmentsLabel(['信息中心', '科技馆'])).toBe('自动创建不存在的科室：信息中心、科技馆')
  })

  test('missing columns are named by their Chinese header', () => {
    expect(missingFieldsText(['employee_no', 'department'])).toBe(
      '缺少必需的列：工号、科室。请在“列对应”中为它们选择表格中的列。',
    )
  })

  test('the result counts what happened and names the 科室 created', () => {
    expect(importResultText({ created: 5, updated: 2, skipped: 1, departments_created: ['信息中心', '科技馆'] })).toBe(
      '已新增 5 人，更新 2 人，跳过 1 行；新建科室：信息中心、科技馆',
    )
  })

  test('the result mentions no 科室 when none was created', () => {
    expect(importResultText({ created: 0, updated: 4, skipped: 0, departments_created: [] })).toBe('已新增 0 人，更新 4 人，跳过 0 行')
  })
})

describe('the preview table', () => {
  test('can show only the rows with problems', () => {
    const rows = [row(2), row(3, ['科室不能为空']), row(4)]
    expect(rowsToShow(rows, true).map((r) => r.line)).toEqual([3])
    expect(rowsToShow(rows, false).map((r) => r.line)).toEqual([2, 3, 4])
  })
})

describe('column mapping', () => {
  test('setting a column changes only that column', () => {
    expect(withMapping(['employee_no', null, 'department'], 1, 'name')).toEqual(['employee_no', 'name', 'department'])
  })

  test('a field moved to another column leaves its old column ignored', () => {
    expect(withMapping(['employee_no', 'name', 'department'], 2, 'name')).toEqual(['employee_no', null, 'name'])
  })

  test('ignoring a column clears only that column', () => {
    expect(withMapping(['employee_no', 'name', 'department'], 0, null)).toEqual([null, 'name', 'department'])
  })

  test('options carry the mapping (null = recognise the headers) and the create-departments choice', () => {
    expect(importOptions(null, false)).toEqual({ mapping: null, create_departments: false })
    expect(importOptions(['name', null], true)).toEqual({ mapping: ['name', null], create_departments: true })
  })
})
