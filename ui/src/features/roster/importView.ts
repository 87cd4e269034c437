// What the import dialog says about a preview and a finished import.
import type { ImportField } from '@/bindings/ImportField'
import type { ImportOptions } from '@/bindings/ImportOptions'
import type { ImportPreview } from '@/bindings/ImportPreview'
import type { ImportReport } from '@/bindings/ImportReport'
import type { ImportRow } from '@/bindings/ImportRow'
import { i18n, joinList } from '@/i18n'
import { importFieldKey } from './labels'

const t = i18n.global.t

/** “将新增 X 人，更新 Y 人，跳过 Z 行（其中表尾 F 行）” */
export function importSummary(preview: ImportPreview): string {
  const main = t('roster.import.summary', { creates: preview.creates, updates: preview.updates, skips: preview.skips })
  if (preview.footers === 0) return main
  return main + t('roster.import.summaryFooters', { footers: preview.footers })
}

/** What the 问题 column says about a row: its problems, or that it is the footer under the data. */
export function rowNote(row: ImportRow): string {
  return row.footer ? t('roster.import.footer') : row.errors.join('；')
}

/** Importing makes sense once every required column is mapped and some row would change. */
export function canApply(preview: ImportPreview): boolean {
  return preview.missing_fields.length === 0 && preview.creates + preview.updates > 0
}

/** “自动创建不存在的科室：A、B” */
export function createDepartmentsLabel(names: readonly string[]): string {
  return t('roster.import.createDepartments', { names: joinList(names) })
}

/** “缺少必需的列：工号、姓名…” */
export function missingFieldsText(fields: readonly ImportField[]): string {
  return t('roster.import.missing', { fields: joinList(fields.map((f) => t(importFieldKey(f)))) })
}

/** “已新增 X 人，更新 Y 人，跳过 Z 行；新建科室：A、B” */
export function importResultText(report: ImportReport): string {
  const main = t('roster.import.result', { created: report.created, updated: report.updated, skipped: report.skipped })
  if (report.departments_created.length === 0) return main
  return main + t('roster.import.resultDepartments', { names: joinList(report.departments_created) })
}

export function rowsToShow(rows: readonly ImportRow[], onlyProblems: boolean): ImportRow[] {
  return onlyProblems ? rows.filter((r) => r.errors.length > 0) : [...rows]
}

/**
 * The mapping with column `index` set to `field`. A field belongs to one column only, so the
 * column that had it before is set to 忽略.
 */
export function withMapping(
  mapping: readonly (ImportField | null)[],
  index: number,
  field: ImportField | null,
): (ImportField | null)[] {
  return mapping.map((current, i) => {
    if (i === index) return field
    return field !== null && current === field ? null : current
  })
}

export function importOptions(mapping: (ImportField | null)[] | null, createDepartments: boolean): ImportOptions {
  return { mapping, create_departments: createDepartments }
}
