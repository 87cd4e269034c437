// The staff list's filters, the query they become, and what an empty list means.
import type { Department } from '@/bindings/Department'
import type { StaffQuery } from '@/bindings/StaffQuery'

export interface StaffFilters {
  text: string
  departmentId: number | null
  includeInactive: boolean
}

/** The filters the list opens with: everyone in post, in every 科室. */
export function emptyStaffFilters(): StaffFilters {
  return { text: '', departmentId: null, includeInactive: false }
}

export function staffQuery(filters: StaffFilters, page: number, pageSize: number): StaffQuery {
  return {
    text: filters.text.trim(),
    department_id: filters.departmentId,
    include_inactive: filters.includeInactive,
    page,
    page_size: pageSize,
  }
}

/** Whether the search box or the 科室 filter narrows the list. */
export function isFiltered(filters: StaffFilters): boolean {
  return filters.text.trim() !== '' || filters.departmentId !== null
}

/**
 * How far the roster is set up, from the 科室 list (which counts everyone, 在职 or not):
 * nothing at all, 科室 but nobody in them, or people.
 */
export type RosterState = 'no-departments' | 'no-staff' | 'has-staff'

export function rosterState(departments: readonly Department[]): RosterState {
  if (departments.length === 0) return 'no-departments'
  return departments.some((d) => d.total_staff > 0) ? 'has-staff' : 'no-staff'
}

/** The i18n key for an empty table when the roster itself is not empty. */
export function noResultKey(filters: StaffFilters): string {
  return isFiltered(filters) || filters.includeInactive ? 'roster.staff.noMatch' : 'roster.staff.noActive'
}
