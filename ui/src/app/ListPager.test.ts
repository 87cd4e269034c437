import { afterEach, describe, expect, test } from 'vitest'
import { h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import { chooseOption } from '@/test/interact'
import { settle } from '@/test/mount'
import ListPager from './ListPager.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

function pager(total: number, at: number) {
  const page = ref(at)
  const pageSize = ref(20)
  mount(
    {
      render: () =>
        h(ListPager, {
          total,
          page: page.value,
          'onUpdate:page': (v: number) => (page.value = v),
          pageSize: pageSize.value,
          'onUpdate:pageSize': (v: number) => (pageSize.value = v),
        }),
    },
    { attachTo: document.body, global: { plugins: [[ElementPlus, { locale: zhCn }]] } },
  )
  return { page, pageSize }
}

describe('ListPager', () => {
  test('shows the total and the page size in the pager’s own words, and builds no size list until opened', async () => {
    pager(95, 1)
    await settle()
    const text = document.body.textContent ?? ''
    expect(text).toContain('共 95 条')
    expect(text).toContain('20条/页')
    expect(document.querySelectorAll('.el-select-dropdown__item')).toHaveLength(0)
  })

  test('a larger page size is taken, and a page past the new end comes back to the last one', async () => {
    const { page, pageSize } = pager(95, 5)
    await settle()
    await chooseOption('page-size', '50条/页')
    expect(pageSize.value).toBe(50)
    expect(page.value).toBe(2)
  })
})
