import { describe, expect, it } from 'vitest';
import { fileSizeText } from './file-size';

describe('fileSizeText', () => {
  it('writes bytes, kB and MB', () => {
    expect(fileSizeText(1)).toBe('1 byte');
    expect(fileSizeText(820)).toBe('820 bytes');
    expect(fileSizeText(1536)).toBe('1.5 kB');
    expect(fileSizeText(14_900)).toBe('15 kB');
    expect(fileSizeText(20 * 1024 * 1024)).toBe('20 MB');
    expect(fileSizeText(3.25 * 1024 * 1024)).toBe('3.3 MB');
  });
});
