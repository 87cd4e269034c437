import { afterEach, describe, expect, test } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import PageTabs from './PageTabs.vue'
import type { PageTab } from './pageTabs'

afterEach(() => {
  document.body.innerHTML = ''
})

let built: string[] = []
const Pane = defineComponent({
  props: { name: { type: String, required: true } },
  setup(props) {
    built.push(props.name)
    return () => h('p', { class: 'pane-text' }, `${props.name} 的内容`)
  },
})

function tabsOf(names: string[]) {
  return names.map((name) => ({ name, label: `${name} 标签` }))
}

function mountTabs(tabs = ref<PageTab[]>(tabsOf(['名单', '照片', '典型']))) {
  built = []
  const active = ref('名单')
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(
          PageTabs,
          { modelValue: active.value, 'onUpdate:modelValue': (v: string) => (active.value = v), tabs: tabs.value },
          Object.fromEntries(tabs.value.map((t) => [t.name, () => h(Pane, { name: t.name })])),
        ),
    }),
    { attachTo: document.body },
  )
  const items = () => wrapper.findAll('.el-tabs__item')
  const shown = () => wrapper.findAll('.el-tab-pane').filter((p) => (p.element as HTMLElement).style.display !== 'none').map((p) => p.text())
  return { wrapper, active, tabs, items, shown }
}

describe('a screen’s tabs', () => {
  test('show the chosen tab and build another only when first chosen, keeping it after', async () => {
    const { active, items, shown } = mountTabs()
    expect(items().map((i) => i.text())).toEqual(['名单 标签', '照片 标签', '典型 标签'])
    expect(items()[0].classes()).toContain('is-active')
    expect(items()[0].attributes('aria-selected')).toBe('true')
    expect(shown()).toEqual(['名单 的内容'])
    expect(built).toEqual(['名单'])

    await items()[1].trigger('click')
    expect(active.value).toBe('照片')
    expect(items()[1].classes()).toContain('is-active')
    expect(shown()).toEqual(['照片 的内容'])
    await items()[0].trigger('click')
    await items()[1].trigger('click')
    // Each built once: the list was kept while hidden, not built again.
    expect(built).toEqual(['名单', '照片'])
  })

  test('arrow keys move to the next and the previous tab, round the ends', async () => {
    const { active, items } = mountTabs()
    await items()[0].trigger('keydown', { key: 'ArrowRight' })
    expect(active.value).toBe('照片')
    await items()[1].trigger('keydown', { key: 'ArrowLeft' })
    await items()[0].trigger('keydown', { key: 'ArrowLeft' })
    expect(active.value).toBe('典型')
  })

  test('a chosen tab that goes away leaves the first one shown', async () => {
    const { active, tabs, items, shown } = mountTabs()
    await items()[2].trigger('click')
    expect(active.value).toBe('典型')
    tabs.value = tabsOf(['名单', '照片'])
    await nextTick()
    await nextTick()
    expect(active.value).toBe('名单')
    expect(shown()).toEqual(['名单 的内容'])
  })
})
