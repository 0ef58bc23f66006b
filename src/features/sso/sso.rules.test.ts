import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { mayUseSso, normalIssuer } from './sso.rules.ts'

describe('single sign-on rules', () => {
  it('writes an issuer one way, with or without its trailing slash, and refuses what is not an address', () => {
    assert.equal(normalIssuer('https://idp.example'), 'https://idp.example/')
    assert.equal(normalIssuer('https://idp.example/'), 'https://idp.example/')
    assert.equal(normalIssuer('https://IDP.example/tenant'), 'https://idp.example/tenant')
    assert.equal(normalIssuer('idp.example'), undefined)
    assert.equal(normalIssuer(undefined), undefined)
  })

  it('lets only a linked, open staff account sign in', () => {
    assert.equal(mayUseSso({ role: 'com', active: true }), undefined)
    assert.equal(mayUseSso({ role: 'admin', active: true }), undefined)
    assert.equal(mayUseSso(undefined), 'not-linked')
    assert.equal(mayUseSso({ role: 'com', active: false }), 'account-closed')
    assert.equal(mayUseSso({ role: 'person', active: true }), 'not-staff')
  })
})
