import { describe, expect, test } from 'vitest';
import { idSchema } from '../../src/schemas/ids';

describe('idSchema', () => {
  const schema = idSchema('claim id');
  test.each(['nerchinsk-1654-1689', 'a', '2023-visit'])('accepts %s', (id) => expect(schema.safeParse(id).success).toBe(true));
  test.each(['', '-lead', 'Upper', 'with space', 'under_score', 'ünï'])('rejects %j, naming the field', (id) => {
    expect(schema.safeParse(id).error?.issues[0]?.message).toBe('claim id must be lowercase letters, digits and hyphens');
  });
});
