// Object URLs for the photos of works, loaded once each and released on unmount. By default a photo
// is an activity file (the organizer's screens); the kiosk passes its own loader, keyed by work.
import { onBeforeUnmount, ref } from 'vue'
import type { CallOptions } from '@/api/ipc'
import { activityFileBytes } from '@/features/activities/api'

export function usePhotos(fetch: (id: number, options?: CallOptions) => Promise<ArrayBuffer> = activityFileBytes) {
  const urls = ref<Record<number, string>>({})
  const loading = new Set<number>()

  async function load(id: number | null) {
    if (id === null || urls.value[id] || loading.has(id)) return
    loading.add(id)
    try {
      const bytes = await fetch(id, { quiet: true })
      urls.value = { ...urls.value, [id]: URL.createObjectURL(new Blob([bytes])) }
    } catch {
      // No picture: the work is shown without it.
    } finally {
      loading.delete(id)
    }
  }

  onBeforeUnmount(() => Object.values(urls.value).forEach((u) => URL.revokeObjectURL(u)))
  return { urls, load }
}
