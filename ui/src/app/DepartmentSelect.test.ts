import { afterEach, describe, expect, test } from 'vitest'
import { h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import type { Department } from '@/bindings/Department'
import { chooseOption } from '@/test/interact'
import { settle } from '@/test/mount'
import DepartmentSelect from './DepartmentSelect.vue'

const departments: Department[] = Array.from({ length: 80 }, (_, i) => ({
  id: i + 1,
  name: `第${i + 1}科`,
  kind: 'office',
  sort_order: i + 1,
  active_staff: 1,
  total_staff: 1,
}))

function select(initial: number | null) {
  const chosen = ref<number | null>(initial)
  mount(
    {
      render: () =>
        h(DepartmentSelect<number | null>, {
          departments,
          modelValue: chosen.value,
          'onUpdate:modelValue': (v: number | null) => (chosen.value = v),
          clearable: true,
          'data-testid': 'department',
        }),
    },
    { attachTo: document.body, global: { plugins: [ElementPlus] } },
  )
  return chosen
}

const builtOptions = () => document.querySelectorAll('.el-select-dropdown__item').length

afterEach(() => {
  document.body.innerHTML = ''
})

describe('DepartmentSelect', () => {
  test('before it is opened it builds no option, and shows the chosen 科室 by its name', async () => {
    select(7)
    await settle()
    expect(builtOptions()).toBe(0)
    expect(document.querySelector('[data-testid="department"]')!.textContent).toContain('第7科')
  })

  test('opened, it offers every 科室, and a choice is taken', async () => {
    const chosen = select(null)
    await settle()
    expect(builtOptions()).toBe(0)
    await chooseOption('department', '第42科')
    expect(chosen.value).toBe(42)
    expect(builtOptions()).toBe(80)
  })
})
