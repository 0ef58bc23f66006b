import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigError, loadConfig } from './config.ts'

const SSO = {
  OIDC_ISSUER: 'https://login.example.org/tenant',
  OIDC_CLIENT_ID: 'resettle',
  OIDC_CLIENT_SECRET: 'a-client-secret-long-enough',
  OIDC_REDIRECT_URI: 'https://resettle.example.org/sso/callback',
  OIDC_DISPLAY_NAME: 'Example Probation',
}

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env)
  } catch (error) {
    assert.ok(error instanceof ConfigError)
    return error.problems
  }
  return assert.fail('expected the configuration to be refused')
}

describe('single sign-on configuration', () => {
  it('is off when no OIDC_ variable is set', () => {
    assert.equal(loadConfig({}).sso, undefined)
  })

  it('reads every setting, with openid always among the scopes', () => {
    const { sso } = loadConfig({ ...SSO, OIDC_SCOPES: 'profile email' })
    assert.deepEqual(sso, {
      issuer: SSO.OIDC_ISSUER,
      clientId: 'resettle',
      clientSecret: SSO.OIDC_CLIENT_SECRET,
      redirectUri: SSO.OIDC_REDIRECT_URI,
      displayName: 'Example Probation',
      scopes: 'profile email openid',
      allowHttp: true,
    })
    assert.equal(loadConfig(SSO).sso?.scopes, 'openid')
  })

  it('derives the callback address from BASE_URL when OIDC_REDIRECT_URI is not set', () => {
    const { sso } = loadConfig({ ...SSO, OIDC_REDIRECT_URI: '', BASE_URL: 'https://resettle.example.org' })
    assert.equal(sso?.redirectUri, 'https://resettle.example.org/sso/callback')
  })

  it('refuses half a configuration, naming every missing setting at once', () => {
    assert.deepEqual(problems({ OIDC_ISSUER: SSO.OIDC_ISSUER }), [
      'OIDC_CLIENT_ID is required for single sign-on (or unset every OIDC_ variable)',
      'OIDC_CLIENT_SECRET is required for single sign-on (or unset every OIDC_ variable)',
      'OIDC_DISPLAY_NAME is required for single sign-on (or unset every OIDC_ variable)',
      'OIDC_REDIRECT_URI (or BASE_URL) is required for single sign-on',
    ])
  })

  it('refuses an issuer that is not an address and a short client secret', () => {
    assert.deepEqual(problems({ ...SSO, OIDC_ISSUER: 'login.example.org', OIDC_CLIENT_SECRET: 'short' }), [
      'OIDC_ISSUER must be a full address starting https://',
      'OIDC_CLIENT_SECRET must be at least 16 characters long',
    ])
  })

  it('refuses plain http to the provider or for the callback in production, and allows neither there', () => {
    const production = { NODE_ENV: 'production', SESSION_SECRET: 'p'.repeat(32) }
    assert.deepEqual(
      problems({
        ...production,
        ...SSO,
        OIDC_ISSUER: 'http://login.example.org',
        OIDC_REDIRECT_URI: 'http://resettle.example.org/sso/callback',
      }),
      ['OIDC_ISSUER must start https:// in production', 'OIDC_REDIRECT_URI must start https:// in production'],
    )
    assert.equal(loadConfig({ ...production, ...SSO }).sso?.allowHttp, false)
  })

  it('reports its problems together with the rest of the configuration\u2019s', () => {
    assert.deepEqual(problems({ PORT: 'abc', OIDC_ISSUER: SSO.OIDC_ISSUER, OIDC_CLIENT_ID: 'x' }).slice(0, 2), [
      'PORT must be a number',
      'OIDC_CLIENT_SECRET is required for single sign-on (or unset every OIDC_ variable)',
    ])
  })
})
