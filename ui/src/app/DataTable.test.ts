import { afterEach, describe, expect, test, vi } from 'vitest'
import { h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import DataTable from './DataTable.vue'
import { tableMinWidth, type TableColumn } from './table'
import { FIRST_ROWS, REST_AFTER_MS, ROW_MIN_PX, outOfSight, rowsInView } from './rowsInSteps'

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

/** The table with `props`; `inWindow` mounts it in the document, where its place can be read. */
function table(props: Record<string, unknown> = {}, inWindow = false) {
  return mount(DataTable<Person>, {
    props: { rows: people, columns, rowKey: (p: Person) => p.id, emptyText: '暂无人员', ...props },
    slots: { actions: ({ row }: { row: Person }) => h('button', { class: 'act' }, `编辑${row.name}`) },
    global: { directives: { loading: {} } },
    attachTo: inWindow ? document.body : undefined,
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


  test('a cell without a slot holds its text alone, one with a slot what the slot draws', async () => {
    const w = table()
    const cellsOf = () => w.findAll('tbody tr')[0].findAll('td').map((td) => td.element)
    const [name, note, actions] = cellsOf()
    // Nothing else in the cells: no empty text nodes around them either.
    expect([...name.childNodes].map((n) => n.textContent)).toEqual(['张三'])
    expect([...note.childNodes].map((n) => n.textContent)).toEqual(['甲'])
    expect([...actions.childNodes].map((n) => (n as HTMLElement).outerHTML)).toEqual(['<button class="act">编辑张三</button>'])
    // A changed row shows its new text and what its slot draws for it.
    await w.setProps({ rows: [{ id: 1, name: '张三丰', note: '' }, people[1]] })
    const [name2, note2, actions2] = cellsOf()
    expect([name2.textContent, note2.textContent, actions2.textContent]).toEqual(['张三丰', '', '编辑张三丰'])
  })
  test('a pinned column and a cut column carry their classes; the table keeps the width its columns need', () => {
    const w = table()
    const cells = w.findAll('tbody tr')[0].findAll('td')
    expect(cells[1].classes()).toContain('ellipsis')
    expect(cells[2].classes()).toContain('pinned')
    expect(w.find('table').attributes('style')).toContain(`min-width: ${tableMinWidth(columns)}px`)
    expect(tableMinWidth(columns)).toBe(300)
  })

  test('a cut cell shows its whole text on hover; a cell that fits, or one that may wrap, shows none', async () => {
    const w = table({ rows: [{ id: 1, name: '张三', note: '  长长的备注，一行放不下  ' }, { id: 2, name: '李四', note: '短' }] })
    const [cut, fits] = w.findAll('tbody tr').map((r) => r.findAll('td')[1].element as HTMLElement)
    /** The cell's box and its content's width, as the window would lay them out. */
    const laidOut = (cell: HTMLElement, content: number) => {
      Object.defineProperty(cell, 'clientWidth', { value: 104, configurable: true })
      Object.defineProperty(cell, 'scrollWidth', { value: content, configurable: true })
    }
    laidOut(cut, 180)
    laidOut(fits, 104)
    await w.findAll('tbody tr')[0].findAll('td')[1].trigger('mouseover')
    expect(cut.title).toBe('长长的备注，一行放不下')
    await w.findAll('tbody tr')[1].findAll('td')[1].trigger('mouseover')
    expect(fits.title).toBe('')
    // The name column is not cut with …: it wraps, and keeps no title.
    const name = w.findAll('tbody tr')[0].findAll('td')[0]
    laidOut(name.element as HTMLElement, 180)
    await name.trigger('mouseover')
    expect((name.element as HTMLElement).title).toBe('')
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

/** A page of `n` people whose ids start at `from`. */
const page = (n: number, from = 1): Person[] => Array.from({ length: n }, (_, i) => ({ id: from + i, name: `人${from + i}`, note: '' }))

describe('DataTable: a long page in two steps', () => {
  // The frames are the test's: each `frame()` runs the callbacks asked for so far.
  let frames: FrameRequestCallback[] = []
  function frame() {
    const now = frames
    frames = []
    for (const run of now) run(performance.now())
  }
  function setUp() {
    vi.useFakeTimers()
    frames = []
    vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run))
    vi.stubGlobal('cancelAnimationFrame', () => {})
  }
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })
  const shown = (w: ReturnType<typeof table>) => w.findAll('tbody tr.data-row').length

  test('the first rows at once, the rest in the task after the next frame', async () => {
    setUp()
    const w = table({ rows: page(50) })
    expect(shown(w)).toBe(FIRST_ROWS)
    frame()
    await vi.advanceTimersByTimeAsync(0)
    await nextTick()
    expect(shown(w)).toBe(50)
    expect(w.findAll('tbody tr.data-row')[49].text()).toContain('人50')
  })

  test('a short page, a page turned and a row changed show every row at once', async () => {
    setUp()
    const short = table({ rows: page(FIRST_ROWS) })
    expect(shown(short)).toBe(FIRST_ROWS)
    const w = table({ rows: page(50) })
    frame()
    await vi.advanceTimersByTimeAsync(0)
    // The last page, shorter: every row at once, nothing under the reader moves.
    await w.setProps({ rows: page(45, 51) })
    expect(shown(w)).toBe(45)
    await w.setProps({ rows: [...page(44, 51), { id: 100, name: '改过', note: '' }] })
    expect(shown(w)).toBe(45)
    expect(w.text()).toContain('改过')
  })

  test('a table that showed no rows goes in steps again', async () => {
    setUp()
    const w = table({ rows: [] })
    await w.setProps({ rows: page(30) })
    expect(shown(w)).toBe(FIRST_ROWS)
    frame()
    await vi.advanceTimersByTimeAsync(0)
    await nextTick()
    expect(shown(w)).toBe(30)
  })

  test('without frames (a hidden window) the rest come all the same', async () => {
    setUp()
    const w = table({ rows: page(50) })
    await vi.advanceTimersByTimeAsync(REST_AFTER_MS - 1)
    expect(shown(w)).toBe(FIRST_ROWS)
    await vi.advanceTimersByTimeAsync(1)
    await nextTick()
    expect(shown(w)).toBe(50)
  })

  test('built out of sight (app/ScreenWarmup), only the first rows: the rest never come', async () => {
    setUp()
    const w = mount(DataTable<Person>, {
      props: { rows: page(50), columns, rowKey: (p: Person) => p.id, emptyText: '暂无人员' },
      global: { directives: { loading: {} }, provide: { [outOfSight]: true } },
    })
    expect(shown(w)).toBe(FIRST_ROWS)
    frame()
    frame()
    await vi.advanceTimersByTimeAsync(REST_AFTER_MS * 2)
    await nextTick()
    expect(shown(w)).toBe(FIRST_ROWS)
  })

  test('a table far down its page builds first the rows the window shows under it', async () => {
    setUp()
    vi.stubGlobal('innerHeight', 840)
    // Rows guessed to start 600 px down: the window shows 240 px of them.
    const w = table({ rows: page(50), startsBelow: 600 })
    expect(shown(w)).toBe(Math.ceil(240 / ROW_MIN_PX))
    frame()
    await vi.advanceTimersByTimeAsync(0)
    await nextTick()
    expect(shown(w)).toBe(50)
  })

  /** The table's place in the window (px): its body's and its box's, the box scrolling or not. */
  function placed(body: { top: number; bottom: number }, box: { top: number; bottom: number }, scrolls: boolean) {
    const spies = [
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
        return (this.tagName === 'TBODY' ? body : box) as DOMRect
      }),
      vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(() => [{}] as unknown as DOMRectList),
      vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(() => (scrolls ? 900 : 0)),
      vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => 0),
    ]
    return () => spies.forEach((s) => s.mockRestore())
  }

  test('when its rows start higher than guessed, the rows that show are there before the frame is painted', async () => {
    setUp()
    vi.stubGlobal('innerHeight', 840)
    // In the window, the body reads 200 px down, where 600 was guessed; its box grows with its rows.
    const restore = placed({ top: 200, bottom: 1000 }, { top: 160, bottom: 1000 }, false)
    const w = table({ rows: page(50), startsBelow: 600 }, true)
    await nextTick()
    expect(shown(w)).toBe(Math.ceil(240 / ROW_MIN_PX))
    // The frame's callbacks (it lays out and paints after them): read where the table is, more rows.
    frame()
    await nextTick()
    expect(shown(w)).toBe(Math.ceil(640 / ROW_MIN_PX))
    await vi.advanceTimersByTimeAsync(0)
    await nextTick()
    expect(shown(w)).toBe(50)
    w.unmount()
    restore()
  })

  test('a table that fills its box builds first, next time, the rows its box showed', async () => {
    setUp()
    vi.stubGlobal('innerHeight', 840)
    // 职工 in the window's first size: rows from 172 px down, the box scrolling down to 764.
    const restore = placed({ top: 172, bottom: 972 }, { top: 132, bottom: 764 }, true)
    const shows = Math.ceil((764 - 172) / ROW_MIN_PX)
    const first = table({ rows: page(FIRST_ROWS) }, true)
    await nextTick()
    expect(shown(first)).toBe(FIRST_ROWS)
    frame()
    first.unmount()
    // Built out of the window (as a screen waiting for its data is): the rows the box showed.
    restore()
    const again = table({ rows: page(FIRST_ROWS) })
    expect(shown(again)).toBe(shows)
    frame()
    await vi.advanceTimersByTimeAsync(0)
    await nextTick()
    expect(shown(again)).toBe(FIRST_ROWS)
    // The window grown by 80 px: so has the box, two rows more.
    vi.stubGlobal('innerHeight', 920)
    expect(shown(table({ rows: page(FIRST_ROWS) }))).toBe(shows + 2)
    // Another table (other columns) has no such memory; one in the same place has, whatever its columns.
    const other = (props: Record<string, unknown>) =>
      mount(DataTable<Person>, {
        props: { rows: page(FIRST_ROWS), columns: columns.slice(0, 2), rowKey: (p: Person) => p.id, emptyText: '', ...props },
        global: { directives: { loading: {} } },
      }).findAll('tbody tr.data-row').length
    expect(other({})).toBe(FIRST_ROWS)
    const again2 = placed({ top: 172, bottom: 972 }, { top: 132, bottom: 764 }, true)
    const roster = table({ rows: page(FIRST_ROWS), place: 'roster' }, true)
    await nextTick()
    frame()
    roster.unmount()
    again2()
    expect(other({ place: 'roster' })).toBe(shows)
  })

  test('a table with no rows is not read: its empty state says nothing of the rows it will show', async () => {
    setUp()
    vi.stubGlobal('innerHeight', 840)
    // Empty, its box holds only the empty state under the head: 80 px of room.
    const restore = placed({ top: 172, bottom: 172 }, { top: 132, bottom: 252 }, false)
    table({ rows: [] }, true)
    await nextTick()
    frame()
    restore()
    expect(shown(table({ rows: page(FIRST_ROWS) }))).toBe(FIRST_ROWS)
  })

  test('a table of bounded height builds first the rows that fit under its head', () => {
    setUp()
    vi.stubGlobal('innerHeight', 840)
    // 量化考核's board: 560 px at most, a head of one row.
    expect(shown(table({ rows: page(50), maxHeight: 560 }))).toBe(Math.ceil((560 - ROW_MIN_PX) / ROW_MIN_PX))
    expect(shown(table({ rows: page(50) }))).toBe(FIRST_ROWS)
  })

  test('a box that neither scrolls nor outgrows its rows cuts none off: the window does', async () => {
    setUp()
    vi.stubGlobal('innerHeight', 840)
    const restore = placed({ top: 172, bottom: 400 }, { top: 132, bottom: 400 }, false)
    table({ rows: page(FIRST_ROWS) }, true)
    await nextTick()
    frame()
    restore()
    expect(shown(table({ rows: page(FIRST_ROWS) }))).toBe(Math.min(FIRST_ROWS, Math.ceil((840 - 172) / ROW_MIN_PX)))
  })

  test('the rows a window shows: at least one, never more than a first step', () => {
    expect(rowsInView(600, 840)).toBe(6)
    expect(rowsInView(900, 840)).toBe(1)
    expect(rowsInView(0, 2000)).toBe(FIRST_ROWS)
    expect(rowsInView(172, 764)).toBe(15)
  })
})

