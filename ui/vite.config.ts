import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Tauri loads the dev server at a fixed port; the build is embedded into the app.
export default defineConfig({
  plugins: [vue()],
  clearScreen: false,
  server: { port: 1420, strictPort: true, host: '127.0.0.1' },
  build: { target: 'safari15', chunkSizeWarningLimit: 2000 },
  test: { environment: 'happy-dom', include: ['src/**/*.test.ts'] },
})
