// The kinds of item (岗位承诺, 服务承诺, 作风承诺 and those the organizer added), shared by the
// screens that offer them, and the organizer's 添加类别.
import { ref } from 'vue'
import { ElMessage, ElMessageBox } from 'element-plus'
import { LIMITS } from '@/app/facts'
import { i18n } from '@/i18n'
import { addPledgeKind, pledgeKinds } from './api'

const kinds = ref<string[]>([...LIMITS.pledges.built_in_kinds])

/** The kinds to offer; `reload` asks the back end (the built-in ones until it answers). */
export function useKinds() {
  async function reload(): Promise<void> {
    try {
      kinds.value = await pledgeKinds({ quiet: true })
    } catch {
      // The built-in kinds stay offered; publishing names a missing one plainly.
    }
  }

  /** Asks for the name and adds it; resolves with the name, or null when backed out or refused. */
  async function add(): Promise<string | null> {
    const { t } = i18n.global
    let name: string
    try {
      const answer = await ElMessageBox.prompt(t('pledges.kinds.addPrompt'), t('pledges.kinds.addTitle'), {
        confirmButtonText: t('common.save'),
        cancelButtonText: t('common.back'),
        inputValidator: (v: string) => (v && v.trim() !== '' ? true : t('pledges.kinds.addRequired')),
        inputPlaceholder: '',
        autofocus: false,
      })
      name = (answer as { value: string }).value.trim()
    } catch {
      return null
    }
    try {
      kinds.value = await addPledgeKind(name)
    } catch {
      return null // shown by the ipc wrapper
    }
    ElMessage.success(t('pledges.kinds.added', { name }))
    return name
  }

  return { kinds, reload, add }
}
