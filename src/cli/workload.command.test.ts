import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { runCli } from './run-cli.ts'

const ROOT = join(import.meta.dirname, '..', '..')
const env = { ...process.env, NODE_ENV: 'development' }

/** In-process, as the entry point runs it. */
async function workload(stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['workload'], {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    readStdin: async () => stdin,
    env,
  })
  return { code, stdout, stderr }
}

const VALID = {
  grade: 'PO',
  contractedHours: 36.3,
  reductionHours: 17.8,
  cases: [
    { tier: 'A3', type: 'licence', count: 2 },
    { tier: 'D0', type: 'community', count: 1 },
  ],
  courtReports: { standard: 1, fast: 1 },
}

/** Bad input exits 2, names each of these fields at the start of a line of standard error and prints nothing. */
async function refused(input: unknown, fields: string[]) {
  const result = await workload(typeof input === 'string' ? input : JSON.stringify(input))
  assert.equal(result.code, 2, result.stderr)
  assert.equal(result.stdout, '')
  for (const field of fields) assert.match(result.stderr, new RegExp(`^${field.replace(/\./g, '\\.')}: `, 'm'))
}

describe('resettle workload', () => {
  it('prints the points, available points and capacity as JSON and a newline', async () => {
    const result = await workload(JSON.stringify(VALID))
    assert.equal(result.code, 0, result.stderr)
    assert.equal(result.stdout, '{"points":670,"availablePoints":1088,"capacityPercent":61.6}\n')
    assert.equal(result.stderr, '')
  })

  it('takes reductions and court reports as optional, and answers null when no points are available', async () => {
    const full = await workload(JSON.stringify({ grade: 'PSO', contractedHours: 37, cases: [] }))
    assert.equal(full.stdout, '{"points":0,"availablePoints":2176,"capacityPercent":0}\n')
    const none = await workload(JSON.stringify({ grade: 'PQiP', contractedHours: 20, reductionHours: 20, cases: [] }))
    assert.equal(none.stdout, '{"points":0,"availablePoints":0,"capacityPercent":null}\n')
  })

  it('explains itself with --help and is listed', async () => {
    let stdout = ''
    const io = { stdout: (t: string) => void (stdout += t), stderr: () => {}, readStdin: async () => '', env }
    assert.equal(await runCli(['workload', '--help'], io), 0)
    assert.match(stdout, /npm run --silent resettle -- workload/)
    stdout = ''
    await runCli(['--help'], io)
    assert.match(stdout, / {2}workload /)
  })

  it('refuses an unknown grade or tier, or an unknown case type', async () => {
    await refused({ ...VALID, grade: 'SPO' }, ['grade'])
    await refused({ ...VALID, cases: [{ tier: 'E1', type: 'licence', count: 1 }] }, ['cases.0.tier'])
    await refused({ ...VALID, cases: [{ tier: 'A3', type: 'prison', count: 1 }] }, ['cases.0.type'])
  })

  it('refuses a negative or fractional count', async () => {
    await refused({ ...VALID, cases: [{ tier: 'A3', type: 'licence', count: -1 }] }, ['cases.0.count'])
    await refused({ ...VALID, cases: [VALID.cases[0], { tier: 'A3', type: 'licence', count: 1.5 }] }, ['cases.1.count'])
    await refused({ ...VALID, cases: [{ tier: 'A3', type: 'licence', count: 1e15 }] }, ['cases.0.count'])
    await refused({ ...VALID, courtReports: { standard: -2, fast: 0.5 } }, [
      'courtReports.standard',
      'courtReports.fast',
    ])
  })

  it('refuses reductions above the hours, and negative reductions', async () => {
    await refused({ ...VALID, contractedHours: 20, reductionHours: 20.5 }, ['reductionHours'])
    await refused({ ...VALID, reductionHours: -1 }, ['reductionHours'])
  })

  it('refuses contracted hours of 0, or over 48', async () => {
    await refused({ ...VALID, contractedHours: 0, reductionHours: 0 }, ['contractedHours'])
    await refused({ ...VALID, contractedHours: -5, reductionHours: 0 }, ['contractedHours'])
    await refused({ ...VALID, contractedHours: 48.01, reductionHours: 0 }, ['contractedHours'])
  })

  it('refuses a missing field', async () => {
    for (const field of ['grade', 'contractedHours', 'cases'] as const) {
      const input: Record<string, unknown> = { ...VALID }
      delete input[field]
      await refused(input, [field])
    }
    await refused({ ...VALID, cases: [{ tier: 'A3', type: 'licence' }] }, ['cases.0.count'])
  })

  it('refuses a wrong type', async () => {
    await refused({ ...VALID, contractedHours: '37' }, ['contractedHours'])
    await refused({ ...VALID, reductionHours: null }, ['reductionHours'])
    await refused({ ...VALID, cases: {} }, ['cases'])
    await refused({ ...VALID, courtReports: 3 }, ['courtReports'])
    await refused({ ...VALID, cases: [{ tier: 3, type: 'licence', count: '2' }] }, ['cases.0.tier', 'cases.0.count'])
  })

  it('names each bad field at once', async () => {
    await refused(
      {
        grade: 'X',
        contractedHours: 10,
        reductionHours: 12,
        cases: [{ tier: 'Z9', type: 'licence', count: 1.5 }],
        courtReports: { standard: 'two' },
      },
      ['grade', 'reductionHours', 'cases.0.tier', 'cases.0.count', 'courtReports.standard'],
    )
  })

  it('refuses JSON that does not parse, and JSON that is not an object', async () => {
    for (const text of ['', '{"grade": "PO",', 'not json']) {
      const result = await workload(text)
      assert.equal(result.code, 2)
      assert.equal(result.stdout, '')
      assert.match(result.stderr, /JSON/)
    }
    await refused('[]', ['input'])
    await refused('null', ['input'])
  })

  it('reaches the shell: the exit code and both streams', async () => {
    const run = (stdin: string) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'workload'], {
          env,
          cwd: ROOT,
        })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', chunk => (stdout += chunk))
        child.stderr.on('data', chunk => (stderr += chunk))
        child.on('error', reject)
        child.on('close', code => resolve({ code: code ?? -1, stdout, stderr }))
        child.stdin.end(stdin)
      })
    const ok = await run(JSON.stringify(VALID))
    assert.equal(ok.code, 0, ok.stderr)
    assert.equal(ok.stdout, '{"points":670,"availablePoints":1088,"capacityPercent":61.6}\n')
    const bad = await run(JSON.stringify({ ...VALID, grade: 'SPO', contractedHours: 0 }))
    assert.equal(bad.code, 2)
    assert.equal(bad.stdout, '')
    assert.match(bad.stderr, /^grade: /m)
    assert.match(bad.stderr, /^contractedHours: /m)
  })
})
