import { sql } from 'kysely'
import type { GeneratorPart } from '../../platform/sample-data/generator-part.ts'

/**
 * The PDU that will supervise each person: their COM's team's, and for people with no COM yet one of the PDUs
 * fixed by a hash of their id, so that every manager's list of people waiting for a COM has people in it.
 * Set-based: two statements.
 */
export const personPduPart: GeneratorPart = {
  name: 'probation delivery unit of each person',
  async run({ tx }) {
    const withCom = await sql`update person p set pdu_id = t.pdu_id
      from app_user u join team t on t.id = u.team_id
      where u.id = p.com_id`.execute(tx)
    const waiting = await sql`with numbered as (
        select id, row_number() over (order by code) - 1 as n, count(*) over () as total from pdu)
      update person p set pdu_id = d.id from numbered d
      where p.com_id is null and d.n = abs(hashtext(p.id::text)) % d.total`.execute(tx)
    return Number(withCom.numAffectedRows ?? 0) + Number(waiting.numAffectedRows ?? 0)
  },
}
