import { describe, expect, test } from 'vitest'
import { absent, activity, member, memberPermits, refused, signup, yes } from '@/test/activities'
import { allByTestId, byTestId, mountWithApp, settle } from '@/test/mount'
import { signupRows } from './signupView'
import SignupTable from './SignupTable.vue'

const open = () => memberPermits({ check_in: yes() })

describe('ticking people for 批量签到', () => {
  test('only those core lets check in now, and not yet in, get a tick; 全选 ticks exactly them', async () => {
    const a = member('张三', { allowed: open() })
    const b = member('李四', { allowed: open(), attendance: 'present', checked_in_at: '2026-11-25T08:00:00' })
    const c = member('王五', { allowed: memberPermits({ check_in: refused('王五 是候补或已取消，只有已报名的人员才能签到') }) })
    const d = member('赵六', { allowed: open() })
    const rows = signupRows([signup(1, [a]), signup(2, [b]), signup(3, [c]), signup(4, [d])], false)
    const { wrapper } = await mountWithApp(SignupTable, {
      role: 'organizer',
      props: { activity: activity(), rows, organizer: true, busyKey: null, ticked: [] },
    })
    expect(allByTestId('signup-tick')).toHaveLength(2)
    byTestId('signup-tick-all')!.querySelector('input')!.click()
    await settle()
    expect(wrapper.emitted('update:ticked')!.at(-1)).toEqual([[a.id, d.id]])
  })

  test('a row’s tick adds its person, and shows as ticked; ticked again, it takes them off', async () => {
    const a = member('张三', { allowed: open() })
    const d = member('赵六', { allowed: open() })
    const rows = signupRows([signup(1, [a]), signup(4, [d])], false)
    const { wrapper } = await mountWithApp(SignupTable, {
      role: 'organizer',
      props: { activity: activity(), rows, organizer: true, busyKey: null, ticked: [a.id] },
    })
    const [first, second] = allByTestId('signup-tick')
    expect(first.classList.contains('is-checked')).toBe(true)
    expect(second.classList.contains('is-checked')).toBe(false)
    expect(second.querySelector('input')!.getAttribute('aria-label')).toBe('勾选')
    second.querySelector('input')!.click()
    await settle()
    expect(wrapper.emitted('update:ticked')!.at(-1)).toEqual([[a.id, d.id]])
    first.querySelector('input')!.click()
    await settle()
    expect(wrapper.emitted('update:ticked')!.at(-1)).toEqual([[d.id]])
    // The row is drawn again with its box as the model says.
    expect(allByTestId('signup-tick')[0].classList.contains('is-checked')).toBe(false)
  })

  test('no tick column while nobody can check in', async () => {
    const rows = signupRows([signup(1, [member('张三', { allowed: memberPermits({ check_in: absent() }) })])], false)
    await mountWithApp(SignupTable, {
      role: 'organizer',
      props: { activity: activity(), rows, organizer: true, busyKey: null, ticked: [] },
    })
    expect(byTestId('signup-tick-all')).toBeNull()
    expect(byTestId('signup-tick')).toBeNull()
  })

  test('no tick column in staff mode', async () => {
    const rows = signupRows([signup(1, [member('张三', { allowed: open() })])], false)
    await mountWithApp(SignupTable, {
      role: 'staff',
      props: { activity: activity(), rows, organizer: false, busyKey: null, ticked: [] },
    })
    expect(byTestId('signup-tick-all')).toBeNull()
    expect(byTestId('signup-tick')).toBeNull()
  })
})
