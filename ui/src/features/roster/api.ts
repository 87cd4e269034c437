// 人员与科室 commands.
import { call, type CallOptions } from '@/api/ipc'
import type { Department } from '@/bindings/Department'
import type { DepartmentInput } from '@/bindings/DepartmentInput'
import type { ExportedFile } from '@/bindings/ExportedFile'
import type { ImportOptions } from '@/bindings/ImportOptions'
import type { ImportPreview } from '@/bindings/ImportPreview'
import type { ImportReport } from '@/bindings/ImportReport'
import type { SampleReport } from '@/bindings/SampleReport'
import type { Staff } from '@/bindings/Staff'
import type { StaffInput } from '@/bindings/StaffInput'
import type { StaffPage } from '@/bindings/StaffPage'
import type { StaffQuery } from '@/bindings/StaffQuery'

export function listDepartments(options?: CallOptions) {
  return call<Department[]>('list_departments', undefined, options)
}

export function createDepartment(input: DepartmentInput, options?: CallOptions) {
  return call<Department>('create_department', { input }, options)
}

export function updateDepartment(id: number, input: DepartmentInput, options?: CallOptions) {
  return call<Department>('update_department', { id, input }, options)
}

export function deleteDepartment(id: number) {
  return call<null>('delete_department', { id })
}

export function listStaff(query: StaffQuery, options?: CallOptions) {
  return call<StaffPage>('list_staff', { query }, options)
}

export function createStaff(input: StaffInput, options?: CallOptions) {
  return call<Staff>('create_staff', { input }, options)
}

export function updateStaff(id: number, input: StaffInput, options?: CallOptions) {
  return call<Staff>('update_staff', { id, input }, options)
}

export function setStaffActive(id: number, active: boolean) {
  return call<Staff>('set_staff_active', { id, active })
}

export function deleteStaff(id: number) {
  return call<null>('delete_staff', { id })
}

/** The file as the back end wants it: its bytes as a plain number array, and its name. */
export interface ImportFile {
  bytes: number[]
  fileName: string
}

export function previewRosterImport(file: ImportFile, options: ImportOptions, callOptions?: CallOptions) {
  return call<ImportPreview>('preview_roster_import', { bytes: file.bytes, fileName: file.fileName, options }, callOptions)
}

export function applyRosterImport(file: ImportFile, options: ImportOptions, callOptions?: CallOptions) {
  return call<ImportReport>('apply_roster_import', { bytes: file.bytes, fileName: file.fileName, options }, callOptions)
}

export function exportRoster() {
  return call<ExportedFile>('export_roster')
}

export function loadSampleData() {
  return call<SampleReport>('load_sample_data')
}

/** 职工自助 PIN: 4–6 digits; `null` clears it. */
export function setStaffPin(staffId: number, pin: string | null) {
  return call<null>('set_staff_pin', { staffId, pin })
}

/** How people are found in a picker: 在职 only, by 姓名 / 工号, the first page. */
export function searchStaff(text: string, departmentId: number | null = null, pageSize = 20, options?: CallOptions) {
  return listStaff({ text: text.trim(), department_id: departmentId, include_inactive: false, page: 1, page_size: pageSize }, options)
}
