import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import id from '@/messages/id.json';

/** Every key path of a nested message catalogue, e.g. `Nav.home`. */
function keyPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('UI messages', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(id).sort());
  });
  it('have no empty strings', () => {
    for (const [name, catalogue] of Object.entries({ id, en })) {
      const empty = keyPaths(catalogue).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, name).toEqual([]);
    }
  });
});
