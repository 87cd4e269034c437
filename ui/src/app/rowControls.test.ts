import { afterEach, describe, expect, test, vi } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus, { ElTag } from 'element-plus'
import { absent, refused, yes } from '@/test/activities'
import { drawnMarkup } from '@/test/markup'
import { PlainTag, RowButton, RowPermitButton, RowTag } from './rowControls'

afterEach(() => {
  document.body.innerHTML = ''
})

function button(props: Record<string, unknown>) {
  const onClick = vi.fn()
  const wrapper = mount({ render: () => h(RowButton, { ...props, onClick, 'data-testid': 'b' }, () => '签到') }, { attachTo: document.body })
  return { el: wrapper.find('[data-testid="b"]').element as HTMLButtonElement, onClick }
}

describe('RowButton', () => {
  test('looks like a link el-button of its type and passes the click on', () => {
    const { el, onClick } = button({ type: 'warning' })
    expect([...el.classList]).toEqual(expect.arrayContaining(['el-button', 'el-button--warning', 'is-link']))
    expect(el.textContent).toBe('签到')
    el.click()
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  test('disabled, it says so and takes no click', () => {
    const { el, onClick } = button({ disabled: true })
    expect(el.disabled).toBe(true)
    expect(el.classList.contains('is-disabled')).toBe(true)
    el.click()
    expect(onClick).not.toHaveBeenCalled()
  })

  test('loading, it spins and takes no second click', () => {
    const { el, onClick } = button({ loading: true })
    expect(el.querySelector('.el-icon.is-loading svg')).not.toBeNull()
    el.click()
    expect(onClick).not.toHaveBeenCalled()
  })
})

test('RowTag is a small light el-tag of its type', () => {
  const wrapper = mount({ render: () => h(RowTag, { type: 'success' }, () => '在职') })
  const tag = wrapper.find('.el-tag').element
  expect([...tag.classList]).toEqual(expect.arrayContaining(['el-tag--success', 'el-tag--small', 'el-tag--light']))
  expect(tag.textContent).toBe('在职')
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

describe('RowPermitButton', () => {
  function permitted(permit: ReturnType<typeof yes>) {
    const onClick = vi.fn()
    const wrapper = mount({ render: () => h(RowPermitButton, { permit, type: 'danger', onClick, 'data-testid': 'b' }, () => '取消报名') }, { attachTo: document.body })
    return { wrapper, el: wrapper.find('[data-testid="b"]'), onClick }
  }

  test('allowed, it is a row button of its type that takes the click', async () => {
    const { wrapper, el, onClick } = permitted(yes())
    expect(el.element.tagName).toBe('BUTTON')
    expect(el.classes()).toContain('el-button--danger')
    expect(wrapper.find('.permit-button').attributes('title')).toBeUndefined()
    await el.trigger('click')
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  test('refused now, it is disabled with core’s reason on hover and takes no click', () => {
    const { wrapper, el, onClick } = permitted(refused('报名已截止，不能取消'))
    expect((el.element as HTMLButtonElement).disabled).toBe(true)
    expect(wrapper.find('.permit-button').attributes('title')).toBe('报名已截止，不能取消')
    ;(el.element as HTMLButtonElement).click()
    expect(onClick).not.toHaveBeenCalled()
  })

  test('not offered, it is absent', () => {
    expect(permitted(absent()).el.exists()).toBe(false)
  })
})
