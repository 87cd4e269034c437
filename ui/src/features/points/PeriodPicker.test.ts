import { afterEach, describe, expect, test } from 'vitest'
import { h, ref } from 'vue'
import type { Period } from '@/bindings/Period'
import { mountWithApp, settle } from '@/test/mount'
import PeriodPicker from './PeriodPicker.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

async function picker(start: Period) {
  const period = ref<Period>(start)
  await mountWithApp({
    render: () => h(PeriodPicker, { modelValue: period.value, 'onUpdate:modelValue': (p: Period) => (period.value = p) }),
  })
  return period
}

/** The grain buttons as a person reads them, the chosen one in []. */
const grains = () =>
  [...document.querySelectorAll('[data-testid="period-grain"] label')]
    .map((l) => (l.classList.contains('is-active') ? `[${l.textContent?.trim()}]` : l.textContent?.trim()))
    .join(' ')

function choose(label: string) {
  const input = [...document.querySelectorAll<HTMLLabelElement>('[data-testid="period-grain"] label')]
    .find((l) => l.textContent?.trim() === label)!
    .querySelector('input')!
  input.click()
}

describe('PeriodPicker', () => {
  test('a quarter or a month starts at the first of the year, the whole year drops both', async () => {
    const period = await picker({ year: 2026, quarter: null, month: null })
    expect(grains()).toBe('[全年] 季度 月份')
    expect(document.querySelector('[data-testid="period-grain"]')?.getAttribute('role')).toBe('radiogroup')

    choose('季度')
    await settle()
    expect(period.value).toEqual({ year: 2026, quarter: 1, month: null })
    expect(grains()).toBe('全年 [季度] 月份')
    expect(document.querySelector('[data-testid="period-quarter"]')).not.toBeNull()

    choose('月份')
    await settle()
    expect(period.value).toEqual({ year: 2026, quarter: null, month: 1 })
    expect(document.querySelector('[data-testid="period-quarter"]')).toBeNull()
    expect(document.querySelector('[data-testid="period-month"]')).not.toBeNull()

    choose('全年')
    await settle()
    expect(period.value).toEqual({ year: 2026, quarter: null, month: null })
  })

  test('shows the grain of the period it is given, its radio checked', async () => {
    await picker({ year: 2025, quarter: null, month: 3 })
    expect(grains()).toBe('全年 季度 [月份]')
    const checked = document.querySelector<HTMLInputElement>('[data-testid="period-grain"] input:checked')
    expect(checked?.value).toBe('month')
  })
})
