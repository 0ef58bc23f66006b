import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { evidenceProblem, evidenceTypeOf, MAX_EVIDENCE_BYTES } from './evidence.rules.ts'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('evidence of an achievement', () => {
  it('tells a PDF, a PNG and a JPEG by their first bytes', () => {
    assert.equal(evidenceTypeOf(Buffer.from('%PDF-1.7\n')), 'application/pdf')
    assert.equal(evidenceTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)), 'image/png')
    assert.equal(evidenceTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0)), 'image/jpeg')
  })

  it('refuses a file whose bytes are not one of those, whatever it is called', () => {
    assert.equal(evidenceTypeOf(Buffer.from('<html><script>alert(1)</script>')), null)
    assert.equal(evidenceTypeOf(Buffer.from('%PD')), null, 'a cut-off signature')
    assert.equal(evidenceTypeOf(bytes(0x89, 0x50, 0x4e, 0x47)), null)
    assert.equal(evidenceProblem(Buffer.from('GIF89a')), 'The selected file must be a PDF, PNG or JPG')
  })

  it('refuses an empty file and one over 5MB', () => {
    assert.equal(evidenceProblem(bytes()), 'The selected file is empty')
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1)
    big.set(Buffer.from('%PDF-'))
    assert.equal(evidenceProblem(big), 'The selected file must be smaller than 5MB')
    const limit = new Uint8Array(MAX_EVIDENCE_BYTES)
    limit.set(Buffer.from('%PDF-'))
    assert.equal(evidenceProblem(limit), null, 'exactly 5MB is allowed')
  })

  it('never accepts bytes that begin with none of the signatures', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), data => {
        const starts = (prefix: number[]) => prefix.every((b, i) => data[i] === b)
        const known =
          starts([0x25, 0x50, 0x44, 0x46, 0x2d]) ||
          starts([0xff, 0xd8, 0xff]) ||
          starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
        assert.equal(evidenceTypeOf(data) !== null, known)
      }),
    )
  })
})
