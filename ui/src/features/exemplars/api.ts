// 学树身边典型 commands: the card wall, one profile with its honors and study sessions, its photos,
// the profiles an activity studied, and a person's studied role models.
import { call, type CallOptions } from '@/api/ipc'
import type { Exemplar } from '@/bindings/Exemplar'
import type { ExemplarDetail } from '@/bindings/ExemplarDetail'
import type { ExemplarFile } from '@/bindings/ExemplarFile'
import type { ExemplarInput } from '@/bindings/ExemplarInput'
import type { StudiedExemplar } from '@/bindings/StudiedExemplar'

export const listExemplars = (options?: CallOptions) => call<Exemplar[]>('list_exemplars', {}, options)
export const exemplarDetail = (id: number, options?: CallOptions) =>
  call<ExemplarDetail>('exemplar_detail', { id }, options)
export const createExemplar = (input: ExemplarInput, options?: CallOptions) =>
  call<Exemplar>('create_exemplar', { input }, options)
export const updateExemplar = (id: number, input: ExemplarInput, options?: CallOptions) =>
  call<Exemplar>('update_exemplar', { id, input }, options)
/** 发布 (on the wall for everyone) or back to 草稿. */
export const setExemplarPublished = (id: number, published: boolean) =>
  call<Exemplar>('set_exemplar_published', { id, published })

export const exemplarFiles = (exemplarId: number) =>
  call<ExemplarFile[]>('exemplar_files', { exemplarId }, { quiet: true })
/** A photo: the bytes as the raw body; the profile and the name travel in headers. */
export const addExemplarFile = (exemplarId: number, fileName: string, bytes: Uint8Array) =>
  call<ExemplarFile>('add_exemplar_file', bytes, {
    headers: { 'exemplar-id': String(exemplarId), 'file-name': encodeURIComponent(fileName) },
  })
export const exemplarFileBytes = (fileId: number) =>
  call<ArrayBuffer>('exemplar_file_bytes', { fileId }, { quiet: true })
export const removeExemplarFile = (fileId: number) => call<void>('remove_exemplar_file', { fileId })

export const studiedExemplars = (activityId: number, options?: CallOptions) =>
  call<Exemplar[]>('studied_exemplars', { activityId }, options)
/** 学习的典型 of a 学习 / 道德讲堂 activity (replaces the earlier list). */
export const setStudiedExemplars = (activityId: number, exemplarIds: number[], options?: CallOptions) =>
  call<Exemplar[]>('set_studied_exemplars', { activityId, exemplarIds }, options)
export const staffStudiedExemplars = (staffId: number, options?: CallOptions) =>
  call<StudiedExemplar[]>('staff_studied_exemplars', { staffId }, options)
