// Routes of the frame. Screens for organizers only carry `meta.organizerOnly`.
import { createRouter, createWebHashHistory, type RouterHistory, type RouteRecordRaw, type Router } from 'vue-router'
import { useSession } from '@/app/session'
import DepartmentList from '@/features/roster/DepartmentList.vue'
import StaffList from '@/features/roster/StaffList.vue'
import SettingsView from '@/features/settings/SettingsView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    organizerOnly?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/staff' },
  { path: '/staff', name: 'staff', component: StaffList },
  { path: '/departments', name: 'departments', component: DepartmentList },
  {
    path: '/settings',
    name: 'settings',
    component: SettingsView,
    meta: { organizerOnly: true },
  },
  { path: '/:rest(.*)*', redirect: '/staff' },
]

export function createAppRouter(history: RouterHistory = createWebHashHistory()): Router {
  const router = createRouter({ history, routes })
  // Before start-up has finished the role is not known yet; the frame checks again once it shows.
  router.beforeEach((to) => {
    const session = useSession()
    if (to.meta.organizerOnly && session.state === 'ready' && !session.isOrganizer) return { name: 'staff' }
    return true
  })
  return router
}
