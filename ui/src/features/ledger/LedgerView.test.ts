import { describe, expect, test } from 'vitest'
import { fakeBackend } from '@/test/backend'
import { defineComponent } from 'vue'
import { byTestId, mountScreen, mountWithApp } from '@/test/mount'
import LedgerView from './LedgerView.vue'

describe('台账', () => {
  test('its 测评体系, asked for when the navigation started, is the one shown: nothing asked twice', async () => {
    const backend = fakeBackend({ ledger_tree: () => ({ items: [], base_points: 0, special_points: 0, sample: false, sample_source: '' }) })
    await mountScreen(LedgerView, { role: 'organizer', path: '/ledger' })
    expect(byTestId('ledger-empty')).not.toBeNull()
    expect(backend.calls.map((c) => c.cmd)).toEqual(['ledger_tree'])
  })

  test('staff are sent elsewhere before anything of it is asked for', async () => {
    const backend = fakeBackend({ list_departments: () => [], list_staff: () => ({ items: [], total: 0 }) })
    const { router } = await mountWithApp(defineComponent({ render: () => null }), { role: 'staff', path: '/ledger' })
    expect(router.currentRoute.value.name).toBe('staff')
    expect(backend.callsOf('ledger_tree')).toHaveLength(0)
    // The screen it went to is asked for instead.
    expect(backend.callsOf('list_staff')).toHaveLength(1)
  })
})
