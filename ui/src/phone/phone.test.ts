import { afterEach, describe, expect, test, vi } from 'vitest'
import type { VotingRound } from '@/bindings/VotingRound'
import { activity, signup } from '@/test/activities'
import { typeInto } from '@/test/interact'
import { byTestId, navigated } from '@/test/mount'
import { fakeServer, HttpError, info, mountPhone, phoneSettle, ZHAO } from '@/test/phone'
import { phoneSession } from './session'
import { showConfirmDialog } from './toast'

// Vant's dialogs and toasts live in one element each, made once and kept: the tests' emptied page
// would lose them. The confirm question is answered “确定” here, and asserted where it matters.
vi.mock('./toast', () => ({
  showConfirmDialog: vi.fn(() => Promise.resolve()),
  showFailToast: vi.fn(),
  showSuccessToast: vi.fn(),
}))

afterEach(() => {
  vi.unstubAllGlobals()
  sessionStorage.clear()
})

async function click(testId: string) {
  const el = byTestId(testId)
  if (!el) throw new Error(`no ${testId}`)
  el.click()
  await phoneSettle()
}

/** The last confirm question the page asked. */
function asked(): string {
  return (vi.mocked(showConfirmDialog).mock.calls.at(-1)?.[0] as { message: string }).message
}

describe('首页', () => {
  test('shows the unit, the time left and only the purposes switched on', async () => {
    fakeServer({ 'GET api/info': () => info({ purposes: ['vote', 'signup'] }) })
    const { router } = await mountPhone('/')
    expect(byTestId('phone-unit')?.textContent).toBe('市科技局')
    expect(byTestId('phone-time-left')?.textContent).toMatch(/还剩 1 小时 3[45] 分钟/)
    const tiles = Array.from(byTestId('phone-tiles')!.querySelectorAll('.tile')).map((el) => el.querySelector('.label')!.textContent)
    expect(tiles).toEqual(['活动报名', '投票'])
    expect(byTestId('phone-tile-pledge')).toBeNull()
    expect(byTestId('phone-tile-my_activities')).toBeNull()

    // A screen of a purpose not switched on cannot be reached by its address either.
    await router.push('/pledge')
    await phoneSettle()
    expect(router.currentRoute.value.name).toBe('home')
  })

  test('a window that has run out says so and offers nothing', async () => {
    fakeServer({ 'GET api/info': () => info({ until: '2020-01-01 10:00' }) })
    await mountPhone('/')
    expect(byTestId('phone-time-left')?.textContent).toContain('本次手机参与已结束')
    expect(byTestId('phone-tiles')).toBeNull()
  })
})

describe('登录', () => {
  test('a refused PIN shows the server’s Chinese sentence and keeps nobody logged in', async () => {
    const server = fakeServer({
      'GET api/info': () => info(),
      'POST api/login': () => {
        throw new HttpError(403, 'auth.wrong_pin', 'PIN 不正确，还可以再试 4 次')
      },
    })
    const { router } = await mountPhone('/login')
    typeInto('phone-employee-no', 'A042')
    typeInto('phone-pin', '1234')
    await click('phone-login-submit')
    expect(byTestId('phone-login-error')?.textContent).toBe('PIN 不正确，还可以再试 4 次')
    expect(server.to('POST', 'api/login')[0].body).toEqual({ employee_no: 'A042', pin: '1234' })
    expect(server.to('POST', 'api/login')[0].headers.Authorization).toBeUndefined()
    expect(phoneSession.token).toBe('')
    expect(sessionStorage.getItem('wenming.phone.session')).toBeNull()
    expect(router.currentRoute.value.name).toBe('login')
  })

  test('a PIN of the wrong length is not sent', async () => {
    const server = fakeServer({ 'GET api/info': () => info() })
    await mountPhone('/login')
    typeInto('phone-employee-no', 'A042')
    typeInto('phone-pin', '12')
    await click('phone-login-submit')
    expect(byTestId('phone-login-error')?.textContent).toBe('请输入 4–6 位数字的 PIN')
    expect(server.to('POST', 'api/login')).toHaveLength(0)
  })

  test('logging in keeps the token in sessionStorage and goes on to the screen asked for', async () => {
    fakeServer({ 'GET api/info': () => info(), 'POST api/login': () => ZHAO, 'GET api/my/activities': () => [] })
    const { router } = await mountPhone('/my')
    expect(router.currentRoute.value.name).toBe('login')
    typeInto('phone-employee-no', 'A042')
    typeInto('phone-pin', '246810')
    await click('phone-login-submit')
    await navigated(() => expect(router.currentRoute.value.name).toBe('my'))
    expect(JSON.parse(sessionStorage.getItem('wenming.phone.session')!).token).toBe('phone-token-42')
  })
})

