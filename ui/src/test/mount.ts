// Mounts a screen the way main.ts assembles the app: Pinia, vue-i18n, Element Plus, the router.
import { vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { Suspense, defineComponent, h, type Component } from 'vue'
import { createMemoryHistory } from 'vue-router'
import type { Role } from '@/bindings/Role'
import { emptyUnit, useSession } from '@/app/session'
import { useSelfService } from '@/features/self/selfService'
import { i18n } from '@/i18n'
import { createAppRouter } from '@/router'

export interface MountOptions {
  props?: Record<string, unknown>
  path?: string
  /** Session already started in this role (skip for App, which starts it itself). */
  role?: Role
  /** 职工自助 asks for a PIN. */
  pinsEnabled?: boolean
  /** The person at the window, already chosen (职工自助) before the screen is opened. */
  self?: { staffId: number; name: string; pin: string | null }
}

export async function mountWithApp(component: Component, options: MountOptions = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  if (options.role) {
    const session = useSession()
    session.state = 'ready'
    session.unit = emptyUnit({ unit_name: '市科技局', password_set: true, staff_pins_enabled: options.pinsEnabled ?? false })
    session.role = options.role
    session.dbPath = '/home/user/.local/share/wenming/wenming.db'
  }
  if (options.self) useSelfService().remember(options.self.staffId, options.self.name, options.self.pin)
  const router = createAppRouter(createMemoryHistory())
  await router.push(options.path ?? '/staff')
  await router.isReady()
  const wrapper = mount(component, {
    props: options.props,
    attachTo: document.body,
    global: { plugins: [pinia, i18n, ElementPlus, router] },
  })
  await settle()
  return { wrapper, router, session: useSession() }
}

/** Mounts a screen as the frame shows it (app/ScreenView): inside <Suspense>, for a screen whose
 *  setup waits for its first data. */
export async function mountScreen(component: Component, options: MountOptions = {}) {
  const props = options.props ?? {}
  const InFrame = defineComponent({ setup: () => () => h(Suspense, null, { default: () => h(component, props) }) })
  return mountWithApp(InFrame, { ...options, props: undefined })
}

/** Lets pending calls, timers of zero length and re-renders finish. */
export async function settle(): Promise<void> {
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
}

/**
 * Waits until `check` passes after a click that navigates: each screen is its own chunk, loaded
 * (here: compiled) the first time it is shown, so the navigation ends a while after the click.
 */
export async function navigated(check: () => void): Promise<void> {
  await vi.waitFor(check, { timeout: 30_000, interval: 20 })
  await settle()
}

/** Waits for the dialog with this data-testid after the click that opens it: a screen's dialogs
 *  load when first opened (app/LazyMount), here compiled on the way. */
export async function dialogShown(id: string): Promise<void> {
  await vi.waitFor(
    () => {
      if (!byTestId(id)) throw new Error(`dialog ${id} not shown`)
    },
    { timeout: 30_000, interval: 20 },
  )
  await settle()
}

/** The element with this data-testid anywhere in the document (dialogs are teleported to body). */
export function byTestId<T extends Element = HTMLElement>(id: string): T | null {
  return document.querySelector<T>(`[data-testid="${id}"]`)
}

export function allByTestId<T extends Element = HTMLElement>(id: string): T[] {
  return Array.from(document.querySelectorAll<T>(`[data-testid="${id}"]`))
}
