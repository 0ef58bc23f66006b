import { seedHandoverDemo } from '../handover/handover.demo.ts'
import { seedNeedsDemo } from '../needs/needs.demo.ts'
import { seedReadinessDemo } from '../readiness/readiness.demo.ts'
import type { GeneratorPart } from './generator-part.ts'
import { auditPart } from './parts/audit.part.ts'
import { organisationPart } from './parts/organisation.part.ts'
import { peoplePart } from './parts/people.part.ts'

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

/**
 * The generator's steps, in order. A feature adds its records with one entry here, after the people and before
 * the audit trail: a part of its own (set-based SQL over people and episodes) or its demo seeder, which already
 * writes believable records in batches for every person in the database.
 */
export const GENERATOR_PARTS: GeneratorPart[] = [
  organisationPart,
  peoplePart,
  { name: 'handover meetings and contacts', run: async ({ tx, today }) => total(await seedHandoverDemo(tx, today)) },
  { name: 'release readiness', run: async ({ tx, today }) => total(await seedReadinessDemo(tx, today)) },
  { name: 'needs screenings and actions', run: async ({ tx, today }) => total(await seedNeedsDemo(tx, today)) },
  auditPart,
]
