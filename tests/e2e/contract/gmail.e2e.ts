// The composer contract (contract.ts) on every Gmail variant of the table (sites/gmail.ts).
// CANDOR_E2E_BROWSER picks the browser (default chromium).

import { composerContract } from './contract';
import { GMAIL_VARIANTS } from './sites/gmail';

composerContract(GMAIL_VARIANTS);
