import { describe, expect, test, vi } from 'vitest'
import type { ActivityFile } from '@/bindings/ActivityFile'
import { activity } from '@/test/activities'
import { fakeBackend } from '@/test/backend'
import { byTestId, mountWithApp, settle } from '@/test/mount'
import ActivityGallery from './ActivityGallery.vue'

const photo: ActivityFile = { id: 1, activity_id: 5, sha256: 'aa', file_name: '合影.jpg', size: 120_000, is_image: true }
const scan: ActivityFile = { id: 2, activity_id: 5, sha256: 'bb', file_name: '签到表.pdf', size: 3_565_158, is_image: false }

describe('photos and files', () => {
  test('pictures become blob URLs that are revoked when the page goes; other files show their size', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:photo-1')
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const b = fakeBackend({ activity_files: () => [photo, scan], activity_file_bytes: () => new Uint8Array([0xff, 0xd8]).buffer })
    const { wrapper } = await mountWithApp(ActivityGallery, { role: 'staff', props: { activity: activity() } })
    expect(b.callsOf('activity_file_bytes').map((c) => c.args)).toEqual([{ fileId: 1 }])
    expect((created.mock.calls[0][0] as Blob).type).toBe('image/jpeg')
    expect(byTestId('activity-file')?.textContent).toContain('签到表.pdf')
    expect(byTestId('activity-file')?.textContent).toContain('3.4 MB')
    expect(byTestId('activity-upload')).toBeNull()
    expect(byTestId('activity-file-remove')).toBeNull()
    wrapper.unmount()
    expect(revoked).toHaveBeenCalledWith('blob:photo-1')
    created.mockRestore()
    revoked.mockRestore()
  })

  test('a chosen file is sent as raw bytes, its activity and name in headers', async () => {
    const b = fakeBackend({
      activity_files: () => [],
      add_activity_file: () => scan,
    })
    await mountWithApp(ActivityGallery, { role: 'organizer', props: { activity: activity() } })
    const input = byTestId('activity-upload')!.querySelector<HTMLInputElement>('input[type=file]')!
    const file = new File([new Uint8Array([1, 2, 3])], '签到表.pdf', { type: 'application/pdf' })
    Object.defineProperty(input, 'files', { value: [file] })
    input.dispatchEvent(new Event('change'))
    await settle()
    await settle()
    const call = b.callsOf('add_activity_file')[0]
    expect(Array.from(call.args as unknown as Uint8Array)).toEqual([1, 2, 3])
    expect(call.headers).toEqual({ 'activity-id': '5', 'file-name': encodeURIComponent('签到表.pdf') })
    expect(byTestId('activity-file')?.textContent).toContain('签到表.pdf')
  })
})
