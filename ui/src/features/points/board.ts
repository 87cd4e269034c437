// The 量化考核 board, ranked whole by the back end and sent a page at a time: a unit of thousands
// sends and draws 50 rows, not all of them.
import type { BoardQuery } from '@/bindings/BoardQuery'

export const BOARD_PAGE_SIZES = [50, 100, 200]

/** The board's query: a search by name or 工号, and a page. */
export function boardQuery(text: string, page: number, pageSize: number): BoardQuery {
  return { text: text.trim(), page, page_size: pageSize }
}
