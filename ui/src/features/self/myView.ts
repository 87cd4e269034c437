// How a line of 我的活动 reads: where the person stands, and what they may still do.
import type { MyActivity } from '@/bindings/MyActivity'
import { i18n } from '@/i18n'
import type { TagType } from '@/features/activities/labels'
import { statusText } from '@/features/signups/signupView'
import { STATUS_TAG } from '@/features/signups/labels'

/** 已报名 / 候补第 N 位 / 已签到 / 缺席 / 已取消 / 活动取消, with its tag colour. */
export function myStatus(m: MyActivity): { text: string; tag: TagType } {
  const t = i18n.global.t
  if (m.status === 'confirmed' && m.attendance === 'present') return { text: t('signups.attendance.checkedIn'), tag: 'success' }
  if (m.status === 'confirmed' && m.attendance === 'absent') return { text: t('signups.attendance.absent'), tag: 'danger' }
  return { text: statusText(m), tag: m.status === 'confirmed' ? 'primary' : STATUS_TAG[m.status] }
}

/** 取消报名 for a place, 退出候补 for the waitlist. */
export function cancelLabelKey(m: MyActivity): string {
  return m.status === 'waitlisted' ? 'self.my.leaveWaitlist' : 'self.my.cancel'
}
