import { invoke } from '@tauri-apps/api/core'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { call, errorMessage, INVALID_ARGS, IpcError, toIpcError, UNEXPECTED } from '@/api/ipc'
import { setLocale } from '@/i18n'

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

  test('a back-end error becomes an IpcError carrying its code and Chinese message, shown until closed', async () => {
    invokeMock.mockRejectedValue({ code: 'auth.wrong_password', message: '密码不正确' })
    const error = await call('login', { password: 'x' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IpcError)
    expect(error).toMatchObject({ code: 'auth.wrong_password', message: '密码不正确' })
    expect(toast).toHaveBeenCalledTimes(1)
    // A refusal stays until read: no timer takes it away, and it can be closed.
    expect(toast.mock.calls[0][0]).toMatchObject({ message: '密码不正确', duration: 0, showClose: true })
  })

  test('a quiet call leaves the message to the caller', async () => {
    invokeMock.mockRejectedValue({ code: 'roster.duplicate_employee_no', message: '工号 A001 已被 张三 使用，请换一个工号' })
    await expect(call('create_staff', {}, { quiet: true })).rejects.toMatchObject({
      message: '工号 A001 已被 张三 使用，请换一个工号',
    })
    expect(toast).not.toHaveBeenCalled()
  })

  test('a raw debug string never reaches the screen', async () => {
    const raw = 'command create_stafff not found'
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

/** The refusal of an argument as tauri words it (these exact texts come from `src-tauri/tests/ipc_args.rs`). */
const refused = (raw: string) => {
  const e = toIpcError(raw)
  return { code: e.code, message: e.message }
}

describe('an argument the back end could not read', () => {
  test('a negative number in a form names the field in Chinese', () => {
    expect(
      refused(
        'invalid args `input` for command `create_honor_category`: at `quota`: invalid value: integer `-1`, expected u32',
      ),
    ).toEqual({ code: INVALID_ARGS, message: '「名额」不能为负数（收到 -1）' })
  })

  test('text where a number belongs names the field and shows what came', () => {
    expect(
      refused(
        'invalid args `input` for command `create_honor_category`: at `quota`: invalid type: string "两名", expected u32',
      ),
    ).toEqual({ code: INVALID_ARGS, message: '「名额」应为整数（收到 “两名”）' })
  })

  test('a field deep inside a list is named by its own label', () => {
    expect(
      refused(
        'invalid args `count` for command `enter_paper_count`: at `candidates[0].votes_for`: invalid value: integer `-3`, expected u32',
      ),
    ).toEqual({ code: INVALID_ARGS, message: '「得票/赞成票数」不能为负数（收到 -3）' })
  })

  test('a plain argument is named by its key, camelCase as the page sends it', () => {
    expect(
      refused('invalid args `year` for command `honor_categories`: invalid type: string "二〇三〇", expected i32'),
    ).toEqual({ code: INVALID_ARGS, message: '「年度」应为整数（收到 “二〇三〇”）' })
    expect(
      refused('invalid args `categoryId` for command `voting_rounds`: invalid type: floating point `1.5`, expected i64'),
    ).toEqual({ code: INVALID_ARGS, message: '「评选项目」应为整数（收到 1.5）' })
  })

  test('too large, empty, missing, not a choice, not a date: each says so', () => {
    const at = (path: string, detail: string) =>
      refused(`invalid args \`input\` for command \`create_activity\`: at \`${path}\`: ${detail}`).message
    expect(at('capacity', 'invalid value: integer `5000000000`, expected u32')).toBe('「名额上限」的数值 5000000000 太大')
    expect(at('capacity', 'invalid type: null, expected u32')).toBe('「名额上限」不能为空')
    expect(at('.', 'missing field `title`')).toBe('「标题」不能为空')
    expect(at('kind', 'unknown variant `party`, expected one of `reading`, `contest`')).toBe('「类型」不是可选的值（收到 “party”）')
    expect(at('schedule.starts_at', 'input contains invalid characters')).toBe('「开始时间」的日期或时间格式不正确')
    expect(at('party_members_only', 'invalid type: string "yes", expected a boolean')).toBe(
      '「仅限党员」应为“是”或“否”（收到 “yes”）',
    )
    expect(at('title', 'invalid type: integer `5`, expected a string')).toBe('「标题」应为文字（收到 5）')
  })

  test('in English the same refusal reads in English', () => {
    setLocale('en')
    try {
      expect(
        refused(
          'invalid args `input` for command `create_honor_category`: at `quota`: invalid value: integer `-1`, expected u32',
        ).message,
      ).toBe('“Places” cannot be negative (got -1)')
    } finally {
      setLocale('zh-CN')
    }
  })

  test('a call refused for its arguments shows the sentence, never tauri\'s words', async () => {
    invokeMock.mockRejectedValue(
      'invalid args `input` for command `create_honor_category`: at `quota`: invalid value: integer `-1`, expected u32',
    )
    const error = await call('create_honor_category', { input: {} }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: INVALID_ARGS, message: '「名额」不能为负数（收到 -1）' })
    expect(toast.mock.calls[0][0].message).toBe('「名额」不能为负数（收到 -1）')
  })
})
