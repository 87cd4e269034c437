import { afterEach, describe, expect, test, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/i18n'
import ListWarmup from './ListWarmup.vue'
import { expectOutOfSightThenDone } from '@/test/outOfSight'

afterEach(() => vi.unstubAllGlobals())

describe('the long lists built once out of sight', () => {
  test('builds the parts of a list, hidden from sight and from assistive tools, and says when it is done after two frames', async () => {
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run))
    const w = mount(ListWarmup, { attachTo: document.body, global: { plugins: [i18n, ElementPlus] } })
    await flushPromises()
    // The parts a list screen builds (search box, select, check box, button, table rows with
    // tick boxes, pager) and its record page's (tags, the details' grid).
    for (const part of ['.el-input', '.el-select', '.el-checkbox', '.el-button', 'tbody tr', '.tick-box', '.el-pagination', '.el-tag', '.el-descriptions']) {
      expect(w.find(part).exists(), part).toBe(true)
    }
    // A real el-select too (its tooltip's trigger): the lists' selects become one when first used.
    expect(w.find('.el-select__wrapper.el-tooltip__trigger').exists()).toBe(true)
    expectOutOfSightThenDone(w, '.list-warmup', frames)
  })
})
