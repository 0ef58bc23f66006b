/** What the workload feature writes to the audit trail. */
export const WORKLOAD_AUDIT_ACTIONS = [
  'tier.viewed',
  'tier.recorded',
  'workload.viewed',
  'workload.team-viewed',
  'workload.hours-changed',
  'workload.reduction-added',
  'workload.court-report-added',
  'workload.court-report-removed',
  'allocation-advice.viewed',
  'allocation-advice.decided',
] as const

export type WorkloadAuditAction = (typeof WORKLOAD_AUDIT_ACTIONS)[number]
