import { createRetentionRepository, createRetentionService } from '../features/retention/index.ts'
import { auditKeyOf } from '../platform/audit/audit-chain.ts'
import { createAuditLog } from '../platform/audit/audit-log.ts'
import { isIsoDate, todayInLondon } from '../platform/dates/calendar-date.ts'
import type { Command } from './commands.ts'
import { withDatabase } from './with-database.ts'

export const retentionReviewCommand: Command = {
  name: 'retention-review',
  summary: 'List the records due for a retention review (JSON out), for a scheduled job',
  help: `Usage: npm run --silent resettle -- retention-review [--on YYYY-MM-DD]

Prints one JSON object: { "on": "2026-12-04", "total": 2, "records": [ { "type": "case-record",
"recordType": "Case record", "reviewOn": "2026-01-10", "basis": "supervision-ended",
"why": "7 years after supervision ended", "personId": "...", "crn": "X123456", "name": "Smith, John",
"recordId": "..." } ] }, longest overdue first. --on lists what is due on another day (default today in
England and Wales). Nothing is deleted: each record needs a person's review. The listing is recorded in the
audit trail. Schedule it, for example weekly with cron:
  0 6 * * 1  cd /srv/resettle && npm run --silent resettle -- retention-review > /var/lib/resettle/retention.json
Exits 0, or 2 for a date that is not one.`,
  async run({ args, config, stdout, stderr }) {
    const at = args.indexOf('--on')
    const on = at >= 0 ? args[at + 1] : todayInLondon()
    if (!isIsoDate(on)) {
      stderr('--on must be a date as YYYY-MM-DD\n')
      return 2
    }
    const result = await withDatabase(config, handle =>
      createRetentionService({
        repository: createRetentionRepository(handle.db),
        audit: createAuditLog(handle.db, { key: auditKeyOf(config.audit) }),
        today: () => on,
      }).dueForReview(on),
    )
    stdout(`${JSON.stringify(result, null, 2)}\n`)
    return 0
  },
}
