// The columns of a DataTable: one vocabulary for the long lists' light tables.
import type { ButtonType } from './plainButton'

/** A colour of Element Plus's: a tag's, a button's or a text's. */
export type Tone = ButtonType

/**
 * A piece of a cell, drawn by DataTable as Element Plus's markup (app/cellMarkup):
 * - `{ text }`: text, in `tone`'s colour if given;
 * - `{ tag, tone }`: a small tag (el-tag's markup);
 * - `{ button, act }`: a link button (el-button's markup) that acts on its row (DataTable's `act`
 *   event with `act`); `menu` adds the arrow of a button that opens a menu;
 * - `{ link, href, act }`: a link to `href` that acts on its row instead of following it.
 * `testid` names the piece for the tests.
 */
export type CellPart =
  | { text: string; tone?: Tone; testid?: string }
  | { tag: string; tone: Tone; testid?: string }
  | { button: string; act: string; menu?: boolean; testid?: string }
  | { link: string; href: string; act: string; testid?: string }

/** A cell: its text, a piece, or pieces side by side. */
export type Cell = string | CellPart | CellPart[]

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
