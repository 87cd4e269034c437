import { describe, expect, test } from 'vitest'
import type { Department } from '@/bindings/Department'
import type { DepartmentInput } from '@/bindings/DepartmentInput'
import { appError, fakeBackend } from '@/test/backend'
import { byTestId, dialogShown, mountScreen, settle } from '@/test/mount'
import DepartmentList from './DepartmentList.vue'

const departments: Department[] = [
  { id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 6, total_staff: 7 },
  { id: 2, name: '信息中心', kind: 'subunit', sort_order: 5, active_staff: 0, total_staff: 0 },
]

function typeInto(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input'))
}

async function confirmMessageBox() {
  await settle()
  document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
  await settle()
}

describe('the department list', () => {
  test('shows each 科室 with its type in Chinese and its active staff', async () => {
    fakeBackend({ list_departments: () => departments })
    await mountScreen(DepartmentList, { role: 'staff' })
    const table = byTestId('department-table')!.textContent!
    for (const text of ['办公室', '机关科室', '信息中心', '下属单位', '6']) expect(table).toContain(text)
    expect(byTestId('department-add')).toBeNull()
    expect(byTestId('department-edit')).toBeNull()
  })

  test('an empty list says what to do first', async () => {
    fakeBackend({ list_departments: () => [] })
    await mountScreen(DepartmentList, { role: 'organizer' })
    expect(byTestId('department-empty')?.textContent).toContain('还没有科室')
    expect(byTestId('department-empty-add')).not.toBeNull()
  })

  test('a new 科室 is an office, numbered after the last one', async () => {
    const backend = fakeBackend({
      list_departments: () => departments,
      create_department: (args: { input: DepartmentInput }) => ({ id: 3, active_staff: 0, total_staff: 0, ...args.input }),
    })
    await mountScreen(DepartmentList, { role: 'organizer' })
    byTestId('department-add')!.click()
    await dialogShown('department-dialog')
    expect(byTestId<HTMLElement>('department-sort')!.querySelector('input')!.value).toBe('6')
    typeInto(byTestId<HTMLInputElement>('department-name')!, '科技馆')
    byTestId('department-save')!.click()
    await settle()
    expect(backend.callsOf('create_department')[0].args).toEqual({ input: { name: '科技馆', kind: 'office', sort_order: 6 } })
  })

  test('a refused name stays in the dialog with the reason', async () => {
    fakeBackend({
      list_departments: () => departments,
      update_department: () => {
        throw appError('roster.duplicate_department', '科室“信息中心”已存在')
      },
    })
    await mountScreen(DepartmentList, { role: 'organizer' })
    byTestId('department-edit')!.click()
    await dialogShown('department-dialog')
    typeInto(byTestId<HTMLInputElement>('department-name')!, '信息中心')
    byTestId('department-save')!.click()
    await settle()
    expect(byTestId('department-form-error')?.textContent).toContain('科室“信息中心”已存在')
  })

  test('deleting asks first and then calls the back end with the id', async () => {
    const backend = fakeBackend({ list_departments: () => departments, delete_department: () => null })
    await mountScreen(DepartmentList, { role: 'organizer' })
    byTestId('department-delete')!.click()
    await confirmMessageBox()
    expect(backend.callsOf('delete_department')[0].args).toEqual({ id: 1 })
  })
})
