import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays } from '../../platform/dates/calendar-date.ts'
import {
  allocationProblems,
  attendeeProblems,
  comNotMet,
  contactProblems,
  custodyDateProblems,
  futureDateProblem,
  handoverFlags,
  heldLate,
  meetingStatus,
  type HandoverFacts,
} from './handover.rules.ts'

const TODAY = '2026-11-23'

/** In custody, handover on 1 March 2026, earliest release on 1 March 2027, nothing recorded. */
const facts = (overrides: Partial<HandoverFacts> = {}): HandoverFacts => ({
  handoverDate: '2026-03-01',
  comResponsibleFromStart: false,
  earliestReleaseDate: '2027-03-01',
  releaseDate: null,
  meetingDate: null,
  metByCom: false,
  ...overrides,
})

const isoDates = fc.integer({ min: 0, max: 20_000 }).map(days => addDays('2000-01-01', days))

describe('the handover meeting', () => {
  it('is due on the handover date and overdue from the day after it', () => {
    assert.equal(meetingStatus(facts({ handoverDate: TODAY }), TODAY), 'due')
    assert.equal(meetingStatus(facts({ handoverDate: addDays(TODAY, 1) }), TODAY), 'due')
    assert.equal(meetingStatus(facts({ handoverDate: addDays(TODAY, -1) }), TODAY), 'overdue')
    assert.equal(handoverFlags(facts({ handoverDate: TODAY }), TODAY).meetingOverdue, false)
    assert.equal(handoverFlags(facts({ handoverDate: addDays(TODAY, -1) }), TODAY).meetingOverdue, true)
  })

  it('is held once recorded, even late, and a late one says so', () => {
    const late = facts({ handoverDate: '2026-03-01', meetingDate: '2026-03-02' })
    assert.equal(meetingStatus(late, TODAY), 'held')
    assert.equal(heldLate(late), true)
    assert.equal(heldLate(facts({ meetingDate: '2026-03-01' })), false, 'on the handover date is on time')
  })

  it('is not needed where the COM is responsible from the start, and never flagged, but shows when held', () => {
    const fromStart = facts({ handoverDate: null, comResponsibleFromStart: true })
    assert.equal(meetingStatus(fromStart, TODAY), 'not-needed')
    assert.equal(handoverFlags(fromStart, TODAY).meetingOverdue, false)
    assert.equal(meetingStatus({ ...fromStart, meetingDate: '2026-01-05' }, TODAY), 'held')
  })

  it('is missed, not flagged, once the person is released without one', () => {
    const released = facts({ releaseDate: '2026-11-01' })
    assert.equal(meetingStatus(released, TODAY), 'missed')
    assert.equal(handoverFlags(released, TODAY).meetingOverdue, false)
  })

  it('is not known without the key dates', () => {
    assert.equal(meetingStatus(facts({ handoverDate: null, comResponsibleFromStart: null }), TODAY), 'not-known')
  })

  it('is overdue exactly when not held, not from the start, in custody and past the handover date', () => {
    fc.assert(
      fc.property(
        isoDates,
        isoDates,
        fc.option(isoDates, { nil: null }),
        fc.boolean(),
        (handover, today, meeting, released) => {
          const f = facts({ handoverDate: handover, meetingDate: meeting, releaseDate: released ? handover : null })
          const expected = meeting === null && !released && today > handover
          assert.equal(handoverFlags(f, today).meetingOverdue, expected)
        },
      ),
    )
  })
})

describe('the COM has not met the person within 12 weeks of release', () => {
  const release = (days: number) => facts({ earliestReleaseDate: addDays(TODAY, days) })

  it('flags at 84 and 83 days before the earliest release date, not at 85', () => {
    assert.equal(comNotMet(release(85), TODAY), false)
    assert.equal(comNotMet(release(84), TODAY), true)
    assert.equal(comNotMet(release(83), TODAY), true)
    assert.equal(handoverFlags(release(84), TODAY).daysToRelease, 84)
  })

  it('keeps flagging on and after the earliest release date while the person is still in custody', () => {
    assert.equal(comNotMet(release(0), TODAY), true)
    assert.equal(comNotMet(release(-30), TODAY), true)
    assert.equal(handoverFlags(release(-30), TODAY).daysToRelease, -30)
  })

  it('does not flag once the COM has met them, once released, or without a release date', () => {
    assert.equal(comNotMet({ ...release(10), metByCom: true }, TODAY), false)
    assert.equal(comNotMet({ ...release(10), releaseDate: TODAY }, TODAY), false)
    assert.equal(comNotMet(facts({ earliestReleaseDate: null }), TODAY), false)
  })

  it('applies where the COM is responsible from the start', () => {
    const fromStart = { ...release(20), handoverDate: null, comResponsibleFromStart: true }
    assert.equal(comNotMet(fromStart, TODAY), true)
  })

  it('once flagged, stays flagged each day after until the COM meets them or they are released', () => {
    fc.assert(
      fc.property(
        isoDates,
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 1, max: 200 }),
        (erd, offset, later) => {
          const f = facts({ earliestReleaseDate: erd })
          const today = addDays(erd, offset)
          if (comNotMet(f, today)) assert.equal(comNotMet(f, addDays(today, later)), true)
          assert.equal(comNotMet({ ...f, metByCom: true }, today), false)
        },
      ),
    )
  })
})

