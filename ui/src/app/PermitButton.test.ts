import { describe, expect, test } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { absent, refused, yes } from '@/test/activities'
import PermitButton from './PermitButton.vue'

function button(permit: ReturnType<typeof yes>) {
  let clicks = 0
  const wrapper = mount(PermitButton, {
    props: { permit, 'data-testid': 'act', onClick: () => clicks++ },
    slots: { default: () => '结束活动' },
    global: { plugins: [ElementPlus] },
  })
  return { wrapper, clicks: () => clicks }
}

describe('a button core decides on', () => {
  test('is a plain button when allowed', async () => {
    const { wrapper, clicks } = button(yes())
    const el = wrapper.get('[data-testid="act"]')
    expect(el.attributes('disabled')).toBeUndefined()
    expect(wrapper.get('.permit-button').attributes('title')).toBeUndefined()
    await el.trigger('click')
    expect(clicks()).toBe(1)
  })

  test('is disabled with core’s reason on hover when refused now', async () => {
    const { wrapper, clicks } = button(refused('活动尚未开始（2026年11月30日 18:00），不能结束'))
    const el = wrapper.get('[data-testid="act"]')
    expect(el.attributes('disabled')).toBeDefined()
    expect(wrapper.get('.permit-button').attributes('title')).toBe('活动尚未开始（2026年11月30日 18:00），不能结束')
    await el.trigger('click')
    expect(clicks()).toBe(0)
  })

  test('is absent when core does not offer it', () => {
    const { wrapper } = button(absent())
    expect(wrapper.find('[data-testid="act"]').exists()).toBe(false)
  })
})
