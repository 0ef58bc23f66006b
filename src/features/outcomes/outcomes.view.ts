import type { MeasureBreakdown } from './outcomes.dashboard.ts'
import type { OutcomesService } from './outcomes.service.ts'

type Dashboard = Awaited<ReturnType<OutcomesService['dashboard']>>

const LEVEL_LABELS = { team: 'Your team', pdu: 'Your PDU', region: 'Region', nation: 'England and Wales' } as const

const percentText = (f: { percent: number; low: number; high: number }) => `${f.percent}% (${f.low}% to ${f.high}%)`
const gapText = (gap: number | null) => (gap === null ? '' : `${gap > 0 ? '+' : ''}${gap} points`)

function tableOf(m: MeasureBreakdown) {
  const hidden = [{ text: 'Hidden' }, { text: '' }, { text: '' }, { text: '' }]
  const rows = m.groups.map(g => ({
    highlighted: g.highlighted,
    cells: [
      { text: g.label },
      ...(g.figure
        ? [
            { text: String(g.figure.denominator), format: 'numeric' },
            { text: String(g.figure.numerator), format: 'numeric' },
            { text: percentText(g.figure), format: 'numeric' },
            { text: gapText(g.gap), format: 'numeric' },
          ]
        : hidden),
    ],
  }))
  return {
    total: m.total ? [String(m.total.denominator), String(m.total.numerator), percentText(m.total)] : null,
    rows,
  }
}

/** What the template shows beside the figures: the level choices, each measure's table and chart. */
export function dashboardView(view: Dashboard, charts: (string | null)[]) {
  return {
    levelItems: view.levels.map(l => ({ value: l, text: LEVEL_LABELS[l], selected: l === view.level })),
    regionItems: view.regions.map(r => ({ value: r.id, text: r.name, selected: r.id === view.regionId })),
    quarterItems: view.quarters.map(q => ({ ...q, selected: q.value === view.quarter })),
    dimensionItems: view.dimensions.map(d => ({ ...d, selected: d.value === view.by })),
    csvHref: `/outcomes.csv?${new URLSearchParams({
      level: view.level,
      quarter: view.quarter,
      by: view.by,
      ...(view.regionId ? { region: view.regionId } : {}),
    })}`,
    levelLabel: LEVEL_LABELS[view.level],
    sections: view.measures.map((m, i) => ({ ...m, table: tableOf(m), chart: charts[i] ?? null })),
  }
}
