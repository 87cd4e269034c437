// 职工自助: who is using the window for themselves. Remembered in memory for this session only,
// with the PIN (when PINs are on) that every self-service call sends along.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

export const useSelfService = defineStore('selfService', () => {
  const staffId = ref<number | null>(null)
  const name = ref('')
  const pin = ref<string | null>(null)

  const identified = computed(() => staffId.value !== null)

  function remember(id: number, personName: string, personPin: string | null): void {
    staffId.value = id
    name.value = personName
    pin.value = personPin ? personPin : null
  }

  /** 退出 / 切换: the next person starts by choosing themselves again. */
  function forget(): void {
    staffId.value = null
    name.value = ''
    pin.value = null
  }

  return { staffId, name, pin, identified, remember, forget }
})
