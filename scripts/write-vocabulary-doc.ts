// `npm run docs:vocabulary`: writes docs/scenario-vocabulary.md from lib/rules/vocabulary.ts.
import { writeFileSync } from 'node:fs';
import { vocabularyDocFile, vocabularyDocument } from '../lib/rules/vocabulary-doc';

writeFileSync(vocabularyDocFile, vocabularyDocument());
console.log(`Wrote ${vocabularyDocFile}`);
