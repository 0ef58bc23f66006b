import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { translator } from '../../platform/i18n/i18n.ts'
import { noRecallLetter } from './recall-letter.ts'
import type { RecallReview } from './recall.mappers.ts'

const review = {
  breachDate: '2026-11-20',
  alternatives: ['more-contact', 'warning'],
  rationale: 'Protective factors outweigh the risk; see OASys section 7.',
  expectedNow: 'Dewch i bob apwyntiad.',
  contactNumber: '01632 960001',
} as unknown as RecallReview

const text = (content: ReturnType<typeof noRecallLetter>) =>
  content.blocks.map(b => (b.kind === 'list' ? b.items.join(' ') : 'text' in b ? b.text : '')).join(' ')

describe('the letter after a decision not to recall', () => {
  it('says why in plain words from what was decided, never the manager’s rationale', () => {
    const letter = noRecallLetter('Sam Jones', review, null, 'Alex Reed', '2026-11-23', translator('en'), 'en')
    assert.doesNotMatch(text(letter), /Protective factors|OASys/)
    assert.match(text(letter), /We will see you more often for a while\./)
    assert.match(text(letter), /This letter is a warning\./)
  })

  it('is in Welsh for a person who chose Welsh, with Welsh dates and the place in Welsh', () => {
    const next = { date: '2026-12-01', time: '10:30', where: 'at the probation office', kind: 'office' }
    const letter = noRecallLetter('Sam Jones', review, next, null, '2026-11-23', translator('cy'), 'cy')
    assert.equal(letter.title, 'Nid ydych yn cael eich galw’n ôl i’r carchar')
    assert.equal(letter.subtitle, 'Ar gyfer Sam Jones. Ysgrifennwyd ar 23 Tachwedd 2026.')
    assert.match(
      text(letter),
      /Gwnaethom edrych ar beth ddigwyddodd ar 20 Tachwedd 2026\. Gwnaeth eich gweithiwr prawf siarad/,
    )
    assert.match(text(letter), /1 Rhagfyr 2026 am 10:30, yn y swyddfa prawf\./)
    assert.match(text(letter), /Byddwn yn eich gweld yn amlach am gyfnod\./)
  })
})
