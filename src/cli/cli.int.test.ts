import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { freshDatabase } from '../../test/support/test-database.ts'
import { readCheckpoint } from '../platform/audit/audit-chain.ts'
import { openDatabase } from '../platform/db/database.ts'
import { runCli } from './run-cli.ts'

const ROOT = join(import.meta.dirname, '..', '..')
let env: NodeJS.ProcessEnv
let cleanUp: () => Promise<void>

before(async () => {
  if (process.env.DATABASE_URL) {
    const database = await freshDatabase()
    await database.handle.close()
    env = { ...process.env, DATABASE_URL: database.url }
    cleanUp = database.drop
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'resettle-cli-'))
    env = { ...process.env, DATA_DIR: dataDir }
    cleanUp = async () => rmSync(dataDir, { recursive: true, force: true })
  }
  env.NODE_ENV = 'development'
  env.DEMO_PASSWORD = 'demo-password-for-tests'
  // The audit key is made on first use, as outside production; here in a folder of the test's own.
  const audit = mkdtempSync(join(tmpdir(), 'resettle-cli-audit-'))
  env.AUDIT_KEY_FILE = join(audit, 'audit.key')
  env.AUDIT_CHECKPOINT = join(audit, 'checkpoint.json')
  const cleanData = cleanUp
  cleanUp = async () => {
    await cleanData()
    rmSync(audit, { recursive: true, force: true })
  }
})
after(() => cleanUp())

/** In-process, as the entry point runs it, so that the suite does not pay for a new process per call. */
async function resettle(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    readStdin: async () => stdin,
    env,
  })
  return { code, stdout, stderr }
}

/** The real process, to show that the exit code and streams reach the shell. */
function resettleProcess(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
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
}

