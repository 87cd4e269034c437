import { describe, expect, test } from 'vitest'
import type { PledgeRound } from '@/bindings/PledgeRound'
import { absent, refused, yes } from '@/test/activities'
import { fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountScreen, settle } from '@/test/mount'
import { round } from '@/test/pledgeRounds'
import RoundsView from './RoundsView.vue'

const draft: PledgeRound = {
  ...round,
  id: 5,
  state: 'draft',
  owners: 0,
  allowed: { edit: yes(), open: refused('2026 年还没有人亮诺，无法开始评价', 'pledges.no_pledges_to_rate'), close: absent(), codes: absent(), kiosk: absent(), result: absent() },
}
const open: PledgeRound = {
  ...round,
  allowed: { edit: absent(), open: absent(), close: yes(), codes: yes(), kiosk: yes(), result: refused('评价结束后才能查看结果', 'pledges.results_hidden') },
}

describe('评诺 rounds', () => {
  test('buttons follow core: open refused with its reason, slips and kiosk only for the open round', async () => {
    fakeBackend({ pledge_rounds: () => [open, draft] })
    await mountScreen(RoundsView, { role: 'organizer', path: '/pledge-rounds' })
    const card = byTestId(`pledge-round-${draft.id}`)!
    const openButton = card.querySelector<HTMLButtonElement>('[data-testid="pledge-round-open"]')!
    expect(openButton.disabled).toBe(true)
    expect(openButton.closest('[title]')?.getAttribute('title')).toContain('还没有人亮诺')
    expect(card.querySelector('[data-testid="pledge-round-kiosk"]')).toBeNull()
    const live = byTestId(`pledge-round-${open.id}`)!
    expect(live.querySelector<HTMLButtonElement>('[data-testid="pledge-round-kiosk"]')!.disabled).toBe(false)
    expect(live.querySelector<HTMLButtonElement>('[data-testid="pledge-round-result"]')!.disabled).toBe(true)
  })

  test('entering the kiosk locks the window to it', async () => {
    const b = fakeBackend({
      pledge_rounds: () => [open],
      enter_pledge_kiosk: () => ({ role: 'organizer', kiosk: { kind: 'pledge_round', round_id: open.id } }),
    })
    const { session } = await mountScreen(RoundsView, { role: 'organizer', path: '/pledge-rounds' })
    byTestId('pledge-round-kiosk')!.click()
    await settle()
    expect(b.callsOf('enter_pledge_kiosk').map((c) => c.args)).toEqual([{ id: open.id }])
    expect(session.kioskRoute).toBe('pledge-kiosk')
  })

  test('staff see the rounds without the organizer buttons', async () => {
    fakeBackend({ pledge_rounds: () => [open, draft] })
    await mountScreen(RoundsView, { role: 'staff', path: '/pledge-rounds' })
    expect(allByTestId('pledge-round-state').length).toBe(2)
    expect(byTestId('pledge-round-add')).toBeNull()
    expect(byTestId('pledge-round-kiosk')).toBeNull()
    expect(byTestId('pledge-round-open')).toBeNull()
  })

  test('opened from the 首页 with a year and a round: that year is listed and the round picked out', async () => {
    const b = fakeBackend({ pledge_rounds: () => [open, draft] })
    await mountScreen(RoundsView, { role: 'organizer', path: `/pledge-rounds?year=2025&round=${open.id}` })
    expect(b.callsOf('pledge_rounds').map((c) => c.args)).toEqual([{ year: 2025 }])
    expect(byTestId(`pledge-round-${open.id}`)!.classList.contains('focused')).toBe(true)
    expect(byTestId(`pledge-round-${draft.id}`)!.classList.contains('focused')).toBe(false)
  })
})
