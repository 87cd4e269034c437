// 设置 commands: what the window needs at start, the unit's name and 职工自助 PINs.
import { call, type CallOptions } from '@/api/ipc'
import type { AppInfo } from '@/bindings/AppInfo'
import type { UnitInfo } from '@/bindings/UnitInfo'

export function appInfo(options?: CallOptions) {
  return call<AppInfo>('app_info', undefined, options)
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
