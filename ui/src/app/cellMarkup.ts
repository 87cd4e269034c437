// A light table's cells as markup (app/DataTable): a row of text, tags, link buttons, tick boxes and
// links drawn by one `innerHTML` instead of a Vue element per cell and piece. Vue's building of
// 职工's and 活动's rows was ~4 ms of a click to their screens on the large unit
// (docs/PERFORMANCE.md). Every text and attribute is escaped here, and nowhere else builds a cell's
// markup: what a cell shows is only ever text, whatever a name or a title holds. A piece that acts
// carries `data-act`; DataTable hands the click to its caller with the row.
import { setBlockTracking, type Component, type VNode } from 'vue'
import { ArrowDown, Loading } from '@element-plus/icons-vue'
import type { Cell, CellPart } from './table'
import 'element-plus/es/components/button/style/css'
import 'element-plus/es/components/checkbox/style/css'
import 'element-plus/es/components/tag/style/css'
import './tickBox.css'

const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** `text` as markup that shows it as it is, in an element or in a quoted attribute. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPED[ch])
}

const attr = (name: string, value: string | undefined) => (value ? ` ${name}="${escapeMarkup(value)}"` : '')

/** An element of an icon's drawing as markup. */
function nodeMarkup(node: VNode): string {
  const tag = String(node.type)
  const attrs = Object.entries(node.props ?? {})
    .map(([name, value]) => attr(name, String(value)))
    .join('')
  const children = Array.isArray(node.children) ? (node.children as VNode[]).map(nodeMarkup).join('') : ''
  return `<${tag}${attrs}>${children}</${tag}>`
}

const icons = new Map<Component, string>()

/** An @element-plus/icons-vue icon's <svg> as markup, read once from the icon: its setup returns
 *  the function that draws it. */
export function iconMarkup(icon: Component): string {
  let markup = icons.get(icon)
  if (markup === undefined) {
    const draw = (icon as { setup: (props: object) => (ctx: object, cache: unknown[]) => VNode }).setup({})
    // Drawn out of any render: its elements must not join a screen's tracked blocks.
    setBlockTracking(-1)
    try {
      markup = nodeMarkup(draw({}, []))
    } finally {
      setBlockTracking(1)
    }
    icons.set(icon, markup)
  }
  return markup
}

/** A link button: el-button's markup (app/plainButton), in PermitButton's span (with core's reason
 *  when refused) for an action core decides on. */
function buttonMarkup(part: Extract<CellPart, { button: string }>): string {
  const off = Boolean(part.disabled || part.loading)
  const classes = ['el-button', `el-button--${escapeMarkup(part.tone ?? 'primary')}`, part.disabled && 'is-disabled', part.loading && 'is-loading', 'is-link']
  const icon = part.loading ? `<i class="el-icon is-loading">${iconMarkup(Loading)}</i>` : ''
  const arrow = part.menu ? `<i class="el-icon el-icon--right">${iconMarkup(ArrowDown)}</i>` : ''
  const button =
    `<button type="button" class="${classes.filter(Boolean).join(' ')}"${off ? ' disabled=""' : ''} aria-disabled="${off}"` +
    `${attr('data-act', part.act)}${attr('data-testid', part.testid)}>${icon}<span>${escapeMarkup(part.button)}${arrow}</span></button>`
  return part.refused === undefined ? button : `<span class="permit-button"${attr('title', part.refused)}>${button}</span>`
}

function partMarkup(part: CellPart): string {
  if ('tag' in part) {
    // el-tag's markup at size small, effect light (app/plainTag).
    return `<span class="el-tag el-tag--${escapeMarkup(part.tone)} el-tag--small el-tag--light"${attr('data-testid', part.testid)}><span class="el-tag__content">${escapeMarkup(part.tag)}</span></span>`
  }
  if ('button' in part) return buttonMarkup(part)
  if ('tick' in part) {
    // el-checkbox's markup, named by its label (app/tickBox's TickBox).
    const ticked = part.tick ? ' is-checked' : ''
    return (
      `<label class="el-checkbox tick-box${ticked}"${attr('data-testid', part.testid)}><span class="el-checkbox__input${ticked}">` +
      `<input class="el-checkbox__original" type="checkbox"${part.tick ? ' checked=""' : ''}${attr('aria-label', part.label)}${attr('data-act', part.act)}>` +
      '<span class="el-checkbox__inner"></span></span></label>'
    )
  }
  if ('link' in part) {
    return `<a class="cell-link"${attr('href', part.href)}${attr('data-act', part.act)}${attr('data-testid', part.testid)}>${escapeMarkup(part.link)}</a>`
  }
  if ('note' in part) {
    const tone = part.tone ? ` tone-${escapeMarkup(part.tone)}` : ''
    return `<div class="cell-note${tone}"${attr('data-testid', part.testid)}>${escapeMarkup(part.note)}</div>`
  }
  const tone = part.tone ? ` tone-${escapeMarkup(part.tone)}` : ''
  return `<span class="cell-text${tone}"${attr('data-testid', part.testid)}>${escapeMarkup(part.text)}</span>`
}

/** A cell's content as markup: several buttons side by side in a box that wraps them. */
export function cellMarkup(cell: Cell): string {
  if (typeof cell === 'string') return escapeMarkup(cell)
  if (!Array.isArray(cell)) return partMarkup(cell)
  const parts = cell.filter((part): part is CellPart => part !== null)
  const markup = parts.map(partMarkup).join('')
  return parts.length > 1 && parts.every((part) => 'button' in part) ? `<div class="cell-actions">${markup}</div>` : markup
}
