import type { TopLevelSpec } from 'vega-lite'

/**
 * Draws a vega-lite chart as SVG on the server (compiled to vega, rendered without a browser). Vega is loaded on
 * the first chart rather than at start: it is the largest library the service has, and most processes (the command
 * line, most test files, a server that nobody asks for a chart) never draw one.
 */
export async function vegaLiteSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')])
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' })
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}
