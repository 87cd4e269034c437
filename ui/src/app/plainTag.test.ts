import { afterEach, expect, test } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElTag } from 'element-plus'
import { drawnMarkup } from '@/test/markup'
import { PlainTag } from './plainTag'

afterEach(() => {
  document.body.innerHTML = ''
})

test('PlainTag is el-tag’s markup for the same props', () => {
  for (const props of [{ effect: 'plain' }, { type: 'danger' }, { type: 'success', size: 'small' }, { type: 'info', effect: 'dark', size: 'large' }] as Record<string, string>[]) {
    mount({ render: () => h('div', [h(PlainTag, { ...props, 'data-testid': 'plain' }, () => '进行中'), h(ElTag, { ...props, disableTransitions: true, 'data-testid': 'real' }, () => '进行中')]) }, {
      attachTo: document.body,
      global: { plugins: [ElementPlus] },
    })
    const drawn = (id: string) => drawnMarkup(document.querySelector(`[data-testid="${id}"]`)!, ['data-testid'])
    expect(drawn('plain')).toBe(drawn('real'))
    document.body.innerHTML = ''
  }
})
