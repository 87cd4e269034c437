import { describe, expect, test } from 'vitest'
import type { Staff } from '@/bindings/Staff'
import { emptyStaffForm, staffFormFrom, toStaffInput } from './staffForm'

const zhang: Staff = {
  id: 7,
  employee_no: 'A007',
  name: '张三',
  gender: 'male',
  department_id: 3,
  department_name: '办公室',
  position: '科员',
  political_status: 'cpc_member',
  is_veteran: true,
  phone: '13912345678',
  active: false,
}

describe('the staff form', () => {
  test('becomes a StaffInput with exactly the snake_case fields the back end reads', () => {
    const input = toStaffInput(staffFormFrom(zhang))
    expect(input).toEqual({
      employee_no: 'A007',
      name: '张三',
      gender: 'male',
      department_id: 3,
      position: '科员',
      political_status: 'cpc_member',
      is_veteran: true,
      phone: '13912345678',
    })
  })

  test('does not send what the person record has beyond the input (id, 科室 name, 在职)', () => {
    const input = toStaffInput(staffFormFrom(zhang))!
    expect(Object.keys(input)).not.toContain('id')
    expect(Object.keys(input)).not.toContain('department_name')
    expect(Object.keys(input)).not.toContain('active')
  })

  test('is not sent while no 科室 is chosen', () => {
    const form = emptyStaffForm()
    form.employee_no = 'A008'
    form.name = '李四'
    expect(toStaffInput(form)).toBeNull()
  })

  test('a new person starts empty, 性别 未填, 群众, not a veteran, in the 科室 given', () => {
    expect(emptyStaffForm(5)).toEqual({
      employee_no: '',
      name: '',
      gender: 'unspecified',
      department_id: 5,
      position: '',
      political_status: 'masses',
      is_veteran: false,
      phone: '',
    })
  })

  test('sends text as typed; the back end trims and checks it', () => {
    const form = { ...emptyStaffForm(1), employee_no: ' A009 ', name: ' 王五 ', phone: '139 1234 5678' }
    expect(toStaffInput(form)).toMatchObject({ employee_no: ' A009 ', name: ' 王五 ', phone: '139 1234 5678' })
  })
})
