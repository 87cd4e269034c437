// vue-i18n set-up: zh-CN first, English second; messages come from each feature's own i18n.ts.
import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import activityMessages from '@/features/activities/i18n'
import appMessages from '@/app/i18n'
import challengeMessages from '@/features/challenges/i18n'
import ipcMessages from '@/api/i18n'
import authMessages from '@/features/auth/i18n'
import contestMessages from '@/features/contests/i18n'
import dashboardMessages from '@/features/dashboard/i18n'
import exemplarMessages from '@/features/exemplars/i18n'
import honorMessages from '@/features/honors/i18n'
import lanMessages from '@/features/lan/i18n'
import ledgerMessages from '@/features/ledger/i18n'
import pledgeMessages from '@/features/pledges/i18n'
import pointsMessages from '@/features/points/i18n'
import pledgeRoundMessages from '@/features/pledges/rounds/i18n'
import rosterMessages from '@/features/roster/i18n'
import screenMessages from '@/features/screens/i18n'
import safetyMessages from '@/features/safety/i18n'
import selfMessages from '@/features/self/i18n'
import settingsMessages from '@/features/settings/i18n'
import signupMessages from '@/features/signups/i18n'

export const LOCALES = ['zh-CN', 'en'] as const
export type AppLocale = (typeof LOCALES)[number]

/** A tree of messages: groups down to the texts. */
export type MessageTree = { [key: string]: string | MessageTree }
type FeatureMessages = Record<AppLocale, MessageTree>

/** Joins the features' message trees; each feature owns its top-level keys, so a clash is a bug. */
export function mergeMessages(parts: FeatureMessages[]): FeatureMessages {
  const out: FeatureMessages = { 'zh-CN': {}, en: {} }
  for (const part of parts) {
    for (const locale of LOCALES) {
      for (const [key, value] of Object.entries(part[locale])) {
        if (key in out[locale]) throw new Error(`i18n: top-level key “${key}” is defined twice`)
        out[locale][key] = value
      }
    }
  }
  return out
}

export const messages = mergeMessages([
  appMessages,
  ipcMessages,
  authMessages,
  rosterMessages,
  settingsMessages,
  activityMessages,
  signupMessages,
  selfMessages,
  contestMessages,
  challengeMessages,
  honorMessages,
  pointsMessages,
  dashboardMessages,
  ledgerMessages,
  exemplarMessages,
  pledgeMessages,
  safetyMessages,
  pledgeRoundMessages,
  lanMessages,
  screenMessages,
])

const STORAGE_KEY = 'wenming.locale'

function storedLocale(): AppLocale {
  try {
    const v = localStorage.getItem(STORAGE_KEY)
    return v === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'zh-CN',
  messages,
})

export const currentLocale = computed<AppLocale>(() => (i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'))

/** Switches the interface language and remembers it for the next start. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Storage may be unavailable; the choice then lasts until the window closes.
  }
}

/** Joins names the way the current language lists them (“A、B” / “A, B”). */
export function joinList(items: readonly string[]): string {
  return items.join(i18n.global.t('common.listSeparator'))
}
