import type { TopLevelSpec } from 'vega-lite'
import { vegaLiteSvg } from '../../platform/charts/vega-svg.ts'
import { EXCESSIVE } from './capacity.rules.ts'

export interface ChartWeek {
  weekEnding: string
  capacityPercent: number | null
}

/**
 * Capacity week by week as an SVG drawn on the server (vega-lite compiled to vega, rendered without a browser),
 * with the 110% line of an excessive workload. The page puts a table of the same figures beside it; the chart is
 * an image to assistive technology, labelled with what it shows.
 */
export async function capacityChartSvg(weeks: readonly ChartWeek[], label: string): Promise<string> {
  const values = weeks
    .filter(w => w.capacityPercent !== null)
    .map(w => ({ week: w.weekEnding, capacity: w.capacityPercent }))
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 560,
    height: 220,
    background: 'white',
    config: { font: 'Arial, sans-serif', axis: { labelFontSize: 12, titleFontSize: 13 } },
    layer: [
      {
        data: { values },
        mark: { type: 'line', point: { filled: true, size: 50 }, color: '#1d70b8', strokeWidth: 3 },
        encoding: {
          x: { field: 'week', type: 'temporal', title: 'Week ending', axis: { format: '%-d %b', tickCount: 6 } },
          y: { field: 'capacity', type: 'quantitative', title: 'Capacity (%)', scale: { domainMin: 0 } },
        },
      },
      {
        data: { values: [{ limit: EXCESSIVE.capacityPercent }] },
        mark: { type: 'rule', color: '#d4351c', strokeDash: [6, 4], strokeWidth: 2 },
        encoding: { y: { field: 'limit', type: 'quantitative' } },
      },
    ],
  }
  const svg = await vegaLiteSvg(spec)
  const escaped = label.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`)
  return svg.replace('<svg ', `<svg role="img" aria-label="${escaped}" focusable="false" `)
}
