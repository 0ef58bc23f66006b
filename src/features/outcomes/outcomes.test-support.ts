import type { TestApp } from '../../../test/support/test-app.ts'
import type { Tally } from './outcomes.rules.ts'

let serial = 0

/** A person of a COM with one released custody episode per release date, their first nights and diversity. */
export async function released(
  app: TestApp,
  comId: string,
  sex: string | null,
  releases: { on: string; firstNight: string; employment6Weeks?: string }[],
) {
  const db = app.services.handle.db
  serial += 1
  const com = await db.selectFrom('app_user').select('team_id').where('id', '=', comId).executeTakeFirstOrThrow()
  const team = await db.selectFrom('team').select('pdu_id').where('id', '=', com.team_id!).executeTakeFirstOrThrow()
  const person = await db
    .insertInto('person')
    .values({
      crn: `Z${String(700_000 + serial)}`,
      prison_number: null,
      first_name: 'Outcome',
      last_name: `Person${serial}`,
      preferred_name: null,
      pronouns: null,
      date_of_birth: '1990-05-01',
      community_area: null,
      com_id: comId,
      pom_id: null,
      pdu_id: team.pdu_id,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (sex)
    await db
      .insertInto('person_diversity')
      .values({
        person_id: person.id,
        sex,
        gender_same_as_sex: 'yes',
        ethnicity: 'white-british',
        religion: 'no-religion',
        disability: 'no',
        neurodivergent: 'no',
        care_experienced: 'no',
        veteran: 'no',
        first_language: 'english',
        interpreter_needed: 'no',
        recorded_by: comId,
        recorded_on: '2025-02-01',
      })
      .execute()
  for (const [i, r] of releases.entries()) {
    const episode = await db
      .insertInto('custody_episode')
      .values({
        person_id: person.id,
        prison_id: null,
        sentence_type: 'determinate',
        parole: false,
        early_allocation: false,
        arrival_date: `202${i}-01-10`,
        sentence_start_date: `202${i}-01-10`,
        conditional_release_date: r.on,
        automatic_release_date: null,
        parole_eligibility_date: null,
        home_detention_curfew_eligibility_date: null,
        tariff_expiry_date: null,
        licence_expiry_date: '2029-01-10',
        sentence_expiry_date: '2029-01-10',
        top_up_supervision_end_date: null,
        release_date: r.on,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('person_release')
      .values({
        person_id: person.id,
        custody_episode_id: episode.id,
        first_night: r.firstNight as 'settled',
        address: r.firstNight === 'settled' ? '1 High Street' : null,
        treatment_need: false,
        recorded_by: comId,
      })
      .execute()
    if (r.employment6Weeks)
      await db
        .insertInto('release_follow_up')
        .values({
          person_id: person.id,
          custody_episode_id: episode.id,
          kind: 'employment-6-weeks',
          employment: r.employment6Weeks as 'employed',
          recorded_by: comId,
          recorded_on: '2026-04-01',
        })
        .execute()
  }
}

/**
 * Releases of February and March 2026 (quarter 2026-Q1) in team A: 12 of women (one woman released twice), 6 housed;
 * 15 of men, 14 housed and 1 unknown, 5 employed at 6 weeks, 5 not working, 5 unavailable; 3 of people who
 * preferred not to say their sex, all housed. Then one outside the quarter, and one in team B of the same PDU.
 */
export async function seedReleases(app: TestApp) {
  const { comA, comB } = app.fixture.staff
  const feb = (firstNight: string, employment6Weeks?: string) => ({ on: '2026-02-10', firstNight, employment6Weeks })
  // Women: 11 people, one released twice in the quarter: 12 releases, 6 housed.
  await released(app, comA!.id, 'female', [feb('settled'), { on: '2026-03-20', firstNight: 'rough-sleeping' }])
  for (let i = 0; i < 5; i += 1) await released(app, comA!.id, 'female', [feb('settled')])
  for (let i = 0; i < 5; i += 1) await released(app, comA!.id, 'female', [feb('other-homeless')])
  // Men: 15 releases, 14 housed and 1 unknown; employment at 6 weeks 5 employed, 5 not working, 5 unavailable.
  const work = ['employed', 'not-working', 'unavailable']
  for (let i = 0; i < 15; i += 1)
    await released(app, comA!.id, 'male', [feb(i === 0 ? 'unknown' : 'settled', work[i % 3])])
  // Three who preferred not to say, all housed.
  for (let i = 0; i < 3; i += 1) await released(app, comA!.id, 'prefer-not-to-say', [feb('settled')])
  // Outside the quarter, and in another team of the same PDU.
  await released(app, comA!.id, 'male', [{ on: '2026-04-02', firstNight: 'rough-sleeping' }])
  await released(app, comB!.id, 'male', [feb('rough-sleeping')])
}

/**
 * An attacker's view: the total and the cells shown. For each hidden cell, every assignment of whole numbers to
 * the hidden cells that agrees with what is shown is tried (0 ≤ met ≤ counted, sums equal to the total less the
 * shown), across the measures of a family at once since they share the counted. A cell is recovered if its
 * counted, its met, or its rate takes one value only.
 */
export function recovered(
  measures: readonly string[],
  totals: Record<string, Tally>,
  cells: Record<string, Tally[]>,
  hidden: number[],
): boolean {
  if (!hidden.length) return false
  const first = measures[0]!
  const shownD = cells[first]!.reduce((a, c, i) => a + (hidden.includes(i) ? 0 : c.denominator), 0)
  const S = totals[first]!.denominator - shownD
  const N = measures.map(
    m => totals[m]!.numerator - cells[m]!.reduce((a, c, i) => a + (hidden.includes(i) ? 0 : c.numerator), 0),
  )
  const seen = hidden.map(() => ({
    d: new Set<number>(),
    n: measures.map(() => new Set<number>()),
    rate: measures.map(() => new Set<string>()),
  }))
  // Every split of S over the hidden cells; for each, every met each cell can have (the others absorb the rest).
  const split = (k: number, left: number, ds: number[]) => {
    if (k === hidden.length - 1) {
      const all = [...ds, left]
      all.forEach((d, i) => {
        seen[i]!.d.add(d)
        const othersCap = S - d
        measures.forEach((_, m) => {
          for (let n = Math.max(0, N[m]! - othersCap); n <= Math.min(d, N[m]!); n += 1) {
            seen[i]!.n[m]!.add(n)
            if (d > 0) seen[i]!.rate[m]!.add((n / d).toFixed(6))
          }
        })
      })
      return
    }
    for (let d = 0; d <= left; d += 1) split(k + 1, left - d, [...ds, d])
  }
  split(0, S, [])
  return seen.some(s => s.d.size < 2 || s.n.some(x => x.size < 2) || s.rate.some(x => x.size < 2))
}
