// Publishing a contest's results (which locks them) and unlocking them with a reason that the log
// keeps: the same two steps for judged and timed contests, each with its own texts and commands.
import { useI18n } from 'vue-i18n'
import { ElMessage } from 'element-plus'
import { askReason, confirmAction } from '@/app/confirm'
import { useBusyAction } from '@/app/useBusyAction'

/** The i18n keys of one kind of contest's publish and unlock texts. */
export interface LockTexts {
  publish: string
  publishConfirm: string
  published: string
  unlock: string
  unlockPrompt: string
  unlockReason: string
  unlockReasonRequired: string
  unlocked: string
}

export function useResultLock<C>(
  texts: LockTexts,
  commands: { publish: () => Promise<C>; unlock: (reason: string) => Promise<C> },
  changed: (contest: C) => void,
) {
  const { t } = useI18n()
  const { busy, run } = useBusyAction()

  /** One action at a time; the back end's refusal has been shown by the ipc wrapper. */
  async function act(name: string, action: () => Promise<C>, done: string) {
    const contest = await run(name, action)
    if (!contest) return
    changed(contest)
    ElMessage.success(t(done))
  }

  async function publish() {
    const ok = await confirmAction(t(texts.publishConfirm), t(texts.publish), t(texts.publish))
    if (ok) await act('publish', commands.publish, texts.published)
  }

  async function unlock() {
    const reason = await askReason({
      message: t(texts.unlockPrompt),
      title: t(texts.unlock),
      confirmText: t(texts.unlock),
      placeholder: t(texts.unlockReason),
      requiredText: t(texts.unlockReasonRequired),
    })
    if (reason === null) return
    await act('unlock', () => commands.unlock(reason), texts.unlocked)
  }

  return { busy, publish, unlock }
}
