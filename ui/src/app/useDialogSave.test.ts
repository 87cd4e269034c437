import { describe, expect, test } from 'vitest'
import { ref } from 'vue'
import { useDialogSave } from './useDialogSave'

describe('dialog save', () => {
  test('a refusal stays in the open dialog; a success closes it and hands over the result', async () => {
    const open = ref(true)
    const heard: string[] = []
    let refuse = true
    const { error, busy, run } = useDialogSave(
      open,
      async () => {
        if (refuse) throw { code: 'roster.invalid', message: '名称不能为空' }
        return '办公室'
      },
      (v) => heard.push(v),
    )
    await run()
    expect([open.value, error.value, heard]).toEqual([true, '名称不能为空', []])
    refuse = false
    await run()
    expect([open.value, error.value, heard, busy.value]).toEqual([false, '', ['办公室'], false])
  })

  test('a second click while saving does not save twice', async () => {
    let calls = 0
    const { run } = useDialogSave(ref(true), async () => ++calls, () => {})
    await Promise.all([run(), run()])
    expect(calls).toBe(1)
  })
})
