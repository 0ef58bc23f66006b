import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'

/**
 * The ASVS 5.0 level 2 matrix in docs/security.md names the tests that prove each requirement: this fails when a
 * named test file is gone or no longer holds a test of that name, so that a renamed or deleted test breaks the matrix.
 */

// import.meta.dirname, not import.meta.url: the test runner's bundle writes in each file's own folder (test/run-suite.ts).
const root = join(import.meta.dirname, '../..')
const doc = readFileSync(join(root, 'docs/security.md'), 'utf8')
const matrix = doc.slice(doc.indexOf('## ASVS 5.0 level 2 matrix'))
const rows = matrix.split('\n').filter(line => /^\| \d+\.\d+\.\d+ \|/.test(line))

/** Each `file` “test name” a row names. */
const references = (row: string) =>
  [...row.matchAll(/`([^`]+\.test\.ts)` “([^”]+)”/g)].map(([, file, name]) => ({ file: file!, name: name! }))

/** A test or suite of that exact name, in any of the quotes the test files use. */
const declares = (source: string, name: string) =>
  [`'${name}'`, `"${name}"`, `\`${name}\``].some(quoted => source.includes(quoted))

describe('the ASVS 5.0 level 2 matrix', () => {
  it('has a row for every level 1 and level 2 requirement, each saying how it is met or why it does not apply', () => {
    assert.ok(rows.length >= 250, `${rows.length} rows`)
    const ids = rows.map(row => row.split('|')[1]!.trim())
    assert.equal(new Set(ids).size, ids.length, 'no requirement twice')
    for (const row of rows) {
      const [, , level, , how] = row.split(/(?<!\\)\|/).map(cell => cell.trim())
      assert.ok(level === '1' || level === '2', row)
      assert.ok(how, `says how it is met or why not: ${row.slice(0, 80)}`)
    }
  })

  it('names only test files that exist and tests that they hold', () => {
    const missing: string[] = []
    const sources = new Map<string, string | undefined>()
    for (const row of rows) {
      for (const { file, name } of references(row)) {
        if (!sources.has(file)) {
          const path = join(root, file)
          sources.set(file, existsSync(path) ? readFileSync(path, 'utf8') : undefined)
        }
        const source = sources.get(file)
        if (source === undefined) missing.push(`${file} does not exist`)
        else if (!declares(source, name)) missing.push(`${file} has no test “${name}”`)
      }
    }
    assert.ok(sources.size > 3, 'the matrix names tests')
    assert.deepEqual([...new Set(missing)], [])
  })
})
