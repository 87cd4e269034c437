import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Tauri loads the dev server at a fixed port; the build is embedded into the app.
export default defineConfig({
  // Element Plus on demand: each screen's chunk brings the components it uses and their CSS, so
  // the first screen does not wait for the whole library (types: `element-plus/global`). The unit
  // tests register the whole library instead (src/test/mount.ts): Node cannot load its CSS files.
  plugins: [vue(), ...(process.env.VITEST ? [] : [Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false })])],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // vue-i18n: Composition API only, messages compiled without eval (the app's CSP forbids it).
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  clearScreen: false,
  server: { port: 1420, strictPort: true, host: '127.0.0.1' },
  build: { target: 'safari15', chunkSizeWarningLimit: 2000 },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Mounting Element Plus screens takes seconds on a busy 2-core machine; a slow machine is not a bug.
    testTimeout: 90_000,
  },
})
