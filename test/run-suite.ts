/**
 * Runs one suite of test files (unit, integration or browser) with Node's test runner, two files at a time.
 *
 * The files are bundled first, all in one esbuild pass with the code they share split into common chunks, and the
 * runner is given plain JavaScript. Loaded through tsx instead, every test process spent about 2.4 s of CPU only on
 * loader round trips for the service's few hundred modules (Node 20 runs module hooks on another thread), and a
 * CI run starts some two hundred test processes. `node --import tsx --test FILE` still runs any one file as it is.
 *
 * Usage: tsx test/run-suite.ts unit|integration|browser [options for node --test, such as --test-name-pattern=…]
 */
import { spawn } from 'node:child_process'
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { build, type Plugin } from 'esbuild'

const ROOT = join(import.meta.dirname, '..')

const SUITES = {
  unit: { folders: ['src', 'eslint'], isTest: (file: string) => isTestFile(file) && !isIntegration(file) },
  integration: { folders: ['src', 'test/integration'], isTest: isIntegration },
  browser: { folders: ['test/browser'], isTest: isTestFile },
} as const

function isTestFile(file: string) {
  return file.endsWith('.test.ts') && !file.startsWith('eslint/fixtures/')
}

function isIntegration(file: string) {
  return file.endsWith('.int.test.ts')
}

function testFiles(suite: keyof typeof SUITES): string[] {
  const { folders, isTest } = SUITES[suite]
  return folders
    .flatMap(folder =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map(file => join(folder, file)),
    )
    .filter(isTest)
    .sort()
}

/**
 * A module keeps its own folder in the bundle: `import.meta.dirname` is written into each source file as the folder
 * it was read from, so that views, migrations and locales are found where they are.
 */
const sourceFolders: Plugin = {
  name: 'source-folders',
  setup(on) {
    on.onLoad({ filter: /\.ts$/ }, ({ path }) => ({
      contents: readFileSync(path, 'utf8').replaceAll('import.meta.dirname', JSON.stringify(dirname(path))),
      loader: 'ts',
    }))
  },
}

async function bundle(files: string[], outdir: string): Promise<string[]> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: files,
    outdir,
    outbase: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    keepNames: true,
    sourcemap: 'linked',
    outExtension: { '.js': '.mjs' },
    plugins: [sourceFolders],
    metafile: true,
    logLevel: 'warning',
  })
  return Object.entries(result.metafile.outputs)
    .flatMap(([file, output]) => (output.entryPoint ? [{ file: join(ROOT, file), source: output.entryPoint }] : []))
    .sort((a, b) => weight(b.source) - weight(a.source) || a.source.localeCompare(b.source))
    .map(({ file }) => file)
}

/**
 * The runner starts files in the order given, two at a time, so the heaviest start first and the suite never ends
 * waiting on one long file begun last: the whole-service tests of test/integration (every route fuzzed, the access
 * matrix, faults, the generator) before the rest, and otherwise the larger file (more tests) first.
 */
function weight(source: string): number {
  return (source.startsWith('test/integration/') ? 1e9 : 0) + statSync(join(ROOT, source)).size
}

async function main() {
  const [suite, ...options] = process.argv.slice(2)
  if (!suite || !(suite in SUITES)) throw new Error(`name a suite: ${Object.keys(SUITES).join(', ')}`)
  // Inside the project, so that the bundles find its node_modules; one folder per run, so that runs side by side
  // (CI runs the embedded and the PostgreSQL suites at once) never overwrite each other's files.
  const outdir = join(ROOT, '.test-build', `${suite}-${process.pid}`)
  try {
    const bundles = await bundle(testFiles(suite as keyof typeof SUITES), outdir)
    process.stdout.write(`${bundles.length} ${suite} test files, bundled into ${relative(ROOT, outdir)}\n`)
    process.exitCode = await run([
      '--enable-source-maps',
      '--test',
      '--test-concurrency=2',
      '--test-reporter=spec',
      ...options,
      ...bundles,
    ])
  } finally {
    rmSync(outdir, { recursive: true, force: true })
  }
}

function run(args: string[]): Promise<number> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' })
  const stop = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', stop).on('SIGTERM', stop)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

await main()
