import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { featureBoundaries } from './eslint/feature-boundaries.js'

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'bench/results/**', 'scratch/**', 'eslint/fixtures/**', '.test-build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { resettle: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: {
      'no-duplicate-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'resettle/feature-boundaries': 'error' },
  },
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**', '**/features.ts'], message: 'platform imports no feature' }] },
      ],
    },
  },
  {
    files: ['src/**/*.rules.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/platform/db/**', '**/platform/web/**', 'express', 'kysely', 'pg', '@electric-sql/*'],
              message: 'rules are pure',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.routes.ts', 'src/**/*.api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/*.repository*'], message: 'routes call services' }] },
      ],
    },
  },
)
