// The composer contract (contract.ts) on every Slack variant of the table (sites/slack.ts).
// CANDOR_E2E_BROWSER picks the browser (default chromium).

import { composerContract } from './contract';
import { SLACK_VARIANTS } from './sites/slack';

composerContract(SLACK_VARIANTS);
