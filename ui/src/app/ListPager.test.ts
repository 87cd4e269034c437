import { afterEach, describe, expect, test } from 'vitest'
import { h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import { chooseOption } from '@/test/interact'
import { byTestId, settle } from '@/test/mount'
import ListPager from './ListPager.vue'
import { clampPage, pageCountOf, pagerWindow } from './pagerWindow'

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

  /** The pager's buttons as a person reads them: numbers, … for a jump, the current page in []. */
  const buttons = () =>
    [...document.querySelectorAll('.el-pager li')]
      .map((li) => (li.classList.contains('more') ? '…' : li.classList.contains('is-active') ? `[${li.textContent?.trim()}]` : li.textContent?.trim()))
      .join(' ')

  test('shows the first and last page, the pages around the current one, and … where pages are left out', async () => {
    const { page } = pager(5000, 1) // 250 pages of 20
    await settle()
    expect(buttons()).toBe('[1] 2 3 4 5 6 … 250')
    page.value = 10
    await settle()
    expect(buttons()).toBe('1 … 8 9 [10] 11 12 … 250')
    page.value = 250
    await settle()
    expect(buttons()).toBe('1 … 245 246 247 248 249 [250]')
  })

  test('a … jumps five pages that way, a number goes to its page, and the arrows stop at the ends', async () => {
    const { page } = pager(5000, 1)
    await settle()
    expect(byTestId<HTMLButtonElement>('pager-prev')!.disabled).toBe(true)
    byTestId('pager-on')!.click()
    await settle()
    expect(page.value).toBe(6)
    byTestId('pager-back')!.click()
    await settle()
    expect(page.value).toBe(1)
    ;[...document.querySelectorAll<HTMLElement>('.el-pager li')].at(-1)!.click()
    await settle()
    expect(page.value).toBe(250)
    expect(byTestId<HTMLButtonElement>('pager-next')!.disabled).toBe(true)
    byTestId('pager-prev')!.click()
    await settle()
    expect(page.value).toBe(249)
  })

  test('a page number is reached from the keyboard', async () => {
    const { page } = pager(95, 1)
    await settle()
    const three = [...document.querySelectorAll<HTMLElement>('.el-pager li')].find((li) => li.textContent?.trim() === '3')!
    expect(three.tabIndex).toBe(0)
    three.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await settle()
    expect(page.value).toBe(3)
    expect(document.querySelector('.el-pager li.is-active')?.getAttribute('aria-label')).toBe('第 3 页')
  })

  test('the jump box goes to the page typed, within the pages there are, and then shows the page', async () => {
    const { page } = pager(95, 1) // 5 pages
    await settle()
    const box = byTestId<HTMLInputElement>('pager-jump')!
    expect(box.value).toBe('1')
    for (const [typed, at] of [['4', 4], ['99', 5], ['0', 1], ['2.7', 2]] as const) {
      box.value = typed
      box.dispatchEvent(new Event('change'))
      await settle()
      expect(page.value, typed).toBe(at)
      expect(box.value, typed).toBe(String(at))
    }
  })
})

describe('pagerWindow', () => {
  test('few pages are all shown, without …', () => {
    expect(pagerWindow(1, 1)).toEqual({ middle: [], moreBefore: false, moreAfter: false })
    expect(pagerWindow(3, 7)).toEqual({ middle: [2, 3, 4, 5, 6], moreBefore: false, moreAfter: false })
  })

  test('at most seven numbers, the current page among them', () => {
    for (let page = 1; page <= 40; page++) {
      const { middle, moreBefore, moreAfter } = pagerWindow(page, 40)
      const numbers = [1, ...middle, 40]
      expect(numbers.length, `page ${page}`).toBeLessThanOrEqual(7)
      expect(numbers, `page ${page}`).toContain(page)
      expect(moreBefore, `page ${page}`).toBe(middle[0] > 2)
      expect(moreAfter, `page ${page}`).toBe(middle.at(-1)! < 39)
    }
  })

  test('pages and clamping', () => {
    expect(pageCountOf(0, 20)).toBe(1)
    expect(pageCountOf(95, 20)).toBe(5)
    expect(pageCountOf(100, 20)).toBe(5)
    expect(clampPage(Number.NaN, 5)).toBe(1)
    expect(clampPage(-3, 5)).toBe(1)
    expect(clampPage(7, 5)).toBe(5)
  })
})

