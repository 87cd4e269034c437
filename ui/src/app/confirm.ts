// A yes/no question before something that cannot be undone.
import { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'

/** Resolves true when the user confirms, false when they cancel or close the box. */
export async function confirmAction(message: string, title: string, confirmText: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      type: 'warning',
      confirmButtonText: confirmText,
      cancelButtonText: i18n.global.t('common.cancel'),
      autofocus: false,
    })
    return true
  } catch {
    return false
  }
}
