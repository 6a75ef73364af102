// One drawn finding and the reasons a card closes, shared by the hint UI's parts.

import type { Category } from '../../analysis/types';
import type { UiFinding } from '../ui-contract';

export interface Entry {
  key: string;
  f: UiFinding;
  category: Category;
  range: Range | null;
}

export type CardMode = 'hover' | 'pinned' | 'keyboard';

export type CloseReason = 'escape' | 'dismiss' | 'ignore' | 'applied' | 'outside' | 'hover-leave' | 'typing' | 'gone' | 'scrolled' | 'replaced' | 'destroy';
