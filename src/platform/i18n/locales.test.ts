import assert from 'node:assert/strict'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { formatDate, formatDateTime, formatDayAndDate, readLocaleFiles, translator, type LocaleFiles } from './i18n.ts'
import {
  keysUsedIn,
  leafKeys,
  mismatchedPlaceholders,
  missingTranslations,
  readSource,
  sourceFiles,
  unknownKeys,
} from './locale-check.ts'

const files = readLocaleFiles()
const SRC = join(import.meta.dirname, '..', '..')

describe('the locale files', () => {
  it('give every key in English and in Welsh, none empty', () => {
    assert.deepEqual(missingTranslations(files), [])
  })

  it('ask for the same values in both languages', () => {
    assert.deepEqual(mismatchedPlaceholders(files), [])
  })

  it('hold every key the templates and the code use, in both languages', () => {
    const uses = sourceFiles(SRC)
      .filter(file => !file.endsWith('locale-check.ts'))
      .flatMap(file => keysUsedIn(file.slice(SRC.length + 1), readSource(file)))
    assert.ok(uses.length > 200, `only ${uses.length} uses of t() found: is the search broken?`)
    assert.deepEqual(unknownKeys(files, uses), [])
  })

  it('count the messages of the person’s forms among the keys used (schemas and services name them as keys)', () => {
    const used = new Set(
      sourceFiles(SRC).flatMap(file => keysUsedIn(file.slice(SRC.length + 1), readSource(file)).map(u => u.key)),
    )
    for (const key of [
      'plans:errors.agreed',
      'plans:errors.comments.whatNot',
      'plans:errors.goal.tooLong',
      'plans:errors.changedWhileEditing',
      'strengths:errors.text.required',
      'strengths:errors.achievedOn.notReal',
      'strengths:errors.achievedOn.future',
      'common:errors.unsafeText',
      'common:errors.language',
      'characterCount.underLimit.few',
    ])
      assert.ok(used.has(key), key)
  })

  it('name every value a page picks a key by (statuses, reasons, alternatives, licence rules)', () => {
    const t = { en: translator('en', true), cy: translator('cy', true) }
    const keys = [
      ...['not-started', 'in-progress', 'done'].map(s => `plans:step.${s}`),
      ...['trigger', 'warning-sign', 'coping'].map(c => `plans:controls.${c}`),
      ...['good-behaviour', 'no-offence', 'keep-in-touch', 'receive-visits', 'approved-address', 'other-names']
        .concat(['contact-details', 'work', 'travel'])
        .map(k => `plans:rules.${k}`),
      ...['staff-left', 'workload', 'risk-escalation', 'person-asked', 'moved-area', 'other'].map(
        r => `continuity:why.${r}`,
      ),
      ...['talk-it-through', 'more-contact', 'adjust-plan', 'warning', 'referral', 'change-conditions']
        .concat(['approved-premises'])
        .map(a => `recall:alternative.${a}`),
      ...['office', 'home-visit', 'phone', 'video'].map(p => `recall:place.${p}`),
      ...['goalAdded', 'goalChanged', 'goalRemoved', 'answer', 'stepDone'].map(s => `plans:saved.${s}`),
    ]
    for (const key of keys) for (const lang of ['en', 'cy'] as const) assert.ok(t[lang](key), `${lang} ${key}`)
  })
})

describe('the checks of the locale files', () => {
  const made: LocaleFiles = {
    en: { common: { a: 'A {{x}}', b: { c: 'C' } }, plans: { s: { one: 'One' } } },
    cy: { common: { a: 'A', b: { c: '' } }, plans: {} },
  }

  it('find a key missing or empty in one language', () => {
    assert.deepEqual(missingTranslations(made), ['cy common:b.c', 'cy plans:s.one'])
    assert.deepEqual(leafKeys(made.en.common), ['a', 'b.c'])
  })

  it('find a placeholder one language forgot', () => {
    assert.deepEqual(mismatchedPlaceholders(made), ['common:a'])
  })

  it('find a key a template uses that does not exist, in either language', () => {
    const template = `{{ t("b.c") }} {{ t("nope") }} {{ t("plans:s." + kind) }} {{ t("plans:x." + kind) }}`
    const uses = keysUsedIn('page.njk', template)
    assert.deepEqual(
      uses.map(u => u.key),
      ['b.c', 'nope', 'plans:s.', 'plans:x.'],
    )
    assert.deepEqual(unknownKeys(made, uses), [
      'page.njk: en has no nope',
      'page.njk: cy has no nope',
      'page.njk: cy has no plans:s.',
      'page.njk: en has no plans:x.',
      'page.njk: cy has no plans:x.',
    ])
  })

  it('read the keys a schema or a service gives as messages', () => {
    const source =
      "z.boolean({ error: messageKey('plans:s.one') }); requiredText('x', 1, { required: messageKey(\"nope:x\") })"
    assert.deepEqual(
      keysUsedIn('x.schemas.ts', source).map(u => u.key),
      ['plans:s.one', 'nope:x'],
    )
    assert.deepEqual(unknownKeys(made, keysUsedIn('x.schemas.ts', source)), [
      'x.schemas.ts: cy has no plans:s.one',
      'x.schemas.ts: en has no nope:x',
      'x.schemas.ts: cy has no nope:x',
    ])
  })

  it('read keys from TypeScript, built keys and keys chosen in a template', () => {
    const source = 't(\'a\'); t(`plans:s.${k}`, { x }); t("b.c" if yes else "a")'
    assert.deepEqual(
      keysUsedIn('x.ts', source).map(u => [u.key, u.prefix]),
      [
        ['a', false],
        ['plans:s.', true],
        ['b.c', false],
        ['a', false],
      ],
    )
  })
})

describe('dates in Welsh', () => {
  it('name every month', () => {
    const months = Array.from({ length: 12 }, (_, m) => formatDate('cy', `2027-${String(m + 1).padStart(2, '0')}-05`))
    assert.deepEqual(months, [
      '5 Ionawr 2027',
      '5 Chwefror 2027',
      '5 Mawrth 2027',
      '5 Ebrill 2027',
      '5 Mai 2027',
      '5 Mehefin 2027',
      '5 Gorffennaf 2027',
      '5 Awst 2027',
      '5 Medi 2027',
      '5 Hydref 2027',
      '5 Tachwedd 2027',
      '5 Rhagfyr 2027',
    ])
    assert.equal(formatDate('en', '2027-03-05'), '5 March 2027')
  })

  it('name the day of the week, and the time in England and Wales', () => {
    assert.equal(formatDayAndDate('cy', '2027-03-05'), 'Dydd Gwener 5 Mawrth 2027')
    assert.equal(formatDayAndDate('en', '2027-03-05'), 'Friday 5 March 2027')
    // 13:05 UTC in British Summer Time is 14:05 in England and Wales.
    assert.equal(formatDateTime('cy', '2027-07-01T13:05:00Z'), '1 Gorffennaf 2027 am 14:05')
  })

  it('refuse a key that does not exist, when strict', () => {
    assert.throws(() => translator('cy', true)('plans:no-such-key'), /No cy words for the key plans:no-such-key/)
    assert.equal(translator('cy', false)('plans:no-such-key'), 'no-such-key')
  })
})
