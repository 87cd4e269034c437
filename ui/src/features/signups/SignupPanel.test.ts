import { describe, expect, test } from 'vitest'
import { absent, activity, member, openPermits, signup } from '@/test/activities'
import { fakeBackend } from '@/test/backend'
import { allByTestId, mountWithApp, settle } from '@/test/mount'
import SignupPanel from './SignupPanel.vue'

describe('a promotion from the waitlist', () => {
  test('is announced and marked on the row, not silent', async () => {
    fakeBackend({})
    const a = activity({ capacity: 1, allowed: openPermits({ add_signup: absent() }) })
    const first = signup(1, [member('张三')])
    const waiting = signup(2, [member('李四')], { status: 'waitlisted', waitlist_position: 1 })
    const { wrapper } = await mountWithApp(SignupPanel, {
      role: 'organizer',
      props: { activity: a, signups: [first, waiting], departments: [] },
    })
    expect(document.body.textContent).not.toContain('递补')
    await wrapper.setProps({
      signups: [
        { ...first, status: 'cancelled' },
        { ...waiting, status: 'confirmed', waitlist_position: null, promoted_at: '2026-11-21T10:30:00' },
      ],
    })
    await settle()
    expect(document.body.textContent).toContain('李四 已由候补递补为已报名')
    expect(allByTestId('signup-promoted').map((e) => e.textContent?.trim())).toEqual(['候补递补 11月21日 10:30'])
  })
})
