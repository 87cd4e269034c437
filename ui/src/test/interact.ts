// Doing what a person (or the WebDriver test) does: typing, pressing Enter, picking from a select.
import { byTestId, settle } from './mount'

/** The input of a test id: the element itself, or the input inside its wrapper. */
export function inputOf(testId: string): HTMLInputElement {
  const el = document.querySelector<HTMLElement>(`input[data-testid="${testId}"], textarea[data-testid="${testId}"]`)
  const input = el ?? document.querySelector<HTMLElement>(`[data-testid="${testId}"] input, [data-testid="${testId}"] textarea`)
  if (!input) throw new Error(`no input for ${testId}`)
  return input as HTMLInputElement
}

/** Puts the focus in the input of a test id, as a click into it does (a select is built then). */
export async function focusInto(testId: string): Promise<void> {
  inputOf(testId).focus()
  await settle()
}

export function typeInto(testId: string, value: string): void {
  const input = inputOf(testId)
  input.value = value
  input.dispatchEvent(new Event('input'))
}

export async function pressEnter(testId: string): Promise<void> {
  const input = inputOf(testId)
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true }))
  input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', code: 'Enter', bubbles: true }))
  await settle()
}

/** Options of the dropdowns now open (hidden dropdowns of other selects stay in the page). */
export function visibleOptions(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')).filter((li) => {
    const popper = li.closest<HTMLElement>('.el-popper')
    return !popper || popper.style.display !== 'none'
  })
}

/** Clears the select with its clear button, shown while the pointer is over it. */
export async function clearSelect(testId: string): Promise<void> {
  byTestId(testId)!.dispatchEvent(new MouseEvent('mouseenter'))
  await settle()
  const clear = byTestId(testId)!.querySelector<HTMLElement>('.el-select__clear')
  if (!clear) throw new Error(`no clear button in ${testId}`)
  clear.click()
  await settle()
}

/** Opens the select and clicks the option whose text is `label`. */
export async function chooseOption(testId: string, label: string): Promise<void> {
  const root = byTestId(testId)!
  ;(root.querySelector<HTMLElement>('.el-select__wrapper') ?? root).click()
  await settle()
  const item = visibleOptions().find((li) => li.textContent?.trim() === label)
  if (!item) throw new Error(`no option “${label}” in ${testId}: ${visibleOptions().map((li) => li.textContent?.trim()).join(', ')}`)
  item.click()
  await settle()
}
