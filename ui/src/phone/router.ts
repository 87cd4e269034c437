// The phone page's screens (hash history: the server serves one page under /m/<token>/). A screen
// of a purpose the organizer did not switch on is not reachable; a screen that needs the person
// sends to 登录 first. The vote needs no login at all.
import { createRouter, createWebHashHistory, type RouterHistory, type Router } from 'vue-router'
import type { Purpose } from '@/bindings/Purpose'
import { info, isOn, loadInfo } from './info'
import { onLoginRequired } from './api'
import { phoneSession } from './session'

declare module 'vue-router' {
  interface RouteMeta {
    /** The purpose this screen belongs to. */
    purpose?: Purpose
    /** Needs the phone session (工号 + PIN). */
    login?: boolean
    /** i18n key of the title bar. */
    title?: string
  }
}

export function createPhoneRouter(history: RouterHistory = createWebHashHistory()): Router {
  const router = createRouter({
    history,
    routes: [
      { path: '/', name: 'home', component: () => import('./views/HomeView.vue'), meta: { title: 'phone.title' } },
      { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { title: 'phone.login.title' } },
      {
        path: '/activities',
        name: 'activities',
        component: () => import('./views/ActivitiesView.vue'),
        meta: { purpose: 'signup', login: true, title: 'phone.purpose.signup' },
      },
      {
        path: '/my',
        name: 'my',
        component: () => import('./views/MyView.vue'),
        meta: { purpose: 'my_activities', login: true, title: 'phone.purpose.my_activities' },
      },
      {
        path: '/pledge',
        name: 'pledge',
        component: () => import('./views/PledgeView.vue'),
        meta: { purpose: 'pledge', login: true, title: 'phone.purpose.pledge' },
      },
      {
        path: '/rating',
        name: 'rating',
        component: () => import('./views/RatingView.vue'),
        meta: { purpose: 'pledge_rating', login: true, title: 'phone.purpose.pledge_rating' },
      },
      { path: '/vote', name: 'vote', component: () => import('./views/VoteView.vue'), meta: { purpose: 'vote', title: 'phone.purpose.vote' } },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
  })
  router.beforeEach(async (to) => {
    if (to.meta.purpose) {
      await loadInfo()
      if (!info.value || !isOn(to.meta.purpose)) return { name: 'home' }
    }
    if (to.meta.login && !phoneSession.token) return { name: 'login', query: { next: to.fullPath } }
    return true
  })
  // The server no longer knows this phone's session (退出 elsewhere, or the window was restarted).
  onLoginRequired((message) => {
    phoneSession.notice = message
    const current = router.currentRoute.value
    if (current.name !== 'login') void router.push({ name: 'login', query: { next: current.fullPath } })
  })
  return router
}
