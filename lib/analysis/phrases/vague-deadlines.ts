// Soft or explicitly open-ended timing (LABELS.md, vague-ask "when"): phrases that tell the
// reader the ask can wait, so it usually does. Each entry carries the drop-in replacement the
// hint card offers; "<day>" is a placeholder the user fills. "ASAP" and "at the earliest" are
// urgent, not open-ended, so they are not listed.

export interface SoftDeadlineEntry {
  pattern: string;
  /** Drop-in text for the matched phrase (its first letter takes the case of the original). */
  replacement: string;
  note: string;
}

export const SOFT_DEADLINES: readonly SoftDeadlineEntry[] = [
  {
    pattern: String.raw`\b(?:when(?:ever)?|once|if) (?:you|u|ya|y'all|someone|anyone|somebody)(?: next)? (?:get|have|got|find|gets|has) (?:a|the|some|a spare|a free|a quick|any) ?(?:chance|sec|second|minute|min|moment|mo|spare moment|free moment|bit of time|time|few minutes|spare minute|breather)\b`,
    replacement: 'by <day>',
    note: '"When you get a chance", "whenever you have a sec", "if you get a moment".',
  },
  {
    pattern: String.raw`\b(?:when(?:ever)?|once) (?:you|u|ya|y'all)(?:'re| are) (?:free|around|available|back|less busy|done with [a-z]{1,20})\b|\b(?:when(?:ever)?|once) (?:things|it|work) (?:calm|quiet|settle)s? down\b`,
    replacement: 'by <day>',
    note: '"When you\'re free", "once things calm down".',
  },
  {
    pattern: String.raw`\bwhen(?:ever)? (?:you|u) can\b(?! (?:to|not)\b)|\bwhenever(?: (?:works|suits|is (?:fine|good|easiest|convenient|ok|okay)|you(?:'re| are)? ready|you want|you like))?\b`,
    replacement: 'by <day>',
    note: '"Whenever", "when you can": the reader picks the date, usually "later".',
  },
  {
    pattern: String.raw`\bat some (?:point|stage)(?: (?:this|next) (?:week|month|quarter|year|sprint))?\b|(?<!\b(?:invest|invests|investing|invested|spend|spends|spending|spent|take|takes|taking|took|need|needs|needed|have|has|had|having|give|gives|giving|gave|get|gets|getting|got|find|finding|found|save|saved|waste|wasted|buy|bought|with|for|in|of|after|quite|took|requires?|required) )\bsome ?time(?: (?:soon|this|next|later)(?: (?:week|month|quarter|year|sprint))?)?\b(?! (?:to|for|ago|now|off|with|in|on|before|after|between|around|during)\b)(?!\/)`,
    replacement: 'by <day>',
    // After a verb of spending or needing, "some time" is an amount ("worth investing some
    // time/effort", "it took some time"), not a when.
    note: '"At some point", "sometime next week" (not "investing some time", "it took some time").',
  },
  {
    pattern: String.raw`\bwhen(?:ever)? (?:possible|convenient|feasible|practical|practicable)\b|\bwhen(?:ever)? (?:there's|there is|there are) (?:some |any |a bit of |more |spare |free )?(?:bandwidth|time|capacity|cycles|a (?:free |spare |quiet )?(?:moment|minute|sec|window|gap|lull))\b|\bwhen(?:ever)? (?:you|u|someone|somebody|anyone|we|people|folks|the team|things) (?:get|gets|have|has|find|finds|free up|frees up) (?:the |some |any |a bit of |more )?(?:bandwidth|capacity|cycles)\b|\bwhen(?:ever)? (?:you|u|someone|somebody|anyone) (?:get|gets) (?:a)?round to (?:it|this|that|them)\b|\bat (?:your|ur) leisure\b|\bbefore (?:too|very) long\b`,
    replacement: 'by <day>',
    note: '"When possible", "when there\'s bandwidth", "whenever you get round to it", "at your leisure".',
  },
  {
    pattern: String.raw`\basap-?ish\b|\b(?:monday|tuesday|wednesday|thursday|friday|weekend|eod|eow|tomorrow|next week|this week|end of (?:the )?(?:day|week|month))[- ]?ish\b|\bin the next (?:few|couple(?: of)?) (?:days|weeks|months)\b|\bsoon-?ish\b|\bsoonish\b|(?<!\bas )(?<!\bhow )(?<!\btoo )(?<!\bso )(?<!\bany ?time )\bsoon\b(?! (?:as|after|enough|after that)\b)(?!-)`,
    replacement: 'by <day>',
    // "Too soon" and "so soon" judge timing, and "not … any time soon" is a negation: none asks for a when.
    note: '"Soon", "soon-ish" (not "as soon as", which sets urgency; not "too soon", "any time soon").',
  },
  {
    pattern: String.raw`\bno (?:real |big |huge |particular |massive |hard |set |fixed |firm )?(?:rush|hurry|pressure|urgency|deadline)(?: (?:at all|on (?:this|it|that)))?\b|\bnot (?:super |too |that |very )?urgent\b|\bnothing urgent\b|\bin (?:your|ur) own time\b`,
    replacement: 'by <day> is fine',
    note: '"No rush", "not urgent": says the date does not matter.',
  },
  {
    pattern: String.raw`\bany ?time(?: (?:this|next) (?:week|month|quarter|year|sprint))? (?:is|works|would (?:be|work)) (?:fine|ok|okay|good|great|for me)\b`,
    replacement: 'by <day> is fine',
    note: '"Any time this quarter is fine".',
  },
  {
    pattern: String.raw`\bany ?time(?: (?:this|next) (?:week|month|quarter|year|sprint))?\b(?! (?:you|u) (?:want|need|like))(?!\s+soon\b)`,
    replacement: 'by <day>',
    note: '"Send it any time this week" (but not "any time you need help", an offer).',
  },
  {
    pattern: String.raw`\bat (?:your|ur) (?:earliest )?convenience\b|\bin (?:due course|the near future|the coming (?:days|weeks|months))\b|\bone of these days\b|\beventually\b|\bdown the (?:road|line)\b|\bat a later (?:date|stage|point)\b|\bif (?:time|bandwidth) (?:permits|allows)\b|\bwhen (?:time|bandwidth) (?:permits|allows)\b|\bif (?:you|u) (?:have|get|find) (?:the )?(?:time|bandwidth|cycles)\b`,
    replacement: 'by <day>',
    note: '"At your convenience", "in due course", "if time permits".',
  },
];
