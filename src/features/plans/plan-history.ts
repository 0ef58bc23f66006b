/** The version history: each version, what changed from the one before and who changed it, and the answers to it. */
import { emptyPlan } from './plan-content.ts'
import type { Answer } from './plan-view.ts'
import { changeLine } from './plan-wording.ts'
import type { AgreementRow, VersionRow } from './plans.repository.ts'
import { authorWords, planChanges } from './plans.rules.ts'

export function toAnswer(row: AgreementRow): Answer {
  return {
    versionNumber: row.version_number,
    agreed: row.agreed,
    comments: row.comments,
    disagreedStepIds: row.disagreed_step_ids,
    recordedOn: row.recorded_on,
    recordedBy: authorWords({ name: row.recorded_by_name, role: row.recorded_by_role }),
    recordedByRole: row.recorded_by_role,
  }
}

/** Versions the latest first, as the repository gives them; answers the latest first. */
export function planHistory(versions: VersionRow[], answers: AgreementRow[]) {
  return versions.map((version, index) => {
    const previous = versions[index + 1]?.content ?? emptyPlan()
    const steps = new Map(version.content.steps.map(s => [s.id, s.text]))
    return {
      number: version.number,
      changedBy: authorWords({ name: version.changed_by_name, role: version.changed_by_role }),
      changedAt: version.updated_at,
      changes: planChanges(previous, version.content)
        .filter(change => change.material)
        .map(changeLine),
      answers: answers
        .filter(a => a.version_number === version.number)
        .map(a => ({
          ...toAnswer(a),
          disagreedSteps: a.disagreed_step_ids.map(id => steps.get(id) ?? 'A step since removed'),
        })),
    }
  })
}
