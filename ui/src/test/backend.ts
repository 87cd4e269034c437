// A fake back end for component tests: each command answers from a handler; calls are recorded.
import { invoke } from '@tauri-apps/api/core'
import { vi } from 'vitest'
import type { AppError } from '@/bindings/AppError'

export type Handler = (args: any) => unknown

export interface Call {
  cmd: string
  args: Record<string, unknown> | undefined
}

export function fakeBackend(handlers: Record<string, Handler>) {
  const calls: Call[] = []
  vi.mocked(invoke).mockImplementation(async (cmd: string, args?: unknown) => {
    calls.push({ cmd, args: args as Record<string, unknown> | undefined })
    const handler = handlers[cmd]
    if (!handler) throw appError('test.unhandled', `no fake for ${cmd}`)
    return handler(args)
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
