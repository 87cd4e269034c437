// Labels (i18n keys) for the roster's enums. Each map is typed `Record<Union, …>`, so a value
// added to a binding union fails the type check until it has a label here.
import type { DepartmentKind } from '@/bindings/DepartmentKind'
import type { Gender } from '@/bindings/Gender'
import type { ImportField } from '@/bindings/ImportField'
import type { PoliticalStatus } from '@/bindings/PoliticalStatus'
import type { RowAction } from '@/bindings/RowAction'

const GENDER_KEYS: Record<Gender, string> = {
  male: 'roster.gender.male',
  female: 'roster.gender.female',
  unspecified: 'roster.gender.unspecified',
}

const POLITICAL_STATUS_KEYS: Record<PoliticalStatus, string> = {
  cpc_member: 'roster.political.cpc_member',
  cpc_probationary: 'roster.political.cpc_probationary',
  cyl_member: 'roster.political.cyl_member',
  rckmt_member: 'roster.political.rckmt_member',
  cdl_member: 'roster.political.cdl_member',
  cndca_member: 'roster.political.cndca_member',
  capd_member: 'roster.political.capd_member',
  cpwdp_member: 'roster.political.cpwdp_member',
  czgp_member: 'roster.political.czgp_member',
  jiusan_member: 'roster.political.jiusan_member',
  tdsl_member: 'roster.political.tdsl_member',
  democratic_party: 'roster.political.democratic_party',
  non_partisan: 'roster.political.non_partisan',
  masses: 'roster.political.masses',
}

const DEPARTMENT_KIND_KEYS: Record<DepartmentKind, string> = {
  office: 'roster.departmentKind.office',
  subunit: 'roster.departmentKind.subunit',
}

const IMPORT_FIELD_KEYS: Record<ImportField, string> = {
  employee_no: 'roster.staff.fields.employeeNo',
  name: 'roster.staff.fields.name',
  gender: 'roster.staff.fields.gender',
  department: 'roster.staff.fields.department',
  position: 'roster.staff.fields.position',
  political_status: 'roster.staff.fields.politicalStatus',
  is_veteran: 'roster.staff.fields.veteran',
  phone: 'roster.staff.fields.phone',
  active: 'roster.import.fieldActive',
}

const ROW_ACTION_KEYS: Record<RowAction, string> = {
  create: 'roster.import.actions.create',
  update: 'roster.import.actions.update',
  skip: 'roster.import.actions.skip',
}

/** Element Plus tag type for each import action. */
export const ROW_ACTION_TAG: Record<RowAction, 'success' | 'primary' | 'info'> = {
  create: 'success',
  update: 'primary',
  skip: 'info',
}

function keysOf<K extends string>(map: Record<K, string>): K[] {
  return Object.keys(map) as K[]
}

/** Every value, in the order forms and selects offer them. */
export const GENDERS = keysOf(GENDER_KEYS)
export const POLITICAL_STATUSES = keysOf(POLITICAL_STATUS_KEYS)
export const DEPARTMENT_KINDS = keysOf(DEPARTMENT_KIND_KEYS)
export const IMPORT_FIELDS = keysOf(IMPORT_FIELD_KEYS)
export const ROW_ACTIONS = keysOf(ROW_ACTION_KEYS)

export const genderKey = (v: Gender) => GENDER_KEYS[v]
export const politicalStatusKey = (v: PoliticalStatus) => POLITICAL_STATUS_KEYS[v]
export const departmentKindKey = (v: DepartmentKind) => DEPARTMENT_KIND_KEYS[v]
export const importFieldKey = (v: ImportField) => IMPORT_FIELD_KEYS[v]
export const rowActionKey = (v: RowAction) => ROW_ACTION_KEYS[v]
