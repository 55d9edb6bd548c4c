import { readFileSync } from 'node:fs';

// The project's address has one source, package.json `repository` (as for the rules' docs URLs).
const { repository } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const repositoryUrl = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocTitleFormat: 'prefix-name',
  ruleDocSectionInclude: ['Rule details', 'When not to use it'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions'],
  urlConfigs: `${repositoryUrl}#configs`,
  postprocess: async (content) => content,
};