describe('checking what is recorded', () => {
  const episode = { arrivalDate: '2025-01-10', releaseDate: null }

  it('refuses a date in the future, and takes today', () => {
    assert.equal(
      futureDateProblem('the date of the meeting', addDays(TODAY, 1), TODAY),
      'The date of the meeting must be today or in the past',
    )
    assert.equal(futureDateProblem('the date of the meeting', TODAY, TODAY), null)
  })

  it('refuses a date before the person arrived in custody, naming the day', () => {
    assert.deepEqual(custodyDateProblems('contactDate', 'the date of the contact', '2025-01-09', episode), [
      {
        field: 'contactDate',
        message: 'The date of the contact must be on or after the day the person arrived in custody, 10 January 2025',
      },
    ])
    assert.deepEqual(custodyDateProblems('contactDate', 'the date of the contact', '2025-01-10', episode), [])
  })

  it('refuses a contact after release, naming the day of release', () => {
    const released = { ...episode, releaseDate: '2026-06-01' }
    assert.deepEqual(custodyDateProblems('contactDate', 'the date of the contact', '2026-06-02', released), [
      {
        field: 'contactDate',
        message: 'The date of the contact must be on or before the day the person was released, 1 June 2026',
      },
    ])
    assert.deepEqual(custodyDateProblems('contactDate', 'the date of the contact', '2026-06-01', released), [])
  })

  it('takes any date from arrival to today or release', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (served, back) => {
        const today = addDays(episode.arrivalDate, served)
        const date = addDays(today, -Math.min(back, served))
        assert.deepEqual(custodyDateProblems('d', 'the date', date, episode), [])
        assert.equal(futureDateProblem('the date', date, today), null)
      }),
    )
  })

  it('refuses an attendee list without the COM', () => {
    assert.deepEqual(attendeeProblems({ attendees: ['pom', 'person'] }), [
      {
        field: 'attendees',
        message: 'Select the community offender manager: the COM must attend the handover meeting',
      },
    ])
    assert.deepEqual(
      attendeeProblems({ attendees: [] }).map(p => p.field),
      ['attendees'],
    )
  })

  it('refuses the COM alone: they meet the POM, the person or both', () => {
    assert.deepEqual(attendeeProblems({ attendees: ['com'] }), [
      { field: 'attendees', message: 'Select who met the COM: the prison offender manager, the person, or both' },
    ])
    assert.deepEqual(
      attendeeProblems({ attendees: ['com', 'supporter'], supporterName: 'A', supporterRelationship: 'B' }).length,
      1,
    )
    assert.deepEqual(attendeeProblems({ attendees: ['com', 'pom'] }), [])
    assert.deepEqual(attendeeProblems({ attendees: ['com', 'person'] }), [])
  })

  it('names a supporter with how they know the person', () => {
    assert.deepEqual(attendeeProblems({ attendees: ['com', 'person', 'supporter'] }), [
      { field: 'supporterName', message: 'Enter the supporter’s name' },
      { field: 'supporterRelationship', message: 'Enter how the supporter knows the person' },
    ])
    const named = {
      attendees: ['com', 'person', 'supporter'] as const,
      supporterName: 'Jo',
      supporterRelationship: 'sister',
    }
    assert.deepEqual(attendeeProblems(named), [])
  })

  it('refuses a POM at the meeting when none is allocated', () => {
    assert.equal(allocationProblems(['com', 'pom'], { pom: false })[0]?.field, 'attendees')
    assert.deepEqual(allocationProblems(['com', 'pom'], { pom: true }), [])
    assert.deepEqual(allocationProblems(['com', 'person'], { pom: false }), [])
  })

  it('takes only a visit or a video call as a meeting', () => {
    assert.deepEqual(contactProblems({ contactType: 'visit', met: true }), [])
    assert.deepEqual(contactProblems({ contactType: 'video', met: true }), [])
    assert.equal(contactProblems({ contactType: 'phone', met: true })[0]?.field, 'met')
    assert.equal(contactProblems({ contactType: 'letter', met: true })[0]?.field, 'met')
    assert.deepEqual(contactProblems({ contactType: 'letter', met: false }), [])
  })
})
