import path from 'node:path'

/**
 * A feature is used by others only through its `index.ts`: any import from another feature's folder that names a
 * different file fails. Tests may also import another feature's `*.test-support.ts`, its helpers for tests.
 */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Use another feature only through its index.ts' },
    messages: {
      crossFeature: "Import '{{feature}}' through src/features/{{feature}}/index.ts, not {{file}}",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename
    const own = featureOf(file)
    const isTest = /\.test(-support)?\.ts$/.test(file)
    const check = node => {
      const source = node.source?.value
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = path.resolve(path.dirname(file), source)
      const feature = featureOf(target)
      if (!feature || feature.name === own?.name) return
      const rest = target.slice(feature.root.length + 1)
      if (rest === 'index.ts' || (isTest && rest.endsWith('.test-support.ts'))) return
      context.report({ node: node.source, messageId: 'crossFeature', data: { feature: feature.name, file: rest } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

function featureOf(file) {
  const match = /^(.*[\\/]src[\\/]features[\\/])([^\\/]+)(?=[\\/])/.exec(file)
  return match ? { name: match[2], root: match[1] + match[2] } : undefined
}
