import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// As `npm create tauri-app` (Vue, JavaScript) makes it, less the dev server.
export default defineConfig({
  plugins: [vue()],
  clearScreen: false,
  build: { target: 'safari15' },
})
