// 职工's first page and the 科室, asked for when the navigation to their screens starts (the routes'
// prefetch): the screens' first loads make these very calls and take their answers (api/ahead.ts).
import { allAnswered } from '@/api/ahead'
import { PAGE_SIZES } from '@/app/usePagedList'
import { listDepartments, listStaff } from './api'
import { emptyStaffFilters, staffQuery } from './staffFilters'

export function staffAhead(): Promise<void> {
  const ahead = { ahead: true }
  return allAnswered([listDepartments(ahead), listStaff(staffQuery(emptyStaffFilters(), 1, PAGE_SIZES[0]), ahead)])
}

export function departmentsAhead(): Promise<void> {
  return allAnswered([listDepartments({ ahead: true })])
}
