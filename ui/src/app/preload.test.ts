import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { preloadWhenIdle, screenLoaders, START_AFTER_MS, withPagesUnder } from '@/app/preload'

const Loaded = { template: '<p />' }

function screens() {
  const order: string[] = []
  const loader = (name: string, fails = false) =>
    vi.fn(() => {
      order.push(name)
      return fails ? Promise.reject(new Error(`${name} is missing`)) : Promise.resolve({ default: Loaded })
    })
  const staff = loader('staff')
  const activities = loader('activities', true)
  const activity = loader('activity')
  const router: Router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Loaded },
      { path: '/staff', component: staff },
      { path: '/activities', component: activities },
      { path: '/activities/:id(\\d+)', component: activity },
      { path: '/activities/:id(\\d+)/again', component: activity },
      { path: '/activities/print/:kind(a|b)', component: activity },
      { path: '/honors', component: Loaded },
      { path: '/honors/print', component: Loaded, meta: { bare: true } },
      { path: '/honors/rounds/:id(\\d+)/slips', component: Loaded, meta: { bare: true } },
      { path: '/honors/categories/:id(\\d+)', component: activity },
      { path: '/my', component: Loaded },
      { path: '/my/points', component: Loaded },
    ],
  })
  return { router, order, staff, activities, activity }
}

/** Lets the idle waits, the pauses and the loads' promises run. */
async function idle(ms: number) {
  await vi.advanceTimersByTimeAsync(ms)
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('screens loaded while the window is idle', () => {
  test('each lazy screen once, in the order given; a screen already loaded is not asked again', () => {
    const { router, staff, activity } = screens()
    const loaders = screenLoaders(router, ['/', '/staff', '/activities/1', '/activities/2/again', '/staff'])
    expect(loaders).toEqual([staff, activity])
  })

  test('after each screen, the first page a person opens from it; not print pages, not the other screens', () => {
    const { router } = screens()
    expect(withPagesUnder(router, ['/', '/staff', '/activities', '/honors', '/my', '/my/points'])).toEqual([
      '/',
      '/staff',
      '/activities',
      '/activities/1',
      '/honors',
      '/honors/categories/1',
      '/my',
      '/my/points',
    ])
  })

  test('nothing loads while the first screen is shown; then every screen, one after the other', async () => {
    const { router, order, staff, activities, activity } = screens()
    preloadWhenIdle(router, ['/staff', '/activities', '/activities/1'])
    await idle(START_AFTER_MS - 1)
    expect(order).toEqual([])
    await idle(5_000)
    // The 活动 list failed to load; the loads after it still happen (its click will say why).
    expect(order).toEqual(['staff', 'activities', 'activity'])
    for (const load of [staff, activities, activity]) expect(load).toHaveBeenCalledTimes(1)
  })

  test('the work given first (the lists built out of sight) comes before the screens, each when idle', async () => {
    const { router, order } = screens()
    let finish = () => {}
    const warm = vi.fn(() => {
      order.push('warm')
      return new Promise<void>((resolve) => (finish = resolve))
    })
    preloadWhenIdle(router, ['/staff', '/activities'], [warm])
    await idle(START_AFTER_MS - 1)
    expect(order).toEqual([])
    await idle(5_000)
    // The screens wait until that work is done.
    expect(order).toEqual(['warm'])
    finish()
    await idle(5_000)
    expect(order).toEqual(['warm', 'staff', 'activities'])
    expect(warm).toHaveBeenCalledTimes(1)
  })

  test('stopping (the frame is gone) leaves the rest unloaded', async () => {
    const { router, order } = screens()
    const stop = preloadWhenIdle(router, ['/staff', '/activities', '/activities/1'])
    await idle(START_AFTER_MS)
    await idle(1)
    const sofar = [...order]
    stop()
    await idle(10_000)
    expect(order).toEqual(sofar)
    expect(order.length).toBeLessThan(3)
  })

  test('stopped before the first load, nothing loads', async () => {
    const { router, order } = screens()
    preloadWhenIdle(router, ['/staff'])()
    await idle(10_000)
    expect(order).toEqual([])
  })
})
