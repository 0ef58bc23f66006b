import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { addDays } from '../../platform/dates/calendar-date.ts'
import {
  journey,
  journeyPage,
  journeySummary,
  OUTCOMES,
  outcomeProblem,
  type JourneyAppointment,
  type JourneySetback,
} from './supervision.rules.ts'

const appointment = (id: string, date: string, outcome: JourneyAppointment['outcome']): JourneyAppointment => ({
  id,
  date,
  kind: 'office',
  outcome,
  nextTime: null,
})
const setback = (id: string, date: string): JourneySetback => ({ id, date, kind: 'lapse', response: 'talk-it-through' })

describe('recording what happened at an appointment', () => {
  it('is allowed on the day and after, never before', () => {
    assert.equal(outcomeProblem('2026-11-23', '2026-11-23'), null)
    assert.equal(outcomeProblem('2026-11-22', '2026-11-23'), null)
    assert.match(outcomeProblem('2026-11-24', '2026-11-23')!, /on the day of the appointment or after it/)
  })
})

describe('the journey', () => {
  it('puts progress and setbacks together in date order, up and down', () => {
    const steps = journey(
      [appointment('a1', '2026-10-01', 'attended'), appointment('a2', '2026-10-15', 'attended')],
      [setback('s1', '2026-10-08')],
    )
    assert.deepEqual(
      steps.map(s => [s.id, s.direction]),
      [
        ['a1', 'up'],
        ['s1', 'down'],
        ['a2', 'up'],
      ],
    )
    assert.deepEqual(journeySummary(steps), { progress: 2, setbacks: 1 })
  })

  it('leaves out appointments not yet recorded, and keeps absences level', () => {
    const steps = journey(
      [
        appointment('a1', '2026-10-01', null),
        appointment('a2', '2026-10-02', 'acceptable-absence'),
        appointment('a3', '2026-10-03', 'unacceptable-absence'),
      ],
      [],
    )
    assert.deepEqual(
      steps.map(s => [s.id, s.direction]),
      [
        ['a2', 'level'],
        ['a3', 'level'],
      ],
    )
  })

  it('puts an appointment before a setback on the same day', () => {
    const steps = journey([appointment('a', '2026-10-01', 'attended')], [setback('s', '2026-10-01')])
    assert.deepEqual(
      steps.map(s => s.id),
      ['a', 's'],
    )
  })

  it('holds every recorded appointment and every setback once, in date order', () => {
    const date = fc.integer({ min: 0, max: 400 }).map(d => addDays('2026-01-01', d))
    const outcome = fc.constantFrom(null, ...OUTCOMES)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(date, outcome), { maxLength: 20 }),
        fc.array(date, { maxLength: 20 }),
        (appointments, setbacks) => {
          const steps = journey(
            appointments.map(([d, o], i) => appointment(`a${i}`, d, o)),
            setbacks.map((d, i) => setback(`s${i}`, d)),
          )
          assert.equal(steps.length, appointments.filter(([, o]) => o !== null).length + setbacks.length)
          for (let i = 1; i < steps.length; i++) assert.ok(steps[i - 1]!.date <= steps[i]!.date)
          assert.equal(journeySummary(steps).setbacks, setbacks.length)
        },
      ),
    )
  })
})

describe('a page of the journey', () => {
  const steps = Array.from({ length: 120 }, (_, n) => n)

  it('shows the latest 50 on the first page and the ones before on the next, each in date order', () => {
    const latest = journeyPage(steps, 1)
    assert.deepEqual(latest.steps, steps.slice(70))
    assert.deepEqual([latest.page, latest.pageCount, latest.total], [1, 3, 120])
    assert.deepEqual(journeyPage(steps, 2).steps, steps.slice(20, 70))
    assert.deepEqual(journeyPage(steps, 3).steps, steps.slice(0, 20))
    assert.deepEqual(journeyPage(steps, 4).steps, steps.slice(0, 20), 'a page past the last shows the last')
  })

  it('shows a short journey whole, and leaves the journey it was given as it was', () => {
    const short = [1, 2, 3]
    assert.deepEqual(journeyPage(short, 1), { steps: [1, 2, 3], total: 3, page: 1, pageCount: 1 })
    assert.deepEqual(short, [1, 2, 3])
  })
})
