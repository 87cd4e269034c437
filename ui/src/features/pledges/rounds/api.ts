// 评诺 commands: evaluation rounds (organizer), their slips, the result and its .xlsx, an owner's
// grades, named rating in self-service, and the 评诺 投票终端 (the round comes from the session,
// never from the page).
import { call, type CallOptions } from '@/api/ipc'
import type { ExportedFile } from '@/bindings/ExportedFile'
import type { KioskSheet } from '@/bindings/KioskSheet'
import type { PledgeGradeLine } from '@/bindings/PledgeGradeLine'
import type { PledgeOwner } from '@/bindings/PledgeOwner'
import type { PledgeRound } from '@/bindings/PledgeRound'
import type { PledgeRoundInput } from '@/bindings/PledgeRoundInput'
import type { RateableOwner } from '@/bindings/RateableOwner'
import type { RatingInput } from '@/bindings/RatingInput'
import type { RoundResult } from '@/bindings/RoundResult'
import type { SessionInfo } from '@/bindings/SessionInfo'
import type { SheetCodes } from '@/bindings/SheetCodes'
import type { SheetMark } from '@/bindings/SheetMark'
import type { Self } from '@/features/self/api'

/** The rounds of a year (every year when null), newest first. */
export const pledgeRounds = (year: number | null, options?: CallOptions) =>
  call<PledgeRound[]>('pledge_rounds', { year }, options)
export const createPledgeRound = (input: PledgeRoundInput, options?: CallOptions) =>
  call<PledgeRound>('create_pledge_round', { input }, options)
export const updatePledgeRound = (id: number, input: PledgeRoundInput, options?: CallOptions) =>
  call<PledgeRound>('update_pledge_round', { id, input }, options)
export const openPledgeRound = (id: number, options?: CallOptions) => call<PledgeRound>('open_pledge_round', { id }, options)
export const closePledgeRound = (id: number, options?: CallOptions) => call<PledgeRound>('close_pledge_round', { id }, options)

/** The slips of an anonymous round (until its first rating). */
export const pledgeRoundCodes = (id: number, options?: CallOptions) => call<SheetCodes[]>('pledge_round_codes', { id }, options)
/** New codes for one sheet (the old ones stop working); the reason is kept. */
export const reprintPledgeCodes = (sheetId: number, reason: string, options?: CallOptions) =>
  call<SheetCodes>('reprint_pledge_codes', { sheetId, reason }, options)

/** The result, once the round is closed. */
export const pledgeRoundResult = (id: number, options?: CallOptions) => call<RoundResult>('pledge_round_result', { id }, options)
export const exportPledgeRoundResult = (id: number, options?: CallOptions) =>
  call<ExportedFile>('export_pledge_round_result', { id }, options)
/** An owner's grades of closed rounds, for their record. */
export const ownerPledgeGrades = (owner: PledgeOwner, options?: CallOptions) =>
  call<PledgeGradeLine[]>('owner_pledge_grades', { owner }, options)

/** Whom the person may rate as themself, and what they gave so far. */
export const selfRateablePledges = (self: Self, roundId: number, options?: CallOptions) =>
  call<RateableOwner[]>('self_rateable_pledges', { staffId: self.staffId, pin: self.pin, roundId }, options)
export const selfRatePledge = (self: Self, input: RatingInput, options?: CallOptions) =>
  call<RateableOwner>('self_rate_pledge', { staffId: self.staffId, pin: self.pin, input }, options)

/** 进入投票终端 for an open anonymous round. */
export const enterPledgeKiosk = (id: number, options?: CallOptions) => call<SessionInfo>('enter_pledge_kiosk', { id }, options)
export const pledgeKioskRound = (options?: CallOptions) => call<PledgeRound>('pledge_kiosk_round', {}, options)
export const pledgeKioskCheckCode = (code: string, options?: CallOptions) =>
  call<KioskSheet>('pledge_kiosk_check_code', { code }, options)
export const pledgeKioskCast = (code: string, marks: SheetMark[], options?: CallOptions) =>
  call<void>('pledge_kiosk_cast', { code, marks }, options)
