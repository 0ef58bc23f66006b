/**
 * Charts drawn on the server as SVG with Vega-Lite: each measure's rate by group (the groups shown), with the
 * scope's overall rate and the national level as lines. The same figures are in the table beside each chart.
 * Drawing takes tens of milliseconds, so charts are kept by their figures (the same figures draw the same SVG).
 */
import type { TopLevelSpec } from 'vega-lite'
import { vegaLiteSvg } from '../../platform/charts/vega-svg.ts'
import type { MeasureBreakdown } from './outcomes.dashboard.ts'

const cache = new Map<string, string>()
const CACHE_SIZE = 500

function specOf(m: MeasureBreakdown): TopLevelSpec {
  const values = m.groups.flatMap(g =>
    g.figure
      ? [{ group: g.label, percent: g.figure.percent, low: g.figure.low, high: g.figure.high, gap: g.highlighted }]
      : [],
  )
  const rules = [
    ...(m.total ? [{ label: 'Overall', percent: m.total.percent }] : []),
    ...(m.national ? [{ label: `National ${m.national.period}`, percent: m.national.percent }] : []),
  ]
  const x = { field: 'percent', type: 'quantitative', title: 'Per cent', scale: { domain: [0, 100] } } as const
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    description: `${m.label}: per cent by group, with the overall and national levels`,
    width: 420,
    height: { step: 22 },
    config: { font: 'Arial, sans-serif', axis: { labelFontSize: 12, titleFontSize: 12 } },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', height: 14 },
        encoding: {
          y: { field: 'group', type: 'nominal', title: null, sort: null },
          x,
          color: {
            field: 'gap',
            type: 'nominal',
            scale: { domain: [false, true], range: ['#1d70b8', '#d4351c'] },
            legend: null,
          },
        },
      },
      {
        data: { values },
        mark: { type: 'rule', color: '#0b0c0c' },
        encoding: {
          y: { field: 'group', type: 'nominal', sort: null },
          x: { field: 'low', type: 'quantitative' },
          x2: { field: 'high' },
        },
      },
      {
        data: { values: rules },
        mark: { type: 'rule', strokeDash: [4, 3], color: '#505a5f', strokeWidth: 2 },
        encoding: { x },
      },
    ],
  } as TopLevelSpec
}

export async function chartSvg(m: MeasureBreakdown): Promise<string> {
  const spec = specOf(m)
  const key = JSON.stringify(spec)
  const hit = cache.get(key)
  if (hit) return hit
  const svg = await vegaLiteSvg(spec)
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!)
  cache.set(key, svg)
  return svg
}
