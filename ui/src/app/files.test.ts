import { describe, expect, test } from 'vitest'
import { formatSize, mimeType } from './files'

describe('attached files', () => {
  test('sizes read in B, KB or MB', () => {
    expect(formatSize(980)).toBe('980 B')
    expect(formatSize(12_800)).toBe('12.5 KB')
    expect(formatSize(3_565_158)).toBe('3.4 MB')
  })

  test('pictures get their MIME type from the extension, in any case', () => {
    expect(mimeType('现场.JPG')).toBe('image/jpeg')
    expect(mimeType('合影.png')).toBe('image/png')
    expect(mimeType('签到表.pdf')).toBe('')
    expect(mimeType('README')).toBe('')
  })
})
