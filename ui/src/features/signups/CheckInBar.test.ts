import { describe, expect, test } from 'vitest'
import type { DoorCheckIn } from '@/bindings/DoorCheckIn'
import { member } from '@/test/activities'
import { appError, fakeBackend } from '@/test/backend'
import { inputOf, pressEnter, typeInto } from '@/test/interact'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import CheckInBar from './CheckInBar.vue'

const door = (already: boolean): DoorCheckIn => ({
  already,
  member: member('王五', { id: 12, employee_no: 'W0002', attendance: 'present', checked_in_at: '2026-11-25T08:00:00' }),
})

describe('checking in at the door', () => {
  test('a number typed with Enter checks its person in and empties the box for the next', async () => {
    const b = fakeBackend({ check_in_by_employee_no: () => door(false) })
    const { wrapper } = await mountWithApp(CheckInBar, { role: 'organizer', props: { activityId: 3, ticked: [] } })
    typeInto('signup-door-input', ' W0002 ')
    await pressEnter('signup-door-input')
    expect(b.callsOf('check_in_by_employee_no')[0].args).toEqual({ activityId: 3, employeeNo: 'W0002' })
    expect(document.body.textContent).toContain('王五 已签到')
    expect(inputOf('signup-door-input').value).toBe('')
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })

  test('a refused number stays in the box with core’s reason until the next one', async () => {
    const b = fakeBackend({
      check_in_by_employee_no: () => {
        throw appError('attendance.not_on_list', '工号“W9999”不在本活动的报名名单上，请核对工号，或先为其报名')
      },
    })
    const { wrapper } = await mountWithApp(CheckInBar, { role: 'organizer', props: { activityId: 3, ticked: [] } })
    typeInto('signup-door-input', 'W9999')
    await pressEnter('signup-door-input')
    await settle()
    expect(byTestId('signup-door-error')?.textContent).toContain('不在本活动的报名名单上')
    expect(inputOf('signup-door-input').value).toBe('W9999')
    expect(wrapper.emitted('changed')).toBeUndefined()
    b.handlers.check_in_by_employee_no = () => door(true)
    typeInto('signup-door-input', 'W0002')
    await pressEnter('signup-door-input')
    expect(byTestId('signup-door-error')).toBeNull()
    expect(document.body.textContent).toContain('王五 此前已签到')
  })

  test('批量签到 sends the ticked people and is offered only when someone is ticked', async () => {
    const b = fakeBackend({ check_in_many: () => [door(false).member, door(false).member] })
    const { wrapper } = await mountWithApp(CheckInBar, { role: 'organizer', props: { activityId: 3, ticked: [] } })
    expect(byTestId<HTMLButtonElement>('signup-batch-check-in')?.disabled).toBe(true)
    await wrapper.setProps({ ticked: [12, 13] })
    expect(byTestId('signup-batch-check-in')?.textContent).toContain('批量签到（2）')
    byTestId<HTMLButtonElement>('signup-batch-check-in')!.click()
    await settle()
    expect(b.callsOf('check_in_many')[0].args).toEqual({ activityId: 3, memberIds: [12, 13] })
    expect(document.body.textContent).toContain('已为 2 人签到')
    expect(wrapper.emitted('cleared')).toHaveLength(1)
  })
})
