// Routes of the frame. Screens for organizers only carry `meta.organizerOnly`; screens shown
// without the frame (print views, kiosks, the projector) carry `meta.bare`; sheets to print also
// carry `meta.print`. Every screen is its own chunk, loaded when first shown: the first screen does
// not wait for the others. The 首页 alone comes with the start: it is the screen the window opens
// on, and loaded on its own it would wait for the start's first navigation before its files were
// even asked for (docs/PERFORMANCE.md). A screen whose route has `meta.prefetch` has its first data
// asked for when the navigation to it starts (api/ahead.ts).
import {
  createRouter,
  createWebHashHistory,
  START_LOCATION,
  type RouteLocationNormalized,
  type RouterHistory,
  type RouteRecordRaw,
  type Router,
} from 'vue-router'
import { forgetAhead } from '@/api/ahead'
import { useSession } from '@/app/session'
import { i18n, type AppLocale } from '@/i18n'
import { screenRoutes } from '@/features/screens/routes'
import { activitiesAhead, activityAhead } from '@/features/activities/ahead'
import DashboardView from '@/features/dashboard/DashboardView.vue'
import { dashboardAhead } from '@/features/dashboard/ahead'
import { honorsAhead } from '@/features/honors/ahead'
import { lanAhead } from '@/features/lan/ahead'
import { ledgerAhead } from '@/features/ledger/ahead'
import { myPledgeAhead, pledgesAhead } from '@/features/pledges/ahead'
import { pledgeRoundsAhead } from '@/features/pledges/rounds/ahead'
import { myPointsAhead, pointsAhead } from '@/features/points/ahead'
import { departmentsAhead, staffAhead } from '@/features/roster/ahead'
import { myAhead } from '@/features/self/ahead'

