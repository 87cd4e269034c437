import { createApp } from 'vue'
import { createPinia } from 'pinia'
// Element Plus's components come with the screens that use them (see vite.config.ts); its base
// styles come first so that the app's theme overrides them, and the two services called from
// scripts (ElMessage, ElMessageBox) bring their styles here.
import 'element-plus/theme-chalk/base.css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './app/theme.css'
import App from './App.vue'
import { i18n, currentLocale } from './i18n'
import { createAppRouter } from './router'
import { IpcError } from './api/ipc'
import { keepStartAnswers } from './app/startAnswers'

// The launch's steps, marked for the start-up bench's probe (scripts/bench-startup.sh, BENCH_PROBE).
performance.mark('launch: modules run')
keepStartAnswers()
const app = createApp(App)
app.use(createPinia())
app.use(i18n)
const router = createAppRouter()
app.use(router)

// A back-end error has already been shown where it happened; do not report it twice.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof IpcError) event.preventDefault()
})

document.documentElement.lang = currentLocale.value
// Mounted once the first route is resolved (its screen comes with the start, so within microtasks):
// the frame, set up at once when the start script's answer has come, asks for that screen's data.
void router
  .isReady()
  .catch(() => undefined)
  .then(() => app.mount('#app'))
