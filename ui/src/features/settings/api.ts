// 设置 commands: what the window needs at start, the unit's name and 职工自助 PINs.
import { call, type CallOptions } from '@/api/ipc'
import type { AppInfo } from '@/bindings/AppInfo'
import type { UnitInfo } from '@/bindings/UnitInfo'

export function appInfo(options?: CallOptions) {
  return call<AppInfo>('app_info', undefined, options)
}

/** The first screen is set up: the shell shows the window, created hidden (desktop::show_main). */
export function windowReady() {
  return call<null>('window_ready', undefined, { quiet: true })
}

export function setUnitName(name: string, options?: CallOptions) {
  return call<UnitInfo>('set_unit_name', { name }, options)
}

export function setStaffPinsEnabled(enabled: boolean, options?: CallOptions) {
  return call<UnitInfo>('set_staff_pins_enabled', { enabled }, options)
}

export function setOrganizerIdleMinutes(minutes: number, options?: CallOptions) {
  return call<UnitInfo>('set_organizer_idle_minutes', { minutes }, options)
}
