// 组织者模式 commands.
import { call, type CallOptions } from '@/api/ipc'
import type { SessionInfo } from '@/bindings/SessionInfo'

export function setupFirstPassword(password: string, unitName: string, options?: CallOptions) {
  return call<SessionInfo>('setup_first_password', { password, unitName }, options)
}

export function login(password: string, options?: CallOptions) {
  return call<SessionInfo>('login', { password }, options)
}

export function logout() {
  return call<SessionInfo>('logout')
}

export function changePassword(oldPassword: string, newPassword: string, options?: CallOptions) {
  return call<null>('change_password', { oldPassword, newPassword }, options)
}

/** 退出投票终端: needs the organizer password. */
export function leaveKiosk(password: string, options?: CallOptions) {
  return call<SessionInfo>('leave_kiosk', { password }, options)
}

/** Tells the back end someone is working in the window; answers the (possibly expired) role. */
export function touchSession(options?: CallOptions) {
  return call<SessionInfo>('touch_session', undefined, options)
}
