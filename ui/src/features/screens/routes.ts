// The 大屏 routes (/screen/…), shown in the screen window the shell opens on them
// (src-tauri/src/screen.rs `route`): bare (no frame), in Chinese like the printed sheets, each its
// own chunk.
import type { RouteRecordRaw } from 'vue-router'

const meta = { bare: true, screen: true }

export const screenRoutes: RouteRecordRaw[] = [
  { path: '/screen/turnout/:id(\\d+)', name: 'screen-turnout', component: () => import('./TurnoutScreen.vue'), meta },
  { path: '/screen/tournament/:id(\\d+)', name: 'screen-tournament', component: () => import('./TournamentScreen.vue'), meta },
  { path: '/screen/honors/:year(\\d+)', name: 'screen-honors', component: () => import('./HonorsScreen.vue'), meta },
  { path: '/screen/pledges/:department(\\d+)?', name: 'screen-pledges', component: () => import('./PledgeWallScreen.vue'), meta },
  { path: '/screen/phone', name: 'screen-phone', component: () => import('./PhoneQrScreen.vue'), meta },
]

/** Whether this page is the screen window's: it starts no session and shows no frame. */
export function isScreenLocation(hash: string = window.location.hash): boolean {
  return hash.startsWith('#/screen/')
}
