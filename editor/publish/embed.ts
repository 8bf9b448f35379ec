// The embed snippet of a card published on the shared server: an iframe on
// the stable address of the latest release, so a site that embeds it shows
// every new release without being changed. Attribute values are escaped: the
// subtitle is whatever the region typed.
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
};

const attribute = (value: string) => value.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

export function embedSnippet(url: string, subtitle: string): string {
  const title = ['Kindreflex-steekkaart', subtitle.trim()].filter(Boolean).join(' ');
  return (
    `<iframe src="${attribute(url)}" title="${attribute(title)}" ` +
    `style="width:100%;height:80vh;border:0" loading="lazy"></iframe>`
  );
}

/** Copies text to the clipboard; the old way when the browser has no Clipboard API here. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}
