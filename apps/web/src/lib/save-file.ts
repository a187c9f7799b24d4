/** Hands a file fetched with the session's credentials to the browser's downloads, as `fileName`. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by then; the address is only needed until it has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
