// An element as it is drawn, to check that a plain look (app/LazySelect, app/plainButton) is the
// Element Plus component's own markup: tags, attributes and classes (sorted), text; without comments,
// empty class attributes, scoped styles' data-v- markers and the attributes named in `ignore`
// (generated ids and the like).
export function drawnMarkup(node: Node, ignore: readonly string[] = []): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent?.trim() ?? ''
  if (node.nodeType !== Node.ELEMENT_NODE) return ''
  const el = node as Element
  const attrs = [...el.attributes]
    .filter((a) => !ignore.includes(a.name) && !a.name.startsWith('data-v-') && !(a.name === 'class' && a.value.trim() === ''))
    .map((a) => (a.name === 'class' ? `class="${a.value.split(/\s+/).filter(Boolean).sort().join(' ')}"` : `${a.name}="${a.value}"`))
    .sort()
  const inner = [...el.childNodes].map((child) => drawnMarkup(child, ignore)).join('')
  return `<${el.tagName.toLowerCase()}${attrs.map((a) => ` ${a}`).join('')}>${inner}</${el.tagName.toLowerCase()}>`
}
