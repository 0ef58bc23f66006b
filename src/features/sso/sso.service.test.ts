import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { NotFound } from '../../platform/errors/errors.ts'
import { createSsoService } from './sso.service.ts'

describe('single sign-on when it is not configured', () => {
  const sso = createSsoService({
    settings: undefined,
    repository: {} as never,
    sessions: {} as never,
    audit: {} as never,
  })

  it('has no button and answers its routes as if they were not there', async () => {
    assert.equal(sso.displayName, undefined)
    await assert.rejects(sso.begin('/', 'correlation'), NotFound)
    await assert.rejects(
      sso.complete({ query: '?code=x&state=y', loginToken: 'z', previousToken: undefined, correlationId: 'c' }),
      NotFound,
    )
  })
})
