// Which page numbers a pager shows, as Element Plus's pager shows them: the first and the last page
// always, up to PAGER_BUTTONS numbers in all, a run of pages around the current one, and a "more"
// button on a side whose pages are left out, which jumps PAGER_JUMP pages that way.

/** Numbered buttons at most, the first and the last page included (Element Plus's default). */
export const PAGER_BUTTONS = 7
/** How far a "more" button jumps. */
export const PAGER_JUMP = PAGER_BUTTONS - 2

export interface PagerWindow {
  /** The numbers between the first page and the last, in order. */
  middle: number[]
  /** Pages are left out between the first page and the middle. */
  moreBefore: boolean
  /** Pages are left out between the middle and the last page. */
  moreAfter: boolean
}

/** The pages a list of `total` rows has at `pageSize` a page (at least one). */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize))
}

export function pagerWindow(page: number, pageCount: number): PagerWindow {
  const side = (PAGER_BUTTONS - 1) / 2
  const moreBefore = pageCount > PAGER_BUTTONS && page > PAGER_BUTTONS - side
  const moreAfter = pageCount > PAGER_BUTTONS && page < pageCount - side
  let from = 2
  let to = pageCount - 1
  if (moreBefore && moreAfter) {
    const around = Math.floor(PAGER_BUTTONS / 2) - 1
    from = page - around
    to = page + around
  } else if (moreBefore) {
    from = pageCount - PAGER_JUMP
  } else if (moreAfter) {
    to = PAGER_BUTTONS - 1
  }
  const middle: number[] = []
  for (let n = from; n <= to; n++) middle.push(n)
  return { middle, moreBefore, moreAfter }
}

/** `page` brought within 1..pageCount (a whole number). */
export function clampPage(page: number, pageCount: number): number {
  return Math.min(Math.max(1, Math.trunc(page) || 1), pageCount)
}
