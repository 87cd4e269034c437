import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver, VantResolver } from 'unplugin-vue-components/resolvers'

/**
 * Vant's icon font comes inline (a data: URL) with a second source on a remote CDN as a fallback;
 * nothing remote may reach the bundle, so the fallback is cut out of its CSS.
 */
function vantIconFontLocal(): Plugin {
  return {
    name: 'wenming-vant-icon-font-local',
    enforce: 'pre',
    transform(code, id) {
      if (!/vant[\\/]es[\\/]icon[\\/]index\.css/.test(id)) return null
      const out = code.replace(/,\s*url\((?:https?:)?\/\/[^)]*\)\s*format\("[a-z0-9]+"\)/g, '')
      if (/url\((?:https?:)?\/\//.test(out)) throw new Error('vant icon CSS: a remote URL is left')
      return { code: out, map: null }
    },
  }
}

// Tauri loads the dev server at a fixed port; the build is embedded into the app.
// Two pages from one build: index.html (the window) and phone.html (手机参与, served by the app's
// LAN server under /m/<token>/). Relative URLs (`base: './'`) let both load from wherever they are
// served: the window from the embedded dist, the phone page under its token's path.
export default defineConfig({
  base: './',
  // Element Plus (the window) and Vant (the phone page) on demand: each screen's chunk brings the
  // components it uses and their CSS, so the first screen does not wait for the whole library, and
  // neither page carries the other's library (types: `element-plus/global`). The unit tests
  // register the whole libraries instead (src/test/mount.ts, src/test/phone.ts): Node cannot load
  // their CSS files.
  plugins: [
    vantIconFontLocal(),
    vue(),
    ...(process.env.VITEST
      ? []
      : [Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' }), VantResolver({ importStyle: 'css' })], dts: false })]),
  ],
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
  build: {
    target: 'safari15',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        phone: fileURLToPath(new URL('./phone.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // A component that imports an Element Plus style itself (app/TickBox.vue): Vite takes the
    // style module in, where Node alone could not load its CSS.
    server: { deps: { inline: [/element-plus[\\/]es[\\/]components[\\/][^\\/]+[\\/]style[\\/]/] } },
    // Mounting Element Plus screens takes seconds on a busy 2-core machine; a slow machine is not a bug.
    testTimeout: 90_000,
  },
})
