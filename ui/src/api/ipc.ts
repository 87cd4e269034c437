// The one door to the Rust back end: typed `invoke`, and errors people can read.
import { invoke, type InvokeArgs } from '@tauri-apps/api/core'
import { ElMessage } from 'element-plus'
import type { AppError } from '@/bindings/AppError'
import { i18n } from '@/i18n'

/** Code given to rejections that are not an `AppError` (a bug, never a user mistake). */
export const UNEXPECTED = 'ipc.unexpected'

/** A back-end error: `message` is the plain Chinese text from the back end, `code` is stable. */
export class IpcError extends Error implements AppError {
  readonly code: string

  constructor(code: string, message: string) {
    super(message)
    this.name = 'IpcError'
    this.code = code
  }
}

function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.code === 'string' && typeof v.message === 'string' && v.message !== ''
}

/**
 * Turns whatever `invoke` rejected with into an `IpcError`. Anything that is not an `AppError`
 * (an argument mismatch, a missing command) is logged for developers and shown as a generic
 * sentence: raw debug text never reaches the screen.
 */
export function toIpcError(raw: unknown): IpcError {
  if (raw instanceof IpcError) return raw
  if (isAppError(raw)) return new IpcError(raw.code, raw.message)
  console.error('[ipc] unexpected rejection', raw)
  return new IpcError(UNEXPECTED, i18n.global.t('common.error.unexpected'))
}

/** The readable message of anything caught around a call. */
export function errorMessage(e: unknown): string {
  return toIpcError(e).message
}

export interface CallOptions {
  /** The caller shows the error itself (inline in a form or dialog); no toast. */
  quiet?: boolean
  /** Request headers, for commands that take a raw body (a file's bytes). */
  headers?: Record<string, string>
}

/**
 * Calls a Tauri command. Top-level argument keys are camelCase; nested structs keep the
 * snake_case fields of `@/bindings`. `args` may also be raw bytes (a `Uint8Array`), described by
 * `options.headers`. On failure shows the back end's message (unless `quiet`)
 * and rejects with an `IpcError`.
 */
export async function call<T>(cmd: string, args?: InvokeArgs, options: CallOptions = {}): Promise<T> {
  try {
    return await (options.headers ? invoke<T>(cmd, args, { headers: options.headers }) : invoke<T>(cmd, args))
  } catch (raw) {
    const error = toIpcError(raw)
    if (!options.quiet) ElMessage.error({ message: error.message, grouping: true })
    throw error
  }
}
