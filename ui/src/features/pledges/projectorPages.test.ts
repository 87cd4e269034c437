import { describe, expect, test } from 'vitest'
import { item, pledge, section } from '@/test/pledges'
import { projectorPages } from './projectorPages'

const withItems = (id: number, n: number) => pledge({ id, owner_name: `人${id}`, items: Array.from({ length: n }, (_, i) => item({ id: id * 100 + i, position: i + 1 })) })

describe('projector pages', () => {
  test('each 科室 starts a page of its own', () => {
    const pages = projectorPages([section([withItems(1, 2)]), section([withItems(2, 2)], { department_id: 2, department_name: '人事科' })])
    expect(pages.map((p) => [p.departmentName, p.part, p.parts, p.pledges.length])).toEqual([
      ['办公室', 1, 1, 1],
      ['人事科', 1, 1, 1],
    ])
  })

  test('a 科室 with many items runs over pages of whole pledges, numbered', () => {
    const pages = projectorPages([section([withItems(1, 3), withItems(2, 3), withItems(3, 3), withItems(4, 12)])], 8)
    expect(pages.map((p) => p.pledges.map((x) => x.id))).toEqual([[1, 2], [3], [4]])
    expect(pages.map((p) => `${p.part}/${p.parts}`)).toEqual(['1/3', '2/3', '3/3'])
  })

  test('no pledges, no pages', () => {
    expect(projectorPages([])).toEqual([])
  })
})
