import { describe, expect, test } from 'vitest'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { routes } from '@/router'
import { prefetchScreens, sidebarScreens } from '@/app/prefetch'

const Stub = { template: '<div />' }

describe('prefetching the sidebar screens', () => {
  test('the staff sidebar screens are the ones fetched, never print views, kiosks, organizer screens or pages with an id', () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    const paths = sidebarScreens(router).map((r) => r.path).sort()
    expect(paths).toEqual(
      ['/', '/activities', '/departments', '/exemplars', '/honors', '/my', '/my/pledges', '/my/points', '/pledge-rounds', '/pledges', '/points', '/staff'].sort(),
    )
  })

  test('chunks load one per idle moment, in turn, and a failing one does not stop the rest', async () => {
    const loaded: string[] = []
    const loader = (name: string, fail = false) => () => {
      loaded.push(name)
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve(Stub)
    }
    const own: RouteRecordRaw[] = [
      { path: '/a', component: loader('a', true) },
      { path: '/b', component: loader('b') },
      { path: '/b/:id', component: loader('b-id') },
      { path: '/print', component: loader('print'), meta: { bare: true } },
      { path: '/ledger', component: loader('ledger'), meta: { organizerOnly: true } },
      { path: '/c', component: Stub },
    ]
    const router = createRouter({ history: createMemoryHistory(), routes: own })
    const idle: (() => void)[] = []
    const done = prefetchScreens(router, (task) => idle.push(task))
    expect(loaded).toEqual([])
    // Nothing loads until the window is idle, and then only one chunk.
    idle.shift()!()
    expect(loaded).toEqual(['a'])
    await Promise.resolve()
    await Promise.resolve()
    idle.shift()!()
    await done
    expect(loaded).toEqual(['a', 'b'])
    expect(idle).toEqual([])
  })
})
