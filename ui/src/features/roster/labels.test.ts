import { describe, expect, test } from 'vitest'
import type { DepartmentKind } from '@/bindings/DepartmentKind'
import type { Gender } from '@/bindings/Gender'
import type { ImportField } from '@/bindings/ImportField'
import type { PoliticalStatus } from '@/bindings/PoliticalStatus'
import type { RowAction } from '@/bindings/RowAction'
import { i18n, setLocale } from '@/i18n'
import {
  DEPARTMENT_KINDS,
  GENDERS,
  IMPORT_FIELDS,
  POLITICAL_STATUSES,
  ROW_ACTIONS,
  departmentKindKey,
  genderKey,
  importFieldKey,
  politicalStatusKey,
  rowActionKey,
} from './labels'

const t = i18n.global.t

// The glossary: each value of a binding union and the Chinese word people know it by. Typed as
// Record<Union, string>, so a value added in Rust must be added here (and to labels.ts) too.
const GENDER_ZH: Record<Gender, string> = { male: '男', female: '女', unspecified: '未填' }
const POLITICAL_ZH: Record<PoliticalStatus, string> = {
  cpc_member: '中共党员',
  cpc_probationary: '中共预备党员',
  cyl_member: '共青团员',
  rckmt_member: '民革党员',
  cdl_member: '民盟盟员',
  cndca_member: '民建会员',
  capd_member: '民进会员',
  cpwdp_member: '农工党党员',
  czgp_member: '致公党党员',
  jiusan_member: '九三学社社员',
  tdsl_member: '台盟盟员',
  democratic_party: '民主党派',
  non_partisan: '无党派人士',
  masses: '群众',
}
const KIND_ZH: Record<DepartmentKind, string> = { office: '机关科室', subunit: '下属单位' }
const FIELD_ZH: Record<ImportField, string> = {
  employee_no: '工号',
  name: '姓名',
  gender: '性别',
  department: '科室',
  position: '职务',
  political_status: '政治面貌',
  is_veteran: '退役军人',
  phone: '手机号',
  active: '在职',
}
const ACTION_ZH: Record<RowAction, string> = { create: '新增', update: '更新', skip: '跳过' }

interface LabelCase {
  name: string
  values: readonly string[]
  key: (value: string) => string
  zh: Record<string, string>
}

// The label functions take their own union; here they are called with values of that union only.
const labelled = (f: (value: never) => string) => f as (value: string) => string

const cases: LabelCase[] = [
  { name: 'gender', values: GENDERS, key: labelled(genderKey), zh: GENDER_ZH },
  { name: 'political status', values: POLITICAL_STATUSES, key: labelled(politicalStatusKey), zh: POLITICAL_ZH },
  { name: 'department kind', values: DEPARTMENT_KINDS, key: labelled(departmentKindKey), zh: KIND_ZH },
  { name: 'import field', values: IMPORT_FIELDS, key: labelled(importFieldKey), zh: FIELD_ZH },
  { name: 'row action', values: ROW_ACTIONS, key: labelled(rowActionKey), zh: ACTION_ZH },
]

describe.each(cases)('$name labels', ({ values, key, zh }) => {
  test('offer every value of the union, once', () => {
    expect([...values].sort()).toEqual(Object.keys(zh).sort())
  })

  test('read as the glossary says in Chinese', () => {
    for (const v of values) expect(t(key(v))).toBe(zh[v])
  })

  test('have an English label of their own', () => {
    setLocale('en')
    const labels = values.map((v) => t(key(v)))
    for (const [i, v] of values.entries()) {
      expect(labels[i]).not.toBe(key(v))
      expect(labels[i]).not.toBe(zh[v])
    }
    expect(new Set(labels).size).toBe(values.length)
  })
})
