import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { KEY_DATE_LABELS, keyDatesSchema, RELEASE_DATE_FIELDS } from './key-dates.schemas.ts'

const valid = {
  sentenceType: 'determinate',
  arrivalDate: '2025-01-10',
  sentenceStartDate: '2025-01-15',
  conditionalReleaseDate: '2027-03-20',
}

function without(input: Record<string, unknown>, ...fields: string[]) {
  return Object.fromEntries(Object.entries(input).filter(([field]) => !fields.includes(field)))
}

/** The issues of a refused input, as path and message. */
function problems(input: unknown): { path: string; message: string }[] {
  const result = keyDatesSchema.safeParse(input)
  assert.equal(result.success, false, 'expected the input to be refused')
  return result.error.issues.map(issue => ({ path: issue.path.join('.'), message: issue.message }))
}

describe('keyDatesSchema: good input', () => {
  it('accepts the least a determinate sentence needs, with parole and early allocation false', () => {
    assert.deepEqual(keyDatesSchema.parse(valid), { ...valid, parole: false, earlyAllocation: false })
  })

  it('accepts every field', () => {
    const full = {
      sentenceType: 'indeterminate',
      parole: true,
      earlyAllocation: true,
      arrivalDate: '2014-11-20',
      sentenceStartDate: '2015-03-01',
      conditionalReleaseDate: '2030-01-01',
      automaticReleaseDate: '2030-01-01',
      paroleEligibilityDate: '2029-06-01',
      tariffExpiryDate: '2030-10-31',
      licenceExpiryDate: '2040-01-01',
      sentenceExpiryDate: '2040-01-01',
    }
    assert.deepEqual(keyDatesSchema.parse(full), full)
  })

  it('accepts a recall or immigration case without release dates', () => {
    for (const sentenceType of ['recall', 'immigration']) {
      const request = { sentenceType, arrivalDate: '2025-09-10', sentenceStartDate: '2022-04-01' }
      assert.equal(keyDatesSchema.safeParse(request).success, true, sentenceType)
    }
  })

  it('treats null as a date not known', () => {
    const parsed = keyDatesSchema.parse({ ...valid, paroleEligibilityDate: null, licenceExpiryDate: null })
    assert.equal(parsed.paroleEligibilityDate, null)
  })

  it('accepts dates that fall on the same day: release at the start, licence ending at release', () => {
    const sameDay = { ...valid, conditionalReleaseDate: '2025-01-15', licenceExpiryDate: '2025-01-15' }
    assert.equal(keyDatesSchema.safeParse({ ...sameDay, sentenceExpiryDate: '2025-01-15' }).success, true)
  })

  it('accepts an arrival before the sentence start (remand) or after it (recall)', () => {
    assert.equal(keyDatesSchema.safeParse({ ...valid, arrivalDate: '2024-06-01' }).success, true)
    assert.equal(keyDatesSchema.safeParse({ ...valid, arrivalDate: '2025-06-01' }).success, true)
  })

  it('drops fields it does not know', () => {
    assert.equal('crn' in keyDatesSchema.parse({ ...valid, crn: 'X123456' }), false)
  })
})

describe('keyDatesSchema: fields', () => {
  it('requires the arrival date and the sentence start date', () => {
    assert.deepEqual(problems(without(valid, 'arrivalDate', 'sentenceStartDate')), [
      { path: 'arrivalDate', message: 'Enter the arrival date' },
      { path: 'sentenceStartDate', message: 'Enter the sentence start date' },
    ])
  })

  it('requires a sentence type', () => {
    assert.deepEqual(problems(without(valid, 'sentenceType')), [
      { path: 'sentenceType', message: 'Enter the sentence type: determinate, indeterminate, recall or immigration' },
    ])
  })

  it('refuses an unknown sentence type', () => {
    for (const sentenceType of ['life', 'Determinate', '', 1, null]) {
      assert.deepEqual(problems({ ...valid, sentenceType }), [
        { path: 'sentenceType', message: 'Sentence type must be determinate, indeterminate, recall or immigration' },
      ])
    }
  })

  it('refuses dates that are not real calendar dates in YYYY-MM-DD', () => {
    const bad = ['2023-02-29', '2024-13-01', '2024-1-01', '14/01/2025', '2025-01-14T00:00:00Z', '', 20250114, true]
    for (const field of ['arrivalDate', 'sentenceStartDate', 'conditionalReleaseDate', 'sentenceExpiryDate'] as const) {
      for (const date of bad) {
        assert.deepEqual(
          problems({ ...valid, [field]: date }),
          [
            {
              path: field,
              message: `${KEY_DATE_LABELS[field]} must be a real date in the format YYYY-MM-DD, like 2025-01-14`,
            },
          ],
          `${field}: ${JSON.stringify(date)}`,
        )
      }
    }
  })

  it('refuses years outside 1900 to 2199, such as a mistyped 0202', () => {
    for (const date of ['0202-01-15', '1899-12-31', '2200-01-01']) {
      assert.deepEqual(problems({ ...valid, arrivalDate: date }), [
        { path: 'arrivalDate', message: 'Arrival date must be between 1900 and 2199' },
      ])
    }
    assert.equal(keyDatesSchema.safeParse({ ...valid, arrivalDate: '1900-01-01' }).success, true)
  })

  it('refuses parole and early allocation that are not true or false', () => {
    assert.deepEqual(problems({ ...valid, parole: 'yes', earlyAllocation: 1 }), [
      { path: 'parole', message: 'Parole must be true or false' },
      { path: 'earlyAllocation', message: 'Early allocation must be true or false' },
    ])
  })

  it('refuses anything but one JSON object', () => {
    for (const input of [null, undefined, [], 'determinate', 42]) {
      assert.deepEqual(problems(input), [{ path: '', message: 'Send the key dates as one JSON object' }])
    }
  })

  it('names every bad field at once', () => {
    const paths = problems({ sentenceType: 'life', arrivalDate: '2025-02-30' }).map(p => p.path)
    assert.deepEqual(paths, ['sentenceType', 'arrivalDate', 'sentenceStartDate'])
  })
})

