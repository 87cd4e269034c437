import { describe, expect, test } from 'vitest'
import { contest } from './fixtures'
import { judgeCell, sumMarks } from './labels'

describe('judging labels', () => {
  test('a judge’s cell is the score with why it was dropped, 回避, or not yet scored', () => {
    const line = { ...contest().results[0], recused_judge_ids: [6], scores: contest().results[0].scores.slice(0, 5) }
    expect(judgeCell(line, 5)).toEqual({ kind: 'score', text: '95', dropped: 'highest' })
    expect(judgeCell(line, 4)).toEqual({ kind: 'score', text: '70', dropped: 'lowest' })
    expect(judgeCell(line, 1)).toEqual({ kind: 'score', text: '90', dropped: null })
    expect(judgeCell(line, 6)).toEqual({ kind: 'recused' })
    expect(judgeCell(line, 7)).toEqual({ kind: 'missing' })
  })

  test('marks add up exactly in hundredths, empty ones as 0', () => {
    expect(sumMarks([38.5, 27.35, 18.05, 9.1])).toBe('93')
    expect(sumMarks([0.1, 0.2, null])).toBe('0.3')
  })
})
