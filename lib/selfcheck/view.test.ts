import { describe, expect, it } from 'vitest';
import { buildSelfCheckData, splitSelfCheckData } from './view';

// The page carries the questions; report-data.json carries what only the report needs. Together they are the data.
describe('splitSelfCheckData', () => {
  const data = buildSelfCheckData('id');
  const { page, report } = splitSelfCheckData(data);

  it('leaves the results and their texts out of the page', () => {
    expect(Object.keys(page).sort()).toEqual(['alwaysFine', 'checkerOrder', 'lastChecked', 'locale', 'questions']);
    expect(Object.keys(report).sort()).toEqual(['notes', 'results', 'rules', 'sanctions']);
  });

  it('loses nothing: the two halves make the whole', () => {
    expect({ ...page, ...report }).toEqual(data);
  });
});
