import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { HonorsScreen as HonorsData } from '@/bindings/HonorsScreen'
import type { TournamentScreen as TournamentData } from '@/bindings/TournamentScreen'
import type { TurnoutScreen as TurnoutData } from '@/bindings/TurnoutScreen'
import { appError, fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountWithApp as mountOnce, settle } from '@/test/mount'
import { i18n } from '@/i18n'
import HonorsScreen from './HonorsScreen.vue'
import OpenScreenButton from './OpenScreenButton.vue'
import PhoneQrScreen from './PhoneQrScreen.vue'
import TournamentScreen from './TournamentScreen.vue'
import TurnoutScreen from './TurnoutScreen.vue'
import { isScreenLocation } from './routes'
import { POLL_MS } from './usePoll'

// Every view mounted here is unmounted after its test: its poll and its Esc listener end with it.
const mounted: { unmount: () => void }[] = []
async function mountWithApp(...args: Parameters<typeof mountOnce>) {
  const m = await mountOnce(...args)
  mounted.push(m.wrapper)
  return m
}
afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount()
})

function turnout(used: number, over: Partial<TurnoutData> = {}): TurnoutData {
  return {
    unit_name: '市科技局',
    category: '先进个人',
    title: '先进个人投票',
    state: 'open',
    voters: 5,
    issued: 5,
    used,
    percent: Math.floor((used * 100) / 5),
    ...over,
  }
}

function tournament(over: Partial<TournamentData> = {}): TournamentData {
  return {
    unit_name: '市科技局',
    title: '乒乓球赛',
    sport: 'table_tennis',
    drawn: true,
    standings: [
      { place: 1, group: null, name: '张三', department_name: '办公室', won: 2, drawn: null, lost: 0, points: 4 },
      { place: 2, group: null, name: '李四', department_name: '人事科', won: 0, drawn: null, lost: 2, points: 2 },
    ],
    round: 2,
    matches: [
      { board: 1, group: null, third_place: false, first: '张三', second: '王五', result: '3 : 1' },
      { board: 2, group: null, third_place: false, first: '李四', second: '赵六', result: null },
    ],
    recorded: 3,
    total: 6,
    finished: false,
    ...over,
  }
}

