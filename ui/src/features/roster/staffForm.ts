// The 职工 form: what the dialog edits, and the StaffInput the back end receives.
import type { Gender } from '@/bindings/Gender'
import type { PoliticalStatus } from '@/bindings/PoliticalStatus'
import type { Staff } from '@/bindings/Staff'
import type { StaffInput } from '@/bindings/StaffInput'

/** Like StaffInput, except that the 科室 may not be chosen yet. */
export interface StaffForm {
  employee_no: string
  name: string
  gender: Gender
  department_id: number | null
  position: string
  political_status: PoliticalStatus
  is_veteran: boolean
  phone: string
}

export function emptyStaffForm(departmentId: number | null = null): StaffForm {
  return {
    employee_no: '',
    name: '',
    gender: 'unspecified',
    department_id: departmentId,
    position: '',
    political_status: 'masses',
    is_veteran: false,
    phone: '',
  }
}

export function staffFormFrom(staff: Staff): StaffForm {
  return {
    employee_no: staff.employee_no,
    name: staff.name,
    gender: staff.gender,
    department_id: staff.department_id,
    position: staff.position,
    political_status: staff.political_status,
    is_veteran: staff.is_veteran,
    phone: staff.phone,
  }
}

/**
 * The input for `create_staff` / `update_staff`, or `null` while no 科室 is chosen. Text is sent
 * as typed: the back end trims, checks and explains.
 */
export function toStaffInput(form: StaffForm): StaffInput | null {
  if (form.department_id === null) return null
  return {
    employee_no: form.employee_no,
    name: form.name,
    gender: form.gender,
    department_id: form.department_id,
    position: form.position,
    political_status: form.political_status,
    is_veteran: form.is_veteran,
    phone: form.phone,
  }
}
