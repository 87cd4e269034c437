import { describe, expect, test } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import { ArrowDown } from '@element-plus/icons-vue'
import { drawnMarkup } from '@/test/markup'
import { cellMarkup, escapeMarkup } from './cellMarkup'
import { absent, refused, yes } from '@/test/activities'
import { permitButton, type Tone } from './table'
import { TickBox } from './tickBox'
import PermitButton from './PermitButton.vue'
import { PlainButton } from './plainButton'
import { PlainTag } from './plainTag'

/** The markup put in a cell, as the window would read it. */
function cellOf(markup: string): HTMLTableCellElement {
  const row = document.createElement('tr')
  row.innerHTML = `<td>${markup}</td>`
  return row.cells[0]
}

describe('a cell as markup', () => {
  test('escapes every character that could open an element or close an attribute', () => {
    expect(escapeMarkup(`<b title="x" class='y'>&amp;</b>`)).toBe('&lt;b title=&quot;x&quot; class=&#39;y&#39;&gt;&amp;amp;&lt;/b&gt;')
    expect(escapeMarkup('张三 · 局领导')).toBe('张三 · 局领导')
  })

  test('a name or title holding markup shows as its text, and no element comes of it', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    for (const cell of [
      hostile,
      { text: hostile, testid: '"><img src=x>' },
      { tag: hostile, tone: 'info' as const },
      { button: hostile, act: '" onclick="alert(3)', testid: 'x' },
      { link: hostile, href: '" onmouseover="alert(4)', act: 'open' },
      // A tone is the code's own word; one that came from elsewhere is escaped all the same.
      { tag: hostile, tone: '"><img src=x>' as Tone },
      { text: hostile, tone: '"><img src=x>' as Tone },
    ]) {
      const td = cellOf(cellMarkup(cell))
      expect(td.textContent).toBe(hostile)
      expect(td.querySelector('img, script')).toBeNull()
      for (const el of td.querySelectorAll('*')) {
        expect([...el.attributes].map((a) => a.name).filter((name) => name.startsWith('on'))).toEqual([])
      }
    }
  })

  test('draws a tag, a link button and a link as Element Plus draws them, with what acts marked', () => {
    const tag = cellOf(cellMarkup({ tag: '在职', tone: 'success', testid: 'status' })).firstElementChild as HTMLElement
    expect([...tag.classList]).toEqual(['el-tag', 'el-tag--success', 'el-tag--small', 'el-tag--light'])
    expect(tag.dataset.testid).toBe('status')
    expect(tag.querySelector('.el-tag__content')?.textContent).toBe('在职')

    const more = cellOf(cellMarkup({ button: '更多', act: 'more', menu: true })).querySelector('button') as HTMLButtonElement
    expect(more.type).toBe('button')
    expect([...more.classList]).toEqual(['el-button', 'el-button--primary', 'is-link'])
    expect(more.dataset.act).toBe('more')
    expect(more.textContent).toBe('更多')
    expect(more.querySelector('.el-icon svg')).not.toBeNull()

    const link = cellOf(cellMarkup({ link: '爬山活动', href: '#/activities/7', act: 'open', testid: 'activity-link' })).querySelector('a') as HTMLAnchorElement
    expect(link.getAttribute('href')).toBe('#/activities/7')
    expect(link.dataset.act).toBe('open')
    expect(link.textContent).toBe('爬山活动')
  })

  test('pieces side by side, a text in its tone; an empty text is an empty cell', () => {
    const td = cellOf(cellMarkup([{ text: '50 / 60' }, { text: '候补 3 人', tone: 'warning' }]))
    expect([...td.children].map((el) => [el.className, el.textContent])).toEqual([
      ['cell-text', '50 / 60'],
      ['cell-text tone-warning', '候补 3 人'],
    ])
    expect(cellOf(cellMarkup('')).childNodes).toHaveLength(0)
  })
})

test('a tag and a link button are PlainTag’s and PlainButton’s markup (el-tag’s and el-button’s), element for element', () => {
  const drawn = (node: Element) => drawnMarkup(node, ['data-act', 'data-testid'])
  const vueDrawn = (render: () => ReturnType<typeof h>) => drawn(mount({ render }).element)
  expect(drawn(cellOf(cellMarkup({ tag: '停用', tone: 'info' })).firstElementChild!)).toBe(vueDrawn(() => h(PlainTag, { type: 'info', size: 'small' }, () => '停用')))
  expect(drawn(cellOf(cellMarkup({ button: '编辑', act: 'edit' })).firstElementChild!)).toBe(vueDrawn(() => h(PlainButton, { type: 'primary', link: true }, () => '编辑')))
  expect(drawn(cellOf(cellMarkup({ button: '更多', act: 'more', menu: true })).firstElementChild!)).toBe(
    vueDrawn(() => h(PlainButton, { type: 'primary', link: true }, () => ['更多', h('i', { class: 'el-icon el-icon--right' }, h(ArrowDown))])),
  )
})

test('a busy, a disabled and a permitted button, and a tick box, are PlainButton’s, PermitButton’s and TickBox’s markup', () => {
  const drawn = (node: Element) => drawnMarkup(node, ['data-act', 'data-testid'])
  const vueDrawn = (render: () => ReturnType<typeof h>) => drawn(mount({ render }).element)
  const piece = (cell: Parameters<typeof cellMarkup>[0]) => drawn(cellOf(cellMarkup(cell)).firstElementChild!)
  expect(piece({ button: '签到', act: 'checkIn', loading: true })).toBe(vueDrawn(() => h(PlainButton, { type: 'primary', link: true, loading: true }, () => '签到')))
  expect(piece({ button: '撤销', act: 'undo', tone: 'warning', disabled: true })).toBe(vueDrawn(() => h(PlainButton, { type: 'warning', link: true, disabled: true }, () => '撤销')))
  for (const permit of [yes(), refused('报名已截止，不能取消')]) {
    expect(piece(permitButton(permit, { button: '取消报名', act: 'cancel', tone: 'danger' })!)).toBe(
      vueDrawn(() => h(PermitButton, { permit, type: 'danger', link: true }, () => '取消报名')),
    )
  }
  // Not offered: nothing at all, as PermitButton draws nothing.
  expect(permitButton(absent(), { button: '纠正', act: 'correct' })).toBeNull()
  for (const tick of [true, false]) {
    expect(piece({ tick, act: 'tick', label: '勾选' })).toBe(vueDrawn(() => h(TickBox, { modelValue: tick, label: '勾选' })))
  }
})

test('a note is a line of its own under the text; buttons side by side share a box that wraps them', () => {
  const td = cellOf(cellMarkup([{ text: '11月20日 13:00' }, null, { note: '递补于 11月21日', tone: 'success', testid: 'promoted' }]))
  expect([...td.children].map((el) => [el.tagName, el.className, el.textContent])).toEqual([
    ['SPAN', 'cell-text', '11月20日 13:00'],
    ['DIV', 'cell-note tone-success', '递补于 11月21日'],
  ])
  const actions = cellOf(cellMarkup([{ button: '签到', act: 'checkIn' }, null, { button: '纠正', act: 'correct' }]))
  expect(actions.firstElementChild!.className).toBe('cell-actions')
  expect([...actions.querySelectorAll('button')].map((b) => b.dataset.act)).toEqual(['checkIn', 'correct'])
  // One button alone needs no box.
  expect(cellOf(cellMarkup([{ button: '签到', act: 'checkIn' }, null])).firstElementChild!.tagName).toBe('BUTTON')
})
