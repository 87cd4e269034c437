import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './app/theme.css'
import App from './App.vue'
import { i18n, currentLocale } from './i18n'
import { createAppRouter } from './router'
import { IpcError } from './api/ipc'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(ElementPlus)
app.use(createAppRouter())

// A back-end error has already been shown where it happened; do not report it twice.
window.addEventListener('unhandledrejection', (event) => {
  if (event.reason instanceof IpcError) event.preventDefault()
})

document.documentElement.lang = currentLocale.value
app.mount('#app')
