import { useState } from 'preact/hooks';

interface PhraseListProps {
  id: string;
  title: string;
  description: string;
  phrases: string[];
  placeholder: string;
  onAdd(phrase: string): void;
  onRemove(phrase: string): void;
}

/** An editable list of phrases: type and press Enter (or Add); each entry has a Remove button. */
export function PhraseList({ id, title, description, phrases, placeholder, onAdd, onRemove }: PhraseListProps) {
  const [draft, setDraft] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (!draft.trim()) return;
    onAdd(draft);
    setDraft('');
  };
  return (
    <div class="phrase-list" data-list={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p class="muted" id={`${id}-desc`}>
        {description}
      </p>
      <form class="add-row" onSubmit={submit}>
        <label class="visually-hidden" for={`${id}-input`}>
          {title}: new phrase
        </label>
        <input
          id={`${id}-input`}
          type="text"
          value={draft}
          maxLength={200}
          placeholder={placeholder}
          aria-describedby={`${id}-desc`}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">Add</button>
      </form>
      {phrases.length === 0 ? (
        <p class="muted small">None yet.</p>
      ) : (
        <ul class="phrases" aria-labelledby={`${id}-title`}>
          {phrases.map((p) => (
            <li key={p}>
              <span class="phrase">{p}</span>
              <button type="button" class="link" aria-label={`Remove “${p}”`} onClick={() => onRemove(p)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
