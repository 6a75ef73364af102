// The composer contract (contract.ts) on every Notion variant of the table (sites/notion.ts).
// CANDOR_E2E_BROWSER picks the browser (default chromium).

import { composerContract } from './contract';
import { NOTION_VARIANTS } from './sites/notion';

composerContract(NOTION_VARIANTS);
