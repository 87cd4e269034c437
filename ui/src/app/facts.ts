// What core tells the window about itself: the limits of every form, what each kind of activity
// records, and where a tournament draw starts. All of it comes from the generated `facts.ts`
// (core/src/facts.rs); nothing here restates a rule.
import type { ActivityKind } from '@/bindings/ActivityKind'
import type { ChessRules } from '@/bindings/ChessRules'
import type { ChessTieBreakPreset } from '@/bindings/ChessTieBreakPreset'
import type { KindFacts } from '@/bindings/KindFacts'
import type { TournamentFormat } from '@/bindings/TournamentFormat'
import type { TtRules } from '@/bindings/TtRules'
import { FACTS } from '@/bindings/facts'

/** The longest text / largest number each form accepts, by feature (the values core checks). */
export const LIMITS = FACTS.limits

const KINDS = new Map(FACTS.kinds.map((k) => [k.kind, k]))

/** What an activity of `kind` records (心得, hours) and which contest it holds. */
export function kindFacts(kind: ActivityKind): KindFacts {
  return KINDS.get(kind) ?? { kind, takes_reflection: false, takes_hours: false, contest: null, studies_exemplars: false, takes_challenge: false }
}

/** A personal PIN: `min`–`max` digits; `optional` lets it be left empty (to clear it). */
export const PIN_DIGITS = { min: LIMITS.pin_digits_min, max: LIMITS.pin_digits_max }
export function pinPattern(optional = false): RegExp {
  const digits = `\\d{${PIN_DIGITS.min},${PIN_DIGITS.max}}`
  return new RegExp(optional ? `^(${digits})?$` : `^${digits}$`)
}

/** The most groups a 小组赛 draw takes (named A to Z). */
export const MAX_GROUPS = FACTS.tournaments.max_groups
/** The most points one 象棋 game may give. */
export const CHESS_POINTS_MAX = FACTS.tournaments.chess_points_max

/** 乒乓球 rules a new draw starts from (a fresh copy to edit). */
export function ttDefaults(): TtRules {
  return structuredClone(FACTS.tournaments.table_tennis)
}

/** 象棋 rules a new draw starts from (a fresh copy to edit). */
export function chessDefaults(): ChessRules {
  return structuredClone(FACTS.tournaments.chess)
}

/** The orders of 中国象棋竞赛规则 (2011) a draw offers, then the free order. */
export const CHESS_PRESETS = FACTS.tournaments.chess_presets

/** The 象棋 tie-breaks a free order is built from. */
export const CHESS_TIE_BREAKS = FACTS.tournaments.chess_tie_breaks

/** The preset a new draw of `format` starts from. */
export function chessPresetFor(format: TournamentFormat): ChessTieBreakPreset {
  return format === 'swiss' ? FACTS.tournaments.chess_preset_swiss : FACTS.tournaments.chess_preset_round_robin
}

/** The Swiss rounds a field allows and the number offered; a field core would not draw gets 1. */
export function swissRounds(players: number): { max: number; default: number } {
  const line = FACTS.tournaments.swiss.find((s) => s.players === players)
  return line ? { max: line.max, default: line.default } : { max: 1, default: 1 }
}
