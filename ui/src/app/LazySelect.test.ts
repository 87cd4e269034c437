import { afterEach, describe, expect, test } from 'vitest'
import { h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElFormItem, ElOption, ElSelect } from 'element-plus'
import { visibleOptions } from '@/test/interact'
import { drawnMarkup } from '@/test/markup'
import { byTestId, settle } from '@/test/mount'
import LazySelect, { type Choice } from './LazySelect.vue'

const SIZES: Choice<number>[] = [
  { value: 20, label: '20条/页' },
  { value: 50, label: '50条/页' },
]

function lazy(initial: number | null, extra: Record<string, unknown> = {}, inFormItem = false) {
  const chosen = ref<number | null>(initial)
  const select = () =>
    h(LazySelect<number | null>, {
      options: SIZES,
      modelValue: chosen.value,
      'onUpdate:modelValue': (v: number | null) => (chosen.value = v),
      'data-testid': 'size',
      ...extra,
    })
  mount({ render: () => (inFormItem ? h(ElFormItem, { label: '每页' }, select) : select()) }, { attachTo: document.body, global: { plugins: [ElementPlus] } })
  return chosen
}

/** The real el-select is there: its wrapper is its tooltip's trigger. */
const built = () => byTestId('size')!.querySelector('.el-select__wrapper.el-tooltip__trigger') !== null

/** Attributes that differ between any two el-selects (generated ids, the input's value) or by design (the test id). */
const GENERATED = ['id', 'aria-controls', 'aria-activedescendant', 'value', 'tabindex', 'data-testid']

afterEach(() => {
  document.body.innerHTML = ''
})

describe('LazySelect', () => {
  test('until it is used it is el-select’s closed look, to the element and class', async () => {
    for (const [value, extra] of [
      [20, {}],
      [null, { placeholder: '全部', clearable: true }],
      [50, { filterable: true }],
      [null, { filterable: true }],
      [null, { filterable: true, remote: true, clearable: true }],
      [20, { disabled: true }],
      [20, { size: 'small', class: 'filter', style: 'width: 100px' }],
    ] as [number | null, Record<string, unknown>][]) {
      lazy(value, extra)
      const wrapper = mount(
        { render: () => h(ElSelect, { modelValue: value, emptyValues: [null, undefined], 'data-testid': 'real', ...extra }, () => SIZES.map((o) => h(ElOption, o))) },
        { attachTo: document.body, global: { plugins: [ElementPlus] } },
      )
      await settle()
      expect(built()).toBe(false)
      const real = byTestId('real')!
      real.querySelector('.el-select__wrapper')!.classList.remove('el-tooltip__trigger')
      expect(drawnMarkup(byTestId('size')!, GENERATED)).toBe(drawnMarkup(real, GENERATED))
      wrapper.unmount()
      document.body.innerHTML = ''
    }
  })

  test('a click builds el-select and opens its list; a choice is taken', async () => {
    const chosen = lazy(20)
    await settle()
    byTestId('size')!.querySelector<HTMLElement>('.el-select__wrapper')!.click()
    await settle()
    expect(built()).toBe(true)
    expect(visibleOptions().map((li) => li.textContent?.trim())).toEqual(['20条/页', '50条/页'])
    visibleOptions()[1].click()
    await settle()
    expect(chosen.value).toBe(50)
    expect(byTestId('size')!.textContent).toContain('50条/页')
  })

  test('the pointer over it builds el-select, hovered: a clearable one offers its clear button, and cleared it holds null', async () => {
    const chosen = lazy(50, { clearable: true })
    await settle()
    byTestId('size')!.dispatchEvent(new MouseEvent('mouseenter'))
    await settle()
    expect(built()).toBe(true)
    expect(visibleOptions()).toHaveLength(0)
    expect(byTestId('size')!.querySelector('.el-select__wrapper')!.classList).toContain('is-hovering')
    byTestId('size')!.querySelector<HTMLElement>('.el-select__clear')!.click()
    await settle()
    expect(chosen.value).toBeNull()
  })

  test('reached by the keyboard, el-select is built with the focus in its input', async () => {
    lazy(20)
    await settle()
    byTestId('size')!.querySelector('input')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    await settle()
    expect(built()).toBe(true)
    expect(document.activeElement).toBe(byTestId('size')!.querySelector('input'))
    expect(visibleOptions()).toHaveLength(0)
  })

  test('inside a form item it is el-select from the start, its input named by the item’s label', async () => {
    lazy(20, {}, true)
    await settle()
    expect(built()).toBe(true)
    const label = document.querySelector('.el-form-item__label')!
    expect(label.getAttribute('for')).toBe(byTestId('size')!.querySelector('input')!.id)
  })
})
