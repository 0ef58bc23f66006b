import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { ESLint } from 'eslint'

const ROOT = join(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: ROOT })

/** Lints a fixture as though it were a file of the recall feature, with the project's own configuration. */
async function boundaryErrors(fixture: string, asFile: string) {
  const code = await readFile(join(ROOT, 'eslint', 'fixtures', fixture), 'utf8')
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'src', 'features', 'recall', asFile) })
  return result!.messages.filter(m => m.ruleId === 'resettle/feature-boundaries')
}

describe('the feature boundary lint rule', () => {
  it("fails an import from another feature's folder that is not its index.ts, and passes the index.ts", async () => {
    const errors = await boundaryErrors('cross-feature-import.ts', 'recall.fixture.ts')
    assert.equal(errors.length, 1)
    assert.equal(errors[0]!.line, 2)
    assert.match(
      errors[0]!.message,
      /Import 'people' through src\/features\/people\/index\.ts, not people\.repository\.ts/,
    )
  })

  it("lets a test use another feature's helpers for tests, and nothing else of it", async () => {
    assert.deepEqual(await boundaryErrors('test-support-import.test.ts', 'recall.fixture.test.ts'), [])
    const fromSource = await boundaryErrors('test-support-import.test.ts', 'recall.fixture.ts')
    assert.equal(fromSource.length, 1)
  })

  it('leaves imports within a feature and of the platform alone', async () => {
    const code =
      "import { z } from 'zod'\nimport { x } from './recall.rules.ts'\nimport { y } from '../../platform/db/database.ts'\nexport const all = [z, x, y]\n"
    const [result] = await eslint.lintText(code, {
      filePath: join(ROOT, 'src', 'features', 'recall', 'recall.fixture.ts'),
    })
    assert.deepEqual(
      result!.messages.filter(m => m.ruleId === 'resettle/feature-boundaries'),
      [],
    )
  })
})
