import { describe, expect, test } from 'vitest'
import type { MyActivity } from '@/bindings/MyActivity'
import { absent, yes } from '@/test/activities'
import { cancelLabelKey, myStatus } from './myView'

function mine(over: Partial<MyActivity> = {}): MyActivity {
  return {
    activity_id: 5,
    signup_id: 9,
    title: '道德讲堂',
    kind: 'moral_lecture',
    starts_at: '2026-11-30T18:00:00',
    place: '',
    state: 'open',
    status: 'confirmed',
    waitlist_position: null,
    attendance: null,
    allowed: { cancel: yes(), reflection: absent() },
    ...over,
  }
}

describe('where I stand', () => {
  test('reads 已报名 / 候补第 N 位 / 已签到 / 缺席 / 已取消 / 活动取消', () => {
    expect(myStatus(mine()).text).toBe('已报名')
    expect(myStatus(mine({ status: 'waitlisted', waitlist_position: 3 })).text).toBe('候补第 3 位')
    expect(myStatus(mine({ attendance: 'present', state: 'finished' })).text).toBe('已签到')
    expect(myStatus(mine({ attendance: 'absent', state: 'finished' })).text).toBe('缺席')
    expect(myStatus(mine({ status: 'cancelled' })).text).toBe('已取消')
    expect(myStatus(mine({ status: 'cancelled_by_organizer', state: 'cancelled' })).text).toBe('活动取消')
  })

  test('the cancel button says what it does', () => {
    expect(cancelLabelKey(mine())).toBe('self.my.cancel')
    expect(cancelLabelKey(mine({ status: 'waitlisted', waitlist_position: 1 }))).toBe('self.my.leaveWaitlist')
  })
})
