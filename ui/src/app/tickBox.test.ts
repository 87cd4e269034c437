import { afterEach, describe, expect, test } from 'vitest'
import { h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElCheckbox } from 'element-plus'
import { drawnMarkup } from '@/test/markup'
import { settle } from '@/test/mount'
import { TickBox } from './tickBox'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('TickBox', () => {
  test('with its text beside it, it is el-checkbox’s markup, ticked or not', async () => {
    for (const ticked of [false, true]) {
      mount(
        {
          render: () =>
            h('div', [
              h(TickBox, { modelValue: ticked, 'data-testid': 'plain' }, () => '含已停用'),
              h(ElCheckbox, { modelValue: ticked, 'data-testid': 'real' }, () => '含已停用'),
            ]),
        },
        { attachTo: document.body, global: { plugins: [ElementPlus] } },
      )
      await settle()
      // The plain box's input carries its state as an attribute too (el-checkbox's only as its property).
      const drawn = (id: string) => drawnMarkup(document.querySelector(`[data-testid="${id}"]`)!, ['data-testid', 'checked'])
      // The plain box marks itself for its keyboard focus style.
      expect(drawn('plain').replace(' tick-box', '')).toBe(drawn('real'))
      document.body.innerHTML = ''
    }
  })

  test('a click on its text ticks it and unticks it', async () => {
    const ticked = ref(false)
    mount({ render: () => h(TickBox, { modelValue: ticked.value, 'onUpdate:modelValue': (v: boolean) => (ticked.value = v) }, () => '只看逾期') }, { attachTo: document.body })
    const text = document.querySelector<HTMLElement>('.el-checkbox__label')!
    text.click()
    await settle()
    expect(ticked.value).toBe(true)
    expect(document.querySelector('.el-checkbox')!.classList).toContain('is-checked')
    text.click()
    await settle()
    expect(ticked.value).toBe(false)
  })

  test('in a row, without text, its input is named by its label', () => {
    mount({ render: () => h(TickBox, { modelValue: false, label: '到场' }) }, { attachTo: document.body })
    expect(document.querySelector('input')!.getAttribute('aria-label')).toBe('到场')
    expect(document.querySelector('.el-checkbox__label')).toBeNull()
  })
})

describe('TickBox: what it shows is its model', () => {
  test('a tick the caller refuses does not show; a later one it takes does', async () => {
    let take = false
    const ticked = ref(false)
    const asked: boolean[] = []
    mount(
      {
        render: () =>
          h(TickBox, {
            modelValue: ticked.value,
            label: '到场',
            'onUpdate:modelValue': (on: boolean) => {
              asked.push(on)
              if (take) ticked.value = on
            },
          }),
      },
      { attachTo: document.body },
    )
    const input = document.querySelector<HTMLInputElement>('input')!
    const box = document.querySelector('.el-checkbox')!
    input.click()
    await settle()
    expect(asked).toEqual([true])
    expect(input.checked).toBe(false)
    expect(box.classList).not.toContain('is-checked')
    take = true
    input.click()
    await settle()
    expect(asked).toEqual([true, true])
    expect(input.checked).toBe(true)
    expect(box.classList).toContain('is-checked')
  })
})
