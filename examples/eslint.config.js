// The whole set-up a user needs: the preset plus the project's facts and rule options.
import ssot from 'eslint-plugin-ssot';

export default [
  ssot.configs.recommended,
  {
    settings: {
      ssot: {
        configModules: ['src/config/**'],
        testFiles: ['tests/**', '**/*.test.ts'],
      },
    },
  },
  {
    rules: {
      'ssot/max-lines': [
        'warn',
        {
          exceptions: [
            {
              files: 'tests/websocket-runner.test.ts',
              reason: 'Legacy end-to-end runner, being split per scenario.',
              max: 375,
            },
          ],
        },
      ],
    },
  },
];
