// The columns of a DataTable: one vocabulary for the long lists' light tables.
import type { Permit } from '@/bindings/Permit'
import { isAllowed, reasonOf } from './permit'
import type { ButtonType } from './plainButton'

/** A colour of Element Plus's: a tag's, a button's or a text's. */
export type Tone = ButtonType

/**
 * A piece of a cell, drawn by DataTable as Element Plus's markup (app/cellMarkup):
 * - `{ text }`: text, in `tone`'s colour if given; `{ note }`: a smaller line under it;
 * - `{ tag, tone }`: a small tag (el-tag's markup);
 * - `{ button, act }`: a link button (el-button's markup) that acts on its row (DataTable's `act`
 *   event with `act`): of `tone`'s colour (primary by default), `disabled`, or busy (`loading`);
 *   `refused` gives core's reason on hover (a refused permit); `menu` adds the arrow of a button
 *   that opens a menu;
 * - `{ tick, act, label }`: a tick box (el-checkbox's markup) named `label`, ticked when `tick`; a
 *   click asks its caller (`act`) and leaves it as it is until the row changes;
 * - `{ link, href, act }`: a link to `href` that acts on its row instead of following it.
 * `testid` names the piece for the tests.
 */
export type CellPart =
  | { text: string; tone?: Tone; testid?: string }
  | { note: string; tone?: Tone; testid?: string }
  | { tag: string; tone: Tone; testid?: string }
  | { button: string; act: string; tone?: Tone; disabled?: boolean; loading?: boolean; refused?: string; menu?: boolean; testid?: string }
  | { tick: boolean; act: string; label: string; testid?: string }
  | { link: string; href: string; act: string; testid?: string }

/** A cell: its text, a piece, or pieces side by side (a `null` is left out). */
export type Cell = string | CellPart | (CellPart | null)[]

export interface TableColumn<T = unknown> {
  /** Names the column's cell slot (`#name="{ row }"`); without a slot or a `cell` the cell shows `row[key]`. */
  key: string
  /** The head's text (a `#head-<key>` slot can replace it). */
  label?: string
  /** What a row's cell shows, when it is not the row's field as text. */
  cell?: (row: T) => Cell
  /** A fixed width in px; columns without one share what is left. */
  width?: number
  /** The least width in px a shared column keeps before the table scrolls sideways. */
  minWidth?: number
  align?: 'left' | 'center' | 'right'
  /** One line, ending in … when too long, with the whole text on hover. */
  ellipsis?: boolean
  /** Stays at the right edge while the table scrolls sideways (the row's actions). */
  pinned?: boolean
}

/** The least width the table needs before it scrolls sideways. */
export function tableMinWidth<T>(columns: TableColumn<T>[]): number {
  return columns.reduce((sum, c) => sum + (c.width ?? c.minWidth ?? 80), 0)
}

/** A row's link button for an action core decides on (app/PermitButton's markup, as a link): none when
 *  core does not offer it, disabled with core's reason on hover when refused now. */
export function permitButton(permit: Permit, button: Extract<CellPart, { button: string }>): CellPart | null {
  if (!permit.offered) return null
  return { ...button, disabled: !isAllowed(permit) || button.disabled, refused: reasonOf(permit) }
}
