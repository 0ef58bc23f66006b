import type { Alternative, Decision, RiskLevel } from './recall.rules.ts'

export const DECISION_NAMES: Record<Decision, string> = {
  'no-recall': 'No recall',
  'fixed-term': 'Fixed-term recall',
  standard: 'Standard recall',
}

export const ALTERNATIVE_NAMES: Record<Alternative, string> = {
  'talk-it-through': 'Talk it through with the person',
  'more-contact': 'More contact',
  'adjust-plan': 'Adjust the plan',
  warning: 'A warning',
  referral: 'A referral for support',
  'change-conditions': 'Vary the licence conditions',
  'approved-premises': 'A place in approved premises',
}

export const RISK_NAMES: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
}
