import { describe, expect, test, vi } from 'vitest'
import { appError, fakeBackend } from '@/test/backend'
import { byTestId, dialogShown, mountScreen, settle } from '@/test/mount'
import { currentLocale } from '@/i18n'
import SettingsView from './SettingsView.vue'

function typeInto(id: string, value: string) {
  const input = byTestId<HTMLInputElement>(id)!
  input.value = value
  input.dispatchEvent(new Event('input'))
}

function submit(id: string) {
  byTestId<HTMLButtonElement>(id)!.click()
}

/** 修改密码 opens its dialog (built when first opened). */
async function openPasswordDialog() {
  byTestId('settings-password-open')!.click()
  await dialogShown('settings-old-password')
}

describe('settings', () => {
  test('renaming the unit updates the name every screen shows', async () => {
    const backend = fakeBackend({ set_unit_name: (args: { name: string }) => ({ unit_name: args.name, password_set: true }) })
    const { session } = await mountScreen(SettingsView, { role: 'organizer', path: '/settings' })
    typeInto('settings-unit-name', '市科学技术局')
    submit('settings-unit-save')
    await settle()
    expect(backend.callsOf('set_unit_name')[0].args).toEqual({ name: '市科学技术局' })
    expect(session.unit.unit_name).toBe('市科学技术局')
  })

  test('a new password typed twice differently is refused before the back end is asked', async () => {
    const backend = fakeBackend({ change_password: () => null })
    await mountScreen(SettingsView, { role: 'organizer', path: '/settings' })
    await openPasswordDialog()
    typeInto('settings-old-password', 'secret1')
    typeInto('settings-new-password', 'secret22')
    typeInto('settings-confirm-password', 'secret23')
    submit('settings-password-save')
    await settle()
    expect(byTestId('settings-password-error')?.textContent).toContain('两次输入的新密码不一致')
    expect(backend.callsOf('change_password')).toHaveLength(0)
  })

  test('changing the password sends the old and the new one, and shows a wrong old one', async () => {
    const backend = fakeBackend({
      change_password: () => {
        throw appError('auth.wrong_password', '密码不正确')
      },
    })
    await mountScreen(SettingsView, { role: 'organizer', path: '/settings' })
    await openPasswordDialog()
    typeInto('settings-old-password', 'nope')
    typeInto('settings-new-password', 'secret22')
    typeInto('settings-confirm-password', 'secret22')
    submit('settings-password-save')
    await settle()
    expect(backend.callsOf('change_password')[0].args).toEqual({ oldPassword: 'nope', newPassword: 'secret22' })
    expect(byTestId('settings-password-error')?.textContent).toContain('密码不正确')
  })

  test('the password changed: the dialog closes and says so; opened again it starts empty', async () => {
    const backend = fakeBackend({ change_password: () => null })
    await mountScreen(SettingsView, { role: 'organizer', path: '/settings' })
    await openPasswordDialog()
    typeInto('settings-old-password', 'secret1')
    typeInto('settings-new-password', 'secret22')
    typeInto('settings-confirm-password', 'secret22')
    // Enter in a box submits, as the button does.
    byTestId('settings-confirm-password')!.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }))
    await settle()
    expect(backend.callsOf('change_password')[0].args).toEqual({ oldPassword: 'secret1', newPassword: 'secret22' })
    expect(document.body.textContent).toContain('组织者密码已修改')
    const dialog = byTestId('settings-password-dialog')!.closest('.el-overlay') as HTMLElement
    await vi.waitFor(() => expect(dialog.style.display).toBe('none'))
    byTestId('settings-password-open')!.click()
    await settle()
    expect(byTestId<HTMLInputElement>('settings-old-password')!.value).toBe('')
  })

  test('shows where the data file is', async () => {
    fakeBackend({})
    await mountScreen(SettingsView, { role: 'organizer', path: '/settings' })
    expect(byTestId('settings-db-path')?.textContent).toBe('/home/user/.local/share/wenming/wenming.db')
  })

  test('the language can be chosen here too', async () => {
    fakeBackend({})
    await mountScreen(SettingsView, { role: 'organizer', path: '/settings' })
    byTestId('settings-language-en')!.querySelector('input')!.click()
    await settle()
    expect(currentLocale.value).toBe('en')
    expect(document.body.textContent).toContain('Change the organizer password')
  })

  test('个人 PIN can be turned on for staff self-service', async () => {
    const backend = fakeBackend({
      set_staff_pins_enabled: (args: { enabled: boolean }) => ({ unit_name: '市科技局', password_set: true, staff_pins_enabled: args.enabled }),
    })
    const { session } = await mountScreen(SettingsView, { role: 'organizer', path: '/settings' })
    const toggle = byTestId('settings-pins-enabled')!
    expect(toggle.classList.contains('is-checked')).toBe(false)
    toggle.click()
    await settle()
    expect(backend.callsOf('set_staff_pins_enabled')[0].args).toEqual({ enabled: true })
    expect(session.unit.staff_pins_enabled).toBe(true)
    expect(byTestId('settings-pins-enabled')!.classList.contains('is-checked')).toBe(true)
  })
})
