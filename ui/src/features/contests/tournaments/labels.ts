// What the tournament screens show: how a result reads ("3:1（11:7, 9:11, 12:10, 11:4）", "红胜", "张三 弃权").
import type { ChessResult } from '@/bindings/ChessResult'
import type { ChessTieBreak } from '@/bindings/ChessTieBreak'
import type { ChessTieBreakPreset } from '@/bindings/ChessTieBreakPreset'
import type { DirectEncounterScope } from '@/bindings/DirectEncounterScope'
import type { GameScore } from '@/bindings/GameScore'
import type { MatchResult } from '@/bindings/MatchResult'
import type { Tournament } from '@/bindings/Tournament'
import type { TournamentMatch } from '@/bindings/TournamentMatch'
import type { TournamentRound } from '@/bindings/TournamentRound'
import type { TtTieBreak } from '@/bindings/TtTieBreak'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** 象棋 results, from 红方's side. */
export const OUTCOME_KEYS: Record<ChessResult, string> = {
  red_wins: 'contests.tournament.outcome.red_wins',
  draw: 'contests.tournament.outcome.draw',
  black_wins: 'contests.tournament.outcome.black_wins',
  red_wins_by_forfeit: 'contests.tournament.outcome.red_wins_by_forfeit',
  black_wins_by_forfeit: 'contests.tournament.outcome.black_wins_by_forfeit',
}

/** 象棋 tie-breaks (which ones a draw offers comes from core). */
export const TIE_BREAK_KEYS: Record<ChessTieBreak, string> = {
  small_score: 'contests.tournament.tieBreak.small_score',
  opponent_score: 'contests.tournament.tieBreak.opponent_score',
  progressive: 'contests.tournament.tieBreak.progressive',
  wins: 'contests.tournament.tieBreak.wins',
  direct_encounter: 'contests.tournament.tieBreak.direct_encounter',
  black_games: 'contests.tournament.tieBreak.black_games',
  black_in_direct_game: 'contests.tournament.tieBreak.black_in_direct_game',
  earlier_rounds: 'contests.tournament.tieBreak.earlier_rounds',
  progressive_cut: 'contests.tournament.tieBreak.progressive_cut',
  sonneborn_berger: 'contests.tournament.tieBreak.sonneborn_berger',
}

/** The orders of 中国象棋竞赛规则 (2011) and the free order. */
export const PRESET_KEYS: Record<ChessTieBreakPreset, string> = {
  round_robin: 'contests.tournament.preset.round_robin',
  swiss_opponent_score: 'contests.tournament.preset.swiss_opponent_score',
  swiss_progressive: 'contests.tournament.preset.swiss_progressive',
  free: 'contests.tournament.preset.free',
}

/** Among whom 直胜 is compared. */
export const DIRECT_ENCOUNTER_KEYS: Record<DirectEncounterScope, string> = {
  two_tied: 'contests.tournament.directEncounter.two_tied',
  any_tied: 'contests.tournament.directEncounter.any_tied',
}

/** The step of the ITTF rule that placed a 乒乓球 player. */
export const DECIDED_BY_KEYS: Record<TtTieBreak, string> = {
  match_points: 'contests.tournament.decidedBy.match_points',
  head_to_head_match_points: 'contests.tournament.decidedBy.head_to_head_match_points',
  games_ratio: 'contests.tournament.decidedBy.games_ratio',
  points_ratio: 'contests.tournament.decidedBy.points_ratio',
  lots: 'contests.tournament.decidedBy.lots',
}

/** One line of the 乒乓球 dialog, as typed: digits only; empty boxes are games not played. */
export interface GameLine {
  a: string
  b: string
}

/** Keeps the digits of what is typed into a points box (at most two). */
export function digits(text: string): string {
  return text.replace(/\D/g, '').slice(0, 2)
}

/** The games typed in, up to the last line with a box filled; an empty box of such a line is 0. */
export function gamesOf(lines: GameLine[]): GameScore[] {
  let last = -1
  lines.forEach((l, i) => {
    if (l.a !== '' || l.b !== '') last = i
  })
  return lines.slice(0, last + 1).map((l) => ({ a: Number(l.a || '0'), b: Number(l.b || '0') }))
}

