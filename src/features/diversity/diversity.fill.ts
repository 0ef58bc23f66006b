import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { roll } from '../../platform/sample-data/latest-episodes.ts'
import { NOT_SAID } from './diversity.catalogue.ts'

/**
 * The diversity of generated and demo people, in one set-based statement: a plausible mix for people in prison in
 * England and Wales (HMPPS Offender Equalities Annual Report 2023/24: about 72 % White, 12 % Black, 8 % Asian, 5 %
 * Mixed and 2 % Other; 4 % women; about a quarter disabled; a quarter care experienced; 4 % veterans), with "prefer
 * not to say" on every question for some. Women are the people whose screening asked the women's needs questions.
 * About 1 in 10 people have no record yet. Each answer is fixed by the person's id, so runs repeat.
 */
type Weighted = readonly (readonly [string, number])[]

/** A CASE choosing a value by a roll of 0–99 and the weights (which sum to 100). */
function pick(salt: string, weights: Weighted): RawBuilder<string> {
  let upTo = 0
  const branches = weights.map(([value, weight]) => {
    upTo += weight
    return sql`when ${roll('p.id', salt)} < ${sql.lit(upTo)} then ${sql.lit(value)}`
  })
  return sql<string>`(case ${sql.join(branches, sql` `)} else ${sql.lit(weights.at(-1)![0])} end)`
}

const ETHNICITY: Weighted = [
  ['white-british', 62],
  ['irish', 2],
  ['gypsy-irish-traveller', 2],
  ['roma', 1],
  ['other-white', 5],
  ['caribbean', 5],
  ['african', 4],
  ['other-black', 3],
  ['pakistani', 3],
  ['indian', 1],
  ['bangladeshi', 1],
  ['chinese', 1],
  ['other-asian', 2],
  ['white-black-caribbean', 2],
  ['white-black-african', 1],
  ['white-asian', 1],
  ['other-mixed', 1],
  ['arab', 1],
  [NOT_SAID, 2],
]
const RELIGION: Weighted = [
  ['no-religion', 44],
  ['christian', 34],
  ['muslim', 17],
  ['buddhist', 1],
  ['hindu', 1],
  ['jewish', 0],
  ['sikh', 1],
  ['other-religion', 1],
  [NOT_SAID, 1],
]
const DISABILITY: Weighted = [
  ['yes-a-lot', 10],
  ['yes-a-little', 15],
  ['no', 70],
  [NOT_SAID, 5],
]
const yesNo = (yes: number, notSaid: number): Weighted => [
  ['yes', yes],
  ['no', 100 - yes - notSaid],
  [NOT_SAID, notSaid],
]

export async function fillDiversity(tx: Db, today: string) {
  const womenSex = sql<string>`case when exists (select 1 from needs_screening s where s.person_id = p.id
      and s.womens_needs_apply) then 'female' when ${roll('p.id', 'sex')} < 2 then ${sql.lit(NOT_SAID)} else 'male' end`
  const firstLanguage = pick('language', [
    ['english', 86],
    ['welsh', 3],
    ['other', 10],
    [NOT_SAID, 1],
  ])
  const result = await sql`insert into person_diversity (person_id, sex, gender_same_as_sex, ethnicity, religion,
      disability, adjustments, neurodivergent, care_experienced, veteran, first_language, first_language_other,
      interpreter_needed, recorded_by, recorded_on)
    select p.id, ${womenSex}, ${pick('gender', [
      ['yes', 96],
      ['no', 1],
      [NOT_SAID, 3],
    ])}, ${pick('ethnicity', ETHNICITY)},
      ${pick('religion', RELIGION)}, d.disability,
      case when d.disability like 'yes%' then 'Easy read letters and a quiet room for appointments.' end,
      ${pick('neuro', yesNo(20, 5))}, ${pick('care', yesNo(24, 4))}, ${pick('veteran', yesNo(4, 2))},
      l.language, case when l.language = 'other' then (array['Polish', 'Romanian', 'Urdu', 'Arabic', 'Somali'])[1 + ${roll('p.id', 'other-language')} % 5] end,
      case when l.language = 'other' and ${roll('p.id', 'interpreter')} < 40 then 'yes' else 'no' end,
      coalesce(p.com_id, p.pom_id), least(${today}::date, p.created_at::date + 30)
    from person p
    cross join lateral (select ${pick('disability', DISABILITY)} as disability) d
    cross join lateral (select ${firstLanguage} as language) l
    where coalesce(p.com_id, p.pom_id) is not null and ${roll('p.id', 'recorded')} < 90
    on conflict (person_id) do nothing`.execute(tx)
  return Number(result.numAffectedRows ?? 0)
}
