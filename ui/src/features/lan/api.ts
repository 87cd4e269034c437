// 手机参与 (organizer): the LAN window's state, and turning it on (for chosen purposes and minutes)
// or off. The server itself runs in the shell; these only ask it.
import { call, type CallOptions } from '@/api/ipc'
import type { LanStartInput } from '@/bindings/LanStartInput'
import type { LanStatus } from '@/bindings/LanStatus'

export const lanStatus = (options?: CallOptions) => call<LanStatus>('lan_status', undefined, options)
/** Refused (`lan.pins_off`) while personal PINs are off; while on, replaces the window (same address). */
export const lanStart = (input: LanStartInput, options?: CallOptions) => call<LanStatus>('lan_start', { input }, options)
export const lanStop = (options?: CallOptions) => call<LanStatus>('lan_stop', undefined, options)
