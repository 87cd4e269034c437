import { describe, expect, test } from 'vitest'
import { IpcError } from '@/api/ipc'
import { useBusyAction } from './useBusyAction'

function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('useBusyAction', () => {
  test('runs one action at a time and names the running one', async () => {
    const { busy, isBusy, run } = useBusyAction()
    const publish = deferred<string>()
    let finishes = 0
    const first = run('publish', () => publish.promise)
    expect(busy.value).toBe('publish')
    expect(isBusy.value).toBe(true)
    const second = await run('finish', async () => ++finishes)
    expect(second).toBeUndefined()
    expect(finishes).toBe(0)
    publish.resolve('已发布')
    expect(await first).toBe('已发布')
    expect(busy.value).toBeNull()
  })

  test('a refusal is kept in error and frees the buttons', async () => {
    const { busy, error, run } = useBusyAction()
    const result = await run('close', async () => {
      throw new IpcError('activities.signup_not_open', '活动“诵读会”当前不在报名中')
    })
    expect(result).toBeUndefined()
    expect(error.value).toBe('活动“诵读会”当前不在报名中')
    expect(busy.value).toBeNull()
    await run('close', async () => 'ok')
    expect(error.value).toBe('')
  })
})
