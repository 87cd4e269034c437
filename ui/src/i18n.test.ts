import { describe, expect, test } from 'vitest'
import { defineComponent, nextTick } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'
import { mount } from '@vue/test-utils'
import { i18n, joinList, LOCALES, mergeMessages, messages, plainText, setLocale, type MessageTree } from '@/i18n'
import phoneMessages from '@/phone/i18n'
import { phoneI18n } from '@/phone/i18nSetup'

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

// The window's catalogues and the phone page's (its own, loaded only by phone.html), checked alike.
const catalogues = mergeMessages([messages, phoneMessages])
const zh = leaves(catalogues['zh-CN'])
const en = leaves(catalogues.en)

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
}

describe('message catalogues', () => {
  test('every zh-CN key has an English text', () => {
    const missing = [...zh.keys()].filter((k) => !en.has(k))
    expect(missing).toEqual([])
  })

  test('every English key has a zh-CN text', () => {
    const missing = [...en.keys()].filter((k) => !zh.has(k))
    expect(missing).toEqual([])
  })

  test('no text is empty', () => {
    const empty = [...zh, ...en].filter(([, text]) => text.trim() === '').map(([k]) => k)
    expect(empty).toEqual([])
  })

  test('both languages use the same placeholders in each message', () => {
    const differing = [...zh.keys()].filter(
      (k) => JSON.stringify(placeholders(zh.get(k)!)) !== JSON.stringify(placeholders(en.get(k) ?? '')),
    )
    expect(differing).toEqual([])
  })

  test('English has no full-width punctuation and no Chinese left untranslated', () => {
    // Chinese on purpose: the switch names 中文 in Chinese, a unit's name is Chinese, and the
    // roster file's column headings are the Chinese words the reader looks for.
    const meant = ['app.lang.zhCN', 'phone.lang.zhCN', 'auth.setup.unitNamePlaceholder', 'roster.import.tip']
    const chinese = [...en]
      .filter(([k, text]) => !meant.includes(k) && /[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/.test(text))
      .map(([k, text]) => `${k}: ${text}`)
    expect(chinese).toEqual([])
  })

  test('no message uses the linked-message or plural syntax by accident', () => {
    // “@” and “|” are special in vue-i18n and would garble a sentence.
    const risky = [...zh, ...en].filter(([, text]) => /[@|]/.test(text)).map(([k]) => k)
    expect(risky).toEqual([])
  })

  test('every message renders in both languages with its placeholders filled', () => {
    for (const locale of LOCALES) {
      setLocale(locale)
      phoneI18n.global.locale.value = locale
      for (const [key, text] of locale === 'en' ? en : zh) {
        const params = Object.fromEntries(placeholders(text).map((p) => [p, `<${p}>`]))
        const out = (key.startsWith('phone.') ? phoneI18n.global.t : i18n.global.t)(key, params)
        expect(out, key).not.toBe(key)
        for (const p of placeholders(text)) expect(out, key).toContain(`<${p}>`)
      }
    }
  })
})

describe('keys used in the source', () => {
  // Every file of the app as text, to find the keys it asks for.
  const sources = import.meta.glob(['/src/**/*.{ts,vue}', '!/src/**/*.test.ts', '!/src/bindings/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>

  test('the glob found the app', () => {
    expect(Object.keys(sources)).toContain('/src/features/roster/StaffList.vue')
  })

  // Keys appear as string literals: in t('…') calls and in label maps such as labels.ts.
  const used = new Map<string, string>()
  for (const [file, text] of Object.entries(sources)) {
    if (file !== '/src/i18n.ts' && file.endsWith('/i18n.ts')) continue // the catalogues themselves
    for (const m of text.matchAll(/'((?:app|common|args|auth|roster|settings|activities|signups|self|contests|honors|points|dashboard|ledger|exemplars|safety|pledges|pledgeRounds|challenge|lanPanel|phone|screens)\.[a-zA-Z_.]+)'/g)) used.set(m[1], file)
  }

  test('every key the source names exists', () => {
    const unknown = [...used].filter(([key]) => !zh.has(key)).map(([key, file]) => `${file}: ${key}`)
    expect(used.size).toBeGreaterThan(100)
    expect(unknown).toEqual([])
  })

  test('every message is used somewhere (no dead texts)', () => {
    // Field labels are looked up by the field's name; ipcLabels.test.ts checks each names a field.
    const unused = [...zh.keys()].filter((key) => !used.has(key) && !key.startsWith('args.field.'))
    expect(unused).toEqual([])
  })
})

describe('assembling the catalogues', () => {
  test('two features claiming the same top-level key is refused', () => {
    const a = { 'zh-CN': { roster: { x: '甲' } }, en: { roster: { x: 'A' } } }
    const b = { 'zh-CN': { roster: { y: '乙' } }, en: { roster: { y: 'B' } } }
    expect(() => mergeMessages([a, b])).toThrow(/roster/)
  })
})

describe('texts without parameters, kept per language', () => {
  test('a kept text is the same text, and follows a switch of language', () => {
    setLocale('zh-CN')
    expect(i18n.global.t('common.edit')).toBe(zh.get('common.edit'))
    expect(i18n.global.t('common.edit')).toBe(zh.get('common.edit'))
    setLocale('en')
    expect(i18n.global.t('common.edit')).toBe(en.get('common.edit'))
    setLocale('zh-CN')
    expect(i18n.global.t('common.edit')).toBe(zh.get('common.edit'))
  })

  test('the same message asked with its parameters is filled in, not the kept text', () => {
    const key = [...zh].find(([, text]) => placeholders(text).length > 0)![0]
    const bare = i18n.global.t(key)
    const params = Object.fromEntries(placeholders(zh.get(key)!).map((p) => [p, `<${p}>`]))
    const filled = i18n.global.t(key, params)
    expect(filled).not.toBe(bare)
    for (const p of placeholders(zh.get(key)!)) expect(filled).toContain(`<${p}>`)
  })

  test('a plain text is answered as vue-i18n answers it, in each language, without compiling it', () => {
    // vue-i18n as it comes, without the kept texts.
    const plain = createI18n({ legacy: false, locale: 'zh-CN', messages })
    let answered = 0
    for (const locale of LOCALES) {
      plain.global.locale.value = locale
      for (const [key] of leaves(messages[locale])) {
        const text = plainText(locale, key)
        if (text === undefined) continue
        expect(text, `${locale} ${key}`).toBe(plain.global.t(key))
        answered += 1
      }
    }
    // Most of the catalogue is plain text.
    expect(answered).toBeGreaterThan(leaves(messages['zh-CN']).size)
  })

  test('a message with placeholders, a group or a key a language lacks is left to vue-i18n', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of leaves(messages[locale])) {
        if (/[{}@|]/.test(text)) expect(plainText(locale, key), `${locale} ${key}`).toBeUndefined()
      }
    }
    expect(plainText('zh-CN', 'common')).toBeUndefined()
    expect(plainText('en', 'common.noSuchText')).toBeUndefined()
    expect(plainText('fr', 'common.edit')).toBeUndefined()
    expect(plainText('zh-CN', 'common.edit.more')).toBeUndefined()
  })

  test('a screen showing a kept text shows it in the language switched to', async () => {
    setLocale('zh-CN')
    const shown = mount(defineComponent({ setup: () => ({ t: useI18n().t }), template: '<b>{{ t("common.edit") }}</b>' }), {
      global: { plugins: [i18n] },
    })
    expect(shown.text()).toBe(zh.get('common.edit'))
    setLocale('en')
    await nextTick()
    expect(shown.text()).toBe(en.get('common.edit'))
    shown.unmount()
  })
})

describe('joinList', () => {
  test('lists names with 、 in Chinese and a comma in English', () => {
    expect(joinList(['办公室', '人事科'])).toBe('办公室、人事科')
    setLocale('en')
    expect(joinList(['Office', 'HR'])).toBe('Office, HR')
  })
})
