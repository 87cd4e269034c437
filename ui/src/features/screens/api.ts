// 大屏 commands: the organizer opens and closes the screen window; the screen window reads its own
// view (counts only, shaped in core) and nothing else — the shell refuses every other command there.
import { call, type CallOptions } from '@/api/ipc'
import type { HonorsScreen } from '@/bindings/HonorsScreen'
import type { PhoneQrScreen } from '@/bindings/PhoneQrScreen'
import type { PledgeWallScreen } from '@/bindings/PledgeWallScreen'
import type { ScreenView } from '@/bindings/ScreenView'
import type { TournamentScreen } from '@/bindings/TournamentScreen'
import type { TurnoutScreen } from '@/bindings/TurnoutScreen'

/** Opens the 大屏 on `view`, or shows `view` in the open one (organizer). */
export const openScreen = (view: ScreenView, options?: CallOptions) => call<null>('open_screen', { view }, options)
/** Closes the 大屏 (from the main window, or Esc on the screen itself). */
export const closeScreen = (options?: CallOptions) => call<null>('close_screen', {}, options)

// The screen's reads answer only for the view the organizer opened; they are polled quietly.
const quiet = { quiet: true }
export const screenTurnout = (roundId: number) => call<TurnoutScreen>('screen_turnout', { roundId }, quiet)
export const screenTournament = (activityId: number) => call<TournamentScreen>('screen_tournament', { activityId }, quiet)
export const screenHonors = (year: number) => call<HonorsScreen>('screen_honors', { year }, quiet)
export const screenPledgeWall = (departmentId: number | null) =>
  call<PledgeWallScreen>('screen_pledge_wall', { departmentId }, quiet)
export const screenPhoneQr = () => call<PhoneQrScreen>('screen_phone_qr', {}, quiet)
