// 职工's first page, asked for when the navigation to the list starts (its route's prefetch): the
// list's first load makes these very calls and takes their answers (api/ahead.ts).
import { allAnswered } from '@/api/ahead'
import { PAGE_SIZES } from '@/app/usePagedList'
import { listDepartments, listStaff } from './api'
import { emptyStaffFilters, staffQuery } from './staffFilters'

export function staffAhead(): Promise<void> {
  const ahead = { ahead: true }
  return allAnswered([listDepartments(ahead), listStaff(staffQuery(emptyStaffFilters(), 1, PAGE_SIZES[0]), ahead)])
}
