import { invoke } from '@tauri-apps/api/core'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { call, errorMessage, IpcError, UNEXPECTED } from '@/api/ipc'

const toast = vi.hoisted(() => vi.fn())
vi.mock('element-plus', async (importOriginal) => {
  const original = await importOriginal<typeof import('element-plus')>()
  return { ...original, ElMessage: Object.assign(vi.fn(), { error: toast }) }
})

const invokeMock = vi.mocked(invoke)

beforeEach(() => {
  invokeMock.mockReset()
  toast.mockReset()
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

describe('call', () => {
  test('passes the command and its arguments through and resolves with the answer', async () => {
    invokeMock.mockResolvedValue({ role: 'organizer' })
    await expect(call('login', { password: 'secret1' })).resolves.toEqual({ role: 'organizer' })
    expect(invokeMock).toHaveBeenCalledWith('login', { password: 'secret1' })
  })

  test('raw bytes go as the body, with their headers', async () => {
    invokeMock.mockResolvedValue({ id: 1 })
    const bytes = new Uint8Array([1, 2, 3])
    await call('add_activity_file', bytes, { headers: { 'activity-id': '5' } })
    expect(invokeMock).toHaveBeenCalledWith('add_activity_file', bytes, { headers: { 'activity-id': '5' } })
  })

  test('a back-end error becomes an IpcError carrying its code and Chinese message, shown as a toast', async () => {
    invokeMock.mockRejectedValue({ code: 'auth.wrong_password', message: '密码不正确' })
    const error = await call('login', { password: 'x' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IpcError)
    expect(error).toMatchObject({ code: 'auth.wrong_password', message: '密码不正确' })
    expect(toast).toHaveBeenCalledTimes(1)
    expect(toast.mock.calls[0][0]).toMatchObject({ message: '密码不正确' })
  })

  test('a quiet call leaves the message to the caller', async () => {
    invokeMock.mockRejectedValue({ code: 'roster.duplicate_employee_no', message: '工号 A001 已被 张三 使用，请换一个工号' })
    await expect(call('create_staff', {}, { quiet: true })).rejects.toMatchObject({
      message: '工号 A001 已被 张三 使用，请换一个工号',
    })
    expect(toast).not.toHaveBeenCalled()
  })

  test('a raw debug string never reaches the screen', async () => {
    const raw = 'invalid args `input` for command `create_staff`: missing field `name`'
    invokeMock.mockRejectedValue(raw)
    const error = (await call('create_staff', {}).catch((e: unknown) => e)) as IpcError
    expect(error.code).toBe(UNEXPECTED)
    expect(error.message).not.toContain('invalid args')
    expect(error.message).toMatch(/请重试/)
    expect(toast.mock.calls[0][0].message).toBe(error.message)
  })

  test('an object that only looks like an error (no message) is treated as unexpected', async () => {
    invokeMock.mockRejectedValue({ code: 'x', message: '' })
    await expect(call('app_info')).rejects.toMatchObject({ code: UNEXPECTED })
  })
})

describe('errorMessage', () => {
  test('reads the message of an IpcError and hides anything else', () => {
    expect(errorMessage(new IpcError('store.too_new', '数据库文件由更新版本的工作台写入'))).toBe('数据库文件由更新版本的工作台写入')
    expect(errorMessage(new TypeError('x is undefined'))).not.toContain('undefined')
  })
})
