/**
 * Save text as a file: a Blob, an object URL and a click on <a download>. Works in an extension
 * page (popup, collection page) and in Playwright's download event, without chrome.downloads.
 */
export function downloadFile(filename: string, content: string | BlobPart[], mime: string): void {
  // Parts (a streaming writer's chunks) become one Blob without ever being joined into one string.
  const url = URL.createObjectURL(new Blob(typeof content === 'string' ? [content] : content, { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Chromium; a minute later it is long done.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
