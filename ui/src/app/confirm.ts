// A yes/no question before something that cannot be undone. The way out says 返回, so that it is
// never 取消 beside 取消报名 or 取消活动.
import { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'

/** Resolves true when the user confirms, false when they cancel or close the box. */
export async function confirmAction(message: string, title: string, confirmText: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      type: 'warning',
      confirmButtonText: confirmText,
      cancelButtonText: i18n.global.t('common.back'),
      autofocus: false,
    })
    return true
  } catch {
    return false
  }
}

/** Asks for a reason that must not be blank (cancelling, unlocking, rejecting); resolves with the
 *  trimmed text, or null when the user backs out. */
export async function askReason(options: {
  message: string
  title: string
  confirmText: string
  placeholder?: string
  requiredText: string
}): Promise<string | null> {
  try {
    const answer = await ElMessageBox.prompt(options.message, options.title, {
      confirmButtonText: options.confirmText,
      cancelButtonText: i18n.global.t('common.back'),
      inputType: 'textarea',
      inputPlaceholder: options.placeholder,
      inputValidator: (v: string) => (v && v.trim() !== '' ? true : options.requiredText),
      type: 'warning',
      autofocus: false,
    })
    return (answer as { value: string }).value.trim()
  } catch {
    return null
  }
}
