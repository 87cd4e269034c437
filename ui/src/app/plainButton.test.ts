import { afterEach, describe, expect, test, vi } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElButton } from 'element-plus'
import { Download, Plus } from '@element-plus/icons-vue'
import { drawnMarkup } from '@/test/markup'
import { PlainButton } from './plainButton'

afterEach(() => {
  document.body.innerHTML = ''
})

function both(props: Record<string, unknown>, text: string | null = '新增') {
  const slot = text === null ? undefined : () => text
  const onClick = vi.fn()
  mount({ render: () => h('div', [h(PlainButton, { ...props, onClick, 'data-testid': 'plain' }, slot), h(ElButton, { ...props, 'data-testid': 'real' }, slot)]) }, {
    attachTo: document.body,
    global: { plugins: [ElementPlus] },
  })
  const plain = document.querySelector<HTMLButtonElement>('[data-testid="plain"]')!
  return { plain, real: document.querySelector<HTMLButtonElement>('[data-testid="real"]')!, onClick }
}

// el-button also writes autofocus="false" (a false autofocus is no attribute in the window), and
// sets ariaDisabled, which this test's DOM keeps as an attribute of that name: aria-disabled is
// checked on its own below.
const NOT_DRAWN = ['data-testid', 'autofocus', 'ariadisabled', 'aria-disabled']

describe('PlainButton', () => {
  test('is el-button’s markup for the same props, element for element and class for class', () => {
    for (const props of [
      {},
      { type: 'primary', icon: Plus },
      { plain: true, size: 'small', type: 'warning' },
      { loading: true, icon: Download },
      { disabled: true, type: 'danger', plain: true },
      { link: true, type: 'primary' },
      { text: true },
    ]) {
      const { plain, real } = both(props)
      expect(drawnMarkup(plain, NOT_DRAWN)).toBe(drawnMarkup(real, NOT_DRAWN))
      document.body.innerHTML = ''
    }
    const { plain, real } = both({ icon: Plus }, null)
    expect(drawnMarkup(plain, NOT_DRAWN)).toBe(drawnMarkup(real, NOT_DRAWN))
  })

  test('a bare boolean attribute counts, as on el-button: <PlainButton plain>', () => {
    const { plain } = both({ plain: '' })
    expect(plain.classList).toContain('is-plain')
  })

  test('passes the click on; disabled or loading, it says so and takes none', () => {
    for (const [props, clicks] of [
      [{}, 1],
      [{ disabled: true }, 0],
      [{ loading: true }, 0],
    ] as const) {
      const { plain, onClick } = both(props)
      plain.click()
      expect(onClick).toHaveBeenCalledTimes(clicks)
      expect(plain.getAttribute('aria-disabled')).toBe(String(clicks === 0))
      document.body.innerHTML = ''
    }
  })
})
