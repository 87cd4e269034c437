import { describe, expect, test } from 'vitest'
import { IpcError } from '@/api/ipc'
import { useLoad } from './useLoad'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useLoad', () => {
  test('shows the answer to the latest request, not a slower earlier one', async () => {
    const answers = [deferred<string>(), deferred<string>()]
    let n = 0
    const page = useLoad(() => answers[n++].promise, '')
    const first = page.load()
    const second = page.load()
    answers[1].resolve('新')
    expect(await second).toBe(true)
    answers[0].resolve('旧')
    expect(await first).toBe(false)
    expect(page.data.value).toBe('新')
    expect(page.loading.value).toBe(false)
  })

  test('a failed load says why and keeps what was shown; the next success clears it', async () => {
    let fail = false
    const page = useLoad(async () => {
      if (fail) throw new IpcError('store.sql', '数据库操作失败')
      return ['办公室']
    }, [] as string[])
    await page.load()
    fail = true
    expect(await page.load()).toBe(false)
    expect(page.error.value).toBe('数据库操作失败')
    expect(page.data.value).toEqual(['办公室'])
    expect(page.loaded.value).toBe(true)
    fail = false
    await page.load()
    expect(page.error.value).toBe('')
  })

  test('a late answer about the record left behind is dropped after reset', async () => {
    const answer = deferred<string>()
    const page = useLoad(() => answer.promise, 'none')
    const pending = page.load()
    page.reset()
    answer.resolve('活动 5')
    await pending
    expect(page.data.value).toBe('none')
    expect(page.loaded.value).toBe(false)
    expect(page.loading.value).toBe(false)
  })

  test('a late failure about the record left behind shows no error', async () => {
    const answer = deferred<string>()
    const page = useLoad(() => answer.promise, '')
    const pending = page.load()
    page.reset()
    answer.reject(new IpcError('activities.not_found', '找不到这个活动'))
    await pending
    expect(page.error.value).toBe('')
  })
})
