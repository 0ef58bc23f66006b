import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { COMMON_NAMESPACE, LANGUAGES, type LocaleFiles } from './i18n.ts'

/**
 * The checks the locale test runs: that both languages have every key, and that every key the code and the
 * templates use exists. Kept apart from the test so that the checks themselves are tested on made-up files.
 */

/** Every leaf of a locale file as a dotted path ("status.agreed"); an array is one leaf. */
export function leafKeys(strings: unknown, prefix = ''): string[] {
  if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) return [prefix]
  return Object.entries(strings).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key))
}

const valueAt = (strings: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined),
      strings,
    )

/** Keys one language has and another lacks, or has empty, as "cy plans:status.agreed". */
export function missingTranslations(files: LocaleFiles): string[] {
  const problems: string[] = []
  const namespaces = new Set(LANGUAGES.flatMap(lang => Object.keys(files[lang])))
  for (const ns of namespaces) {
    const keys = new Set(LANGUAGES.flatMap(lang => leafKeys(files[lang][ns] ?? {})))
    for (const key of keys)
      for (const lang of LANGUAGES) {
        const value = valueAt(files[lang][ns], key)
        const empty = typeof value === 'string' ? value.trim() === '' : !Array.isArray(value) || !value.length
        if (empty) problems.push(`${lang} ${ns}:${key}`)
      }
  }
  return problems
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map(m => m[1])
    .sort()
    .join(',')

/** Keys whose languages ask for different values ("{{date}}" in one, not in the other). */
export function mismatchedPlaceholders(files: LocaleFiles): string[] {
  const problems: string[] = []
  for (const ns of Object.keys(files.en))
    for (const key of leafKeys(files.en[ns])) {
      const en = valueAt(files.en[ns], key)
      const cy = valueAt(files.cy[ns], key)
      if (typeof en === 'string' && typeof cy === 'string' && placeholders(en) !== placeholders(cy))
        problems.push(`${ns}:${key}`)
      if (Array.isArray(en) && Array.isArray(cy) && en.length !== cy.length) problems.push(`${ns}:${key}`)
    }
  return problems
}

export interface KeyUse {
  file: string
  key: string
  /** A key built at run time ("plans:step." + status): only its fixed start is known. */
  prefix: boolean
}

// t("key"), t('key'), pt("key"), and keys built from a fixed start: t("ns:a." + x), t(`ns:a.${x}`).
const LITERAL = /\bp?t\(\s*(['"])([^'"`]+)\1\s*([+,)])/g
const TEMPLATE = /\bp?t\(\s*`([^`$]*)(\$\{)?[^`]*`/g
// A schema's or a service's message given as a key: messageKey('plans:errors.agreed').
const MESSAGE = /\bmessageKey\(\s*(['"])([^'"`]+)\1\s*\)/g
// A key chosen by a condition in a template: t("a" if x else "b").
const CHOSEN = /\bp?t\(\s*"([^"]+)"\s+if\s+[^"]+?\s+else\s+"([^"]+)"/g

/** The keys a source file (TypeScript or Nunjucks) passes to `t`, or names as a message with `messageKey`. */
export function keysUsedIn(file: string, source: string): KeyUse[] {
  const uses: KeyUse[] = []
  for (const m of source.matchAll(LITERAL)) uses.push({ file, key: m[2]!, prefix: m[3] === '+' })
  for (const m of source.matchAll(TEMPLATE)) uses.push({ file, key: m[1]!, prefix: Boolean(m[2]) })
  for (const m of source.matchAll(MESSAGE)) uses.push({ file, key: m[2]!, prefix: false })
  for (const m of source.matchAll(CHOSEN))
    uses.push({ file, key: m[1]!, prefix: false }, { file, key: m[2]!, prefix: false })
  return uses
}

const split = (key: string) => {
  const at = key.indexOf(':')
  return at < 0 ? { ns: COMMON_NAMESPACE, path: key } : { ns: key.slice(0, at), path: key.slice(at + 1) }
}

/** Uses of a key that does not exist in some language (for a built key: whose fixed start names nothing). */
export function unknownKeys(files: LocaleFiles, uses: readonly KeyUse[]): string[] {
  const problems: string[] = []
  for (const use of uses) {
    const { ns, path } = split(use.key)
    for (const lang of LANGUAGES) {
      const strings = files[lang][ns]
      const found = use.prefix
        ? leafKeys(strings ?? {}).some(key => key.startsWith(path))
        : valueAt(strings, path) !== undefined && typeof valueAt(strings, path) !== 'object'
      const isArray = Array.isArray(valueAt(strings, path))
      if (!found && !isArray) problems.push(`${use.file}: ${lang} has no ${use.key}`)
    }
  }
  return problems
}

/** Every TypeScript and Nunjucks file under a folder, tests left out. */
export function sourceFiles(root: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name)
    if (entry.isDirectory()) files.push(...sourceFiles(path))
    else if (/\.(ts|njk)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) files.push(path)
  }
  return files
}

export const readSource = (path: string) => readFileSync(path, 'utf8')
