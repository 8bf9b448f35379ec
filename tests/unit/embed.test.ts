import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../editor/publish/embed';

describe('the embed snippet of a published card', () => {
  it('embeds the stable address of the latest release, titled with the subtitle', () => {
    expect(
      embedSnippet('https://kaarten.example.be/k/zov/kindreflex-zov/', 'Zuid-Oost-Vlaanderen'),
    ).toBe(
      '<iframe src="https://kaarten.example.be/k/zov/kindreflex-zov/" ' +
        'title="Kindreflex-steekkaart Zuid-Oost-Vlaanderen" ' +
        'style="width:100%;height:80vh;border:0" loading="lazy"></iframe>',
    );
  });

  it('escapes what a region typed, so the snippet cannot break out of its attributes', () => {
    const snippet = embedSnippet('https://x.be/k/a/b/?q="1"&r=2', 'Regio "Noord" <script>');
    expect(snippet).toContain('src="https://x.be/k/a/b/?q=&quot;1&quot;&amp;r=2"');
    expect(snippet).toContain(
      'title="Kindreflex-steekkaart Regio &quot;Noord&quot; &lt;script&gt;"',
    );
    expect(snippet).not.toContain('<script>');
  });

  it('leaves out an empty subtitle', () => {
    expect(embedSnippet('https://x.be/k/a/b/', '  ')).toContain('title="Kindreflex-steekkaart"');
  });
});
