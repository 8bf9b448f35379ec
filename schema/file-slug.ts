// File names made from a card's title, the same for every download of the
// studio and every file publishing writes. Its own module: the studio's first
// load needs it, and not the release model around it.

/** "Kindreflex steekkaart Zuid-Oost-Vlaanderen" gives "kindreflex-steekkaart-zuid-oost-vlaanderen". */
export function fileSlug(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug.slice(0, 80) || 'kaart';
}
