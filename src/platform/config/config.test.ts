import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigError, loadConfig } from './config.ts'

const SECRET = 'a-production-secret-of-at-least-32-characters'
const MFA_KEY = 'ab'.repeat(32)
/** The audit key is required in production too; given here so that each test is about one thing. */
const KEY_FILE = '/run/secrets/resettle-audit.key'

/** The ConfigError thrown for `env`, failing the test if the configuration is accepted. */
function refused(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env)
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`)
    return error
  }
  assert.fail(`expected ${JSON.stringify(env)} to be refused`)
}

describe('configuration', () => {
  it('runs locally with nothing set: port 3000, data in ./data, the embedded database and demo data', () => {
    const config = loadConfig({})
    assert.equal(config.env, 'development')
    assert.equal(config.port, 3000)
    assert.equal(config.dataDir, './data')
    assert.equal(config.databaseUrl, undefined)
    assert.equal(config.demoData, true)
    assert.equal(config.demoPassword, undefined)
    assert.equal(config.logLevel, 'info')
    assert.ok(config.sessionSecret.length >= 32, 'a local secret stands in for the missing one')
  })

  it('treats a blank value as not set', () => {
    const config = loadConfig({ PORT: '', DATA_DIR: '', DATABASE_URL: '', SESSION_SECRET: '', NODE_ENV: '' })
    assert.equal(config.port, 3000)
    assert.equal(config.dataDir, './data')
    assert.equal(config.databaseUrl, undefined)
    assert.equal(config.env, 'development')
  })

  it('reads each value it is given', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/lib/resettle',
      DATABASE_URL: 'postgres://app:pw@db.internal:5432/resettle',
      SESSION_SECRET: SECRET,
      DEMO_PASSWORD: 'demo-password-1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    })
    assert.equal(config.port, 8080)
    assert.equal(config.dataDir, '/var/lib/resettle')
    assert.equal(config.databaseUrl, 'postgres://app:pw@db.internal:5432/resettle')
    assert.equal(config.sessionSecret, SECRET)
    assert.equal(config.demoPassword, 'demo-password-1')
    assert.equal(config.logLevel, 'warn')
    assert.equal(config.env, 'test')
  })

  for (const port of ['abc', '70000', '-1', '3000.5', '80x']) {
    it(`refuses PORT=${port} with a message that names PORT and what to fix`, () => {
      const error = refused({ PORT: port })
      assert.equal(error.problems.length, 1)
      assert.match(error.problems[0]!, /^PORT must be (a number|a whole number|between 0 and 65535)$/)
      assert.match(error.message, /PORT must be/)
      assert.match(error.message, /^Resettle cannot start because its configuration is wrong/)
    })
  }

  it('says a PORT out of range must be between 0 and 65535, and a word must be a number', () => {
    assert.deepEqual(refused({ PORT: '70000' }).problems, ['PORT must be between 0 and 65535'])
    assert.deepEqual(refused({ PORT: 'abc' }).problems, ['PORT must be a number'])
  })

  it('gives requests in flight 10 s to finish at shutdown unless SHUTDOWN_GRACE_SECONDS says otherwise', () => {
    assert.equal(loadConfig({}).shutdownGraceMs, 10_000)
    assert.equal(loadConfig({ SHUTDOWN_GRACE_SECONDS: '0' }).shutdownGraceMs, 0)
    assert.equal(loadConfig({ SHUTDOWN_GRACE_SECONDS: '30' }).shutdownGraceMs, 30_000)
    assert.deepEqual(refused({ SHUTDOWN_GRACE_SECONDS: '601' }).problems, [
      'SHUTDOWN_GRACE_SECONDS must be between 0 and 600',
    ])
    assert.deepEqual(refused({ SHUTDOWN_GRACE_SECONDS: 'soon' }).problems, ['SHUTDOWN_GRACE_SECONDS must be a number'])
  })

  it('accepts the edges of the port range', () => {
    assert.equal(loadConfig({ PORT: '0' }).port, 0)
    assert.equal(loadConfig({ PORT: '65535' }).port, 65535)
  })

  for (const url of ['mysql://user@host/db', 'http://localhost:5432/db', 'localhost:5432', 'postgres://']) {
    it(`refuses DATABASE_URL=${url}, saying what it must look like`, () => {
      const { problems } = refused({ DATABASE_URL: url })
      assert.deepEqual(problems, ['DATABASE_URL must look like postgres://user:password@host:5432/database'])
    })
  }

  it('accepts postgres:// and postgresql:// addresses', () => {
    assert.equal(loadConfig({ DATABASE_URL: 'postgres://u@h/d' }).databaseUrl, 'postgres://u@h/d')
    assert.equal(loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/d' }).databaseUrl, 'postgresql://u@h:5432/d')
  })

  it('refuses to start in production without a SESSION_SECRET and says it is required', () => {
    const error = refused({ NODE_ENV: 'production', MFA_ENCRYPTION_KEY: MFA_KEY, AUDIT_KEY_FILE: KEY_FILE })
    assert.equal(error.problems.length, 1)
    assert.match(error.problems[0]!, /^SESSION_SECRET is required in production/)
    assert.match(error.message, /SESSION_SECRET is required in production: set it to a random value of at least 32/)
  })

  it('never uses a built-in secret in production, and loads no demo data there', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      DEMO_PASSWORD: 'demo-password-1',
      MFA_ENCRYPTION_KEY: MFA_KEY,
      AUDIT_KEY_FILE: KEY_FILE,
    })
    assert.equal(config.env, 'production')
    assert.equal(config.sessionSecret, SECRET)
    assert.equal(config.demoData, false)
  })

  it('loads demo data outside production', () => {
    assert.equal(loadConfig({ NODE_ENV: 'test' }).demoData, true)
    assert.equal(loadConfig({ NODE_ENV: 'development' }).demoData, true)
  })

  for (const env of ['production', 'development']) {
    it(`refuses a SESSION_SECRET shorter than 32 characters (${env})`, () => {
      const { problems } = refused({
        NODE_ENV: env,
        SESSION_SECRET: 'x'.repeat(31),
        MFA_ENCRYPTION_KEY: MFA_KEY,
        AUDIT_KEY_FILE: KEY_FILE,
      })
      assert.deepEqual(problems, ['SESSION_SECRET must be at least 32 characters long'])
    })
  }

  it('accepts a SESSION_SECRET of exactly 32 characters', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'y'.repeat(32),
      MFA_ENCRYPTION_KEY: MFA_KEY,
      AUDIT_KEY_FILE: KEY_FILE,
    })
    assert.equal(config.sessionSecret, 'y'.repeat(32))
  })

  it('refuses an unknown NODE_ENV and a short DEMO_PASSWORD, naming each', () => {
    assert.deepEqual(refused({ NODE_ENV: 'staging' }).problems, ['NODE_ENV must be development, test or production'])
    assert.deepEqual(refused({ DEMO_PASSWORD: 'short' }).problems, ['DEMO_PASSWORD must be at least 8 characters long'])
  })

  it('lists every problem at once, one a line, so that they can all be put right together', () => {
    const error = refused({ NODE_ENV: 'production', PORT: 'abc', DATABASE_URL: 'mysql://x' })
    assert.equal(error.problems.length, 5)
    const lines = error.message.split('\n').slice(1)
    assert.ok(
      lines.every(line => line.startsWith('  - ')),
      error.message,
    )
    assert.deepEqual(
      new Set(lines.map(line => line.slice(4).split(' ')[0])),
      new Set(['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'MFA_ENCRYPTION_KEY', 'AUDIT_KEY']),
    )
  })

  it('requires MFA_ENCRYPTION_KEY in production, and refuses one that is not 32 bytes in hexadecimal', () => {
    const missing = refused({ NODE_ENV: 'production', SESSION_SECRET: SECRET, AUDIT_KEY_FILE: KEY_FILE })
    assert.deepEqual(missing.problems, [
      'MFA_ENCRYPTION_KEY is required in production: set it to 64 hexadecimal characters (openssl rand -hex 32)',
    ])
    assert.deepEqual(refused({ MFA_ENCRYPTION_KEY: 'abc' }).problems, [
      'MFA_ENCRYPTION_KEY must be 64 hexadecimal characters (32 random bytes)',
    ])
    assert.deepEqual(loadConfig({ MFA_ENCRYPTION_KEY: MFA_KEY }).mfaEncryptionKey, Buffer.from(MFA_KEY, 'hex'))
    assert.equal(loadConfig({ NODE_ENV: 'test' }).mfaEncryptionKey.length, 32)
  })

  it('asks admins for a second factor in production by default and nobody elsewhere, unless MFA_REQUIRED_ROLES says', () => {
    const production = {
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      MFA_ENCRYPTION_KEY: MFA_KEY,
      AUDIT_KEY_FILE: KEY_FILE,
    }
    assert.deepEqual(loadConfig(production).mfaRequiredRoles, ['admin'])
    assert.deepEqual(loadConfig({ ...production, MFA_REQUIRED_ROLES: 'none' }).mfaRequiredRoles, [])
    assert.deepEqual(loadConfig({ NODE_ENV: 'test' }).mfaRequiredRoles, [])
    assert.deepEqual(loadConfig({ MFA_REQUIRED_ROLES: 'admin, manager' }).mfaRequiredRoles, ['admin', 'manager'])
    assert.match(refused({ MFA_REQUIRED_ROLES: 'admin,person' }).problems[0]!, /^MFA_REQUIRED_ROLES must be none or/)
  })

  it('takes the audit key as hex or base64 of 32 bytes or more, and keeps its files beside the data, never in it', () => {
    const hex = 'ab'.repeat(32)
    assert.deepEqual(loadConfig({ AUDIT_KEY: hex }).audit.key, Buffer.from(hex, 'hex'))
    assert.equal(loadConfig({ AUDIT_KEY: Buffer.alloc(32, 7).toString('base64') }).audit.key?.length, 32)
    assert.deepEqual(refused({ AUDIT_KEY: 'ab'.repeat(31) }).problems, [
      'AUDIT_KEY must be at least 32 random bytes, written as hex or base64',
    ])
    const local = loadConfig({ DATA_DIR: '/srv/resettle/data/' }).audit
    assert.deepEqual(local, {
      key: undefined,
      keyFile: '/srv/resettle/data-audit/audit.key',
      makeKeyFile: true,
      checkpoint: '/srv/resettle/data-audit/checkpoint.json',
    })
    const production = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      AUDIT_KEY_FILE: KEY_FILE,
      MFA_ENCRYPTION_KEY: MFA_KEY,
    }).audit
    assert.equal(production.makeKeyFile, false, 'a missing key is never made in production')
    assert.equal(loadConfig({ NODE_ENV: 'test' }).audit.checkpoint, undefined)
  })
})