/** The lines of the dialog for a result already entered (or empty ones). */
export function linesOf(result: MatchResult | null, bestOf: number): GameLine[] {
  const o = result?.sport === 'table_tennis' ? result.outcome : null
  const games = o && (o.kind === 'played' || o.kind === 'retired') ? o.games : []
  return Array.from({ length: bestOf }, (_, i) => ({ a: games[i] ? String(games[i].a) : '', b: games[i] ? String(games[i].b) : '' }))
}

const gameList = (games: GameScore[]) => games.map((g) => `${g.a}:${g.b}`).join(', ')

/** How a match's result reads in the round's table. */
export function resultText(m: TournamentMatch, nameOf: (id: number) => string, t: Translate): string {
  const r = m.result
  if (!r) return t('contests.tournament.round.pending')
  if (r.sport === 'chess') return t(OUTCOME_KEYS[r.outcome])
  const games = m.games ? `${m.games[0]}:${m.games[1]}` : ''
  const o = r.outcome
  if (o.kind === 'walkover') {
    const absent = o.winner === m.first ? m.second : m.first
    return `${games}（${t('contests.tournament.outcome.walkover', { name: nameOf(absent) })}）`
  }
  if (o.kind === 'games_only') return `${games}（${t('contests.tournament.outcome.gamesOnly')}）`
  if (o.kind === 'retired') {
    const who = t('contests.tournament.outcome.retired', { name: nameOf(o.retired) })
    return o.games.length ? `${games}（${gameList(o.games)}；${who}）` : `${games}（${who}）`
  }
  return `${games}（${gameList(o.games)}）`
}

/** A round's tab: 第3轮, or in a knockout 决赛 / 半决赛 / 1/4 决赛 by the matches it holds. */
export function roundLabel(tournament: Tournament, round: TournamentRound, t: Translate): string {
  if (round.matches.some((m) => m.group !== null)) return t('contests.tournament.round.groupRound', { n: round.round })
  if (tournament.format !== 'knockout' && tournament.format !== 'groups_knockout') return t('contests.tournament.round.tab', { n: round.round })
  const matches = round.matches.filter((m) => !m.third_place).length + round.byes.length
  if (matches <= 1) return t('contests.tournament.round.final')
  if (matches === 2) return t('contests.tournament.round.semiFinal')
  return t('contests.tournament.round.fraction', { m: matches })
}

/**
 * Players of a round robin who share a place (no tie-break separated them, or only lots did), in
 * standings order: what the organizer draws lots for.
 */
export function tiedGroups(tournament: Tournament): number[][] {
  const s = tournament.standings
  if (s.kind === 'groups') {
    return s.rows.groups.flatMap((g) => tiedIn(g.rows.map((r) => ({ place: r.place, player: r.player, lot: r.decided_by === 'lots' }))))
  }
  const rows: { place: number; player: number; lot: boolean }[] =
    s.kind === 'table_tennis'
      ? s.rows.map((r) => ({ place: r.place, player: r.player, lot: r.decided_by === 'lots' }))
      : s.kind === 'chess'
        ? s.rows.map((r) => ({ place: r.place, player: r.player, lot: r.by_lot }))
        : []
  return tiedIn(rows)
}

function tiedIn(rows: { place: number; player: number; lot: boolean }[]): number[][] {
  const groups: number[][] = []
  let current: number[] = []
  let key = ''
  for (const r of rows) {
    // Players placed by lots form one group: their places differ only because of the lots.
    const k = r.lot ? 'lots' : `place-${r.place}`
    const shared = r.lot || rows.filter((o) => o.place === r.place).length > 1
    if (shared && k === key) {
      current.push(r.player)
      continue
    }
    if (current.length > 1) groups.push(current)
    current = shared ? [r.player] : []
    key = shared ? k : ''
  }
  if (current.length > 1) groups.push(current)
  return groups
}