declare module 'vue-router' {
  interface RouteMeta {
    organizerOnly?: boolean
    bare?: boolean
    /** A sheet to print: the unit's document, shown in Chinese whatever the window's language. */
    print?: boolean
    /** A 投票终端 screen: shown only while the window is locked to its vote. */
    kiosk?: boolean
    /** A 大屏 view: the screen window's, shown in Chinese like a printed sheet. */
    screen?: boolean
    /** Asks for the screen's first data ahead (api/ahead.ts): when a navigation to it starts, and
     *  at start while the frame is built around it. Resolves once answered, failed or not, never
     *  rejects (app/firstScreen.ts waits for it at start). */
    prefetch?: (to: RouteLocationNormalized) => Promise<unknown>
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'dashboard', component: DashboardView, meta: { prefetch: dashboardAhead } },
  { path: '/staff', name: 'staff', component: () => import('@/features/roster/StaffList.vue'), meta: { prefetch: staffAhead } },
  {
    path: '/departments',
    name: 'departments',
    component: () => import('@/features/roster/DepartmentList.vue'),
    meta: { prefetch: departmentsAhead },
  },
  {
    path: '/activities',
    name: 'activities',
    component: () => import('@/features/activities/ActivityList.vue'),
    meta: { prefetch: activitiesAhead },
  },
  {
    path: '/activities/:id(\\d+)',
    name: 'activity',
    component: () => import('@/features/activities/ActivityDetail.vue'),
    meta: { prefetch: activityAhead },
  },
  {
    path: '/activities/:id(\\d+)/print/:kind(signup|sign_in)',
    name: 'activity-print',
    component: () => import('@/features/activities/PrintView.vue'),
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/activities/:id(\\d+)/judging',
    name: 'judging',
    component: () => import('@/features/contests/judged/JudgingView.vue'),
    meta: { organizerOnly: true },
  },
  {
    path: '/activities/:id(\\d+)/judging/print/:kind(scores|awards)',
    name: 'judging-print',
    component: () => import('@/features/contests/ResultPrint.vue'),
    props: { back: 'judging' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/activities/:id(\\d+)/judging/certificates',
    name: 'judging-certificates',
    component: () => import('@/features/contests/CertificatePrint.vue'),
    props: { back: 'judging' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  { path: '/activities/:id(\\d+)/tournament', name: 'tournament', component: () => import('@/features/contests/tournaments/TournamentView.vue') },
  {
    path: '/activities/:id(\\d+)/tournament/print/:kind(scores|awards)',
    name: 'tournament-print',
    component: () => import('@/features/contests/ResultPrint.vue'),
    props: { back: 'tournament' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/activities/:id(\\d+)/tournament/certificates',
    name: 'tournament-certificates',
    component: () => import('@/features/contests/CertificatePrint.vue'),
    props: { back: 'tournament' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  { path: '/activities/:id(\\d+)/challenge', name: 'challenge', component: () => import('@/features/challenges/ChallengeView.vue') },
  { path: '/activities/:id(\\d+)/timed', name: 'timed', component: () => import('@/features/contests/timed/TimedView.vue'), meta: { organizerOnly: true } },
  {
    path: '/activities/:id(\\d+)/timed/print/:kind(scores|awards|teams)',
    name: 'timed-print',
    component: () => import('@/features/contests/ResultPrint.vue'),
    props: { back: 'timed' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/activities/:id(\\d+)/timed/certificates',
    name: 'timed-certificates',
    component: () => import('@/features/contests/CertificatePrint.vue'),
    props: { back: 'timed' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  { path: '/my', name: 'my', component: () => import('@/features/self/MyActivities.vue'), meta: { prefetch: myAhead } },
  { path: '/exemplars', name: 'exemplars', component: () => import('@/features/exemplars/ExemplarWall.vue') },
  { path: '/exemplars/:id(\\d+)', name: 'exemplar', component: () => import('@/features/exemplars/ExemplarDetail.vue') },
  { path: '/pledges', name: 'pledges', component: () => import('@/features/pledges/PledgeWall.vue'), meta: { prefetch: pledgesAhead } },
  { path: '/pledges/:id(\\d+)', name: 'pledge', component: () => import('@/features/pledges/PledgeDetail.vue') },
  { path: '/my/pledges', name: 'my-pledge', component: () => import('@/features/pledges/MyPledge.vue'), meta: { prefetch: myPledgeAhead } },
  { path: '/pledges/print/letters', name: 'pledge-letter-print', component: () => import('@/features/pledges/LetterPrint.vue'), meta: { bare: true, print: true } },
  { path: '/pledges/print/board', name: 'pledge-board-print', component: () => import('@/features/pledges/BoardPrint.vue'), meta: { bare: true, print: true } },
  // The 亮诺墙 for a projector: full screen, pages by itself; Esc goes back to the wall.
  { path: '/pledges/projector', name: 'pledge-projector', component: () => import('@/features/pledges/PledgeProjector.vue'), meta: { bare: true } },
  { path: '/my/points', name: 'my-points', component: () => import('@/features/points/MyPoints.vue'), meta: { prefetch: myPointsAhead } },
  { path: '/points', name: 'points', component: () => import('@/features/points/PointsView.vue'), meta: { prefetch: pointsAhead } },
  {
    path: '/points/print',
    name: 'points-print',
    component: () => import('@/features/points/LeaderboardPrint.vue'),
    meta: { bare: true, print: true },
  },
  { path: '/honors', name: 'honors', component: () => import('@/features/honors/HonorsView.vue'), meta: { prefetch: honorsAhead } },
  { path: '/honors/categories/:id(\\d+)', name: 'honor-category', component: () => import('@/features/honors/CategoryDetail.vue') },
  {
    path: '/honors/rounds/:id(\\d+)/slips',
    name: 'ballot-slips',
    component: () => import('@/features/honors/SlipsPrint.vue'),
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/honors/rounds/:id(\\d+)/report',
    name: 'tally-report',
    component: () => import('@/features/honors/ResultReport.vue'),
    meta: { bare: true, print: true },
  },
  {
    path: '/honors/categories/:id(\\d+)/certificates',
    name: 'honor-certificates',
    component: () => import('@/features/honors/HonorCertificates.vue'),
    meta: { bare: true, print: true },
  },
  {
    path: '/pledge-rounds',
    name: 'pledge-rounds',
    component: () => import('@/features/pledges/rounds/RoundsView.vue'),
    meta: { prefetch: pledgeRoundsAhead },
  },
  { path: '/pledge-rounds/:id(\\d+)/result', name: 'pledge-result', component: () => import('@/features/pledges/rounds/ResultView.vue') },
  { path: '/pledge-rounds/:id(\\d+)/result/print', name: 'pledge-result-print', component: () => import('@/features/pledges/rounds/ResultPrint.vue'), meta: { bare: true, print: true } },
  {
    path: '/pledge-rounds/:id(\\d+)/slips',
    name: 'pledge-slips',
    component: () => import('@/features/pledges/rounds/SlipsPrint.vue'),
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/ledger',
    name: 'ledger',
    component: () => import('@/features/ledger/LedgerView.vue'),
    meta: { organizerOnly: true, prefetch: ledgerAhead },
  },
  { path: '/ledger/duties/print', name: 'ledger-duties-print', component: () => import('@/features/ledger/DutiesPrint.vue'), meta: { bare: true, print: true } },
  // 投票终端 (评先选优, 书画展览): full screen, only while the back end holds the window locked to
  // that vote.
  { path: '/kiosk', name: 'kiosk', component: () => import('@/features/honors/KioskView.vue'), meta: { bare: true, kiosk: true } },
  { path: '/kiosk/exhibition', name: 'vote-kiosk', component: () => import('@/features/contests/judged/VoteKiosk.vue'), meta: { bare: true, kiosk: true } },
  { path: '/kiosk/pledges', name: 'pledge-kiosk', component: () => import('@/features/pledges/rounds/PledgeKiosk.vue'), meta: { bare: true, kiosk: true } },
  // 手机参与: the organizer turns the LAN page on and off; its QR code on an A4 sheet.
  { path: '/lan', name: 'lan', component: () => import('@/features/lan/LanView.vue'), meta: { organizerOnly: true, prefetch: lanAhead } },
  {
    path: '/lan/print',
    name: 'lan-print',
    component: () => import('@/features/lan/LanPrint.vue'),
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('@/features/settings/SettingsView.vue'),
    meta: { organizerOnly: true },
  },
  {
    path: '/settings/pin-slips',
    name: 'pin-slips',
    component: () => import('@/features/self/PinSlipsPrint.vue'),
    meta: { organizerOnly: true, bare: true, print: true },
  },
  // 大屏 views: the screen window's only pages (features/screens/routes.ts).
  ...screenRoutes,
  { path: '/:rest(.*)*', redirect: '/' },
]

export function createAppRouter(history: RouterHistory = createWebHashHistory()): Router {
  const router = createRouter({ history, routes })
  // Before start-up has finished the role is not known yet; the frame checks again once it shows.
  router.beforeEach((to, from) => {
    const session = useSession()
    // While a kiosk is open, nothing else can be reached, history back included.
    if (session.kioskRoute != null) return to.name === session.kioskRoute ? true : { name: session.kioskRoute }
    if (to.meta.kiosk && session.state === 'ready') return { name: 'staff' }
    if (session.state === 'ready' && !session.mayOpen(to)) return { name: 'staff' }
    // The screen's data is asked for now, while the route changes and the screen is set up, not
    // once it is set up; answers asked for another screen are dropped. At start the frame asks for
    // the first screen's itself (app/AppFrame), and what the start script asked is kept for it.
    if (from !== START_LOCATION) forgetAhead()
    if (session.state === 'ready') void to.meta.prefetch?.(to)
    return true
  })
  // A printed sheet is the unit's document: in Chinese whatever the window's language. The locale
  // changes here, before the sheet renders; leaving the print views brings the window's language back.
  let windowLocale: AppLocale | null = null
  router.afterEach((to, _from, failure) => {
    if (failure) return
    const chinese = to.meta.print || to.meta.screen
    if (chinese && windowLocale == null) {
      windowLocale = i18n.global.locale.value
      i18n.global.locale.value = 'zh-CN'
    } else if (!chinese && windowLocale != null) {
      i18n.global.locale.value = windowLocale
      windowLocale = null
    }
  })
  return router
}