describe('活动报名', () => {
  test('报名 calls the activity’s route with the Bearer token and shows where I stand', async () => {
    const server = fakeServer({
      'GET api/info': () => info(),
      'GET api/activities': () => [activity({ id: 5, capacity: 30, confirmed: 12, waitlisted: 3 })],
      'GET api/my/activities': () => [],
      'POST api/activities/5/signup': () => signup(95, [], { status: 'confirmed' }),
    })
    await mountPhone('/activities', ZHAO)
    expect(byTestId('phone-activity-places')?.textContent).toBe('名额 12/30')
    expect(byTestId('phone-activity-waitlist')?.textContent).toBe('候补 3 人')
    await click('phone-activity-signup')
    const sent = server.to('POST', 'api/activities/5/signup')
    expect(sent).toHaveLength(1)
    expect(sent[0].headers.Authorization).toBe('Bearer phone-token-42')
    expect(byTestId('phone-activity-mine')?.textContent).toBe('我：已报名')
    expect(byTestId('phone-activity-places')?.textContent).toBe('名额 13/30')
  })

  test('取消报名 asks first, then cancels my own entry by its id', async () => {
    const server = fakeServer({
      'GET api/info': () => info(),
      'GET api/activities': () => [activity({ id: 5, capacity: 30, confirmed: 30, waitlisted: 2 })],
      'GET api/my/activities': () => [
        { activity_id: 5, signup_id: 91, title: '道德经典诵读会', kind: 'reading', starts_at: '2026-12-12T18:00:00', place: '', state: 'open', status: 'waitlisted', waitlist_position: 2, attendance: null, allowed: { cancel: { offered: true, refusal: null }, reflection: { offered: false, refusal: null } } },
      ],
      'POST api/signups/91/cancel': () => activity({ id: 5, capacity: 30, confirmed: 30, waitlisted: 1 }),
    })
    await mountPhone('/activities', ZHAO)
    expect(byTestId('phone-activity-mine')?.textContent).toBe('我：候补第 2 位')
    expect(byTestId('phone-activity-cancel')?.textContent?.trim()).toBe('退出候补')
    await click('phone-activity-cancel')
    expect(asked()).toContain('确定取消“道德经典诵读会”的报名吗')
    expect(server.to('POST', 'api/signups/91/cancel')[0].headers.Authorization).toBe('Bearer phone-token-42')
    expect(byTestId('phone-activity-mine')).toBeNull()
    expect(byTestId('phone-activity-waitlist')?.textContent).toBe('候补 1 人')
  })
})

describe('a session the server no longer knows', () => {
  test('a 401 sends the person back to 登录, says why and forgets the token', async () => {
    fakeServer({
      'GET api/info': () => info(),
      'GET api/activities': () => {
        throw new HttpError(401, 'lan.login_required', '请先用工号和 PIN 登录')
      },
      'GET api/my/activities': () => {
        throw new HttpError(401, 'lan.login_required', '请先用工号和 PIN 登录')
      },
    })
    const { router } = await mountPhone('/activities', ZHAO)
    await navigated(() => expect(router.currentRoute.value.name).toBe('login'))
    expect(router.currentRoute.value.query.next).toBe('/activities')
    expect(byTestId('phone-login-notice')?.textContent).toBe('请先用工号和 PIN 登录')
    expect(phoneSession.token).toBe('')
    expect(sessionStorage.getItem('wenming.phone.session')).toBeNull()
  })

  test('a window that ended (the server is gone) says so in plain words', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    await mountPhone('/')
    expect(byTestId('phone-home-error')?.textContent).toContain('连接不上工作台')
  })
})

describe('投票', () => {
  const round: VotingRound = {
    id: 12,
    category_id: 3,
    title: '2026年度先进个人 第一轮',
    form: 'choose',
    majority_base: 'entitled',
    seats: 2,
    state: 'open',
    runoff_of: null,
    candidates: [
      { nomination_id: 1, name: '赵敏', department_name: '办公室' },
      { nomination_id: 2, name: '钱八', department_name: '人事科' },
    ],
    voters: 80,
    allowed: { edit: { offered: false, refusal: null } } as VotingRound['allowed'],
  }

  test('no session header goes with any vote request, and after casting nothing of the ballot is shown', async () => {
    const server = fakeServer({
      'GET api/info': () => info(),
      'GET api/votes': () => [round],
      'POST api/votes/12/check': () => round,
      'POST api/votes/12/cast': () => null,
    })
    // Even while logged in on this phone, the vote carries nothing of the session.
    await mountPhone('/vote', ZHAO)
    typeInto('phone-vote-code', 'ABCD2345')
    await click('phone-vote-next')
    expect(server.to('POST', 'api/votes/12/check')[0].body).toEqual({ code: 'ABCD2345' })
    expect(byTestId('phone-candidate-2')?.textContent).toContain('钱八')
    await click('phone-candidate-2')
    await click('phone-vote-cast')
    expect(asked()).toBe('投出后不能修改，确定投出吗？')
    expect(server.to('POST', 'api/votes/12/cast')[0].body).toEqual({ code: 'ABCD2345', ballot: { form: 'choose', chosen: [2] } })
    const votes = server.requests.filter((r) => r.url.startsWith('api/votes'))
    expect(votes).toHaveLength(3)
    for (const r of votes) expect(r.headers.Authorization, r.url).toBeUndefined()
    expect(byTestId('phone-vote-done')?.textContent).toContain('已投出')
    expect(document.body.textContent).not.toContain('钱八')
    expect(document.body.textContent).not.toContain('赵敏')
    expect(document.querySelector('.van-checkbox__icon--checked')).toBeNull()
    expect(document.querySelector('[data-testid^="phone-candidate-"]')).toBeNull()
  })

  test('a wrong code is refused with the server’s sentence and no ballot is shown', async () => {
    fakeServer({
      'GET api/info': () => info(),
      'GET api/votes': () => [round],
      'POST api/votes/12/check': () => {
        throw new HttpError(403, 'ballot.unknown_code', '选票码不正确，请核对后重新输入')
      },
    })
    await mountPhone('/vote')
    typeInto('phone-vote-code', 'ZZZZ')
    await click('phone-vote-next')
    expect(byTestId('phone-vote-error')?.textContent).toBe('选票码不正确，请核对后重新输入')
    expect(byTestId('phone-candidate-1')).toBeNull()
  })
})
