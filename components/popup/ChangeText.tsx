// "▲ 2 vs last week", with the full wording for screen readers (the arrow alone says nothing).

import { describeChange } from './format';

export function ChangeText({ change, lastCount }: { change: number; lastCount: number }) {
  const c = describeChange(change, lastCount);
  return (
    <span class={`change ${c.tone}`}>
      <span aria-hidden="true">
        {c.arrow && `${c.arrow} `}
        {c.text}
      </span>
      <span class="visually-hidden">{c.spoken}</span>
    </span>
  );
}
