import { describe, expect, test } from 'vitest'
import type { TournamentMatch } from '@/bindings/TournamentMatch'
import { i18n } from '@/i18n'
import type { Tournament } from '@/bindings/Tournament'
import type { TournamentRound } from '@/bindings/TournamentRound'
import { digits, gamesOf, linesOf, resultText, roundLabel, tiedGroups, type GameLine } from './labels'

const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})
const names: Record<number, string> = { 1: '张三', 2: '李四' }
const nameOf = (id: number) => names[id]
const line = (a: string, b: string): GameLine => ({ a, b })

function match(result: TournamentMatch['result'], games: [number, number] | null = null): TournamentMatch {
  return { id: 9, round: 1, board: 1, third_place: false, group: null, first: 1, second: 2, result, games }
}

describe('the games typed into the result dialog', () => {
  test('empty lines after the last game are not sent', () => {
    const games = gamesOf([line('11', '7'), line('9', '11'), line('11', '5'), line('11', '3'), line('', '')])
    expect(games).toEqual([
      { a: 11, b: 7 },
      { a: 9, b: 11 },
      { a: 11, b: 5 },
      { a: 11, b: 3 },
    ])
  })

  test('a half-filled game is sent as it is, so that the back end says what is wrong with it', () => {
    expect(gamesOf([line('11', ''), line('', '')])).toEqual([{ a: 11, b: 0 }])
  })

  test('only digits can be typed into a points box', () => {
    expect(digits('1a1')).toBe('11')
    expect(digits('123')).toBe('12')
  })

  test('a result already entered fills the lines again', () => {
    const lines = linesOf({ sport: 'table_tennis', outcome: { kind: 'played', games: [{ a: 11, b: 9 }] } }, 5)
    expect(lines).toHaveLength(5)
    expect(lines[0]).toEqual(line('11', '9'))
    expect(lines[1]).toEqual(line('', ''))
  })
})

describe('how a result reads', () => {
  test('乒乓球: games won, then each game', () => {
    const m = match({ sport: 'table_tennis', outcome: { kind: 'played', games: [{ a: 11, b: 7 }, { a: 9, b: 11 }, { a: 12, b: 10 }, { a: 11, b: 4 }] } }, [3, 1])
    expect(resultText(m, nameOf, t)).toBe('3:1（11:7, 9:11, 12:10, 11:4）')
  })

  test('a walkover names who did not play', () => {
    const m = match({ sport: 'table_tennis', outcome: { kind: 'walkover', winner: 2 } }, [0, 3])
    expect(resultText(m, nameOf, t)).toBe('0:3（张三 弃权）')
  })

  test('象棋 results and a match not yet played', () => {
    expect(resultText(match({ sport: 'chess', outcome: 'draw' }), nameOf, t)).toBe('和棋')
    expect(resultText(match({ sport: 'chess', outcome: 'black_wins_by_forfeit' }), nameOf, t)).toBe('红方弃权，黑方判胜')
    expect(resultText(match(null), nameOf, t)).toBe('未赛')
  })
})

describe('what a round is called', () => {
  const round = (matches: number, byes: number, thirdPlace = false): TournamentRound => ({
    round: 2,
    cycle: 1,
    matches: Array.from({ length: matches }, (_, i) => ({ ...match(null), board: i + 1, third_place: thirdPlace && i === matches - 1 })),
    byes: Array.from({ length: byes }, (_, i) => i + 1),
    complete: false,
  })
  const of = (format: Tournament['format']) => ({ format }) as Tournament

  test('a round robin counts its rounds', () => {
    expect(roundLabel(of('round_robin'), round(2, 1), t)).toBe('第2轮')
  })

  test('a knockout names its rounds by the matches in them, byes included and 季军赛 left out', () => {
    expect(roundLabel(of('knockout'), round(2, 2), t)).toBe('1/4 决赛')
    expect(roundLabel(of('knockout'), round(2, 0), t)).toBe('半决赛')
    expect(roundLabel(of('knockout'), round(2, 0, true), t)).toBe('决赛')
  })
})

describe('who needs lots', () => {
  const chess = (rows: [number, number, boolean][]) =>
    ({
      standings: {
        kind: 'chess',
        rows: rows.map(([place, player, by_lot]) => ({ place, player, by_lot, shared: false, score: 0, wins: 0, draws: 0, losses: 0, byes: 0, tie_breaks: [] })),
      },
    }) as unknown as Tournament

  test('players sharing a place, each place its own group', () => {
    expect(tiedGroups(chess([[1, 7, false], [2, 8, false], [2, 9, false], [4, 5, false], [4, 6, false]]))).toEqual([
      [8, 9],
      [5, 6],
    ])
  })

  test('nobody when every place is decided', () => {
    expect(tiedGroups(chess([[1, 7, false], [2, 8, false], [3, 9, false]]))).toEqual([])
  })

  test('players already placed by lots can be drawn again', () => {
    expect(tiedGroups(chess([[1, 7, false], [2, 9, true], [3, 8, true]]))).toEqual([[9, 8]])
  })
})