describe('DataTable: cells as markup', () => {
  interface Member {
    id: number
    name: string
    active: boolean
  }
  const members: Member[] = [
    { id: 1, name: '张三', active: true },
    { id: 2, name: '<b>李四</b>', active: false },
  ]
  const memberColumns: TableColumn<Member>[] = [
    { key: 'id', label: '编号', width: 60 },
    { key: 'name', label: '姓名', width: 120, cell: (m) => ({ link: m.name, href: `#/staff/${m.id}`, act: 'open', testid: 'name' }) },
    { key: 'state', label: '状态', width: 80, cell: (m) => (m.active ? { tag: '在职', tone: 'success' } : { tag: '停用', tone: 'info' }) },
    { key: 'actions', label: '操作', width: 100, pinned: true, cell: () => [{ button: '编辑', act: 'edit', testid: 'edit' }] },
  ]
  const drawn = (props: Record<string, unknown> = {}) =>
    mount(DataTable<Member>, {
      props: { rows: members, columns: memberColumns, rowKey: (m: Member) => m.id, emptyText: '暂无人员', ...props },
      global: { directives: { loading: {} } },
    })

  test('draws each row from its columns: a field as text, or what the column says, escaped', () => {
    const w = drawn()
    const rows = w.findAll('tbody tr.data-row')
    expect(rows.map((r) => r.findAll('td').map((td) => td.text()))).toEqual([
      ['1', '张三', '在职', '编辑'],
      ['2', '<b>李四</b>', '停用', '编辑'],
    ])
    // The name's markup stays text: no element came of it.
    expect(rows[1].find('b').exists()).toBe(false)
    expect(rows[1].findAll('td')[3].classes()).toContain('pinned')
    expect(rows[0].find('.el-tag--success').exists()).toBe(true)
  })

  test('a piece that acts hands its row to the caller; the rest of a clickable row opens it', async () => {
    const w = drawn({ clickable: true })
    const second = w.findAll('tbody tr.data-row')[1]
    await second.find('[data-testid="edit"]').trigger('click')
    const [act, row, piece] = w.emitted('act')![0] as [string, Member, HTMLElement]
    expect([act, row]).toEqual(['edit', members[1]])
    expect(piece.dataset.testid).toBe('edit')
    // The link acts instead of being followed, and does not open the row as well.
    const click = new MouseEvent('click', { bubbles: true, cancelable: true })
    second.find('[data-testid="name"]').element.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(w.emitted('act')![1].slice(0, 2)).toEqual(['open', members[1]])
    expect(w.emitted('rowClick')).toBeUndefined()
    await second.findAll('td')[0].trigger('click')
    expect(w.emitted('rowClick')).toEqual([[members[1]]])
    // A disabled button (refused, or busy) takes no click.
    const busy = drawn({ columns: [{ key: 'actions', cell: () => ({ button: '签到', act: 'checkIn', loading: true }) }] })
    await busy.find('button').trigger('click')
    expect(busy.emitted('act')).toBeUndefined()
    // A table whose rows do not open: a click beside the pieces does nothing.
    const still = drawn()
    await still.findAll('tbody tr.data-row')[0].findAll('td')[0].trigger('click')
    expect(still.emitted('rowClick')).toBeUndefined()
    expect(still.emitted('act')).toBeUndefined()
  })

  test('a row changed shows its new cells; the rows that did not change keep their elements', async () => {
    const w = drawn()
    const [first, second] = w.findAll('tbody tr.data-row').map((r) => r.element)
    const firstButton = first.querySelector('button')
    await w.setProps({ rows: [members[0], { ...members[1], active: true }] })
    const rows = w.findAll('tbody tr.data-row')
    expect(rows[1].findAll('td')[2].text()).toBe('在职')
    expect(rows[0].element).toBe(first)
    expect(rows[1].element).toBe(second)
    expect(first.querySelector('button')).toBe(firstButton)
  })

  test('a row drawn again gives the focus back to the piece that had it', async () => {
    const ticking: TableColumn<Member>[] = [
      { key: 'tick', cell: (m) => ({ tick: m.active, act: 'tick', label: '勾选' }) },
      { key: 'name', label: '姓名' },
    ]
    const w = mount(DataTable<Member>, {
      props: { rows: members, columns: ticking, rowKey: (m: Member) => m.id, emptyText: '' },
      global: { directives: { loading: {} } },
      attachTo: document.body,
    })
    const secondTick = () => w.findAll('tbody tr.data-row')[1].find('input').element as HTMLInputElement
    const before = secondTick()
    before.focus()
    await w.setProps({ rows: [members[0], { ...members[1], active: true }] })
    expect(secondTick()).not.toBe(before)
    expect(secondTick().checked).toBe(true)
    expect(document.activeElement).toBe(secondTick())
    w.unmount()
  })

  test('a long page in two steps keeps the first rows it drew', async () => {
    vi.useFakeTimers()
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run))
    vi.stubGlobal('cancelAnimationFrame', () => {})
    try {
      const many = Array.from({ length: 50 }, (_, i) => ({ id: i + 1, name: `人${i + 1}`, active: true }))
      const w = drawn({ rows: many })
      const firstRows = w.findAll('tbody tr.data-row').map((r) => r.element)
      expect(firstRows).toHaveLength(FIRST_ROWS)
      frames.splice(0).forEach((run) => run(performance.now()))
      await vi.advanceTimersByTimeAsync(0)
      await nextTick()
      const all = w.findAll('tbody tr.data-row').map((r) => r.element)
      expect(all).toHaveLength(50)
      // The same elements, not drawn again.
      expect(all.slice(0, FIRST_ROWS).every((row, i) => row === firstRows[i])).toBe(true)
      expect(all[49].textContent).toContain('人50')
    } finally {
      vi.useRealTimers()
      vi.unstubAllGlobals()
    }
  })

  test('beside a column with a slot (components in its cells), the other columns still draw as they say', () => {
    const w = mount(DataTable<Member>, {
      props: { rows: members, columns: memberColumns, rowKey: (m: Member) => m.id, emptyText: '' },
      slots: { id: ({ row }: { row: Member }) => h('input', { type: 'checkbox', value: row.id }) },
      global: { directives: { loading: {} } },
    })
    const cells = w.findAll('tbody tr.data-row')[1].findAll('td')
    expect(cells[0].find('input[type="checkbox"]').exists()).toBe(true)
    expect(cells.slice(1).map((td) => td.text())).toEqual(['<b>李四</b>', '停用', '编辑'])
    expect(cells[1].find('b').exists()).toBe(false)
  })
})