describe('the 大屏 views', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
    i18n.global.locale.value = 'zh-CN'
  })

  test('the turnout follows each new vote in place, counts only, without re-mounting', async () => {
    let used = 2
    const b = fakeBackend({ screen_turnout: () => turnout(used) })
    await mountWithApp(TurnoutScreen, { path: '/screen/turnout/12' })
    expect(b.callsOf('screen_turnout')[0].args).toEqual({ roundId: 12 })
    expect(byTestId('screen-turnout-used')?.textContent).toBe('2')
    expect(byTestId('screen-turnout-issued')?.textContent).toBe('5')
    expect(byTestId('screen-turnout-percent')?.textContent).toBe('投票率 40%')
    expect(byTestId('screen-title')?.textContent).toBe('先进个人 · 先进个人投票')
    const figure = byTestId('screen-turnout-used')

    used = 3
    await vi.advanceTimersByTimeAsync(POLL_MS)
    await settle()
    expect(byTestId('screen-turnout-used')?.textContent).toBe('3')
    expect(byTestId('screen-turnout-used')).toBe(figure)
    expect(byTestId('screen-turnout-percent')?.textContent).toBe('投票率 60%')
  })

  test('a refusal is said on the screen, and the next answer replaces it', async () => {
    let refuse = true
    fakeBackend({
      screen_turnout: () => {
        if (refuse) throw appError('screens.not_open', '大屏没有打开这一页，请在工作台重新打开大屏')
        return turnout(1)
      },
    })
    await mountWithApp(TurnoutScreen, { path: '/screen/turnout/12' })
    expect(byTestId('screen-error')?.textContent).toContain('大屏没有打开这一页')
    refuse = false
    await vi.advanceTimersByTimeAsync(POLL_MS)
    await settle()
    expect(byTestId('screen-error')).toBeNull()
    expect(byTestId('screen-turnout-used')?.textContent).toBe('1')
  })

  test('a tournament shows its standings, the round being played and the results so far', async () => {
    const b = fakeBackend({ screen_tournament: () => tournament() })
    await mountWithApp(TournamentScreen, { path: '/screen/tournament/7' })
    expect(b.callsOf('screen_tournament')[0].args).toEqual({ activityId: 7 })
    const rows = allByTestId('screen-standing')
    expect(rows.map((r) => r.textContent?.replace(/\s+/g, ''))).toEqual(['1张三办公室204', '2李四人事科022'])
    expect(byTestId('screen-round')?.textContent).toBe('第 2 轮对阵')
    const matches = allByTestId('screen-match').map((m) => m.textContent?.replace(/\s+/g, ''))
    expect(matches).toEqual(['张三3:1王五', '李四对赵六'])
    expect(byTestId('screen-recorded')?.textContent).toBe('已赛 3 / 6 场')
  })

  test('a tournament with more rows than the wall holds turns its pages by itself', async () => {
    const standings = Array.from({ length: 23 }, (_, i) => ({
      place: i + 1,
      group: null,
      name: `选手${i + 1}`,
      department_name: '办公室',
      won: 0,
      drawn: null,
      lost: 0,
      points: 0,
    }))
    fakeBackend({ screen_tournament: () => tournament({ standings }) })
    await mountWithApp(TournamentScreen, { path: '/screen/tournament/7' })
    const names = () => allByTestId('screen-standing').map((r) => r.querySelector('.name')?.textContent)
    expect(names()).toEqual(standings.slice(0, 9).map((r) => r.name))
    expect(byTestId('screen-tournament-page')?.textContent).toBe('第 1 / 3 页')
    // The two matches fit one page: they stay while the standings turn.
    expect(allByTestId('screen-match')).toHaveLength(2)

    await vi.advanceTimersByTimeAsync(12_000)
    await settle()
    expect(names()).toEqual(standings.slice(9, 18).map((r) => r.name))
    expect(byTestId('screen-tournament-page')?.textContent).toBe('第 2 / 3 页')
    expect(allByTestId('screen-match')).toHaveLength(2)

    await vi.advanceTimersByTimeAsync(12_000)
    await settle()
    expect(names()).toEqual(['选手19', '选手20', '选手21', '选手22', '选手23'])
    await vi.advanceTimersByTimeAsync(12_000)
    await settle()
    expect(names()?.[0]).toBe('选手1')
  })

  test('a tournament that fits the wall shows no page number', async () => {
    fakeBackend({ screen_tournament: () => tournament() })
    await mountWithApp(TournamentScreen, { path: '/screen/tournament/7' })
    expect(allByTestId('screen-standing')).toHaveLength(2)
    expect(byTestId('screen-tournament-page')).toBeNull()
  })

  test('a tournament before its draw says so', async () => {
    fakeBackend({ screen_tournament: () => tournament({ drawn: false, standings: [], matches: [], round: null }) })
    await mountWithApp(TournamentScreen, { path: '/screen/tournament/7' })
    expect(byTestId('screen-tournament-undrawn')?.textContent).toBe('尚未编排对阵')
  })

  test('the 荣誉榜 lists each category with its people; an empty year says so', async () => {
    const honors: HonorsData = {
      unit_name: '市科技局',
      year: 2030,
      categories: [{ category: '先进个人', honorees: [{ nominee: '张三', department_name: '办公室' }] }],
    }
    const b = fakeBackend({ screen_honors: () => honors })
    await mountWithApp(HonorsScreen, { path: '/screen/honors/2030' })
    expect(b.callsOf('screen_honors')[0].args).toEqual({ year: 2030 })
    expect(byTestId('screen-title')?.textContent).toBe('2030年度荣誉榜')
    expect(byTestId('screen-honor-category')?.textContent).toContain('张三')

    fakeBackend({ screen_honors: () => ({ ...honors, categories: [] }) })
    await mountWithApp(HonorsScreen, { path: '/screen/honors/2030' })
    expect(byTestId('screen-honors-empty')?.textContent).toBe('2030年度还没有确认表彰的荣誉')
  })

  test('手机参与 shows the QR code as an image, the address and what phones may do, and that it is off when off', async () => {
    const on = {
      unit_name: '市科技局',
      on: true,
      purposes: ['signup', 'vote'],
      until: '2030-01-07T17:30:00',
      url: 'http://192.168.1.20:8686/m/abc/',
      qr_svg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    }
    let answer: unknown = on
    const b = fakeBackend({ screen_phone_qr: () => answer })
    await mountWithApp(PhoneQrScreen, { path: '/screen/phone' })
    expect(byTestId('screen-unit')?.textContent).toBe('市科技局')
    expect(byTestId('screen-phone-url')?.textContent).toBe('http://192.168.1.20:8686/m/abc/')
    expect(byTestId('screen-phone-on')?.textContent).toContain('活动报名')
    expect(byTestId('screen-phone-until')?.textContent).toBe('开放到 17:30')
    const img = byTestId<HTMLImageElement>('screen-phone-qr')!
    expect(img.tagName).toBe('IMG')
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
    expect(document.querySelector('[data-testid="screen"] script')).toBeNull()
    expect(b.callsOf('screen_phone_qr')[0].args).toEqual({})

    // Turned off at the desk: the next poll says so.
    answer = { unit_name: '市科技局', on: false, purposes: [], until: null, url: null, qr_svg: null }
    await vi.advanceTimersByTimeAsync(POLL_MS)
    await settle()
    expect(byTestId('screen-phone-off')?.textContent).toBe('手机参与未开启')
    expect(byTestId('screen-phone-qr')).toBeNull()
  })

  test('the screens are shown in Chinese whatever the window language', async () => {
    i18n.global.locale.value = 'en'
    fakeBackend({ screen_turnout: () => turnout(2) })
    await mountWithApp(TurnoutScreen, { path: '/screen/turnout/12' })
    expect(byTestId('screen-turnout-percent')?.textContent).toBe('投票率 40%')
  })

  test('Esc on the screen closes it', async () => {
    const b = fakeBackend({ screen_turnout: () => turnout(2), close_screen: () => null })
    await mountWithApp(TurnoutScreen, { path: '/screen/turnout/12' })
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await settle()
    expect(b.callsOf('close_screen')).toHaveLength(1)
  })

  test('only the screen window’s pages count as the screen’s', () => {
    expect(isScreenLocation('#/screen/turnout/3')).toBe(true)
    expect(isScreenLocation('#/honors')).toBe(false)
    expect(isScreenLocation('#/pledges/projector')).toBe(false)
  })
})

describe('打开大屏', () => {
  test('the organizer opens the screen on the view, then may close it', async () => {
    const b = fakeBackend({ open_screen: () => null, close_screen: () => null })
    await mountWithApp(OpenScreenButton, { role: 'organizer', props: { view: { kind: 'turnout', round_id: 12 } } })
    byTestId('open-screen')!.click()
    await settle()
    expect(b.callsOf('open_screen')[0].args).toEqual({ view: { kind: 'turnout', round_id: 12 } })
    byTestId('close-screen')!.click()
    await settle()
    expect(b.callsOf('close_screen')).toHaveLength(1)
    expect(byTestId('close-screen')).toBeNull()
  })

  test('staff mode offers no 大屏', async () => {
    fakeBackend({})
    await mountWithApp(OpenScreenButton, { role: 'staff', props: { view: { kind: 'honors', year: 2030 } } })
    expect(byTestId('open-screen')).toBeNull()
  })
})
