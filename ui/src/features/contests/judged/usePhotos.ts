// Object URLs for the photos of works (activity files), loaded once each and released on unmount.
import { onBeforeUnmount, ref } from 'vue'
import { activityFileBytes } from '@/features/activities/api'

export function usePhotos() {
  const urls = ref<Record<number, string>>({})
  const loading = new Set<number>()

  async function load(fileId: number | null) {
    if (fileId === null || urls.value[fileId] || loading.has(fileId)) return
    loading.add(fileId)
    try {
      const bytes = await activityFileBytes(fileId, { quiet: true })
      urls.value = { ...urls.value, [fileId]: URL.createObjectURL(new Blob([bytes])) }
    } catch {
      // No picture: the work is shown without it.
    } finally {
      loading.delete(fileId)
    }
  }

  onBeforeUnmount(() => Object.values(urls.value).forEach((u) => URL.revokeObjectURL(u)))
  return { urls, load }
}
