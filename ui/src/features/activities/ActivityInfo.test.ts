import { afterEach, describe, expect, test } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElDescriptions, ElDescriptionsItem } from 'element-plus'
import { i18n } from '@/i18n'
import { activity } from '@/test/activities'
import { drawnMarkup } from '@/test/markup'
import ActivityInfo from './ActivityInfo.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('an activity’s facts', () => {
  test('are el-descriptions’ bordered markup, two items a row, with or without a description', () => {
    for (const description of ['', '沿江步道，自带饮水。']) {
      mount(ActivityInfo, { props: { activity: activity({ description, waitlisted: 2 }) }, attachTo: document.body, global: { plugins: [i18n, ElementPlus] } })
      const plain = document.querySelector('[data-testid="activity-info"]')!
      // The same cells given to el-descriptions: each label with its content, a wide one spanning two.
      const cells = [...plain.querySelectorAll('td.el-descriptions__label')].map((label) => {
        const content = label.nextElementSibling as HTMLTableCellElement
        return { label: label.textContent!.trim(), html: content.innerHTML, span: content.colSpan === 3 ? 2 : 1 }
      })
      expect(cells.map((c) => c.label)).toEqual(['活动时间', '地点', '名额', '报名时间', '取消截止', '报名方式', '参加对象', ...(description ? ['说明'] : [])])
      const real = mount(
        {
          render: () =>
            h(ElDescriptions, { column: 2, border: true, class: 'info', 'data-testid': 'real' }, () =>
              cells.map((c) => h(ElDescriptionsItem, { label: c.label, span: c.span }, () => h('span', { innerHTML: c.html }))),
            ),
        },
        { attachTo: document.body, global: { plugins: [ElementPlus] } },
      )
      // el-descriptions' content as the cells' own (the wrapper span is the test's).
      for (const span of real.element.querySelectorAll('td > span')) span.replaceWith(...span.childNodes)
      expect(drawnMarkup(plain, ['data-testid'])).toBe(drawnMarkup(real.element, ['data-testid']))
      document.body.innerHTML = ''
    }
  })
})
