// The PINs just issued, held in memory only until their slips have been printed: the print view
// clears them when it closes, and nothing else keeps them.
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { PinSlip } from '@/bindings/PinSlip'

export const usePinSlips = defineStore('pinSlips', () => {
  const slips = shallowRef<PinSlip[]>([])

  function hold(issued: PinSlip[]): void {
    slips.value = issued
  }

  function clear(): void {
    slips.value = []
  }

  return { slips, hold, clear }
})
