import { describe, expect, test } from 'vitest'
import { fakeBackend } from '@/test/backend'
import { byTestId, mountScreen } from '@/test/mount'
import HonorsView from './HonorsView.vue'

describe('评先选优', () => {
  test('this year’s categories and 荣誉榜, asked for when the navigation started, are the ones shown: nothing asked twice', async () => {
    const backend = fakeBackend({ honor_categories: () => [], honor_awards: () => [] })
    await mountScreen(HonorsView, { role: 'staff', path: '/honors' })
    const year = new Date().getFullYear()
    expect(byTestId('honors-empty')?.textContent).toContain(String(year))
    expect(backend.calls.map((c) => `${c.cmd} ${JSON.stringify(c.args)}`).sort()).toEqual([
      `honor_awards {"year":${year}}`,
      `honor_categories {"year":${year}}`,
    ])
  })
})
