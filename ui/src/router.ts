// Routes of the frame. Screens for organizers only carry `meta.organizerOnly`; screens shown
// without the frame (print views, kiosks, the projector) carry `meta.bare`; sheets to print also
// carry `meta.print`.
import { createRouter, createWebHashHistory, type RouterHistory, type RouteRecordRaw, type Router } from 'vue-router'
import { useSession } from '@/app/session'
import { i18n, type AppLocale } from '@/i18n'
import ActivityDetail from '@/features/activities/ActivityDetail.vue'
import ActivityList from '@/features/activities/ActivityList.vue'
import PrintView from '@/features/activities/PrintView.vue'
import DashboardView from '@/features/dashboard/DashboardView.vue'
import CertificatePrint from '@/features/contests/CertificatePrint.vue'
import JudgingView from '@/features/contests/judged/JudgingView.vue'
import ResultPrint from '@/features/contests/ResultPrint.vue'
import VoteKiosk from '@/features/contests/judged/VoteKiosk.vue'
import DepartmentList from '@/features/roster/DepartmentList.vue'
import TimedView from '@/features/contests/timed/TimedView.vue'
import TournamentView from '@/features/contests/tournaments/TournamentView.vue'
import ChallengeView from '@/features/challenges/ChallengeView.vue'
import StaffList from '@/features/roster/StaffList.vue'
import CategoryDetail from '@/features/honors/CategoryDetail.vue'
import HonorCertificates from '@/features/honors/HonorCertificates.vue'
import HonorsView from '@/features/honors/HonorsView.vue'
import KioskView from '@/features/honors/KioskView.vue'
import ResultReport from '@/features/honors/ResultReport.vue'
import SlipsPrint from '@/features/honors/SlipsPrint.vue'
import DutiesPrint from '@/features/ledger/DutiesPrint.vue'
import LedgerView from '@/features/ledger/LedgerView.vue'
import ExemplarDetail from '@/features/exemplars/ExemplarDetail.vue'
import ExemplarWall from '@/features/exemplars/ExemplarWall.vue'
import BoardPrint from '@/features/pledges/BoardPrint.vue'
import LetterPrint from '@/features/pledges/LetterPrint.vue'
import MyPledge from '@/features/pledges/MyPledge.vue'
import PledgeDetail from '@/features/pledges/PledgeDetail.vue'
import PledgeProjector from '@/features/pledges/PledgeProjector.vue'
import PledgeWall from '@/features/pledges/PledgeWall.vue'
import MyActivities from '@/features/self/MyActivities.vue'
import PinSlipsPrint from '@/features/self/PinSlipsPrint.vue'
import SettingsView from '@/features/settings/SettingsView.vue'
import LeaderboardPrint from '@/features/points/LeaderboardPrint.vue'
import MyPoints from '@/features/points/MyPoints.vue'
import PointsView from '@/features/points/PointsView.vue'
import PledgeKiosk from '@/features/pledges/rounds/PledgeKiosk.vue'
import PledgeResultPrint from '@/features/pledges/rounds/ResultPrint.vue'
import PledgeResultView from '@/features/pledges/rounds/ResultView.vue'
import PledgeRoundsView from '@/features/pledges/rounds/RoundsView.vue'
import PledgeSlipsPrint from '@/features/pledges/rounds/SlipsPrint.vue'