describe('the resettle command line', () => {
  it('lists its commands and explains each with --help', async () => {
    const list = await resettle(['--help'])
    for (const name of ['migrate', 'seed-demo', 'create-user', 'verify-audit', 'key-dates'])
      assert.match(list.stdout, new RegExp(`  ${name} `))
    for (const name of ['migrate', 'seed-demo', 'create-user', 'verify-audit']) {
      const help = await resettle([name, '--help'])
      assert.equal(help.code, 0)
      assert.match(help.stdout, new RegExp(`npm run resettle -- ${name}`))
    }
  })

  it('refuses an unknown command', async () => {
    const result = await resettle(['frobnicate'])
    assert.equal(result.code, 1)
    assert.match(result.stderr, /Unknown command "frobnicate"/)
  })

  it('migrates, loads the demo data once, creates a user and verifies the audit trail', async () => {
    const migrated = await resettle(['migrate'])
    assert.equal(migrated.code, 0, migrated.stderr)
    assert.match(migrated.stdout, /001_foundation\.sql|up to date/)
    assert.match((await resettle(['migrate'])).stdout, /up to date/)

    const seeded = await resettle(['seed-demo', '--people', '24'])
    assert.equal(seeded.code, 0, seeded.stderr)
    assert.match(seeded.stdout, /Loaded 24 people/)
    assert.match((await resettle(['seed-demo'])).stdout, /already loaded/)

    const created = await resettle(
      [
        'create-user',
        '--username',
        'new.com',
        '--name',
        'New Com',
        '--role',
        'com',
        '--team',
        'SWB1',
        '--password-stdin',
      ],
      'a long enough password\n',
    )
    assert.equal(created.code, 0, created.stderr)
    const duplicate = await resettle(
      ['create-user', '--username', 'NEW.COM', '--name', 'Again', '--role', 'admin', '--password-stdin'],
      'a long enough password\n',
    )
    assert.equal(duplicate.code, 1)
    assert.match(duplicate.stderr, /username: That username is taken/)
    const noTeam = await resettle(
      ['create-user', '--username', 'lost', '--name', 'Lost', '--role', 'com', '--password-stdin'],
      'a long enough password\n',
    )
    assert.match(noTeam.stderr, /teamCode: A COM needs a team/)
    const badTeam = await resettle(
      ['create-user', '--username', 'lost', '--name', 'Lost', '--role', 'com', '--team', 'NOPE', '--password-stdin'],
      'a long enough password\n',
    )
    assert.match(badTeam.stderr, /No team has the code NOPE/)

    const verified = await resettle(['verify-audit'])
    assert.equal(verified.code, 0, verified.stderr)
    assert.match(verified.stdout, /The audit trail is whole: \d+ entries checked/)
    assert.equal(statSync(env.AUDIT_KEY_FILE!).mode & 0o777, 0o600, 'the audit key is made once, its owner’s only')
    assert.ok(readCheckpoint(env.AUDIT_CHECKPOINT), 'the commands checkpoint the head of the chain')
  })

  it('links a staff account to its single sign-on identity, and unlinks it', async () => {
    // An administrator needs no team: this test needs no other test's data.
    const created = await resettle(['create-user', '--username', 'sso.admin', '--name', 'Sso Admin', '--role', 'admin'])
    assert.equal(created.code, 0, created.stderr)
    const issuer = ['--issuer', 'https://login.example.org']
    const linked = await resettle(['link-sso', '--username', 'sso.admin', '--subject', 'sub-1', ...issuer])
    assert.equal(linked.code, 0, linked.stderr)
    assert.equal(linked.stdout, 'Linked sso.admin to sub-1 at https://login.example.org/.\n')
    const unlinked = await resettle(['link-sso', '--username', 'sso.admin', '--unlink', ...issuer])
    assert.equal(unlinked.code, 0, unlinked.stderr)
    assert.equal(unlinked.stdout, 'Unlinked sso.admin from sub-1.\n')
  })

  it('lists the records due for a retention review as JSON, and refuses a date that is not one', async () => {
    const listed = await resettle(['retention-review', '--on', '2100-01-01'])
    assert.equal(listed.code, 0, listed.stderr)
    const result = JSON.parse(listed.stdout)
    assert.equal(result.on, '2100-01-01')
    assert.equal(result.total, result.records.length)
    assert.ok(
      result.records.some((r: { type: string }) => r.type === 'case-record'),
      'the demo people are all due by 2100',
    )
    const days = result.records.map((r: { reviewOn: string }) => r.reviewOn)
    assert.deepEqual(days, [...days].sort(), 'longest overdue first')
    const refused = await resettle(['retention-review', '--on', '2100-02-30'])
    assert.equal(refused.code, 2)
    assert.match(refused.stderr, /--on must be a date/)
  })

  it('answers the disclosure contract as JSON, the same as the API', async () => {
    const input = {
      dateOfBirth: '1990-05-01',
      records: [
        {
          kind: 'conviction',
          date: '2016-03-10',
          disposals: [{ type: 'custodial_sentence', length: { amount: 18, unit: 'months' } }],
        },
      ],
    }
    const ok = await resettle(['disclosure'], JSON.stringify(input))
    assert.equal(ok.code, 0, ok.stderr)
    assert.equal(JSON.parse(ok.stdout).records[0].spent, '2021-09-10')
    const bad = await resettle(['disclosure'], JSON.stringify({ ...input, dateOfBirth: 'soon' }))
    assert.notEqual(bad.code, 0)
    assert.match(bad.stderr, /^dateOfBirth: /m)
  })

  it('answers the drag-through of issue 20 by the Act, never spent whatever the order', async () => {
    const prison = {
      kind: 'conviction',
      date: '2010-01-01',
      disposals: [{ type: 'custodial_sentence', length: { amount: 3, unit: 'years' } }],
    }
    const fine = { kind: 'conviction', date: '2012-01-01', disposals: [{ type: 'fine' }] }
    const schedule18 = {
      kind: 'conviction',
      date: '2015-01-01',
      disposals: [{ type: 'custodial_sentence', length: { amount: 5, unit: 'years' }, seriousOffence: true }],
    }
    for (const records of [
      [prison, fine, schedule18],
      [fine, prison, schedule18],
      [schedule18, fine, prison],
    ]) {
      const ok = await resettle(['disclosure'], JSON.stringify({ dateOfBirth: '1980-01-01', records }))
      assert.equal(ok.code, 0, ok.stderr)
      assert.deepEqual(
        JSON.parse(ok.stdout).records.map((r: { spent: string }) => r.spent),
        ['never', 'never', 'never'],
      )
    }
  })

  it('answers the key-date contract as JSON, and names the field of bad input', async () => {
    const input = {
      sentenceType: 'determinate',
      arrivalDate: '2026-01-10',
      sentenceStartDate: '2026-01-10',
      conditionalReleaseDate: '2027-10-31',
    }
    const ok = await resettle(['key-dates'], JSON.stringify(input))
    assert.equal(ok.code, 0, ok.stderr)
    assert.deepEqual(JSON.parse(ok.stdout), {
      earliestReleaseDate: '2027-10-31',
      handoverDate: '2027-02-14',
      comResponsibleFromStart: false,
      comAllocationOverdueFrom: '2027-02-16',
      screeningDueDate: '2026-01-13',
      preReleaseReviewDueDate: '2027-08-08',
    })
    const bad = await resettleProcess(['key-dates'], JSON.stringify({ ...input, conditionalReleaseDate: '2025-01-01' }))
    assert.notEqual(bad.code, 0)
    assert.match(
      bad.stderr,
      /conditionalReleaseDate: Conditional release date must be on or after the sentence start date/,
    )
    assert.equal(bad.stdout, '')
  })

  // Last, since it leaves the trail tampered with.
  it('verify-audit names the newest entries deleted behind the service’s back, with exit status 1', async () => {
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR })
    try {
      await handle.db.transaction().execute(async tx => {
        await sql`alter table audit_event disable trigger user`.execute(tx)
        await sql`delete from audit_event where id = (select max(id) from audit_event)`.execute(tx)
        await sql`alter table audit_event enable trigger user`.execute(tx)
      })
    } finally {
      await handle.close()
    }
    const tampered = await resettle(['verify-audit'])
    assert.equal(tampered.code, 1)
    assert.match(tampered.stderr, /The audit trail has been tampered with/)
    assert.match(tampered.stderr, /entry \d+ \(removed\): the checkpointed head of the chain is missing/)
  })
})
