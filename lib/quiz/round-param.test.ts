import { describe, expect, it } from 'vitest';
import { parseRoundRequest, withoutRoundParam } from './round-param';

describe('the ronde parameter', () => {
  it('starts the short or the full round', () => {
    expect(parseRoundRequest('?ronde=pendek')).toEqual({ kind: 'round', round: 'short' });
    expect(parseRoundRequest('?ronde=penuh')).toEqual({ kind: 'round', round: 'full' });
    expect(parseRoundRequest('?ronde=%20Pendek%20')).toEqual({ kind: 'round', round: 'short' });
  });

  it('reports an unknown value back as it was written, and ignores its absence', () => {
    expect(parseRoundRequest('?ronde=panjang')).toEqual({ kind: 'unknown', value: 'panjang' });
    expect(parseRoundRequest('?ronde=')).toEqual({ kind: 'unknown', value: '' });
    expect(parseRoundRequest('')).toEqual({ kind: 'none' });
    expect(parseRoundRequest('?utm=x')).toEqual({ kind: 'none' });
  });

  it('is removed from the address once used, keeping other parameters', () => {
    expect(withoutRoundParam('?ronde=pendek')).toBe('');
    expect(withoutRoundParam('?ronde=pendek&a=1')).toBe('?a=1');
  });
});
