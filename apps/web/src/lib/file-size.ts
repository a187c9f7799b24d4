const units = [
  ['megabyte', 1024 * 1024],
  ['kilobyte', 1024],
] as const;

/** A file's size as people read it: "820 bytes", "14 kB", "3.2 MB". */
export function fileSizeText(bytes: number): string {
  for (const [unit, size] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return new Intl.NumberFormat(undefined, {
        style: 'unit',
        unit,
        maximumFractionDigits: value < 10 ? 1 : 0,
      }).format(value);
    }
  }
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}
