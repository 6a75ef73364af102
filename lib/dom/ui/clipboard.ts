// Copying a suggestion from the card: the async clipboard first, then the older copy command.

export async function copyText(win: Window, doc: Document, text: string): Promise<boolean> {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyViaCommand(doc, text);
  }
}

/** Older clipboard path that needs no permission and moves no selection. */
function copyViaCommand(doc: Document, text: string): boolean {
  let done = false;
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
    e.stopImmediatePropagation();
    done = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } catch {
    done = false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  return done;
}
