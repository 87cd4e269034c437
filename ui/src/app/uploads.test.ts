// Element Plus hides an upload's file input with display:none, which a test driver in the real
// window cannot type into. theme.css keeps it reachable under `.file-input-reachable`: every
// upload sits in that wrapper, and no screen keeps a copy of the rule.
import { expect, test } from 'vitest'

const sources = import.meta.glob('/src/**/*.vue', { query: '?raw', import: 'default', eager: true }) as Record<string, string>

test('every upload sits in the shared wrapper that keeps its file input reachable', () => {
  const uploads = Object.entries(sources).filter(([, text]) => text.includes('<el-upload'))
  expect(uploads.length).toBeGreaterThanOrEqual(3)
  const unwrapped = uploads.filter(([, text]) => !text.includes('file-input-reachable')).map(([path]) => path)
  expect(unwrapped).toEqual([])
})

test('no screen keeps its own copy of the rule', () => {
  const copies = Object.entries(sources)
    .filter(([, text]) => text.includes('el-upload__input'))
    .map(([path]) => path)
  expect(copies).toEqual([])
})
