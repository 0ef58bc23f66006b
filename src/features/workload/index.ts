import { defineFeature } from '../../platform/features/feature.ts'
import { workloadApi } from './workload.api.ts'

/** Workload points, available points and capacity, by HMPPS's own rules (issue 17): the calculator for now. */
export const workload = defineFeature({
  name: 'workload',
  api: (_service, routes) => workloadApi(routes),
})

export {
  availablePoints,
  calculateWorkload,
  capacityPercent,
  points,
  WORKLOAD_POINTS,
  type WorkloadResult,
} from './workload.rules.ts'
export { workloadInputSchema, workloadResponse, type WorkloadRequest } from './workload.schemas.ts'