describe('keyDatesSchema: dates that contradict each other', () => {
  it('refuses a determinate sentence without any release date', () => {
    const rest = without(valid, 'conditionalReleaseDate')
    const message =
      'A determinate sentence needs a conditional release date, automatic release date or parole eligibility date'
    assert.deepEqual(problems(rest), [{ path: 'conditionalReleaseDate', message }])
    assert.deepEqual(problems({ ...rest, tariffExpiryDate: '2027-01-01' }), [
      { path: 'conditionalReleaseDate', message },
    ])
  })

  it('accepts a determinate sentence with only an automatic release date or a parole eligibility date', () => {
    const rest = without(valid, 'conditionalReleaseDate')
    assert.equal(keyDatesSchema.safeParse({ ...rest, automaticReleaseDate: '2026-01-01' }).success, true)
    assert.equal(keyDatesSchema.safeParse({ ...rest, paroleEligibilityDate: '2026-01-01' }).success, true)
  })

  it('refuses an indeterminate sentence without a tariff expiry or parole eligibility date', () => {
    const request = { ...valid, sentenceType: 'indeterminate' }
    assert.deepEqual(problems(request), [
      {
        path: 'tariffExpiryDate',
        message: 'An indeterminate sentence needs a tariff expiry date or parole eligibility date',
      },
    ])
    assert.equal(keyDatesSchema.safeParse({ ...request, paroleEligibilityDate: '2030-01-01' }).success, true)
  })

  it('refuses each release date before the sentence start, naming both dates', () => {
    for (const field of RELEASE_DATE_FIELDS) {
      assert.deepEqual(problems({ ...valid, [field]: '2025-01-14' }), [
        { path: field, message: `${KEY_DATE_LABELS[field]} must be on or after the sentence start date` },
      ])
    }
  })

  it('names the exact message of the contract for a conditional release date before the start', () => {
    assert.deepEqual(problems({ ...valid, conditionalReleaseDate: '2024-12-01' }), [
      {
        path: 'conditionalReleaseDate',
        message: 'Conditional release date must be on or after the sentence start date',
      },
    ])
  })

  it('refuses release dates before the start in a recall case too, each by name', () => {
    const recall = { sentenceType: 'recall', arrivalDate: '2025-09-10', sentenceStartDate: '2022-04-01' }
    const paths = problems({ ...recall, conditionalReleaseDate: '2022-01-01', paroleEligibilityDate: '2021-01-01' })
    assert.deepEqual(
      paths.map(p => p.path),
      ['conditionalReleaseDate', 'paroleEligibilityDate'],
    )
  })

  it('refuses a licence expiry before the latest release date given, naming that date', () => {
    const request = { ...valid, paroleEligibilityDate: '2026-06-01', licenceExpiryDate: '2026-09-01' }
    assert.deepEqual(problems(request), [
      { path: 'licenceExpiryDate', message: 'Licence expiry date must be on or after the conditional release date' },
    ])
    assert.deepEqual(problems({ ...valid, automaticReleaseDate: '2027-01-01', licenceExpiryDate: '2027-02-01' }), [
      { path: 'licenceExpiryDate', message: 'Licence expiry date must be on or after the conditional release date' },
    ])
  })

  it('refuses a licence expiry before the sentence start when no release date is known', () => {
    const recall = { sentenceType: 'recall', arrivalDate: '2025-09-10', sentenceStartDate: '2022-04-01' }
    assert.deepEqual(problems({ ...recall, licenceExpiryDate: '2022-03-31' }), [
      { path: 'licenceExpiryDate', message: 'Licence expiry date must be on or after the sentence start date' },
    ])
  })

  it('gives one message for a licence expiry before both the release and the start', () => {
    assert.deepEqual(problems({ ...valid, licenceExpiryDate: '2024-01-01' }), [
      { path: 'licenceExpiryDate', message: 'Licence expiry date must be on or after the conditional release date' },
    ])
  })

  it('refuses a sentence expiry before the sentence start', () => {
    assert.deepEqual(problems({ ...valid, sentenceExpiryDate: '2025-01-14' }), [
      { path: 'sentenceExpiryDate', message: 'Sentence expiry date must be on or after the sentence start date' },
    ])
  })

  it('checks dates against each other only once every field is well formed', () => {
    const paths = problems({ ...valid, conditionalReleaseDate: '2020-01-01', arrivalDate: 'soon' }).map(p => p.path)
    assert.deepEqual(paths, ['arrivalDate'])
  })
})
