import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { IpcError } from '@/api/ipc'
import { usePagedList, type Paged } from './usePagedList'

function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('usePagedList', () => {
  it('shows the answer to the latest request, not a slower earlier one', async () => {
    const answers = [deferred<Paged<string>>(), deferred<Paged<string>>()]
    let n = 0
    const list = usePagedList(() => answers[n++].promise, ref(1), ref(20))
    const first = list.reload()
    const second = list.reload()
    answers[1].resolve({ items: ['新'], total: 1 })
    await second
    answers[0].resolve({ items: ['旧'], total: 1 })
    await first
    expect(list.items.value).toEqual(['新'])
    expect(list.answer.value).toEqual({ items: ['新'], total: 1 })
    expect(list.loading.value).toBe(false)
  })

  it('falls back to the last page when the current one emptied', async () => {
    const page = ref(3)
    const list = usePagedList(async (p) => (p === 3 ? { items: [], total: 25 } : { items: ['x'], total: 25 }), page, ref(20))
    await list.reload()
    expect(page.value).toBe(2)
  })

  it('says why a load failed', async () => {
    const list = usePagedList(async () => {
      throw new IpcError('store.too_new', '数据库文件由更新版本的工作台写入')
    }, ref(1), ref(20))
    await list.reload()
    expect(list.loadError.value).toContain('更新版本')
    expect(list.loaded.value).toBe(false)
  })
})
