import { afterEach, describe, expect, test, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { byTestId, settle } from '@/test/mount'
import BelowFirstView from './BelowFirstView.vue'

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

/** A card that waits for its data in its set-up, as 设置's backups and 操作日志 do. */
function waitingCard(data: Promise<string>) {
  return defineComponent({
    async setup() {
      const text = await data
      return () => h('p', { 'data-testid': 'waiting-card' }, text)
    },
  })
}

describe('what a screen shows below the first view', () => {
  test('is built after the frame that paints the screen, in the screen’s flow', async () => {
    wrapper = mount(() => h('div', [h('p', { 'data-testid': 'above' }, '上面'), h(BelowFirstView, null, () => h('p', { 'data-testid': 'below' }, '下面'))]), {
      attachTo: document.body,
    })
    expect(byTestId('above')).not.toBeNull()
    expect(byTestId('below')).toBeNull()
    await vi.waitFor(() => expect(byTestId('below')?.textContent).toBe('下面'))
    // Its box takes no place of its own: the cards stand in the screen's column as before.
    expect(byTestId('below')!.parentElement!.classList.contains('below-first-view')).toBe(true)
  })

  test('shows a part that waits for its data once the data has come', async () => {
    let answer: (text: string) => void = () => {}
    const data = new Promise<string>((resolve) => (answer = resolve))
    wrapper = mount(() => h(BelowFirstView, null, () => h(waitingCard(data))), { attachTo: document.body })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(byTestId('waiting-card')).toBeNull()
    answer('两个备份')
    await vi.waitFor(() => expect(byTestId('waiting-card')?.textContent).toBe('两个备份'))
    await settle()
  })
})
