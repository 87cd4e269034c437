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

/** vue-i18n's message syntax: placeholders, linked messages, plural forms. */
const MESSAGE_SYNTAX = /[{}@|]/

/**
 * The text at `key` in the catalogue of `locale` when it is plain text (no message syntax), which
 * vue-i18n would answer as it is written after compiling it: compiling takes ~30 µs a plain text
 * on its first `t()`, and a screen's first visit asks for dozens (docs/PERFORMANCE.md). Anything else
 * (a message with syntax, a key missing in that language) is left to vue-i18n.
 */
export function plainText(locale: string, key: string): string | undefined {
  let node: string | MessageTree | undefined = (messages as Record<string, MessageTree>)[locale]
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' && !MESSAGE_SYNTAX.test(node) ? node : undefined
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'zh-CN',
  messages,
})
keepPlainTexts(i18n.global)

/**
 * Texts asked for without parameters are kept per language. vue-i18n builds a message context of a
 * dozen closures for every `t()` call (3–5 µs and ~2 KB of garbage), and a list asks for the same
 * labels in every row: ~300 calls for a page of 职工 (docs/PERFORMANCE.md, 2026-12-05 night).
 * A text is kept under its language, read from the reactive locale, so whatever shows a kept text
 * still follows a switch of language. Set before the app installs i18n, so that templates' `$t`
 * is this one too. The catalogues are set once, here; one added later (`setLocaleMessage`) would
 * need the kept texts cleared.
 */
function keepPlainTexts(composer: typeof i18n.global): void {
  const translate = composer.t as (...args: unknown[]) => string
  const kept = new Map<string, string>()
  composer.t = function (key: unknown) {
    // Any other form (parameters, a plural, options) goes to vue-i18n as it came.
    if (arguments.length !== 1 || typeof key !== 'string') return translate.apply(null, arguments as never)
    const id = `${composer.locale.value}\u0000${key}`
    let text = kept.get(id)
    if (text === undefined) {
      text = plainText(composer.locale.value, key) ?? translate(key)
      kept.set(id, text)
    }
    return text
  } as typeof composer.t
}

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
