// 首页: everything of the first screen in one call.
import { call, type CallOptions } from '@/api/ipc'
import type { Dashboard } from '@/bindings/Dashboard'

export function dashboard(options?: CallOptions) {
  return call<Dashboard>('dashboard', {}, options)
}
