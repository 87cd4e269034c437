// The forms' limits are core's: each dialog takes its maxlength from the generated facts, and no
// form keeps a number of its own.
import { describe, expect, test } from 'vitest'
import { FACTS } from '@/bindings/facts'
import DepartmentDialog from '@/features/roster/DepartmentDialog.vue'
import StaffDialog from '@/features/roster/StaffDialog.vue'
import { fakeBackend } from '@/test/backend'
import { byTestId, mountWithApp, settle } from '@/test/mount'

const maxLength = (testId: string) => byTestId<HTMLInputElement>(testId)!.maxLength

describe('form limits', () => {
  test('the staff dialog allows exactly what core allows', async () => {
    fakeBackend({})
    await mountWithApp(StaffDialog, { role: 'organizer', props: { modelValue: true, staff: null, departments: [] } })
    expect(maxLength('staff-employee-no')).toBe(FACTS.limits.roster.employee_no)
    expect(maxLength('staff-name')).toBe(FACTS.limits.roster.staff_name)
    expect(maxLength('staff-position')).toBe(FACTS.limits.roster.position)
    // The values core checks today (工号 20, 姓名 20, 职务 30): the dialog once allowed 32 / 40.
    expect([maxLength('staff-employee-no'), maxLength('staff-name'), maxLength('staff-position')]).toEqual([20, 20, 30])
  })

  test('the 科室 dialog allows exactly what core allows', async () => {
    fakeBackend({})
    await mountWithApp(DepartmentDialog, { role: 'organizer', props: { modelValue: true, department: null, nextSortOrder: 1 } })
    expect(maxLength('department-name')).toBe(FACTS.limits.roster.department_name)
  })

  test('no form keeps a length limit of its own', () => {
    const sources = import.meta.glob('/src/**/*.vue', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
    // Not checked by core as a length: 投票码 typed with separators at the kiosks and on phones.
    const own = new Set([
      '/src/features/honors/KioskView.vue',
      '/src/features/contests/judged/VoteKiosk.vue',
      '/src/features/pledges/rounds/PledgeKiosk.vue',
      '/src/phone/views/VoteView.vue',
    ])
    const literal = Object.entries(sources)
      .filter(([path, text]) => !own.has(path) && /\smaxlength="\d+"/.test(text))
      .map(([path]) => path)
    expect(Object.keys(sources).length).toBeGreaterThan(50)
    expect(literal).toEqual([])
  })

  test('no form keeps a largest number of its own', () => {
    const sources = import.meta.glob('/src/**/*.vue', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
    const literal = Object.entries(sources)
      .filter(([, text]) => /:max="\d/.test(text))
      .map(([path]) => path)
    expect(Object.keys(sources).length).toBeGreaterThan(50)
    expect(literal).toEqual([])
  })

  test('the activity, 科室, PIN and judging forms take their largest values from core', async () => {
    expect(FACTS.limits.activities.capacity).toBe(10000)
    expect(FACTS.limits.roster.sort_order).toBe(9999)
    expect([FACTS.limits.pin_digits_min, FACTS.limits.pin_digits_max]).toEqual([4, 6])
    // The 去掉最高分和最低分 field once allowed 99 judges where core takes at most 30.
    expect([FACTS.limits.judging.trim_from_min, FACTS.limits.judging.trim_from_max]).toEqual([3, 30])
    fakeBackend({})
    await mountWithApp(DepartmentDialog, { role: 'organizer', props: { modelValue: true, department: null, nextSortOrder: 1 } })
    const sort = byTestId('department-sort')!
    expect(sort.getAttribute('aria-valuemax')).toBe(String(FACTS.limits.roster.sort_order))
  })

  test('a number past core’s largest stays as typed and says why it will not be taken', async () => {
    fakeBackend({})
    await mountWithApp(DepartmentDialog, { role: 'organizer', props: { modelValue: true, department: null, nextSortOrder: 1 } })
    const input = byTestId('department-sort')!.querySelector('input')!
    input.value = '10000'
    input.dispatchEvent(new Event('input'))
    input.dispatchEvent(new Event('change'))
    await settle()
    // Element Plus' own number input would have made it 9999 without a word.
    expect(input.value).toBe('10000')
    expect(byTestId('number-problem')?.textContent).toBe(`不能大于 ${FACTS.limits.roster.sort_order}，保存时不会被接受`)
    input.value = '12'
    input.dispatchEvent(new Event('input'))
    input.dispatchEvent(new Event('change'))
    await settle()
    expect(byTestId('number-problem')).toBeNull()
  })

  test('no screen uses the number input that clamps', () => {
    const sources = import.meta.glob('/src/**/*.vue', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
    const clamping = Object.entries(sources)
      .filter(([path, text]) => path !== '/src/app/NumberField.vue' && text.includes('<el-input-number'))
      .map(([path]) => path)
    expect(Object.keys(sources).length).toBeGreaterThan(50)
    expect(clamping).toEqual([])
  })

  test('the list pages offer no size core would refuse', async () => {
    const { PAGE_SIZES: listSizes } = await import('@/app/usePagedList')
    const { BOARD_PAGE_SIZES: pointsSizes } = await import('@/features/points/board')
    expect(pointsSizes.length).toBeGreaterThan(0)
    for (const size of [...listSizes, ...pointsSizes]) {
      expect(size).toBeGreaterThanOrEqual(1)
      expect(size).toBeLessThanOrEqual(FACTS.limits.page_size)
    }
  })

  test('the judging rules take their bounds from core', () => {
    const sources = import.meta.glob('/src/features/contests/judged/*.vue', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
    const rules = sources['/src/features/contests/judged/RulesForm.vue']
    // Every number field of the form takes its max from the facts (the share is a whole percent).
    const maxes = [...rules.matchAll(/<NumberField[^>]*?:max="([^"]+)"/g)].map((m) => m[1])
    expect(maxes.length).toBeGreaterThanOrEqual(5)
    for (const max of maxes) expect(max).toMatch(/^(LIMITS\.judging\.\w+|levelMax)$/)
    expect(rules).toContain('LIMITS.judging.award_places')
    expect(sources['/src/features/contests/judged/JudgePanel.vue']).toContain('LIMITS.judging.judges')
  })
})
