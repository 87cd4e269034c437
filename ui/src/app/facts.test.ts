import { describe, expect, test } from 'vitest'
import { FACTS } from '@/bindings/facts'
import { KINDS } from '@/features/activities/labels'
import { chessDefaults, kindFacts, swissRounds, ttDefaults } from './facts'

describe('the facts core sends the window', () => {
  test('say for every kind the UI offers what it records and which contest it holds', () => {
    expect(FACTS.kinds.map((k) => k.kind).sort()).toEqual([...KINDS].sort())
    expect(KINDS.filter((k) => kindFacts(k).takes_reflection).sort()).toEqual(['moral_lecture', 'reading', 'study'])
    expect(KINDS.filter((k) => kindFacts(k).takes_hours)).toEqual(['volunteer'])
    expect(KINDS.filter((k) => kindFacts(k).contest === 'tournament').sort()).toEqual(['chess', 'table_tennis'])
    expect(kindFacts('speech').contest).toBe('judged')
    expect(KINDS.filter((k) => kindFacts(k).contest === 'timed').sort()).toEqual(['fitness', 'hiking'])
    expect(kindFacts('study').contest).toBeNull()
  })

  test('give the Swiss rounds of a field, and one round for a field core would not draw', () => {
    expect(swissRounds(16)).toEqual({ max: 15, default: 5 })
    expect(swissRounds(9)).toEqual({ max: 9, default: 5 })
    expect(swissRounds(2)).toEqual({ max: 1, default: 1 })
  })

  test('hand each draw form its own copy of the default rules', () => {
    const tt = ttDefaults()
    tt.best_of = 7
    expect(ttDefaults().best_of).toBe(FACTS.tournaments.table_tennis.best_of)
    const chess = chessDefaults()
    chess.tie_breaks.pop()
    expect(chessDefaults().tie_breaks).toEqual(FACTS.tournaments.chess.tie_breaks)
  })
})
