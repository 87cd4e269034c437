// The tables of 我的活动 in the light DataTable (their cells as markup, app/cellMarkup): as Element
// Plus's table, a person's twenty entries took ~280 ms to build and paint after their answer on the
// large unit (docs/PERFORMANCE.md). Links are plain links to the window's hash history; DataTable
// hands their click (`act`) to the screen.
import type { HonorAward } from '@/bindings/HonorAward'
import type { HonorMyNomination } from '@/bindings/HonorMyNomination'
import type { MyActivity } from '@/bindings/MyActivity'
import type { StudiedExemplar } from '@/bindings/StudiedExemplar'
import { permitButton, type TableColumn } from '@/app/table'
import { formatDateTime } from '@/app/time'
import { kindKey } from '@/features/activities/labels'
import { REVIEW_TAG, reviewKey } from '@/features/honors/labels'
import { i18n } from '@/i18n'
import { cancelLabelKey, myStatus } from './myView'

/** 我的活动: each entry, where the person stands, and what they may still do. `busy` is the entry
 *  (its sign-up id) whose cancelling is under way. */
export function activityColumns(busy: string | null): TableColumn<MyActivity>[] {
  const t = i18n.global.t
  const reflection = t('self.my.writeReflection')
  return [
    {
      key: 'title',
      label: t('activities.fields.title'),
      minWidth: 200,
      ellipsis: true,
      cell: (row) => ({ link: row.title, href: `#/activities/${row.activity_id}`, act: 'open', testid: 'my-activity-link' }),
    },
    { key: 'kind', label: t('activities.fields.kind'), width: 110, cell: (row) => t(kindKey(row.kind)) },
    { key: 'starts_at', label: t('activities.fields.startsAt'), width: 210, cell: (row) => formatDateTime(row.starts_at) },
    { key: 'place', label: t('activities.fields.place'), minWidth: 120, ellipsis: true },
    {
      key: 'status',
      label: t('signups.table.status'),
      width: 130,
      cell: (row) => {
        const status = myStatus(row)
        return { tag: status.text, tone: status.tag, testid: 'my-status' }
      },
    },
    {
      key: 'actions',
      label: t('common.actions'),
      width: 170,
      pinned: true,
      cell: (row) => [
        permitButton(row.allowed.cancel, {
          button: t(cancelLabelKey(row)),
          act: 'cancel',
          tone: 'danger',
          loading: busy === String(row.signup_id),
          testid: 'my-cancel',
        }),
        permitButton(row.allowed.reflection, { button: reflection, act: 'reflection', testid: 'my-reflection' }),
      ],
    },
  ]
}

/** 我的推荐: each nomination and its 资格审查, with the reason of a 不通过 (shown only to the nominee). */
export function nominationColumns(): TableColumn<HonorMyNomination>[] {
  const t = i18n.global.t
  return [
    { key: 'year', label: t('self.my.honorYear'), width: 100 },
    { key: 'category', label: t('self.my.honor'), minWidth: 160 },
    {
      key: 'review',
      label: t('self.my.review'),
      width: 110,
      cell: (row) => ({ tag: t(reviewKey[row.nomination.review]), tone: REVIEW_TAG[row.nomination.review] }),
    },
    {
      key: 'reason',
      label: t('self.my.reviewReason'),
      minWidth: 220,
      cell: (row) => ({ text: row.nomination.review_reason, testid: 'my-nomination-reason' }),
    },
  ]
}

/** 我的荣誉: the honors confirmed after their 公示. */
export function honorColumns(): TableColumn<HonorAward>[] {
  const t = i18n.global.t
  return [
    { key: 'year', label: t('self.my.honorYear'), width: 100 },
    { key: 'category', label: t('self.my.honor'), minWidth: 200 },
  ]
}

/** 学习的典型: the role models studied at the activities attended. */
export function studiedColumns(): TableColumn<StudiedExemplar>[] {
  const t = i18n.global.t
  return [
    {
      key: 'exemplar',
      label: t('exemplars.record.exemplar'),
      minWidth: 200,
      ellipsis: true,
      cell: (row) => ({
        link: `${row.name} · ${row.title}`,
        href: `#/exemplars/${row.exemplar_id}`,
        act: 'exemplar',
        testid: 'my-studied-exemplar',
      }),
    },
    { key: 'activity_title', label: t('exemplars.record.activity'), minWidth: 180, ellipsis: true },
    { key: 'starts_at', label: t('exemplars.record.date'), width: 210, cell: (row) => formatDateTime(row.starts_at) },
  ]
}
