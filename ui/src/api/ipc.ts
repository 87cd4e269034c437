// The one door to the Rust back end: typed `invoke`, and errors people can read.
import { invoke, type InvokeArgs } from '@tauri-apps/api/core'
import { ElMessage } from 'element-plus'
import type { AppError } from '@/bindings/AppError'
import { i18n } from '@/i18n'
import { askAhead, takeAhead } from './ahead'

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

/** Code of an argument the back end could not read: a wrong type or a negative number. */
export const INVALID_ARGS = 'ipc.invalid_args'

// Tauri's refusal of an argument; struct arguments (`Form<T>` in the shell) add the field's path.
const INVALID_ARGS_TEXT = /^invalid args `(\w+)` for command `\w+`: (?:at `([^`]*)`: )?([\s\S]*)$/
const SERDE_MISMATCH = /^invalid (?:type|value): (.*), expected (.*)$/s

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** The field a refusal is about: the last named step of its path, or the argument itself. */
function fieldName(key: string, path: string | undefined, detail: string): string {
  const missing = /^missing field `(\w+)`/.exec(detail)
  if (missing) return missing[1]
  const named = (path ?? '')
    .split('.')
    .map((step) => step.replace(/\[\d+\]/g, ''))
    .filter((step) => /^\w+$/.test(step))
  return named.at(-1) ?? snakeCase(key)
}

/** What was sent, as the sentence shows it: -1, “两名”, 空值. */
function gotText(unexpected: string): string {
  const { t } = i18n.global
  const literal = /^(?:integer|floating point|boolean) `(.*)`$/.exec(unexpected)
  if (literal) return literal[1]
  const text = /^string "(.*)"$/s.exec(unexpected)
  if (text) return `“${text[1].length > 20 ? `${text[1].slice(0, 20)}…` : text[1]}”`
  if (unexpected === 'null' || unexpected === 'unit value') return t('args.got.null')
  if (unexpected === 'sequence') return t('args.got.list')
  if (unexpected === 'map') return t('args.got.object')
  return t('args.got.other')
}

/** Which sentence (its i18n key) fits serde's complaint, and what was sent. */
function complaint(detail: string): { kind: string; got: string } {
  if (/^missing field/.test(detail)) return { kind: 'args.invalid.required', got: '' }
  const variant = /^unknown variant `(.*?)`/.exec(detail)
  if (variant) return { kind: 'args.invalid.choice', got: `“${variant[1]}”` }
  const mismatch = SERDE_MISMATCH.exec(detail)
  if (!mismatch) {
    // chrono's own words for a date or time it cannot read
    return /input|date|time/.test(detail) ? { kind: 'args.invalid.dateTime', got: '' } : { kind: 'args.invalid.format', got: '' }
  }
  const [, unexpected, expected] = mismatch
  const got = gotText(unexpected)
  if (unexpected === 'null' || unexpected === 'unit value') return { kind: 'args.invalid.required', got }
  const integer = /^integer `(-?\d+)`$/.exec(unexpected)
  if (/^u(8|16|32|64|128|size)$/.test(expected)) {
    if (integer) return { kind: integer[1].startsWith('-') ? 'args.invalid.negative' : 'args.invalid.tooLarge', got }
    return { kind: 'args.invalid.integer', got }
  }
  if (/^i(8|16|32|64|128|size)$/.test(expected)) return { kind: integer ? 'args.invalid.tooLarge' : 'args.invalid.integer', got }
  if (/^f(32|64)$/.test(expected)) return { kind: 'args.invalid.number', got }
  if (/string/.test(expected) && !/date|time/.test(expected)) return { kind: 'args.invalid.text', got }
  if (/boolean/.test(expected)) return { kind: 'args.invalid.yesNo', got }
  if (/sequence/.test(expected)) return { kind: 'args.invalid.list', got }
  if (/variant|enum/.test(expected)) return { kind: 'args.invalid.choice', got }
  if (/date|time/.test(expected)) return { kind: 'args.invalid.dateTime', got }
  return { kind: 'args.invalid.format', got }
}

/**
 * Tauri's English refusal of an argument it could not read («invalid args `input` for command
 * `create_honor_category`: at `quota`: invalid value: integer `-1`, expected u32») as a sentence
 * naming the field: «「名额」不能为负数（收到 -1）». `null` when `raw` is no such refusal.
 */
export function invalidArgsError(raw: unknown): IpcError | null {
  if (typeof raw !== 'string') return null
  const m = INVALID_ARGS_TEXT.exec(raw)
  if (!m) return null
  const [, key, path, detail] = m
  const { t, te } = i18n.global
  const name = fieldName(key, path, detail)
  const field = te(`args.field.${name}`) ? t(`args.field.${name}`) : name
  const { kind, got } = complaint(detail)
  return new IpcError(INVALID_ARGS, t(kind, { field, got }))
}

/**
 * Turns whatever `invoke` rejected with into an `IpcError`. An argument the back end could not
 * read becomes `ipc.invalid_args` with a sentence naming the field; anything else that is not an
 * `AppError` (a missing command) is logged for developers and shown as a generic sentence: raw
 * debug text never reaches the screen.
 */
export function toIpcError(raw: unknown): IpcError {
  if (raw instanceof IpcError) return raw
  if (isAppError(raw)) return new IpcError(raw.code, raw.message)
  const invalid = invalidArgsError(raw)
  if (invalid) {
    console.error('[ipc] argument refused', raw)
    return invalid
  }
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
  /** Asked for ahead of the screen that will make the same call (api/ahead.ts): kept for that
   *  call, which takes this answer and reports its failure; quiet itself. */
  ahead?: boolean
}

/**
 * Calls a Tauri command. Top-level argument keys are camelCase; nested structs keep the
 * snake_case fields of `@/bindings`. `args` may also be raw bytes (a `Uint8Array`), described by
 * `options.headers`. On failure shows the back end's message until closed (unless `quiet`)
 * and rejects with an `IpcError`. A call asked for ahead (`options.ahead`) is kept for the identical
 * call that follows, which takes its answer instead of asking again (api/ahead.ts).
 */
export async function call<T>(cmd: string, args?: InvokeArgs, options: CallOptions = {}): Promise<T> {
  if (options.headers) return answerOf(invoke<T>(cmd, args, { headers: options.headers }), options)
  if (options.ahead) return answerOf(askAhead(cmd, args, () => invoke<T>(cmd, args)), { quiet: true })
  return answerOf(takeAhead<T>(cmd, args) ?? invoke<T>(cmd, args), options)
}

async function answerOf<T>(answer: Promise<T>, options: CallOptions): Promise<T> {
  try {
    return await answer
  } catch (raw) {
    const error = toIpcError(raw)
    // A refusal stays until it is read and closed, unlike a success's passing toast.
    if (!options.quiet) ElMessage.error({ message: error.message, grouping: true, duration: 0, showClose: true })
    throw error
  }
}
