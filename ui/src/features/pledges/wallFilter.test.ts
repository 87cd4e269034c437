import { describe, expect, test } from 'vitest'
import { wall } from '@/test/pledges'
import { NO_FILTER, filterWall } from './wallFilter'

const owners = (f = NO_FILTER) => filterWall(wall(), f).map((s) => [s.department_name, s.pledges.map((p) => [p.owner_name, p.items.map((i) => i.id)])])

describe('the 亮诺墙 filters', () => {
  test('no filter shows everything as sent', () => {
    expect(filterWall(wall(), NO_FILTER)).toEqual(wall())
  })

  test('keep only matching items, and the pledges and 科室 that still have one', () => {
    expect(owners({ ...NO_FILTER, kind: '服务承诺' })).toEqual([['办公室', [['赵敏', [12]]]]])
    expect(owners({ ...NO_FILTER, status: 'fulfilled' })).toEqual([['人事科', [['钱八', [31]]]]])
    expect(owners({ ...NO_FILTER, onlyOverdue: true })).toEqual([['办公室', [['赵敏', [12]]]]])
    expect(owners({ kind: '岗位承诺', status: 'in_progress', onlyOverdue: false })).toEqual([])
  })
})