declare module 'vue-router' {
  interface RouteMeta {
    organizerOnly?: boolean
    bare?: boolean
    /** A sheet to print: the unit's document, shown in Chinese whatever the window's language. */
    print?: boolean
    /** A 投票终端 screen: shown only while the window is locked to its vote. */
    kiosk?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'dashboard', component: DashboardView },
  { path: '/staff', name: 'staff', component: StaffList },
  { path: '/departments', name: 'departments', component: DepartmentList },
  { path: '/activities', name: 'activities', component: ActivityList },
  { path: '/activities/:id(\\d+)', name: 'activity', component: ActivityDetail },
  {
    path: '/activities/:id(\\d+)/print/:kind(signup|sign_in)',
    name: 'activity-print',
    component: PrintView,
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/activities/:id(\\d+)/judging',
    name: 'judging',
    component: JudgingView,
    meta: { organizerOnly: true },
  },
  {
    path: '/activities/:id(\\d+)/judging/print/:kind(scores|awards)',
    name: 'judging-print',
    component: ResultPrint,
    props: { back: 'judging' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/activities/:id(\\d+)/judging/certificates',
    name: 'judging-certificates',
    component: CertificatePrint,
    props: { back: 'judging' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  { path: '/activities/:id(\\d+)/tournament', name: 'tournament', component: TournamentView },
  {
    path: '/activities/:id(\\d+)/tournament/print/:kind(scores|awards)',
    name: 'tournament-print',
    component: ResultPrint,
    props: { back: 'tournament' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/activities/:id(\\d+)/tournament/certificates',
    name: 'tournament-certificates',
    component: CertificatePrint,
    props: { back: 'tournament' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  { path: '/activities/:id(\\d+)/challenge', name: 'challenge', component: ChallengeView },
  { path: '/activities/:id(\\d+)/timed', name: 'timed', component: TimedView, meta: { organizerOnly: true } },
  {
    path: '/activities/:id(\\d+)/timed/print/:kind(scores|awards|teams)',
    name: 'timed-print',
    component: ResultPrint,
    props: { back: 'timed' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/activities/:id(\\d+)/timed/certificates',
    name: 'timed-certificates',
    component: CertificatePrint,
    props: { back: 'timed' },
    meta: { organizerOnly: true, bare: true, print: true },
  },
  { path: '/my', name: 'my', component: MyActivities },
  { path: '/exemplars', name: 'exemplars', component: ExemplarWall },
  { path: '/exemplars/:id(\\d+)', name: 'exemplar', component: ExemplarDetail },
  { path: '/pledges', name: 'pledges', component: PledgeWall },
  { path: '/pledges/:id(\\d+)', name: 'pledge', component: PledgeDetail },
  { path: '/my/pledges', name: 'my-pledge', component: MyPledge },
  { path: '/pledges/print/letters', name: 'pledge-letter-print', component: LetterPrint, meta: { bare: true, print: true } },
  { path: '/pledges/print/board', name: 'pledge-board-print', component: BoardPrint, meta: { bare: true, print: true } },
  // The 亮诺墙 for a projector: full screen, pages by itself; Esc goes back to the wall.
  { path: '/pledges/projector', name: 'pledge-projector', component: PledgeProjector, meta: { bare: true } },
  { path: '/my/points', name: 'my-points', component: MyPoints },
  { path: '/points', name: 'points', component: PointsView },
  {
    path: '/points/print',
    name: 'points-print',
    component: LeaderboardPrint,
    meta: { bare: true, print: true },
  },
  { path: '/honors', name: 'honors', component: HonorsView },
  { path: '/honors/categories/:id(\\d+)', name: 'honor-category', component: CategoryDetail },
  {
    path: '/honors/rounds/:id(\\d+)/slips',
    name: 'ballot-slips',
    component: SlipsPrint,
    meta: { organizerOnly: true, bare: true, print: true },
  },
  {
    path: '/honors/rounds/:id(\\d+)/report',
    name: 'tally-report',
    component: ResultReport,
    meta: { bare: true, print: true },
  },
  {
    path: '/honors/categories/:id(\\d+)/certificates',
    name: 'honor-certificates',
    component: HonorCertificates,
    meta: { bare: true, print: true },
  },
  { path: '/pledge-rounds', name: 'pledge-rounds', component: PledgeRoundsView },
  { path: '/pledge-rounds/:id(\\d+)/result', name: 'pledge-result', component: PledgeResultView },
  { path: '/pledge-rounds/:id(\\d+)/result/print', name: 'pledge-result-print', component: PledgeResultPrint, meta: { bare: true, print: true } },
  {
    path: '/pledge-rounds/:id(\\d+)/slips',
    name: 'pledge-slips',
    component: PledgeSlipsPrint,
    meta: { organizerOnly: true, bare: true, print: true },
  },
  { path: '/ledger', name: 'ledger', component: LedgerView, meta: { organizerOnly: true } },
  { path: '/ledger/duties/print', name: 'ledger-duties-print', component: DutiesPrint, meta: { bare: true, print: true } },
  // 投票终端 (评先选优, 书画展览): full screen, only while the back end holds the window locked to
  // that vote.
  { path: '/kiosk', name: 'kiosk', component: KioskView, meta: { bare: true, kiosk: true } },
  { path: '/kiosk/exhibition', name: 'vote-kiosk', component: VoteKiosk, meta: { bare: true, kiosk: true } },
  { path: '/kiosk/pledges', name: 'pledge-kiosk', component: PledgeKiosk, meta: { bare: true, kiosk: true } },
  {
    path: '/settings',
    name: 'settings',
    component: SettingsView,
    meta: { organizerOnly: true },
  },
  {
    path: '/settings/pin-slips',
    name: 'pin-slips',
    component: PinSlipsPrint,
    meta: { organizerOnly: true, bare: true, print: true },
  },
  { path: '/:rest(.*)*', redirect: '/' },
]

export function createAppRouter(history: RouterHistory = createWebHashHistory()): Router {
  const router = createRouter({ history, routes })
  // Before start-up has finished the role is not known yet; the frame checks again once it shows.
  router.beforeEach((to) => {
    const session = useSession()
    // While a kiosk is open, nothing else can be reached, history back included.
    if (session.kioskRoute != null) return to.name === session.kioskRoute ? true : { name: session.kioskRoute }
    if (to.meta.kiosk && session.state === 'ready') return { name: 'staff' }
    if (to.meta.organizerOnly && session.state === 'ready' && !session.isOrganizer) return { name: 'staff' }
    return true
  })
  // A printed sheet is the unit's document: in Chinese whatever the window's language. The locale
  // changes here, before the sheet renders; leaving the print views brings the window's language back.
  let windowLocale: AppLocale | null = null
  router.afterEach((to, _from, failure) => {
    if (failure) return
    if (to.meta.print && windowLocale == null) {
      windowLocale = i18n.global.locale.value
      i18n.global.locale.value = 'zh-CN'
    } else if (!to.meta.print && windowLocale != null) {
      i18n.global.locale.value = windowLocale
      windowLocale = null
    }
  })
  return router
}
