/** A tab of app/PageTabs: its name (the slot that holds its content) and its label. */
export interface PageTab<N extends string = string> {
  name: N
  label: string
}
