// A light table's cells as markup (app/DataTable): a row of text, tags, link buttons and links
// drawn by one `innerHTML` instead of a Vue element per cell and piece. Vue's building of 职工's
// and 活动's rows was ~4 ms of a click to their screens on the large unit (docs/PERFORMANCE.md).
// Every text and attribute is escaped here, and nowhere else builds a cell's markup: what a cell
// shows is only ever text, whatever a name or a title holds. A piece that acts carries `data-act`;
// DataTable hands the click to its caller with the row.
import type { Cell, CellPart } from './table'

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** `text` as markup that shows it as it is, in an element or in a quoted attribute. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPED[ch])
}

const testid = (id: string | undefined) => (id ? ` data-testid="${escapeMarkup(id)}"` : '')

// icons-vue's ArrowDown, as its markup: the arrow of a button that opens a menu.
const ARROW =
  '<i class="el-icon el-icon--right"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024"><path fill="currentColor" d="M831.872 340.864 512 652.672 192.128 340.864a30.59 30.59 0 0 0-42.752 0 29.12 29.12 0 0 0 0 41.6L489.664 714.24a32 32 0 0 0 44.672 0l340.288-331.712a29.12 29.12 0 0 0 0-41.728 30.59 30.59 0 0 0-42.752 0z"/></svg></i>'

function partMarkup(part: CellPart): string {
  if ('tag' in part) {
    // el-tag's markup at size small, effect light (app/rowControls' RowTag).
    return `<span class="el-tag el-tag--${part.tone} el-tag--small el-tag--light"${testid(part.testid)}><span class="el-tag__content">${escapeMarkup(part.tag)}</span></span>`
  }
  if ('button' in part) {
    // el-button's markup as a primary link (app/rowControls' RowButton).
    return `<button type="button" class="el-button el-button--primary is-link" aria-disabled="false" data-act="${escapeMarkup(part.act)}"${testid(part.testid)}><span>${escapeMarkup(part.button)}${part.menu ? ARROW : ''}</span></button>`
  }
  if ('link' in part) {
    return `<a class="cell-link" href="${escapeMarkup(part.href)}" data-act="${escapeMarkup(part.act)}"${testid(part.testid)}>${escapeMarkup(part.link)}</a>`
  }
  const tone = part.tone ? ` tone-${part.tone}` : ''
  return `<span class="cell-text${tone}"${testid(part.testid)}>${escapeMarkup(part.text)}</span>`
}

/** A cell's content as markup. */
export function cellMarkup(cell: Cell): string {
  if (typeof cell === 'string') return escapeMarkup(cell)
  if (Array.isArray(cell)) return cell.map(partMarkup).join('')
  return partMarkup(cell)
}
