import { describe, expect, test, vi } from 'vitest'
import type { Department } from '@/bindings/Department'
import type { Staff } from '@/bindings/Staff'
import type { StaffInput } from '@/bindings/StaffInput'
import type { StaffQuery } from '@/bindings/StaffQuery'
import { appError, fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, dialogShown, mountScreen, mountWithApp, settle } from '@/test/mount'
import { defineComponent } from 'vue'
import { listStaff } from './api'
import { emptyStaffFilters, staffQuery } from './staffFilters'
import StaffList from './StaffList.vue'

const office: Department = { id: 1, name: '办公室', kind: 'office', sort_order: 1, active_staff: 1, total_staff: 1 }

const zhang: Staff = {
  id: 7,
  employee_no: 'A007',
  name: '张三',
  gender: 'male',
  department_id: 1,
  department_name: '办公室',
  position: '科员',
  political_status: 'cpc_member',
  is_veteran: true,
  phone: '139****5678',
  active: true,
}

function roster(staff: Staff[] = [zhang], departments: Department[] = [office]) {
  return {
    list_departments: () => departments,
    list_staff: (args: { query: StaffQuery }) => ({ items: staff.slice(0, args.query.page_size), total: staff.length }),
  }
}

function typeInto(input: HTMLInputElement, value: string) {
  input.value = value
  input.dispatchEvent(new Event('input'))
}

/** Opens the first row's 更多 menu. */
async function openMore() {
  byTestId('staff-more-button')!.click()
  await settle()
}

describe('browsing in staff mode', () => {
  test('shows the people with Chinese labels and no controls that change anything', async () => {
    fakeBackend(roster())
    await mountScreen(StaffList, { role: 'staff' })
    const table = byTestId('staff-table')!.textContent!
    for (const text of ['A007', '张三', '男', '办公室', '科员', '中共党员', '是', '139****5678', '在职']) {
      expect(table).toContain(text)
    }
    for (const id of ['staff-add', 'staff-import', 'staff-export', 'staff-edit', 'staff-more-button', 'staff-delete', 'staff-toggle-active', 'staff-set-pin']) {
      expect(byTestId(id), id).toBeNull()
    }
  })

  test('an empty roster tells staff that the organizer must log in', async () => {
    fakeBackend(roster([], []))
    await mountScreen(StaffList, { role: 'staff' })
    expect(byTestId('staff-empty')?.textContent).toContain('组织者登录')
    expect(byTestId('sample-load')).toBeNull()
  })

  test('a failed load says why and offers to retry', async () => {
    fakeBackend({
      list_departments: () => [],
      list_staff: () => {
        throw appError('store.query', '数据库操作失败：磁盘已满')
      },
    })
    await mountScreen(StaffList, { role: 'staff' })
    expect(byTestId('staff-error')?.textContent).toContain('数据库操作失败：磁盘已满')
  })
})

describe('opening the list', () => {
  test('its first page, asked for when the navigation started, is the one shown: nothing asked twice', async () => {
    const backend = fakeBackend(roster())
    await mountScreen(StaffList, { role: 'staff' })
    expect(byTestId('staff-table')!.textContent).toContain('张三')
    expect(backend.calls.map((c) => c.cmd).sort()).toEqual(['list_departments', 'list_staff'])
    expect(backend.callsOf('list_staff')[0].args).toEqual({
      query: { text: '', department_id: null, include_inactive: false, page: 1, page_size: 20 },
    })
  })

  test('answers asked for a navigation that went elsewhere are dropped, not shown later', async () => {
    const backend = fakeBackend(roster())
    const { router } = await mountWithApp(defineComponent({ render: () => null }), { role: 'staff', path: '/' })
    // The list's first page is asked for, and not taken (no list is set up here); then the roster
    // changes and another screen is opened.
    await router.push('/staff')
    expect(backend.callsOf('list_staff')).toHaveLength(1)
    backend.handlers.list_staff = () => ({ items: [{ ...zhang, name: '李四' }], total: 1 })
    await router.push('/departments')
    const page = await listStaff(staffQuery(emptyStaffFilters(), 1, 20))
    expect(page.items.map((s) => s.name)).toEqual(['李四'])
  })

})

