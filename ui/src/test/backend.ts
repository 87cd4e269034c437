// A fake back end for component tests: each command answers from a handler; calls are recorded.
import { invoke } from '@tauri-apps/api/core'
import { vi } from 'vitest'
import type { AppError } from '@/bindings/AppError'

/** Receives the command's arguments (or its raw body) and the invoke options (headers). */
export type Handler = (args: any, options?: { headers?: Record<string, string> }) => unknown

export interface Call {
  cmd: string
  args: Record<string, unknown> | undefined
  /** Headers sent with a raw body (e.g. `add_activity_file`). */
  headers?: Record<string, string>
}

export function fakeBackend(handlers: Record<string, Handler>) {
  const calls: Call[] = []
  vi.mocked(invoke).mockImplementation(async (cmd: string, args?: unknown, options?: unknown) => {
    const opts = options as { headers?: Record<string, string> } | undefined
    calls.push({ cmd, args: args as Record<string, unknown> | undefined, headers: opts?.headers })
    const handler = handlers[cmd]
    if (!handler) throw appError('test.unhandled', `no fake for ${cmd}`)
    return handler(args, opts)
  })
  return {
    calls,
    handlers,
    callsOf: (cmd: string) => calls.filter((c) => c.cmd === cmd),
  }
}

/** What the back end rejects with. Throw it from a handler. */
export function appError(code: string, message: string): AppError {
  return { code, message }
}
