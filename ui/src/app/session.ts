// The session: which unit, which mode, and whether the window could open its data at all.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { RouteMeta } from 'vue-router'
import type { Kiosk } from '@/bindings/Kiosk'
import type { Role } from '@/bindings/Role'
import type { SessionInfo } from '@/bindings/SessionInfo'
import type { UnitInfo } from '@/bindings/UnitInfo'
import type { AppInfo } from '@/bindings/AppInfo'
import { FACTS } from '@/bindings/facts'
import { forgetAhead } from '@/api/ahead'
import { errorMessage } from '@/api/ipc'
import * as authApi from '@/features/auth/api'
import * as settingsApi from '@/features/settings/api'
import { takeStartAnswer } from './startAnswers'

export type StartupState = 'loading' | 'failed' | 'ready'

/** The screen of each kind of 投票终端 (route names). */
export const KIOSK_ROUTES: Record<Kiosk['kind'], string> = {
  honors_round: 'kiosk',
  exhibition: 'vote-kiosk',
  pledge_round: 'pledge-kiosk',
}

/** What the window assumes about the unit until the back end has answered. */
export function emptyUnit(over: Partial<UnitInfo> = {}): UnitInfo {
  return { ...FACTS.unit_before_start, ...over }
}

export const useSession = defineStore('session', () => {
  const state = ref<StartupState>('loading')
  const startupError = ref('')
  const unit = ref<UnitInfo>(emptyUnit())
  const role = ref<Role>('staff')
  const dbPath = ref('')
  /** The vote the window is locked to as a 投票终端, or null. */
  const kiosk = ref<Kiosk | null>(null)
  /** The only screen the window may show while a kiosk is open, or null. */
  const kioskRoute = computed(() => (kiosk.value == null ? null : KIOSK_ROUTES[kiosk.value.kind]))

  const isOrganizer = computed(() => role.value === 'organizer')
  /** The window offers a screen in this mode: one for organizers only (`meta.organizerOnly`) not in
   *  staff mode. The back end refuses its data to staff mode either way. */
  function mayOpen(to: { meta: RouteMeta }): boolean {
    return !to.meta.organizerOnly || isOrganizer.value
  }
  const needsSetup = computed(() => state.value === 'ready' && !unit.value.password_set)

  function ready(info: AppInfo): void {
    performance.mark('launch: app_info answered')
    unit.value = info.unit
    role.value = info.role
    dbPath.value = info.db_path
    kiosk.value = info.kiosk
    state.value = 'ready'
  }

  /** Asks the back end who we are; a failure (e.g. a database from a newer version) is final.
   *  The start script's answer, when it has come, is taken at once: the window is set up ready. */
  async function start(): Promise<void> {
    const early = takeStartAnswer('app_info')
    if (early?.settled && !early.failed) return ready(early.value as AppInfo)
    state.value = 'loading'
    try {
      ready(await ((early?.answer as Promise<AppInfo> | undefined) ?? settingsApi.appInfo({ quiet: true })))
    } catch (e) {
      startupError.value = errorMessage(e)
      state.value = 'failed'
    }
  }

  function apply(session: SessionInfo): void {
    // What the back end answers depends on the role (staff see phone numbers masked).
    if (session.role !== role.value) forgetAhead()
    role.value = session.role
    kiosk.value = session.kiosk
  }

  /** First start: sets the password and the unit's name, then the window is in organizer mode. */
  async function completeSetup(password: string, unitName: string): Promise<void> {
    apply(await authApi.setupFirstPassword(password, unitName, { quiet: true }))
    unit.value = emptyUnit({ unit_name: unitName.trim(), password_set: true })
    try {
      unit.value = (await settingsApi.appInfo({ quiet: true })).unit
    } catch {
      // The password is set; the name as typed is good enough until the next start.
    }
  }

  /** Rejects with the back end's message (wrong password, locked out) for the dialog to show. */
  async function login(password: string): Promise<void> {
    apply(await authApi.login(password, { quiet: true }))
  }

  async function logout(): Promise<void> {
    apply(await authApi.logout())
  }

  /** Someone is working in the window: organizer mode stays unlocked; learns if it has ended. */
  async function touch(): Promise<void> {
    apply(await authApi.touchSession({ quiet: true }))
  }

  /** 组织者模式自动锁定 after this many idle minutes. */
  async function setOrganizerIdleMinutes(minutes: number): Promise<void> {
    unit.value = await settingsApi.setOrganizerIdleMinutes(minutes)
  }

  async function renameUnit(name: string): Promise<void> {
    unit.value = await settingsApi.setUnitName(name)
  }

  /** 职工自助: whether people confirm who they are with a personal PIN. */
  async function setStaffPinsEnabled(enabled: boolean): Promise<void> {
    unit.value = await settingsApi.setStaffPinsEnabled(enabled)
  }

  return {
    state,
    startupError,
    unit,
    role,
    dbPath,
    kiosk,
    kioskRoute,
    isOrganizer,
    mayOpen,
    needsSetup,
    start,
    completeSetup,
    login,
    logout,
    touch,
    setOrganizerIdleMinutes,
    renameUnit,
    setStaffPinsEnabled,
    apply,
  }
})
