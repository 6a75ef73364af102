import { useRef } from 'preact/hooks';
import { MAX_IMPORT_BYTES, parseSettingsImport } from '../../lib/settings/import';
import { settingsItem } from '../../lib/store/items';

/**
 * "Import settings…": pick a file "Export all data (JSON)" saved; it is validated whole
 * (lib/settings/import.ts) and then written in one storage set, so a bad file changes nothing.
 * The page's settings follow through the storage watch, like any other change.
 */
export function ImportSettings({ announce, onError }: { announce(msg: string): void; onError(msg: string): void }) {
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    // Read no more than an export can be: a huge file is refused without loading it.
    const text = file.size > MAX_IMPORT_BYTES ? ' '.repeat(MAX_IMPORT_BYTES + 1) : await file.text();
    const result = parseSettingsImport(text);
    if (!result.ok) return onError(result.error);
    try {
      await settingsItem.setValue(result.settings);
      onError('');
      announce(result.summary);
    } catch {
      onError('Nothing was imported. Candor could not save the settings; try again.');
    }
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid="import-json">
        Import settings (JSON)…
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file"
        onChange={(e) => {
          const el = e.currentTarget as HTMLInputElement;
          const file = el.files?.[0];
          // Clear now so choosing the same file again (after fixing it) fires another change.
          el.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
