import { sql, type RawBuilder } from 'kysely'

/**
 * Each person's latest custody episode with what the parts need of the person, for set-based generator steps,
 * and `release`: the recorded release, else the earliest release date.
 */
export const latestEpisodes = sql`(
  select distinct on (e.person_id) e.*, coalesce(e.release_date, e.earliest_release_date) as release,
    p.com_id, p.pom_id, p.pronouns, coalesce(p.community_area, 'Bristol') as area
  from custody_episode e join person p on p.id = e.person_id
  order by e.person_id, e.sentence_start_date desc)`

/** A number from 0 to 99 fixed by a row's id and a salt: the same choice on every run, without random(). */
export function roll(id: string, salt: string): RawBuilder<number> {
  return sql<number>`(abs(hashtext(${sql.raw(id)}::text || ${sql.lit(salt)})) % 100)`
}
