// The pages of the projector view: each 科室 on pages of its own, a page holding whole pledges up
// to `perPage` items (a pledge longer than that gets a page to itself), so that the type can stay
// large enough to read from the back of a meeting room.
import type { Pledge } from '@/bindings/Pledge'
import type { WallSection } from '@/bindings/WallSection'

export interface ProjectorPage {
  departmentName: string
  /** This page among the 科室's pages (1-based) and how many it has. */
  part: number
  parts: number
  pledges: Pledge[]
}

export const ITEMS_PER_PAGE = 8

export function projectorPages(sections: WallSection[], perPage = ITEMS_PER_PAGE): ProjectorPage[] {
  const pages: ProjectorPage[] = []
  for (const s of sections) {
    const chunks: Pledge[][] = []
    let current: Pledge[] = []
    let count = 0
    for (const p of s.pledges) {
      if (current.length > 0 && count + p.items.length > perPage) {
        chunks.push(current)
        current = []
        count = 0
      }
      current.push(p)
      count += p.items.length
    }
    if (current.length > 0) chunks.push(current)
    chunks.forEach((pledges, i) => pages.push({ departmentName: s.department_name, part: i + 1, parts: chunks.length, pledges }))
  }
  return pages
}
