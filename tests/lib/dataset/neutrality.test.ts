import { describe, expect, it } from 'vitest';
import { lintNote } from '../../../lib/dataset/neutrality.ts';

const lint = (note: string) => lintNote({ id: 'x', note }).map((f) => f.reason);

describe('neutrality lint', () => {
  it('passes neutral, attributed description', () => {
    expect(lint('Human Rights Watch estimates 2,800 to 5,000 people were killed; the NCRI gives 30,000.')).toEqual([]);
  });
  it('flags loaded words outside quotation marks', () => {
    expect(lint('The regime executed prisoners.')).toEqual(['loaded word "regime" outside quotation marks']);
    expect(lint('A brutal crackdown followed.')[0]).toContain('brutal');
    expect(lint('Iranian officials call the group “Monafeqin” ("hypocrites").')).toEqual([]);
  });
  it('allows "terrorist" only in the name of a legal list', () => {
    expect(lint('The US removed it from its Foreign Terrorist Organization list in 2012.')).toEqual([]);
    expect(lint('The EU added it to the EU terrorist list in 2026.')).toEqual([]);
    expect(lint('It is a terrorist group.')[0]).toContain('terrorist');
  });
  it('flags verdicts on the op-ed', () => {
    expect(lint('The op-ed’s figure is misleading.')[0]).toContain('misleading');
  });
  it('flags figures that do not say who gives them', () => {
    expect(lint('About 2,500 people were executed.')[0]).toContain('does not say who gives it');
    expect(lint('In 1988 the commissions met.')).toEqual([]);
  });
});
