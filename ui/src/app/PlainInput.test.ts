import { afterEach, describe, expect, test, vi } from 'vitest'
import { h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElInput } from 'element-plus'
import { Search } from '@element-plus/icons-vue'
import { drawnMarkup } from '@/test/markup'
import { settle } from '@/test/mount'
import PlainInput from './PlainInput.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

function box(initial: string, extra: Record<string, unknown> = {}) {
  const text = ref(initial)
  const onClear = vi.fn()
  const wrapper = mount(
    { render: () => h(PlainInput, { modelValue: text.value, 'onUpdate:modelValue': (v: string) => (text.value = v), onClear, clearable: true, 'data-testid': 'box', ...extra }) },
    { attachTo: document.body },
  )
  const frame = wrapper.element as HTMLElement
  const clearButton = () => frame.querySelector<HTMLElement>('.el-input__clear')!
  return { text, onClear, frame, input: frame.querySelector('input')!, clearButton, wrapper }
}

describe('PlainInput', () => {
  test('is el-input’s markup for the same props, focused or not', async () => {
    for (const props of [
      { modelValue: '', placeholder: '搜索姓名', prefixIcon: Search, clearable: true, class: 'search' },
      { modelValue: '王', clearable: true, style: 'max-width: 280px' },
      { modelValue: '' },
    ]) {
      mount({ render: () => h('div', [h(PlainInput, { ...props, 'data-testid': 'plain' }), h(ElInput, { ...props, 'data-testid': 'real' })]) }, {
        attachTo: document.body,
        global: { plugins: [ElementPlus] },
      })
      await settle()
      const frames = [...document.querySelectorAll('.el-input')]
      const drawn = (frame: Element) => drawnMarkup(frame, ['data-testid', 'id'])
      expect(drawn(frames[0])).toBe(drawn(frames[1]))
      // Each focused in turn (focusing one takes the focus from the other).
      const focused = []
      for (const frame of frames) {
        frame.querySelector('input')!.focus()
        await settle()
        focused.push(drawn(frame))
      }
      expect(focused[0]).toBe(focused[1])
      document.body.innerHTML = ''
    }
  })

  test('the clear button shows while the pointer is over a box with text, and empties it', async () => {
    const { text, onClear, frame, clearButton } = box('王')
    expect(clearButton().style.visibility).toBe('hidden')
    frame.dispatchEvent(new MouseEvent('mouseenter'))
    await settle()
    expect(clearButton().style.visibility).toBe('visible')
    clearButton().click()
    await settle()
    expect(text.value).toBe('')
    expect(onClear).toHaveBeenCalledTimes(1)
    expect(clearButton().style.visibility).toBe('hidden')
    frame.dispatchEvent(new MouseEvent('mouseleave'))
  })

  test('typing sets the text; the focus lights the frame; its attributes go to the input', async () => {
    const onKeyup = vi.fn()
    const { text, frame, input } = box('', { onKeyup })
    expect(input.dataset.testid).toBe('box')
    input.value = 'W1190'
    input.dispatchEvent(new Event('input'))
    await settle()
    expect(text.value).toBe('W1190')
    input.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }))
    expect(onKeyup).toHaveBeenCalledTimes(1)
    input.focus()
    await settle()
    expect(frame.querySelector('.el-input__wrapper')!.classList).toContain('is-focus')
    input.blur()
    await settle()
    expect(frame.querySelector('.el-input__wrapper')!.classList).not.toContain('is-focus')
  })

  test('focus() and a click on its frame put the focus in the input', async () => {
    const { input, frame, wrapper } = box('')
    ;(wrapper.findComponent(PlainInput).vm as unknown as { focus: () => void }).focus()
    expect(document.activeElement).toBe(input)
    input.blur()
    frame.querySelector<HTMLElement>('.el-input__wrapper')!.click()
    expect(document.activeElement).toBe(input)
  })
})
