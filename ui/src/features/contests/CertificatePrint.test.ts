import { describe, expect, test } from 'vitest'
import App from '@/App.vue'
import type { Certificate } from '@/bindings/Certificate'
import { appError, fakeBackend } from '@/test/backend'
import { allByTestId, byTestId, mountWithApp, navigated } from '@/test/mount'

const cert = (name: string, department: string, award: Certificate['award'], label: string): Certificate => ({
  unit_name: '市科技局',
  entrant_name: name,
  department_name: department,
  activity_title: '“爱岗敬业”演讲比赛',
  award,
  award_label: label,
  date_text: '2026年11月26日',
  work_title: null,
})

function app(answer: () => unknown) {
  return fakeBackend({
    app_info: () => ({ unit: { unit_name: '市科技局', password_set: true, staff_pins_enabled: false }, role: 'organizer', db_path: '/d.db' }),
    certificates: answer,
  })
}

describe('the certificate print view', () => {
  test('stands alone with one page per award: the person, the activity, the award, the unit and the date', async () => {
    const b = app(() => [cert('张三', '办公室', 'first', '一等奖'), cert('宣传科', '宣传科', 'second', '二等奖')])
    await mountWithApp(App, { path: '/activities/5/judging/certificates' })
    expect(b.callsOf('certificates')[0].args).toEqual({ activityId: 5 })
    expect(byTestId('nav-staff')).toBeNull()
    const pages = allByTestId('certificate')
    expect(pages).toHaveLength(2)
    expect(byTestId('certificate-to')?.textContent).toBe('办公室 张三 同志：')
    expect(pages[0].textContent).toContain('在“爱岗敬业”演讲比赛中荣获一等奖')
    expect(allByTestId('certificate-unit')[0].textContent).toBe('市科技局')
    expect(allByTestId('certificate-date')[0].textContent).toBe('2026年11月26日')
    expect(allByTestId('certificate-to')[1].textContent).toBe('宣传科：')
  })

  test('before the results are published it says so instead', async () => {
    app(() => {
      throw appError('contests.not_published', '成绩尚未公布，公布后才能打印奖状')
    })
    await mountWithApp(App, { path: '/activities/5/judging/certificates' })
    expect(byTestId('certificate-print')?.textContent).toContain('成绩尚未公布，公布后才能打印奖状')
    expect(allByTestId('certificate')).toHaveLength(0)
  })
})

describe('the certificate print view of a tournament', () => {
  test('prints the 冠军, 亚军 and 季军 and goes back to the tournament', async () => {
    const b = app(() => [cert('张三', '办公室', null, '冠军'), cert('李四', '办公室', null, '亚军')])
    const { router } = await mountWithApp(App, { path: '/activities/7/tournament/certificates' })
    expect(b.callsOf('certificates')[0].args).toEqual({ activityId: 7 })
    expect(allByTestId('certificate')[0].textContent).toContain('荣获冠军')
    byTestId('print-back')!.click()
    await new Promise((r) => setTimeout(r, 0))
    await router.isReady()
    await navigated(() => expect(router.currentRoute.value.name).toBe('tournament'))
  })
})
