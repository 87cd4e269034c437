// The phone page's vue-i18n: its own catalogue (./i18n.ts), zh-CN unless the person switched, and
// Vant's own words in the same language.
import { createI18n } from 'vue-i18n'
import { Locale } from 'vant'
import enUS from 'vant/es/locale/lang/en-US'
import zhCN from 'vant/es/locale/lang/zh-CN'
import messages from './i18n'

export type PhoneLocale = 'zh-CN' | 'en'
const KEY = 'wenming.phone.locale'

function storedLocale(): PhoneLocale {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

export const phoneI18n = createI18n({ legacy: false, locale: storedLocale(), fallbackLocale: 'zh-CN', messages })

export function setPhoneLocale(locale: PhoneLocale): void {
  phoneI18n.global.locale.value = locale
  if (locale === 'en') Locale.use('en-US', enUS)
  else Locale.use('zh-CN', zhCN)
  document.documentElement.lang = locale
  try {
    localStorage.setItem(KEY, locale)
  } catch {
    // The choice lasts until the page reloads.
  }
}
