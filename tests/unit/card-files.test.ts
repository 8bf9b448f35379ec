// Importing a card file: CRLF in its texts (a card saved on Windows) is read as
// LF; other control characters are refused with where they are; a file over
// the limit is refused unread.
import { describe, expect, it } from 'vitest';
import { readCardFile } from '../../editor/io/card-files';
import { minimalCard } from './helpers';

const file = (text: string) => new File([text], 'kaart.json', { type: 'application/json' });

describe('readCardFile', () => {
  it('reads Windows line ends in texts as LF', async () => {
    const card = minimalCard();
    card.flow.nodes[3]!.text = 'Eerste regel\r\nTweede regel';
    const outcome = await readCardFile(file(JSON.stringify(card)));
    expect(outcome.ok && outcome.card.flow.nodes[3]!.text).toBe('Eerste regel\nTweede regel');
  });

  it('refuses a NUL in a text, saying where', async () => {
    const card = minimalCard();
    card.title = 'Kaart\u0000';
    const outcome = await readCardFile(file(JSON.stringify(card)));
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]).toMatchObject({ pointer: '/title' });
  });

  it('refuses a file over the limit without reading it or reporting progress', async () => {
    const big = file('');
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 });
    big.arrayBuffer = () => Promise.reject(new Error('read'));
    const stages: string[] = [];
    const outcome = await readCardFile(big, (stage) => stages.push(stage));
    expect(outcome).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
    expect(stages).toEqual([]);
  });
});
