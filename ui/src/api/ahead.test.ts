import { afterEach, describe, expect, test, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from '@/app/session'
import { appError, fakeBackend } from '@/test/backend'
import { forgetAhead, KEEP_MS } from './ahead'
import { call, IpcError } from './ipc'

const ahead = { quiet: true, ahead: true }

afterEach(() => vi.restoreAllMocks())

describe('answers asked for ahead', () => {
  test('the identical call takes the answer instead of asking again, once', async () => {
    let answered = 0
    const backend = fakeBackend({ list_staff: () => ({ items: [], total: ++answered }) })
    const asked = call('list_staff', { query: { page: 1 } }, ahead)
    expect(backend.calls).toHaveLength(1)
    await expect(call('list_staff', { query: { page: 1 } })).resolves.toEqual({ items: [], total: 1 })
    expect(await asked).toEqual({ items: [], total: 1 })
    expect(backend.calls).toHaveLength(1)
    // Taken once: the next load asks the back end.
    await expect(call('list_staff', { query: { page: 1 } })).resolves.toEqual({ items: [], total: 2 })
    expect(backend.calls).toHaveLength(2)
  })

  test('another command or other arguments ask the back end themselves', async () => {
    const backend = fakeBackend({ list_staff: (args) => args.query.page, list_departments: () => [] })
    void call('list_staff', { query: { page: 1 } }, ahead)
    expect(await call('list_staff', { query: { page: 2 } })).toBe(2)
    expect(await call('list_departments')).toEqual([])
    expect(backend.calls.map((c) => c.cmd)).toEqual(['list_staff', 'list_staff', 'list_departments'])
    // The answer asked for ahead still waits for its own call.
    expect(await call('list_staff', { query: { page: 1 } })).toBe(1)
    expect(backend.calls).toHaveLength(3)
  })

  test('asked for twice while the first answer waits, the back end is asked once', async () => {
    const backend = fakeBackend({ dashboard: () => ({ year: 2026 }) })
    void call('dashboard', {}, ahead)
    void call('dashboard', {}, ahead)
    expect(await call('dashboard', {})).toEqual({ year: 2026 })
    expect(backend.calls).toHaveLength(1)
  })

  test('a forgotten answer is not taken: the call asks the back end', async () => {
    const backend = fakeBackend({ list_departments: () => [] })
    void call('list_departments', undefined, ahead)
    forgetAhead()
    await call('list_departments')
    expect(backend.calls).toHaveLength(2)
  })

  test('an answer older than KEEP_MS is not taken', async () => {
    let now = 1000
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    let answered = 0
    const backend = fakeBackend({ list_departments: () => ++answered })
    void call('list_departments', undefined, ahead)
    now += KEEP_MS + 1
    expect(await call('list_departments')).toBe(2)
    expect(backend.calls).toHaveLength(2)
    // Nor does a stale answer stop a new one being asked for ahead.
    void call('list_departments', undefined, ahead)
    expect(await call('list_departments')).toBe(3)
    expect(backend.calls).toHaveLength(3)
  })

  test('a change of role drops them: staff and organizers are answered differently', async () => {
    setActivePinia(createPinia())
    const session = useSession()
    session.role = 'staff'
    const backend = fakeBackend({ list_staff: () => ({ items: [], total: 0 }) })
    void call('list_staff', { query: { page: 1 } }, ahead)
    session.apply({ role: 'organizer', kiosk: null })
    await call('list_staff', { query: { page: 1 } })
    expect(backend.calls).toHaveLength(2)
  })

  test('a refusal asked for ahead reaches the call that takes it, in plain words; the asker stays quiet', async () => {
    const backend = fakeBackend({
      get_activity: () => {
        throw appError('activity.not_found', '活动不存在')
      },
    })
    // The route's prefetch never waits on a rejection of its own: it is the screen's to report.
    const asked = call('get_activity', { id: 9 }, ahead).catch((e: unknown) => e)
    const taken = call('get_activity', { id: 9 }, { quiet: true })
    await expect(taken).rejects.toEqual(new IpcError('activity.not_found', '活动不存在'))
    expect(await asked).toBeInstanceOf(IpcError)
    expect(backend.calls).toHaveLength(1)
    expect(document.querySelector('.el-message')).toBeNull()
  })
})
