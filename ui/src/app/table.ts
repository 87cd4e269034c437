// The columns of a DataTable: one vocabulary for the long lists' light tables.

export interface TableColumn {
  /** Names the column's cell slot (`#name="{ row }"`); without a slot the cell shows `row[key]`. */
  key: string
  /** The head's text (a `#head-<key>` slot can replace it). */
  label?: string
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
export function tableMinWidth(columns: TableColumn[]): number {
  return columns.reduce((sum, c) => sum + (c.width ?? c.minWidth ?? 80), 0)
}
