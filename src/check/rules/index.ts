/**
 * The rule registry: every rule file, and the metadata of the rules that
 * loading and pairing report, for SARIF and the README.
 */
import { RULE_IDS, type RuleId, type Severity } from '../../types.js';
import type { BuiltinRule, Rule } from '../rule.js';
import { dateMismatch } from './date-mismatch.js';
import { frontmatterMismatch } from './frontmatter-mismatch.js';
import { glossaryInvalid } from './glossary-invalid.js';
import { localeKeyMissing } from './locale-key-missing.js';
import { nameMissing } from './name-missing.js';
import { nameMisspelled } from './name-misspelled.js';
import { numberMismatch } from './number-mismatch.js';
import { structureMismatch } from './structure-mismatch.js';
import { translationStale } from './translation-stale.js';
import { untranslated } from './untranslated.js';

export const RULES: Rule[] = [
  glossaryInvalid,
  frontmatterMismatch,
  nameMissing,
  nameMisspelled,
  dateMismatch,
  numberMismatch,
  untranslated,
  structureMismatch,
  localeKeyMissing,
  translationStale,
];

const BUILTIN: BuiltinRule[] = [
  {
    id: 'frontmatter-invalid',
    description: 'The front matter has a YAML syntax error or a field that breaks the schema, the file name does not tell the language, or the file is not valid UTF-8.',
    help: 'Fix the field named in the message (title and date are required; date is ISO 8601), or name the file <name>.ko.md / <name>.en.md.',
  },
  {
    id: 'glossary-invalid',
    description: 'locales/glossary.yaml (or an article\'s `names`) has a syntax error, a malformed entry, or two entries that share a form.',
    help: 'Each entry needs `ko` and `en` forms; a form may belong to one entry only. Merge or rename the duplicate.',
  },
  {
    id: 'unpaired',
    description: 'An article has no translation (no article of the other language with the same translation key).',
    help: 'Add the translation (`pairpress new <slug>` writes a stub), give both versions the same `translationKey`, or silence it with `ignore: [unpaired]`.',
  },
  {
    id: 'duplicate-translation',
    description: 'Two articles of the same language share a translation key.',
    help: 'Give one of them its own `translationKey`, or remove the copy.',
  },
  {
    id: 'slug-conflict',
    description: 'Two articles of the same language would be written to the same page.',
    help: 'Give one of them another `slug`.',
  },
];

export const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  'frontmatter-invalid': 'error',
  'glossary-invalid': 'error',
  'frontmatter-mismatch': 'error',
  unpaired: 'warning',
  'duplicate-translation': 'error',
  'slug-conflict': 'error',
  'name-missing': 'error',
  'name-misspelled': 'error',
  'date-mismatch': 'error',
  'number-mismatch': 'error',
  untranslated: 'warning',
  'structure-mismatch': 'warning',
  'locale-key-missing': 'error',
  'translation-stale': 'warning',
};

/** Every rule id with its description and help, in the SPEC's order. */
export const ALL_RULES: BuiltinRule[] = (() => {
  const byId = new Map<RuleId, BuiltinRule>(
    [...BUILTIN, ...RULES].map((r) => [r.id, { id: r.id, description: r.description, help: r.help }]),
  );
  return RULE_IDS.flatMap((id) => byId.get(id) ?? []);
})();
