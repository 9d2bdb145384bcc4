import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/matching/sentence-rules.ts';
import { normaliseText } from '../../../lib/text/normalise-char.ts';
import { bundledArticles, bundledDataset } from '../../support/bundled.ts';
import { modelFor } from '../../support/model.ts';

// Real sentences from public articles (quoted exactly; sources in assets/dataset/README.md), run through
// the bundled dataset's claim patterns: the figure and the statistic it claims, or nothing.
const { rules } = modelFor(bundledDataset, bundledArticles);
const claimed = (raw: string) => {
  const text = normaliseText(raw, true);
  return findClaims(rules, text).map((m) => [bundledDataset.entries[m.entry].id, text.slice(m.start, m.end)]);
};

const CLAIMS: [string, string, string][] = [
  ['These executions are the latest chapter in a story that began in the summer of 1988 when, following a fatwa issued by Ruhollah Khomeini, more than 30,000 political prisoners, the overwhelming majority of them activists of the People’s Mojahedin Organization of Iran (PMOI/MEK), were hanged for being “enemies of Allah”.', 'stat-1988-toll', '30,000'],
  ['Iran carried out at least 1,922 executions in 2025, more than twice the number recorded the previous year and the highest figure documented in over a decade, according to a new annual report published by a US-based human rights group.', 'stat-2025-record-executions', '1,922'],
  ['SadaNews - A joint report by the "Iran Human Rights" organization based in Norway and "Together Against the Death Penalty" from France revealed that Iranian authorities executed at least 1,639 people in 2025, marking the highest annual figure recorded since 1989.', 'stat-2025-record-executions', '1,639'],
  ['Iran executed at least 1,500 people in 2025, a sharp rise from previous years, the Norway-based Iran Human Rights (IHR) group reported Thursday.', 'stat-2025-record-executions', '1,500'],
  ['According to Amnesty International, Iranian authorities have executed more than 1,000 people so far in 2025, the highest annual figure recorded by the group in at least 15 years.', 'stat-2025-record-executions', '1,000'],
  ['Iran has executed at least 1,000 people so far in 2025, an NGO said on Tuesday, denouncing a "mass killing campaign" in prisons in the Islamic republic.', 'stat-2025-record-executions', '1,000'],
  ['UN human rights experts have said they are appalled by a “dramatic escalation” in the number of executions in Iran, with more than 1,000 people killed during the first nine months of 2025.', 'stat-2025-record-executions', '1,000'],
  ['The Special Procedures of the UN Human Rights Council on Sept. 29 reported [8] that over 1,000 people have been executed in Iran in 2025, warning that this represents a dramatic escalation that violates international human rights law.', 'stat-2025-record-executions', '1,000'],
  ['Iran\'s 2025 executions doubled from 2024, with an estimated 1,500 verified by Iran Human Rights (IHR) up to December.', 'stat-2025-record-executions', '1,500'],
];

const NOT_CLAIMS = [
  // Other years' totals: not the statistics the dataset holds.
  'Iran executed at least 975 people last year, in a "horrifying escalation" of its use of capital punishment, two human rights groups said in a report published on Thursday.',
  'Executions in Iran rose to 901 in 2024, the highest since 2015, including 31 women, some convicted for defending themselves against domestic violence or forced marriage, according to the U.N.',
  'With 853 executions, a 48 percent increase from the previous year, Iran sits behind China as the world\'s leading executioner.',
  'With 850 executions since the beginning of the year, Khamenei\'s Iran has sadly broken the world record for executions per capita.',
  // Worldwide totals, subtotals, death sentences, protest deaths, arrests, prison populations.
  'A new Amnesty International report discloses that 1,518 people were executed in 2024 worldwide, the highest number in a decade.',
  'In 2015 Amnesty International recorded 1,634 executions in 25 countries worldwide - a historical spike unmatched since 1989.',
  'In 2015, there were at least 4.040 executions, compared to at least 3.576 in 2014 and at least 5,735 in 2008.',
  'Of those executed whose gender could be confirmed, 1,681 were men and 59 were women.',
  'In addition to those executed, at least 168 people were newly sentenced to death in 2025, while Iran’s Supreme Court upheld death sentences in at least 56 cases.',
  'From 2013 to 2023, HRANA has identified a total of 5034 executions, out of which 2,316 were drug-related.',
  'It is noteworthy that approximately 85% of the executions in 2024 took place during the presidency of Masoud Pezeshkian, who took office in July 2024 and brands himself as a moderate and reformist.',
  '18 days into the anti-government nationwide protests in Iran, at least 3,428 protesters have been killed, and thousands injured.',
  'Jan 14, 2026: More than 2,000 people have reportedly died during a brutal crackdown on protests in Iran, according to human rights groups.',
  'The report added that at least 1,203 protesters have been arrested so far, though the actual number is believed to be higher.',
  'At that time, there were close to 1500 prisoners in Evin.',
  'Its most gruesome days came in 1988 with the massacre authorised by Ayatollah Khomeini.',
  'The Islamic Republic, which has the highest rate of executions in the world after China, has executed 90 people just from December 22 to January 21.',
  '5,000 ppl on death row 4 drug offenses in Iran, the majority between ages 20 and 30.',
  'Activists have also questioned Mohammadi Khiyareh’s case, noting he was only 15 or 16 at the time of the assassination, arrested at 19, and held for more than a decade before his execution.',
  'Tens of thousands of people were deliberately killed in 1988 by government agents acting beyond the limits of the law.',
];

describe('claim patterns on real sentences', () => {
  it.each(CLAIMS)('finds the claim in: %s', (sentence, entry, figure) => {
    expect(claimed(sentence)).toEqual([[entry, figure]]);
  });
  it.each(NOT_CLAIMS)('finds nothing in: %s', (sentence) => {
    expect(claimed(sentence)).toEqual([]);
  });
  it('cover the 1988 toll and the 2025 totals, the figures other articles repeat most', () => {
    const patterned = bundledDataset.entries.filter((e) => e.claimPatterns?.length).map((e) => e.id);
    expect(patterned).toEqual(expect.arrayContaining(['stat-1988-toll', 'stat-2025-record-executions']));
  });
});
