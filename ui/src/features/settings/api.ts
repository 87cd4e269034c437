// 设置 commands: what the window needs at start and the unit's name.
import { call, type CallOptions } from '@/api/ipc'
import type { AppInfo } from '@/bindings/AppInfo'
import type { UnitInfo } from '@/bindings/UnitInfo'

export function appInfo(options?: CallOptions) {
  return call<AppInfo>('app_info', undefined, options)
}

export function setUnitName(name: string, options?: CallOptions) {
  return call<UnitInfo>('set_unit_name', { name }, options)
}
