// Every argument of every command, and every field of the structs they take, has a label in both
// languages, so a refusal of a wrong type or a negative number always names the field. Reads the
// shell's commands and core's types from the Rust sources.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import labels from '@/api/i18n'

// vitest runs in ui/; the Rust sources are beside it.
const ROOT = resolve(process.cwd(), '..')

function rustFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return rustFiles(path)
    return name.endsWith('.rs') ? [path] : []
  })
}

const withoutComments = (s: string) => s.replace(/\/\/[^\n]*/g, '')

/** The body between the brace at `open` and its match. */
function braced(s: string, open: number): string {
  let depth = 0
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++
    if (s[i] === '}' && --depth === 0) return s.slice(open + 1, i)
  }
  return ''
}

/** core's `pub struct` and `pub enum` bodies by name. */
function coreTypes(): Map<string, { kind: string; body: string }> {
  const out = new Map<string, { kind: string; body: string }>()
  for (const file of rustFiles(join(ROOT, 'core/src'))) {
    const s = withoutComments(readFileSync(file, 'utf8'))
    for (const m of s.matchAll(/pub (struct|enum) (\w+)(?:<[^>]*>)?\s*\{/g)) {
      if (!out.has(m[2])) out.set(m[2], { kind: m[1], body: braced(s, m.index! + m[0].length - 1) })
    }
  }
  return out
}

const FRAMEWORK = /^(tauri::)?(State|AppHandle|Window|WebviewWindow|ipc::Request|Request)\b/

/** Every command's arguments: [command, key, type]. */
function commandArgs(): [string, string, string][] {
  const out: [string, string, string][] = []
  for (const file of rustFiles(join(ROOT, 'src-tauri/src/commands'))) {
    const s = withoutComments(readFileSync(file, 'utf8'))
    for (const m of s.matchAll(/#\[tauri::command[^\]]*\]\s*pub (?:async )?fn (\w+)(?:<[^>]*>)?\(([\s\S]*?)\)\s*(?:->|\{)/g)) {
      for (const param of m[2].split(/,(?![^<]*>)/)) {
        const [key, type] = param.split(/:(.*)/s).map((x) => x?.trim())
        if (key && type && !FRAMEWORK.test(type)) out.push([m[1], key, type])
      }
    }
  }
  return out
}

const types = coreTypes()
const args = commandArgs()

/** The field names reachable from a type: its fields and those of the types in their places. */
function fieldsOf(type: string, seen = new Set<string>()): string[] {
  const names: string[] = []
  for (const word of type.match(/[A-Z]\w+/g) ?? []) {
    const t = types.get(word)
    if (!t || seen.has(word)) continue
    seen.add(word)
    const inner: string[] = []
    for (const f of t.body.matchAll(/(?<![:\w])(\w+)\s*:(?!:)\s*([^,\n}]+)/g)) {
      names.push(f[1])
      inner.push(f[2])
    }
    // tuple variants: `TableTennis(TtOutcome)`
    for (const v of t.body.matchAll(/\b[A-Z]\w*\s*\(([^)]*)\)/g)) inner.push(v[1])
    for (const i of inner) names.push(...fieldsOf(i, seen))
  }
  return names
}

/** A type that carries fields (a struct, or an enum with data), maybe inside Option / Vec. */
function carriesFields(type: string): boolean {
  const inner = type.replace(/^(Option|Vec)<(.*)>$/, '$2')
  const t = types.get(inner)
  return !!t && (t.kind === 'struct' || /[{(]/.test(t.body))
}

describe('labels of command arguments', () => {
  test('the commands were found (the parser still reads the sources)', () => {
    expect(args.length).toBeGreaterThan(100)
    expect(args).toContainEqual(['create_honor_category', 'input', 'Form<CategoryInput>'])
    expect(fieldsOf('Form<CategoryInput>')).toContain('quota')
    expect(fieldsOf('Form<PaperCount>')).toContain('votes_for')
  })

  test('every argument and every field it carries has a zh-CN and an English label', () => {
    const names = new Set(args.flatMap(([, key, type]) => [key, ...fieldsOf(type)]))
    for (const locale of ['zh-CN', 'en'] as const) {
      const known = labels[locale].args.field as Record<string, string>
      expect([...names].filter((n) => !known[n]).sort(), locale).toEqual([])
    }
  })

  test('every label names an argument or a field (no dead labels)', () => {
    const names = new Set(args.flatMap(([, key, type]) => [key, ...fieldsOf(type)]))
    expect(Object.keys(labels['zh-CN'].args.field).filter((n) => !names.has(n))).toEqual([])
  })

  test('every argument that carries fields is taken as Form<…>, so its refusal names the field', () => {
    const bare = args.filter(([, , type]) => carriesFields(type)).map(([cmd, key, type]) => `${cmd}(${key}: ${type})`)
    expect(bare).toEqual([])
  })
})