describe('searching', () => {
  test('waits for typing to pause, then asks for page 1 with the text', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const backend = fakeBackend(roster())
      await mountScreen(StaffList, { role: 'staff' })
      const before = backend.callsOf('list_staff').length
      typeInto(byTestId<HTMLInputElement>('staff-search')!, '张')
      typeInto(byTestId<HTMLInputElement>('staff-search')!, '张三')
      await vi.advanceTimersByTimeAsync(100)
      expect(backend.callsOf('list_staff')).toHaveLength(before)
      await vi.advanceTimersByTimeAsync(300)
      await settle()
      const calls = backend.callsOf('list_staff')
      expect(calls).toHaveLength(before + 1)
      expect((calls.at(-1)!.args as { query: StaffQuery }).query).toMatchObject({ text: '张三', page: 1, page_size: 20 })
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('organizer mode', () => {
  test('offers adding, importing and exporting, and actions on each row', async () => {
    fakeBackend(roster())
    await mountScreen(StaffList, { role: 'organizer' })
    for (const id of ['staff-add', 'staff-import', 'staff-export', 'staff-edit', 'staff-more-button']) {
      expect(byTestId(id), id).not.toBeNull()
    }
    // The 更多 menu is built when it opens.
    expect(byTestId('staff-delete')).toBeNull()
    await openMore()
    for (const id of ['staff-delete', 'staff-toggle-active', 'staff-set-pin']) {
      expect(byTestId(id), id).not.toBeNull()
    }
  })

  test('an empty roster offers the sample data, which loads and reloads the list', async () => {
    let departments: Department[] = []
    let staff: Staff[] = []
    const backend = fakeBackend({
      list_departments: () => departments,
      list_staff: () => ({ items: staff, total: staff.length }),
      load_sample_data: () => {
        departments = [office]
        staff = [zhang]
        return { departments: 12, staff: 80 }
      },
    })
    await mountScreen(StaffList, { role: 'organizer' })
    expect(byTestId('empty-import')).not.toBeNull()
    expect(byTestId('empty-add-department')).not.toBeNull()
    byTestId('sample-load')!.click()
    await settle()
    expect(backend.callsOf('load_sample_data')).toHaveLength(1)
    expect(document.body.textContent).toContain('已载入示例数据：12 个科室，80 名职工')
    expect(byTestId('staff-empty')).toBeNull()
    expect(byTestId('staff-table')?.textContent).toContain('张三')
  })

  test('export shows the full path of the file written and offers to open it or its folder', async () => {
    const path = '/home/u/文档/花名册-20261130.xlsx'
    const backend = fakeBackend({ ...roster(), export_roster: () => ({ path, file_name: '花名册-20261130.xlsx' }), open_export: () => null })
    await mountScreen(StaffList, { role: 'organizer' })
    byTestId('staff-export')!.click()
    await settle()
    expect(byTestId('export-result')?.textContent).toContain(`已导出到：${path}`)
    byTestId('export-open')!.click()
    await settle()
    byTestId('export-folder')!.click()
    await settle()
    expect(backend.callsOf('open_export').map((c) => c.args)).toEqual([
      { path, folder: false },
      { path, folder: true },
    ])
  })
})

describe('row actions', () => {
  async function confirmMessageBox() {
    await settle()
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    await settle()
  }

  test('停用 asks first, then deactivates the person', async () => {
    const backend = fakeBackend({ ...roster(), set_staff_active: () => ({ ...zhang, active: false }) })
    await mountScreen(StaffList, { role: 'organizer' })
    await openMore()
    byTestId('staff-toggle-active')!.click()
    await settle()
    expect(document.querySelector('.el-message-box')?.textContent).toContain('张三')
    expect(backend.callsOf('set_staff_active')).toHaveLength(0)
    await confirmMessageBox()
    expect(backend.callsOf('set_staff_active')[0].args).toEqual({ id: 7, active: false })
  })

  test('the one 更多 menu acts on the row it was opened from, whichever row that is', async () => {
    const li: Staff = { ...zhang, id: 8, employee_no: 'A008', name: '李四', active: false }
    const backend = fakeBackend({ ...roster([zhang, li]), set_staff_active: () => ({ ...li, active: true }) })
    await mountScreen(StaffList, { role: 'organizer' })
    // Built when first opened, not with the screen.
    expect(byTestId('staff-more')).toBeNull()
    allByTestId('staff-more-button')[0].click()
    await settle()
    expect(byTestId('staff-toggle-active')?.textContent).toContain('停用')
    allByTestId('staff-more-button')[1].click()
    await settle()
    // 李四 is inactive: his menu offers 启用, which needs no question.
    expect(byTestId('staff-toggle-active')?.textContent).toContain('启用')
    byTestId('staff-toggle-active')!.click()
    await settle()
    expect(backend.callsOf('set_staff_active')).toEqual([expect.objectContaining({ args: { id: 8, active: true } })])
  })

  test('启用 needs no question', async () => {
    const backend = fakeBackend({ ...roster([{ ...zhang, active: false }]), set_staff_active: () => zhang })
    await mountScreen(StaffList, { role: 'organizer' })
    await openMore()
    expect(byTestId('staff-toggle-active')?.textContent).toContain('启用')
    byTestId('staff-toggle-active')!.click()
    await settle()
    expect(backend.callsOf('set_staff_active')[0].args).toEqual({ id: 7, active: true })
  })

  test('deleting someone with records shows the back end’s refusal', async () => {
    const refusal = '张三 已有活动、评选等记录，不能删除；人员离开时请改为“停用”'
    fakeBackend({
      ...roster(),
      delete_staff: () => {
        throw appError('roster.staff_has_records', refusal)
      },
    })
    await mountScreen(StaffList, { role: 'organizer' })
    await openMore()
    byTestId('staff-delete')!.click()
    await confirmMessageBox()
    expect(document.querySelector('.el-message--error')?.textContent).toContain(refusal)
  })
})

describe('personal PINs', () => {
  async function answerPrompt(value: string) {
    await settle()
    const input = document.querySelector<HTMLInputElement>('.el-message-box input')!
    input.value = value
    input.dispatchEvent(new Event('input'))
    await settle()
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click()
    await settle()
  }

  test('设置 PIN takes 4–6 digits and sends them', async () => {
    const backend = fakeBackend({ ...roster(), set_staff_pin: () => null })
    await mountScreen(StaffList, { role: 'organizer' })
    await openMore()
    byTestId('staff-set-pin')!.click()
    await answerPrompt('12a')
    expect(document.querySelector('.el-message-box')?.textContent).toContain('PIN 应为 4–6 位数字')
    expect(backend.callsOf('set_staff_pin')).toHaveLength(0)
    await answerPrompt('2468')
    expect(backend.callsOf('set_staff_pin')[0].args).toEqual({ staffId: 7, pin: '2468' })
  })

  test('an empty PIN clears it', async () => {
    const backend = fakeBackend({ ...roster(), set_staff_pin: () => null })
    await mountScreen(StaffList, { role: 'organizer' })
    await openMore()
    byTestId('staff-set-pin')!.click()
    await answerPrompt('')
    expect(backend.callsOf('set_staff_pin')[0].args).toEqual({ staffId: 7, pin: null })
  })
})

describe('the staff dialog', () => {
  test('keeps the form open with the back end’s message when saving is refused', async () => {
    const backend = fakeBackend({
      ...roster(),
      update_staff: () => {
        throw appError('roster.duplicate_employee_no', '工号 A001 已被 李四 使用，请换一个工号')
      },
    })
    await mountScreen(StaffList, { role: 'organizer' })
    byTestId('staff-edit')!.click()
    await dialogShown('staff-dialog')
    typeInto(byTestId<HTMLInputElement>('staff-employee-no')!, 'A001')
    byTestId('staff-save')!.click()
    await settle()
    expect(byTestId('staff-form-error')?.textContent).toContain('工号 A001 已被 李四 使用')
    expect(byTestId<HTMLInputElement>('staff-employee-no')?.value).toBe('A001')
    const call = backend.callsOf('update_staff')[0].args as { id: number; input: StaffInput }
    expect(call.id).toBe(7)
    expect(call.input).toMatchObject({ employee_no: 'A001', name: '张三', department_id: 1, political_status: 'cpc_member' })
  })

  test('a new person needs a 科室 before anything is sent', async () => {
    const backend = fakeBackend(roster())
    await mountScreen(StaffList, { role: 'organizer' })
    byTestId('staff-add')!.click()
    await dialogShown('staff-dialog')
    typeInto(byTestId<HTMLInputElement>('staff-employee-no')!, 'A010')
    typeInto(byTestId<HTMLInputElement>('staff-name')!, '王五')
    byTestId('staff-save')!.click()
    await settle()
    expect(byTestId('staff-form-error')?.textContent).toContain('请选择科室')
    expect(backend.callsOf('create_staff')).toHaveLength(0)
  })

  test('a saved person closes the dialog and the list reloads', async () => {
    const backend = fakeBackend({ ...roster(), update_staff: (args: { input: StaffInput }) => ({ ...zhang, ...args.input }) })
    await mountScreen(StaffList, { role: 'organizer' })
    const loads = backend.callsOf('list_staff').length
    byTestId('staff-edit')!.click()
    await dialogShown('staff-dialog')
    typeInto(byTestId<HTMLInputElement>('staff-position')!, '副科长')
    byTestId('staff-save')!.click()
    await settle()
    expect((backend.callsOf('update_staff')[0].args as { input: StaffInput }).input.position).toBe('副科长')
    expect(byTestId('staff-form-error')).toBeNull()
    expect(backend.callsOf('list_staff').length).toBeGreaterThan(loads)
    expect(allByTestId('staff-dialog').every((d) => (d.closest('.el-overlay') as HTMLElement | null)?.style.display === 'none')).toBe(true)
  })
})
