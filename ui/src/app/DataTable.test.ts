import { describe, expect, test } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import DataTable from './DataTable.vue'
import { tableMinWidth, type TableColumn } from './table'

interface Person {
  id: number
  name: string
  note: string
}

const columns: TableColumn[] = [
  { key: 'name', label: '姓名', width: 80 },
  { key: 'note', label: '备注', minWidth: 120, ellipsis: true },
  { key: 'actions', label: '操作', width: 100, pinned: true },
]
const people: Person[] = [
  { id: 1, name: '张三', note: '甲' },
  { id: 2, name: '李四', note: '乙' },
]

function table(props: Record<string, unknown> = {}) {
  return mount(DataTable<Person>, {
    props: { rows: people, columns, rowKey: (p: Person) => p.id, emptyText: '暂无人员', ...props },
    slots: { actions: ({ row }: { row: Person }) => h('button', { class: 'act' }, `编辑${row.name}`) },
    global: { directives: { loading: {} } },
  })
}

describe('DataTable', () => {
  test('draws a head and one row per item, a cell from its slot or from the field named by its key', () => {
    const w = table()
    expect(w.findAll('th').map((th) => th.text())).toEqual(['姓名', '备注', '操作'])
    const rows = w.findAll('tbody tr.data-row')
    expect(rows.map((r) => r.findAll('td').map((td) => td.text()))).toEqual([
      ['张三', '甲', '编辑张三'],
      ['李四', '乙', '编辑李四'],
    ])
    expect(w.find('[data-testid="data-table-empty"]').exists()).toBe(false)
  })

  test('a pinned column and a cut column carry their classes; the table keeps the width its columns need', () => {
    const w = table()
    const cells = w.findAll('tbody tr')[0].findAll('td')
    expect(cells[1].classes()).toContain('ellipsis')
    expect(cells[2].classes()).toContain('pinned')
    expect(w.find('table').attributes('style')).toContain(`min-width: ${tableMinWidth(columns)}px`)
    expect(tableMinWidth(columns)).toBe(300)
  })

  test('an empty list says so, and says nothing while it loads', async () => {
    const w = table({ rows: [] })
    expect(w.find('[data-testid="data-table-empty"]').text()).toBe('暂无人员')
    await w.setProps({ loading: true })
    expect(w.find('[data-testid="data-table-empty"]').text()).toBe('')
  })

  test('rows answer clicks only when the table is clickable, and carry the class the caller gives', async () => {
    const plain = table({ rowClass: (p: Person) => (p.id === 2 ? 'inactive' : '') })
    await plain.findAll('tbody tr')[0].trigger('click')
    expect(plain.emitted('rowClick')).toBeUndefined()
    expect(plain.findAll('tbody tr')[1].classes()).toContain('inactive')
    const clickable = table({ clickable: true })
    await clickable.findAll('tbody tr')[1].trigger('click')
    expect(clickable.emitted('rowClick')).toEqual([[people[1]]])
  })
})
